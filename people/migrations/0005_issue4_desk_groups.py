"""The desk's two roles, as groups: "Editor" and "Viewer".

Editor: add, change, delete and view every kind of archive content
(articles and their links, people, organisations, places, roles, aliases,
meetings, tags). Merging needs change and delete; tagging needs change on
articles. Viewer: view only. Give a desk member ``is_staff`` and one group.

Permissions are created here first (Django otherwise creates them only after
all migrations ran), so the groups are complete on a fresh database.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

ARCHIVE_MODELS = {
    "articles": ["article", "personmention", "organisationmention", "placemention", "meetingreport"],
    "people": [
        "person",
        "personalias",
        "organisation",
        "organisationalias",
        "place",
        "placealias",
        "role",
        "meeting",
    ],
    "taggit": ["tag", "taggeditem"],
}
GROUPS = {"Editor": ["add", "change", "delete", "view"], "Viewer": ["view"]}


def create_groups(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group_name, actions in GROUPS.items():
        group, _ = Group.objects.get_or_create(name=group_name)
        codenames = [
            f"{action}_{model}"
            for models in ARCHIVE_MODELS.values()
            for model in models
            for action in actions
        ]
        permissions = Permission.objects.filter(
            content_type__app_label__in=list(ARCHIVE_MODELS), codename__in=codenames
        )
        found = {(p.content_type.app_label, p.codename) for p in permissions.select_related("content_type")}
        wanted = {
            (app, f"{action}_{model}")
            for app, models in ARCHIVE_MODELS.items()
            for model in models
            for action in actions
        }
        missing = wanted - found
        if missing:
            raise RuntimeError(f"permissions missing for the desk groups: {sorted(missing)}")
        group.permissions.add(*permissions)


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=list(GROUPS)).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("people", "0004_issue3b_gazetteer_additions"),
        ("articles", "0003_issue4_admin_desk"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
