"""A city's or a state's own bodies, named by the place and a head: "Delhi Police", "दिल्ली पुलिस",
"Uttar Pradesh Police", "इंदौर नगर निगम" (Indore Municipal Corporation), "राजस्थान विधानसभा" (Rajasthan
Legislative Assembly), "पंजाब मंत्रिमंडल" (Punjab Cabinet).

The place is one the gazetteer knows, a city or a region (a country's police is a national body),
right before the head (``LOCAL_BODY_HEADS``: the language's head and its catalogue name in English).
The body is named in the archive's catalogue language, "<place> <head>", whatever the article's
language, so the English and the Hindi report name one record; the surface as written is an alias.
"""

from .gazetteer import PLACE
from .organisation_rules import OrganisationFind, _add_alias, _folded_words

LOCAL_KIND = "government"
# A state's assembly is its legislature (so "राजस्थान विधानसभा चुनाव" names an election: ``elections``).
KIND_OF_BODY = {"Legislative Assembly": "legislature"}
_LOCAL_PLACES = ("city", "region")


def _head_words(module):
    return _folded_words(module.LOCAL_BODY_HEADS)


def _catalogue_head(module, head):
    written = " ".join(head.split())
    return module.LOCAL_BODY_HEADS.get(written) or module.LOCAL_BODY_HEADS.get(written.title())


def find_local_bodies(document, rules):
    """``OrganisationFind``s for "<known city or region> <local body head>"."""
    module = rules.module
    pattern = document.rules.local_body_head
    if pattern is None or not document.mentions_any(_head_words(module)):
        return []
    gazetteer, text, finds = document.gazetteer, document.text, []
    for match in document.within(0, len(text), (PLACE,)):
        place = gazetteer.places.get(match.entity_id) if match.entity_id is not None else None
        if place is None or place.kind not in _LOCAL_PLACES:
            continue
        head = pattern.match(text, match.end)
        if head is None:
            continue
        catalogue = _catalogue_head(module, head.group("head"))
        if catalogue is None:
            continue
        find = OrganisationFind(
            match.start, head.end(), f"{place.name} {catalogue}", kind=KIND_OF_BODY.get(catalogue, LOCAL_KIND),
            country_id=gazetteer.country_of_place(match.entity_id),
        )
        find.spans = [(match.start, head.end())]
        _add_alias(find, text[match.start : head.end()])
        finds.append(find)
    return finds
