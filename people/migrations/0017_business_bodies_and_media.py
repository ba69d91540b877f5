"""India's industry chambers (FICCI, CII, ASSOCHAM, PHD Chamber, CAIT, SIAM), banks and companies of business
news (Bank of Baroda, Canara Bank, Tata Sons, Hinduja Group, BHEL, Vedanta, Vodafone Idea, Paytm, Flipkart,
Aditya Birla Group, Moody's), agencies and papers credited in datelines (Jiji Press, Trend, MENAFN, Colombo
Gazette; "APP", "एपी"), the Mahagathbandhan, the DUP, CBSE, ISKCON, China's National People's Congress and
Central Military Commission, Iran's and Russia's security councils, the US House of Representatives, the
Heritage Foundation, the Premier League, Japan's Air Self-Defense Force and the Australian Defence Force, and
Hindi spellings of known bodies ("रिजर्व बैंक ऑफ इंडिया", "स्टेट बैंक ऑफ इंडिया", "यूरोपीय यूनियन", "बीएसपी",
"तेलुगू देशम पार्टी", "अडानी ग्रुप", "सिन्हुआ") (``people/gazetteer/organisations.json``).

Loaded as ``0012_more_world_names`` does: a record the archive already has, by name, keeps what the
editors made of it and only gains the file's names it lacks; one the importer created under one of
the new names is flagged for an editor to merge, never merged here.
"""

from importlib import import_module

from django.db import migrations

load = import_module("people.migrations.0012_more_world_names").load


class Migration(migrations.Migration):
    dependencies = [("people", "0016_short_hindi_names")]

    # Reversing leaves the rows in place: editors may have built on them.
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
