"""Extraction: a pipeline of plain functions from cleaned text to mentions, new entities and meetings.

Stages, each in its own module and testable alone (``pipeline.extract`` runs them in order):

``cleaning`` (promos, NFC, paragraphs, title) → ``language`` (detect) →
``sentences`` (split) → ``gazetteer`` (known names, in one Aho-Corasick pass) →
``titles`` + ``qualifiers`` (offices, ranks, honorifics, "counterpart", and
whose they are) → ``persons`` (the names after titles, known or new;
``matching`` + ``transliteration`` compare spellings across scripts) →
``organisations`` (bodies defined, ministries, armed forces, named bodies,
which body belongs to which) → ``coreference`` (surname-only mentions) →
``references`` + ``meetings`` (who met whom, held or planned) with
``places``, ``dates`` and ``events`` (the larger event) → ``dedup`` (one
meeting per meeting, one person per spelling).

Nothing here touches the database or the network: the gazetteer is built
from plain rows (``articles.linking.gazetteer_from_database``), and
``articles.linking`` turns results into rows. Language-specific rules live
as data in ``languages/<code>.py``; ``rules`` compiles them. See
``docs/extraction.md``.
"""
