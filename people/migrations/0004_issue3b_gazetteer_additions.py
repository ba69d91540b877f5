"""Load the starter gazetteer's issue-3b additions into archives created before them.

A new archive gets them from migration 0002, which loads the whole starter
file. An existing archive gets here the records added since (people,
places and organisations the demo articles name, in Latin and Devanagari),
and the new names of records it already had ("US" for the United States):
loading is idempotent and adds only what is missing; a record an editor
deleted is not brought back. Where the archive already holds an imported
record under one of the new names ("अजीत डोभाल" beside "Ajit Doval"), the
pair is flagged for an editor to merge, never merged here.
"""

from django.db import migrations

from people.gazetteer import existing, flag_shared_names, historical_models, load_gazetteer, read_starter, select

ADDED = {
    "places": [
        "Japan", "South Korea", "Iran", "Turkey", "France", "Ukraine", "Samarkand", "Tashkent", "Kazan",
        "Washington", "Mamallapuram", "Ladakh", "Tamil Nadu", "Galwan Valley",
    ],
    "organisations": [
        "BRICS", "United Nations", "United Nations Security Council", "Collective Security Treaty Organization",
        "Commonwealth of Independent States", "Russia-India-China",
        "Working Mechanism for Consultation and Coordination on India-China Border Affairs",
        "Ministry of External Affairs (India)",
    ],
    "persons": [
        "Narendra Modi", "S. Jaishankar", "Wang Yi", "Sergei Shoigu", "Lloyd Austin", "Ajit Doval", "Li Shangfu",
        "Vladimir Putin", "Xi Jinping", "Recep Tayyip Erdogan", "Shavkat Mirziyoyev", "Ebrahim Raisi",
        "Sergey Lavrov", "Joe Biden", "Zhang Ming", "Bakhodir Kurbanov",
    ],
}
# Records of migration 0002 that have new names.
EXTENDED = {"places": ["United States"]}


def load(apps, schema_editor):
    models = historical_models(apps, extra=["PersonDuplicateFlag", "OrganisationDuplicateFlag"])
    data = read_starter()
    added = select(data, ADDED)
    load_gazetteer(added, models)
    load_gazetteer(existing(select(data, EXTENDED), models), models)
    flag_shared_names(added, models)


class Migration(migrations.Migration):
    dependencies = [("people", "0003_issue3_duplicates_and_rejections")]

    # Reversing leaves the rows in place: editors may have built on them.
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
