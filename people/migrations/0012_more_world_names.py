"""More names of the news: India's states and union territories and a few other regions
(``people/gazetteer/regions.json``), and more organisations — newspapers and broadcasters in English
and Hindi, a few companies, India's High Courts and the Union Cabinet's committees (added to
``people/gazetteer/organisations.json``).

The organisations file is the one ``0009_world_organisations`` loads: an organisation the archive
already has, by name, keeps what the editors made of it and only gains the file's names it lacks; one
the importer created under one of the new names is flagged for an editor to merge, never merged here.
A region or city the archive already has, by name, is left as the editors keep it and only gains the
files' names it lacks (``cities.json`` is read again for its later spellings, "नयी दिल्ली").
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
    load_gazetteer(read_cities(), historical_models(apps))  # the cities' later spellings ("नयी दिल्ली")
    load_gazetteer(read_regions(), historical_models(apps))
    models = historical_models(apps, extra=["PersonDuplicateFlag", "OrganisationDuplicateFlag"])
    data = read_organisations()
    load_gazetteer(data, models)
    flag_shared_names(data, models)


class Migration(migrations.Migration):
    dependencies = [("people", "0011_rejected_aliases_and_merge_records")]

    # Reversing leaves the rows in place: editors may have built on them.
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
