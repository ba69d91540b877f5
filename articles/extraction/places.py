"""Where a meeting happened: the place named in the sentence that reports it.

A city named in the clause is the place — one marked as a location within three
words ("in Dushanbe", "at the Dushanbe talks", "दुशान्बे में") before a region and
then a country so marked ("in Assam", "in India"), and a bare one ("Moscow wants
…", a government) only when there is none. A country is the place
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

CITY_KINDS = ("city", "other")
REGION_KINDS = ("region",)  # "in Maharashtra": where, when no city is named; "Maharashtra Governor" is whose


def _locative(document, match, reach=1):
    """Does a locative word ("in", "at"; Hindi "में" after) mark the place, within ``reach`` words of it
    ("in Japan's Osaka", "at the Dushanbe meeting" with a reach of 3)?"""
    module = document.rules.module
    before = document.text[max(0, match.start - 12 * reach) : match.start].split()[-reach:]
    after = document.text[match.end : match.end + 12 * reach].split()[:reach]
    return any(word.lower() in module.LOCATIVE_BEFORE for word in before) or any(
        word.strip(",.।") in module.LOCATIVE_AFTER for word in after
    )


def is_dateline(text, match):
    """True for a place that opens a paragraph as its dateline."""
    line_start = text.rfind("\n", 0, match.start) + 1
    if text[line_start : match.start].strip():
        return False
    return DATELINE_AFTER.match(text, match.end) is not None


def meeting_place(document, start, end):
    """The id of the place a meeting reported in ``[start, end)`` happened at, or None."""
    cities, regions, countries, bare_cities = [], [], [], []
    for match in document.within(start, end, (PLACE,)):
        fact = document.gazetteer.places.get(match.entity_id)
        if fact is None or is_dateline(document.text, match):
            continue
        if fact.kind in CITY_KINDS:
            # A city marked as where ("in Dushanbe", "at the Dushanbe meeting") before one that is not:
            # "… does not see Islamabad doing it" names a government, not a place.
            (cities if _locative(document, match, reach=3) else bare_cities).append(match.entity_id)
        elif _locative(document, match):
            (regions if fact.kind in REGION_KINDS else countries).append(match.entity_id)
    for found in (cities, regions, countries, bare_cities):
        if found:
            return found[0]
    return None


def place_here(document, start, end):
    """The dateline's city when ``[start, end)`` says the meeting was "here" ("met here on Friday", "यहां
    मुलाकात की"): a report filed in a city and saying here means that city. None otherwise."""
    if not document.rules.here.search(document.text, start, end):
        return None
    for match in document.within(0, len(document.text), (PLACE,)):
        fact = document.gazetteer.places.get(match.entity_id)
        if fact is not None and fact.kind in CITY_KINDS and is_dateline(document.text, match):
            return match.entity_id
    return None


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
