"""The desk's two roles as groups, "Editor" and "Viewer", and their permissions.

Used by the data migrations that create the groups (``people/0005``) and
extend them to later models (``people/0006``), with the migration's
historical ``apps``. Permissions are created first (Django otherwise creates
them only after all migrations ran), so the groups are complete on a fresh
database.
"""

from django.contrib.auth.management import create_permissions

GROUPS = {"Editor": ["add", "change", "delete", "view"], "Viewer": ["view"]}


def grant(apps, models_by_app):
    """Give each desk group its actions on ``{app label: [model names]}``; fail if a permission is missing."""
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group_name, actions in GROUPS.items():
        group, _ = Group.objects.get_or_create(name=group_name)
        for app_label, model_names in models_by_app.items():
            codenames = {f"{action}_{model}" for model in model_names for action in actions}
            permissions = list(Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames))
            missing = codenames - {permission.codename for permission in permissions}
            if missing:
                raise RuntimeError(f"permissions missing for the desk groups: {sorted(missing)}")
            group.permissions.add(*permissions)


def revoke(apps, models_by_app):
    """Take the desk groups' permissions on ``models_by_app`` away again."""
    Permission = apps.get_model("auth", "Permission")
    for group in apps.get_model("auth", "Group").objects.filter(name__in=list(GROUPS)):
        for app_label, model_names in models_by_app.items():
            group.permissions.remove(
                *Permission.objects.filter(content_type__app_label=app_label, content_type__model__in=model_names)
            )
