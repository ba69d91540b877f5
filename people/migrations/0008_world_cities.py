"""Capitals and the other cities the archive's news names most, in English and Hindi.

``people/gazetteer/cities.json`` (written by hand: names that are common words,
such as "Male" or "रोम", are left out) gives meetings in Hanoi, Canberra, Berlin
or Riyadh their place. A city the archive already has, by name, is left as the
editors keep it.
"""

from types import SimpleNamespace

from django.db import migrations

from people.gazetteer import load_gazetteer, read_cities

MODELS = ["Place", "PlaceAlias", "Organisation", "OrganisationAlias", "Person", "PersonAlias", "Role", "Meeting"]


def load(apps, schema_editor):
    models = SimpleNamespace(**{name: apps.get_model("people", name) for name in MODELS})
    load_gazetteer(read_cities(), models)


class Migration(migrations.Migration):
    dependencies = [("people", "0007_world_countries")]

    # Reversing leaves the rows in place: editors may have built on them.
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
