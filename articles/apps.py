from django.apps import AppConfig


class ArticlesConfig(AppConfig):
    name = "articles"
    verbose_name = "Articles"

    def ready(self):
        from taggit.models import Tag

        from .tagging import tag_slugify

        # Tag slugs that keep Devanagari vowel signs (taggit's own drop them; see newsroom.slugs).
        Tag.slugify = tag_slugify
