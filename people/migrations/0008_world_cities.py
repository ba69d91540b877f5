"""Capitals and the other cities the archive's news names most, in English and Hindi.

``people/gazetteer/cities.json`` (written by hand: names that are common words,
such as "Male" or "रोम", are left out) gives meetings in Hanoi, Canberra, Berlin
or Riyadh their place. A city the archive already has, by name, is left as the
editors keep it.
"""

from django.db import migrations

from people.gazetteer import historical_models, load_gazetteer, read_cities


def load(apps, schema_editor):
    load_gazetteer(read_cities(), historical_models(apps))


class Migration(migrations.Migration):
    dependencies = [("people", "0007_world_countries")]

    # Reversing leaves the rows in place: editors may have built on them.
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
