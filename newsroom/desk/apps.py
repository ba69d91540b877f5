"""The archive desk's admin site replaces Django's default one (see ``newsroom.desk.site``)."""

from django.contrib.admin.apps import AdminConfig


class DeskAdminConfig(AdminConfig):
    default_site = "newsroom.desk.site.DeskAdminSite"
