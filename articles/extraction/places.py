"""Where a meeting happened: the place named in the sentence that reports it.

A city (or region) named in the clause is the place. A country is the place
only where the language marks a location ("in India", "भारत में"): in "his
Tajikistan counterpart" or "बेलारूस के रक्षा मंत्री" the country says whose
minister, not where they met. Two places are compatible when they are the
same, when one lies in the other, or when one is unknown.
"""

from .gazetteer import PLACE

CITY_KINDS = ("city", "region", "other")


def _locative(document, match):
    module = document.rules.module
    before = document.text[max(0, match.start - 12) : match.start].split()
    after = document.text[match.end : match.end + 12].split()
    return bool(
        (before and before[-1].lower() in module.LOCATIVE_BEFORE)
        or (after and after[0].strip(",.।") in module.LOCATIVE_AFTER)
    )


def meeting_place(document, start, end):
    """The id of the place a meeting reported in ``[start, end)`` happened at, or None."""
    countries = []
    for match in document.within(start, end, (PLACE,)):
        fact = document.gazetteer.places.get(match.entity_id)
        if fact is None:
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
