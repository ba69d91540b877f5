"""Well-known people of the news, 2019–2025, in English and Hindi, with their offices.

``people/gazetteer/people.json`` (written by hand from general knowledge) holds
heads of state and government, foreign and defence ministers of the countries in
India's news, India's union ministers, service chiefs and chief ministers, and a
few heads of international bodies, with the English forms news uses and several
Devanagari spellings, and the offices they held (one role per term). Its
``extend`` rows give people of the starter file more names and roles. A person
the archive already has, by name, keeps what editors made of them (only missing
names and roles are added); a person the importer created under one of these names
is flagged for an editor to merge, never merged here.
"""

from django.db import migrations

from people.gazetteer import flag_shared_names, historical_models, load_gazetteer, read_people


def load(apps, schema_editor):
    models = historical_models(apps, extra=["PersonDuplicateFlag", "OrganisationDuplicateFlag"])
    data = read_people()
    load_gazetteer(data, models)
    flag_shared_names(data, models)


class Migration(migrations.Migration):
    dependencies = [("people", "0009_world_organisations")]

    # Reversing leaves the rows in place: editors may have built on them.
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
