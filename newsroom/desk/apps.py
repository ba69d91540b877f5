"""The archive desk's admin site replaces Django's default one (see ``newsroom.desk.site``)."""

from django.contrib.admin.apps import AdminConfig
from taggit.apps import TaggitAppConfig


class DeskAdminConfig(AdminConfig):
    default_site = "newsroom.desk.site.DeskAdminSite"


class TagsConfig(TaggitAppConfig):
    """django-taggit, its tags shown under the archive's own heading ("Articles"), not "Taggit"."""

    verbose_name = "Articles"
