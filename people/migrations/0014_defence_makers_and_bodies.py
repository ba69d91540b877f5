"""The makers of defence and aerospace news: engine, aircraft, ship and missile makers of India and
abroad (General Electric, Rolls-Royce, Safran, Naval Group, Israel Aerospace Industries, BrahMos
Aerospace, GRSE, Cochin Shipyard, …), the Ordnance Factory Board, and India's defence bodies the rules
do not read (the Border Roads Organisation, the Defence Acquisition Council, the Indian Coast Guard,
the National Cadet Corps, the Strategic Forces Command, …) and Pakistan's ISPR, in English and Hindi
(``people/gazetteer/organisations.json``).

Loaded as ``0012_more_world_names`` does: a record the archive already has, by name, keeps what the
editors made of it and only gains the file's names it lacks; one the importer created under one of
the new names is flagged for an editor to merge, never merged here.
"""

from importlib import import_module

from django.db import migrations

load = import_module("people.migrations.0012_more_world_names").load


class Migration(migrations.Migration):
    dependencies = [("people", "0013_parties_police_and_indian_cities")]

    # Reversing leaves the rows in place: editors may have built on them.
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
