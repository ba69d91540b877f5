"""The desk's two roles, as groups: "Editor" and "Viewer".

Editor: add, change, delete and view every kind of archive content
(articles and their links, people, organisations, places, roles, aliases,
meetings, tags). Merging needs change and delete; tagging needs change on
articles. Viewer: view only. Give a desk member ``is_staff`` and one group.

How permissions are granted: ``newsroom.desk.groups`` (shared with later migrations).
"""

from django.db import migrations

from newsroom.desk import groups

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


def create_groups(apps, schema_editor):
    groups.grant(apps, ARCHIVE_MODELS)


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=list(groups.GROUPS)).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("people", "0004_issue3b_gazetteer_additions"),
        ("articles", "0003_issue4_admin_desk"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
