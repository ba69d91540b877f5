"""India's State Election Commission ("राज्य निर्वाचन आयोग", which had been linked to the Election Commission of
India by the national body's name inside it) and "ROK" for South Korea ("ROK President …" had made a body of
it) (``people/gazetteer/organisations.json``, ``starter.json``).

Loaded as ``0012_more_world_names`` does: a record the archive already has, by name, keeps what the editors
made of it and only gains the file's names it lacks.
"""

from importlib import import_module

from django.db import migrations

from people.gazetteer import historical_models, load_gazetteer, read_starter, select

load_organisations = import_module("people.migrations.0012_more_world_names").load


def load(apps, schema_editor):
    load_gazetteer(select(read_starter(), {"places": ["South Korea"]}), historical_models(apps))
    load_organisations(apps, schema_editor)


class Migration(migrations.Migration):
    dependencies = [("people", "0017_business_bodies_and_media")]

    # Reversing leaves the rows in place: editors may have built on them.
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
