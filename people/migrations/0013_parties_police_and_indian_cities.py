"""More names of Indian news: political parties, their alliances and wings (the INDIA bloc, the
Communist Party of India, RLD, JD(S), Shiv Sena (UBT), NCP (SP), IUML, …) and more Hindi and English
names of the parties the archive had (जद(यू), सीपीआई(एम), बीआरएस, TRS); the Delhi Police and the Indian
cricket team (``people/gazetteer/organisations.json``); Delhi and Ladakh as regions and the cities of
India and abroad its news names (``regions.json``, ``cities.json``).

Loaded as ``0012_more_world_names`` does: a record the archive already has, by name, keeps what the
editors made of it and only gains the file's names it lacks; one the importer created under one of
the new names is flagged for an editor to merge, never merged here.
"""

from django.db import migrations

from people.gazetteer import (
    flag_shared_names,
    historical_models,
    load_gazetteer,
    read_cities,
    read_organisations,
    read_regions,
)


def load(apps, schema_editor):
    load_gazetteer(read_regions(), historical_models(apps))
    load_gazetteer(read_cities(), historical_models(apps))
    models = historical_models(apps, extra=["PersonDuplicateFlag", "OrganisationDuplicateFlag"])
    data = read_organisations()
    load_gazetteer(data, models)
    flag_shared_names(data, models)


class Migration(migrations.Migration):
    dependencies = [("people", "0012_more_world_names")]

    # Reversing leaves the rows in place: editors may have built on them.
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
