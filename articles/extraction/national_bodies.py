"""National bodies: ministries ("Ministry of Defence", "Defence Ministry", "रक्षा मंत्रालय"), armed
forces ("Indian Army", "Tajikistan's Air Force", "चीनी सेना") and diplomatic missions ("the US embassy in
New Delhi", "British High Commission", "काबुल स्थित भारतीय दूतावास"), named after the country that qualifies
them ("Ministry of Defence (Russia)", "Embassy of India in Kabul"); an unqualified ministry is the archive's
home country's, an armed force and a mission need a country."""

import re

from people.names import normalize_name

from .gazetteer import DEMONYM, PLACE
from .languages import CATALOGUE_LANGUAGE, LANGUAGES
from .organisation_rules import ARMED_FORCE, MINISTRY, MISSION, OrganisationFind, _add_alias, _catalogue, organisation_rules
from .qualifiers import country_after, qualifier_before
from .transliteration import latin_form

def _national(document, found, facet, kind, mapping_name, require_country):
    start, end = found.span()
    qualifier = qualifier_before(document, start)
    if qualifier.unresolved:
        if not qualifier.unresolved_name:
            return None  # "Iranian Defence Ministry": whose, the gazetteer cannot say
        return _national_of_unknown_country(document, found, facet, kind, mapping_name, qualifier)
    country_id = qualifier.country_id if qualifier.organisation_id is None else None
    if country_id is None:
        country_id, after = country_after(document, end)
        if country_id is not None:
            end = after
    if country_id is None:
        # "the Ministry of Defence in Riyadh": the city's country's (a mission's host city, read the same way).
        host = _host_after(document, organisation_rules(document.rules.module), end)
        place = document.gazetteer.places.get(host.entity_id) if host is not None else None
        if place is not None and place.country_id is not None and place.country_id != document.gazetteer.home_country_id:
            country_id = place.country_id
    if country_id is None and not require_country and not document.only_abroad:
        # "the Defence Ministry" in a story of the home country is its own; in a story that never names
        # it (Turkey and Pakistan's talks), whose the text does not say.
        country_id = document.gazetteer.home_country_id
    if country_id is None:
        return None
    qualified_name = end != found.end()  # "Ministry of Defence of Tajikistan"
    if qualifier.attached and qualifier.country_id is not None:
        start = qualifier.qualifier_start  # "Indian Army" is the body's name as written
        qualified_name = True
    country = document.gazetteer.places.get(country_id)
    country_name = country.name if country else str(country_id)
    if kind == MINISTRY:
        name = f"Ministry of {_ministry_name(facet, country_name)} ({country_name})"
    else:
        name = f"{_catalogue(mapping_name, facet)} ({country_name})"
    find = OrganisationFind(start, end, name, kind=kind, country_id=country_id, facet=facet)
    find.spans = [(start, end)]
    if qualified_name:
        _add_alias(find, document.text[start:end])  # a qualified name is a name; "Defence Ministry" alone is not
    return find


def _ministry_name(facet, country_name):
    """The domain a national ministry is named by in the archive: "External Affairs" in India, else
    "Foreign Affairs" (``MINISTRY_NAMES``); the catalogue's phrase for other domains ("Defence")."""
    names = LANGUAGES[CATALOGUE_LANGUAGE].MINISTRY_NAMES.get(facet)
    if names:
        return names.get(country_name, names[""])
    return _catalogue("MINISTRY_DOMAINS", facet)


def _national_of_unknown_country(document, found, facet, kind, mapping_name, qualifier):
    """A national body of a country the gazetteer does not know ("जापान के रक्षा मंत्रालय").

    It is named after the country as written, in Latin letters ("Ministry of
    Defence (Japan)"), so that English and Hindi reports meet in one record;
    its country stays empty for an editor to set.
    """
    written = qualifier.unresolved_name
    country = latin_form(written).title() if not written.isascii() else written
    body = _ministry_name(facet, country) if kind == MINISTRY else _catalogue(mapping_name, facet)
    name = f"Ministry of {body} ({country})" if kind == MINISTRY else f"{body} ({country})"
    find = OrganisationFind(qualifier.qualifier_start, found.end(), name, kind=kind, facet=None)
    find.spans = [(found.start(), found.end())]
    _add_alias(find, name)
    return find


def find_ministries(document, rules):
    finds = []
    if not document.mentions_any(rules.ministry_words):
        return finds
    for found in rules.ministry.finditer(document.text):
        phrase = found.group("d2") if found.group("d2") is not None else found.group("d1")
        facet = rules.domains.get(normalize_name(phrase.replace("-", " ")))
        if facet is not None:
            find = _national(document, found, facet, MINISTRY, "MINISTRY_DOMAINS", require_country=False)
            if find is not None:
                finds.append(find)
    return finds


def find_armed_forces(document, rules):
    finds = []
    if not document.mentions_any(rules.force_words):
        return finds
    for found in rules.force.finditer(document.text):
        facet = rules.forces.get(normalize_name(found.group("force").replace("-", " ")))
        if facet is None:
            continue
        if document.rules.module.NAMES_CAPITALISED and not found.group()[0].isupper():
            continue  # "the army" in prose
        if rules.force_office_after is not None and rules.force_office_after.match(document.text, found.end()):
            continue  # "बांग्लादेश के सेना प्रमुख": Bangladesh's army chief, an office that names no body
        find = _national(document, found, facet, ARMED_FORCE, "ARMED_FORCES", require_country=True)
        if find is not None:
            finds.append(find)
            other = _coordinated_country(document, found)
            if other is not None:
                finds.append(_of_country(facet, *other))
    return finds


_PLURAL_ENDINGS = ("ओं",)  # "सेनाओं", "नौसेनाओं": the forces of more than one country
_AND_BEFORE = re.compile(r"(?:और|तथा|एवं|and)\s*$")


def _coordinated_country(document, found):
    """``(match, place)`` of the first country of "भारत और जापान की वायु सेनाओं", "भारतीय और चीनी सेनाओं" (their
    air forces, their armies): the forces in the plural, a second country coordinated before the one that
    qualifies them; or None."""
    if not found.group("force").endswith(_PLURAL_ENDINGS):
        return None
    qualifier = qualifier_before(document, found.start())
    if qualifier.country_id is None or qualifier.qualifier_start is None:
        return None
    text = document.text
    before = text[max(0, qualifier.qualifier_start - 12) : qualifier.qualifier_start]
    conjunction = _AND_BEFORE.search(before)
    if conjunction is None:
        return None
    end = qualifier.qualifier_start - (len(before) - conjunction.start())
    end = len(text[:end].rstrip())
    for match in document.within(max(0, end - 40), end, (PLACE, DEMONYM)):
        if match.end == end and match.entity_id is not None and match.entity_id != qualifier.country_id:
            place = document.gazetteer.places.get(match.entity_id)
            return (match, place) if place is not None and place.kind == "country" else None
    return None


def _of_country(facet, match, country):
    """The force of the coordinated country, mentioned where the article names that country for it ("भारत [और
    जापान की वायु सेनाओं]"): one mention names one body, and the two forces share the other words."""
    name = f"{_catalogue('ARMED_FORCES', facet)} ({country.name})"
    find = OrganisationFind(match.start, match.end, name, kind=ARMED_FORCE, country_id=match.entity_id, facet=facet)
    find.spans = [(match.start, match.end)]
    return find


def find_missions(document, rules):
    """Diplomatic missions: a country's embassy, high commission or consulate, named by the country that
    sends it ("the Russian embassy", "Embassy of India", "पाकिस्तानी उच्चायोग") and, when the text says so, the
    city that hosts it ("… in Kabul", "काबुल स्थित …"): "Embassy of India in Kabul" and "Embassy of India in
    Washington" are two bodies, "the Indian embassy in Kabul" and "काबुल स्थित भारतीय दूतावास" one. A mission
    whose country the text does not give ("the embassy") is left alone."""
    finds = []
    if not document.mentions_any(rules.mission_words):
        return finds
    text = document.text
    for found in rules.mission.finditer(text):
        facet = rules.missions.get(normalize_name(found.group("mission").replace("-", " ")))
        if facet is None:
            continue
        start, end = found.span()
        host = _host_before(document, rules, start)  # "काबुल स्थित दूतावास", "भारत का काबुल स्थित दूतावास"
        qualifier = qualifier_before(document, start if host is None else host.start)
        country_id = None
        if not qualifier.unresolved and qualifier.organisation_id is None and qualifier.country_id is not None:
            country_id, start = qualifier.country_id, qualifier.qualifier_start
            if host is None:
                host = _host_before(document, rules, start)  # "काबुल स्थित भारतीय दूतावास"
        if country_id is None:
            country_id, end = country_after(document, end)  # "Embassy of India"
        if country_id is None:
            continue
        if host is None:
            host = _host_after(document, rules, end)
            if host is not None:
                end = host.end
        country = document.gazetteer.places.get(country_id)
        country_name = country.name if country else str(country_id)
        name = f"{_catalogue('DIPLOMATIC_MISSIONS', facet)} of {country_name}"
        if host is not None:
            name += f" in {document.gazetteer.places[host.entity_id].name}"
        find = OrganisationFind(start, end, name, kind=MISSION, country_id=country_id, facet=facet)
        find.spans = [(start, end)]
        _add_alias(find, text[start:end])
        finds.append(find)
    return finds


def _is_city(document, match):
    place = document.gazetteer.places.get(match.entity_id) if match is not None else None
    return place is not None and place.kind == "city"


def _host_after(document, rules, end):
    """The city named right after a mission ("… in Kabul"), or None."""
    joint = rules.host_after.match(document.text, end) if rules.host_after is not None else None
    match = document.starting_at(joint.end(), (PLACE,)) if joint is not None else None
    return match if _is_city(document, match) else None


def _host_before(document, rules, start):
    """The city named right before a mission or its country ("काबुल स्थित …"), or None."""
    if rules.host_before is None:
        return None
    joint = rules.host_before.search(document.text, max(0, start - 20), start)
    match = document.ending_at(joint.start(), (PLACE,)) if joint is not None else None
    return match if _is_city(document, match) else None
