"""Every sovereign country, in English and Hindi, with the demonyms of those in the news most.

The starter gazetteer named only the countries of the seed files and the
samples (16); unseen news names many more ("नेपाल के गृह मंत्री", "his Sri
Lankan counterpart"). ``people/gazetteer/countries.json`` holds the other
180 (CLDR and ISO 3166 names, see ``make_countries.py``). A country whose ISO
code the archive already has is left as the editors keep it.
"""

from django.db import migrations

from people.gazetteer import historical_models, load_gazetteer, missing_countries, read_countries


def load(apps, schema_editor):
    models = historical_models(apps)
    load_gazetteer(missing_countries(read_countries(), models), models)


class Migration(migrations.Migration):
    dependencies = [("people", "0006_review_records_history_and_desk_permissions")]

    # Reversing leaves the rows in place: editors may have built on them.
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
