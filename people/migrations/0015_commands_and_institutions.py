"""The commands of India's armed forces (the Army's Northern, Western, Eastern, Southern and South Western
Commands and its Training Command, the Navy's three and the Air Force's five; the Army's Central Command
in Hindi only, "Central Command" alone being the US's), US Central and Indo-Pacific Commands, the Royal
Navy, Royal Air Force and Royal Australian Navy, the ICMR and AIIMS, the OSCE and CICA, and two Hindi
spellings of known bodies ("राष्ट्रीय अन्वेषण अभिकरण", "पीपुल्स लिबरेशन आर्मी"), in English and Hindi
(``people/gazetteer/organisations.json``).

Loaded as ``0012_more_world_names`` does: a record the archive already has, by name, keeps what the
editors made of it and only gains the file's names it lacks; one the importer created under one of
the new names is flagged for an editor to merge, never merged here.
"""

from importlib import import_module

from django.db import migrations

load = import_module("people.migrations.0012_more_world_names").load


class Migration(migrations.Migration):
    dependencies = [("people", "0014_defence_makers_and_bodies")]

    # Reversing leaves the rows in place: editors may have built on them.
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
