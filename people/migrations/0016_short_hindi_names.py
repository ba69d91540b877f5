"""Short Hindi names the news uses alone: "जिनपिंग" for Xi Jinping ("मोदी आज शाम जिनपिंग से मुलाकात करेंगे").

``people/gazetteer/people.json`` gained them; loaded as ``0010_world_people`` loads that file: a person the
archive already has only gains the names they lack.
"""

from importlib import import_module

from django.db import migrations

load = import_module("people.migrations.0010_world_people").load


class Migration(migrations.Migration):
    dependencies = [("people", "0015_commands_and_institutions")]

    # Reversing leaves the rows in place: editors may have built on them.
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
