"""Where a meeting happened: the place named in the sentence that reports it.

A city (or region) named in the clause is the place. A country is the place
only where the language marks a location ("in India", "भारत में"): in "his
Tajikistan counterpart" or "बेलारूस के रक्षा मंत्री" the country says whose
minister, not where they met. A dateline ("New Delhi: …", "NEW DELHI, June 9 –
…", "नई दिल्ली: …" at the start of a paragraph) says where the report was
filed, not where anyone met: it is never a meeting's place. Two places are
compatible when they are the same, when one lies in the other, or when one
is unknown.
"""

import re

from .gazetteer import PLACE

# After a place at the start of a paragraph: an optional ", date" and the colon or dash of a dateline.
DATELINE_AFTER = re.compile(r"(?:,[^.:\n,]{1,25})?\s*(?::|\s[-–—]\s)")

CITY_KINDS = ("city", "region", "other")


def _locative(document, match):
    module = document.rules.module
    before = document.text[max(0, match.start - 12) : match.start].split()
    after = document.text[match.end : match.end + 12].split()
    return bool(
        (before and before[-1].lower() in module.LOCATIVE_BEFORE)
        or (after and after[0].strip(",.।") in module.LOCATIVE_AFTER)
    )


def is_dateline(text, match):
    """True for a place that opens a paragraph as its dateline."""
    line_start = text.rfind("\n", 0, match.start) + 1
    if text[line_start : match.start].strip():
        return False
    return DATELINE_AFTER.match(text, match.end) is not None


def meeting_place(document, start, end):
    """The id of the place a meeting reported in ``[start, end)`` happened at, or None."""
    countries = []
    for match in document.within(start, end, (PLACE,)):
        fact = document.gazetteer.places.get(match.entity_id)
        if fact is None or is_dateline(document.text, match):
            continue
        if fact.kind in CITY_KINDS:
            return match.entity_id
        if _locative(document, match):
            countries.append(match.entity_id)
    return countries[0] if countries else None


def compatible_places(gazetteer, first, second):
    if first is None or second is None or first == second:
        return True
    return gazetteer.country_of_place(first) == second or gazetteer.country_of_place(second) == first


def more_precise(gazetteer, first, second):
    """Of two compatible places, the more precise one (a city over its country)."""
    if first is None:
        return second
    if second is None or first == second:
        return first
    return first if gazetteer.country_of_place(first) == second else second
