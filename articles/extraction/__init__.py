"""Extraction: a pipeline of plain functions from cleaned text to mentions and meetings.

Stages, each in its own module and testable alone:

``cleaning`` (promos, NFC, paragraphs, title) → ``language`` (detect) →
``sentences`` (split) → ``gazetteer`` (find known names, multi-pattern) →
``coreference`` (surname-only mentions) → ``pipeline`` (runs them in order).

Nothing here touches the database: the gazetteer is built from plain
``(kind, id, name)`` rows, and the importer turns results into rows.
Language-specific rules live as data in ``languages/<code>.py``.
"""
