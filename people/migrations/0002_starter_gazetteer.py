"""Load the starter gazetteer (people/gazetteer/starter.json) into a new archive."""

from types import SimpleNamespace

from django.db import migrations

from people.gazetteer import load_gazetteer, read_starter

MODELS = ["Place", "PlaceAlias", "Organisation", "OrganisationAlias", "Person", "PersonAlias", "Role", "Meeting"]


def load(apps, schema_editor):
    models = SimpleNamespace(**{name: apps.get_model("people", name) for name in MODELS})
    load_gazetteer(read_starter(), models)


class Migration(migrations.Migration):
    dependencies = [("people", "0001_initial")]

    # Reversing leaves the rows in place: editors may have built on them.
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
