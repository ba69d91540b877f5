"""Load the starter gazetteer (people/gazetteer/starter.json) into a new archive."""

from django.db import migrations

from people.gazetteer import historical_models, load_gazetteer, read_starter


def load(apps, schema_editor):
    load_gazetteer(read_starter(), historical_models(apps))


class Migration(migrations.Migration):
    dependencies = [("people", "0001_initial")]

    # Reversing leaves the rows in place: editors may have built on them.
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
