"""Fleets and forces of defence news, none of which the archive knew: India's Western and Eastern Fleets, the
US Seventh, Fifth and Pacific Fleets, Pacific Air Forces, the Space Force and the Joint Chiefs of Staff, the
PLA's Navy, Air Force and Rocket Force, Japan's Ground and Maritime Self-Defense Forces, the Maldives National
Defence Force; the Federal Reserve and the African Union Commission; the Mahindra Group; agencies in datelines
(China Central Television, KUNA, dpa, Tasnim, Agerpres) and "रूस की सुरक्षा परिषद" for Russia's Security Council
(``people/gazetteer/organisations.json``); Air Chief Marshal Amar Preet Singh by his initials, "AP Singh", "एपी
सिंह" (``people.json``). Before, "Western Fleet" and "Joint Chiefs" were read as people, "People's Liberation
Army Navy" as "Liberation Army Navy", and "एपी सिंह" as the agency AP.

Loaded as ``0012_more_world_names`` and ``0010_world_people`` do: a record the archive already has, by name, keeps what the editors
made of it and only gains the file's names it lacks.
"""

from importlib import import_module

from django.db import migrations

load_organisations = import_module("people.migrations.0012_more_world_names").load
load_people = import_module("people.migrations.0010_world_people").load


def load(apps, schema_editor):
    load_organisations(apps, schema_editor)
    load_people(apps, schema_editor)


class Migration(migrations.Migration):
    dependencies = [("people", "0018_state_commissions_and_rok")]

    # Reversing leaves the rows in place: editors may have built on them.
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
