from django.apps import AppConfig


class ArticlesConfig(AppConfig):
    name = "articles"
    verbose_name = "Articles"

    def ready(self):
        from taggit.models import Tag

        from .tagging import tag_slugify

        # Tag slugs that keep Devanagari vowel signs (taggit's own drop them; see newsroom.slugs).
        Tag.slugify = tag_slugify

        from django.db.models.signals import post_migrate

        from .search import summary

        # The triggers that mark the search's facet summary stale, (re)made after every migrate.
        post_migrate.connect(summary.repair_after_migrate, sender=self, dispatch_uid="articles.search.summary_triggers")
