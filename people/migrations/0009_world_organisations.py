"""Organisations of the news beyond the starter file's, in English and Hindi.

``people/gazetteer/organisations.json`` (written by hand) holds the groupings
real reporting names (G20, G7, Quad, ASEAN, AUKUS, EU), the UN system as
children of the United Nations, India's agencies, parties and alliances,
other countries' best-known bodies and parties, armed groups, news agencies
and companies. An organisation the archive already has, by name, is left as
the editors keep it; one the importer created under one of these names is
flagged for an editor to merge with the known one, never merged here.
"""

from django.db import migrations

from people.gazetteer import flag_shared_names, historical_models, load_gazetteer, read_organisations


def load(apps, schema_editor):
    models = historical_models(apps, extra=["PersonDuplicateFlag", "OrganisationDuplicateFlag"])
    data = read_organisations()
    load_gazetteer(data, models)
    flag_shared_names(data, models)


class Migration(migrations.Migration):
    dependencies = [("people", "0008_world_cities")]

    # Reversing leaves the rows in place: editors may have built on them.
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
