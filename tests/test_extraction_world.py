"""A small world for the extraction tests, built without a database; and tests of the gazetteer's facts.

``world()`` returns a ``Gazetteer`` that knows a few countries, cities,
demonyms, organisations, people with roles, and one larger event, the way
``articles.linking.gazetteer_from_database`` builds it from the archive. The
ids are fixed so that tests can name them (``INDIA``, ``SINGH``, …).
"""

import datetime
import unicodedata

import pytest

from articles.extraction.cleaning import clean
from articles.extraction.gazetteer import (
    DEMONYM,
    ORGANISATION,
    PERSON,
    PLACE,
    Event,
    Gazetteer,
    OrganisationFact,
    PlaceFact,
    RoleFact,
    fold,
)
from articles.extraction.pipeline import extract
from people.names import fold_with_offsets

INDIA, TAJIKISTAN, BELARUS, CHINA, RUSSIA, UNITED_STATES = 1, 2, 3, 4, 5, 6
DUSHANBE, NEW_DELHI, MINSK, MOSCOW = 11, 12, 13, 14
SCO, RATS, NATO, INDIAN_MOD, TWITTER = 1, 2, 3, 4, 5
SINGH, MIRZO, KHRENIN, WEI, SHOIGU = 1, 2, 3, 4, 6
SCO_MEETING = 100

PLACES = [
    (INDIA, "India", "country", None, ["भारत"], ["Indian", "भारतीय"]),
    (TAJIKISTAN, "Tajikistan", "country", None, ["ताजिकिस्तान"], ["Tajik", "ताजिक"]),
    (BELARUS, "Belarus", "country", None, ["बेलारूस"], ["Belarusian", "बेलारूसी"]),
    (CHINA, "China", "country", None, ["चीन"], ["Chinese", "चीनी"]),
    (RUSSIA, "Russia", "country", None, ["रूस"], ["Russian", "रूसी"]),
    (UNITED_STATES, "United States", "country", None, ["US", "U.S.", "अमेरिका"], ["American", "अमेरिकी"]),
    (DUSHANBE, "Dushanbe", "city", TAJIKISTAN, ["दुशान्बे", "दुशांबे"], []),
    (NEW_DELHI, "New Delhi", "city", INDIA, ["नई दिल्ली"], []),
    (MINSK, "Minsk", "city", BELARUS, ["मिन्स्क"], []),
    (MOSCOW, "Moscow", "city", RUSSIA, ["मॉस्को", "मास्को"], []),
]
ORGANISATIONS = [
    (SCO, "Shanghai Cooperation Organisation", "SCO", "intergovernmental", None, None, ["शंघाई सहयोग संगठन", "एससीओ"]),
    (RATS, "Regional Anti-Terrorist Structure", "RATS", "intergovernmental", None, SCO, ["आरएटीएस"]),
    (NATO, "North Atlantic Treaty Organization", "NATO", "intergovernmental", None, None, ["नाटो"]),
    (INDIAN_MOD, "Ministry of Defence (India)", "MoD", "ministry", INDIA, None, ["भारतीय रक्षा मंत्रालय"]),
    (TWITTER, "Twitter", "", "company", None, None, ["ट्विटर"]),
]
PERSONS = [
    (SINGH, ["Rajnath Singh", "राजनाथ सिंह"], ("Defence Minister", INDIA, datetime.date(2019, 5, 31), None)),
    (MIRZO, ["Sherali Mirzo", "शेर अली मिर्जा", "शेराली मिर्ज़ो"], ("Minister of Defence", TAJIKISTAN, None, None)),
    (KHRENIN, ["Viktor Khrenin", "विक्टर ख्रेनिन"], ("Minister of Defence", BELARUS, datetime.date(2020, 1, 20), None)),
    (WEI, ["Wei Fenghe", "वेई फेंगहे"], ("Minister of National Defense", CHINA, datetime.date(2018, 3, 19), None)),
    (SHOIGU, ["Sergei Shoigu"], ("Minister of Defence", RUSSIA, datetime.date(2012, 11, 6), datetime.date(2024, 5, 12))),
]


def world():
    gazetteer = Gazetteer()
    for place_id, name, kind, country, aliases, demonyms in PLACES:
        gazetteer.set_place(place_id, PlaceFact(name, kind, country))
        for alias in [name, *aliases]:
            gazetteer.add(PLACE, place_id, alias)
        for demonym in demonyms:
            gazetteer.add(DEMONYM, place_id, demonym)
    for organisation_id, name, acronym, kind, country, parent, aliases in ORGANISATIONS:
        gazetteer.set_organisation(organisation_id, OrganisationFact(name, acronym, kind, country, parent))
        for alias in [name, *([acronym] if acronym else []), *aliases]:
            gazetteer.add(ORGANISATION, organisation_id, alias)
    from articles.extraction.languages import concept_of_title

    for person_id, names, (title, country, start, end) in PERSONS:
        for name in names:
            gazetteer.add(PERSON, person_id, name)
        gazetteer.add_role(person_id, RoleFact(concept_of_title(title), title, country, start, end))
    gazetteer.add_event(
        Event(
            SCO_MEETING,
            "SCO Defence Ministers' Meeting, Dushanbe 2021",
            frozenset({SCO}),
            datetime.date(2021, 7, 27),
            datetime.date(2021, 7, 29),
            DUSHANBE,
        )
    )
    gazetteer.home_country_id = INDIA
    gazetteer.forget_history()
    return gazetteer


def run(text, language, published=None, gazetteer=None):
    """Clean ``text`` as the importer does and extract it."""
    return extract(clean(text).body, language, gazetteer or world(), published)


def people(extraction):
    """``{entity id or new name: {surfaces}}`` of the people an extraction links."""
    names = {p.key: p.name for p in extraction.new_persons}
    found = {}
    for match in extraction.mentions:
        if match.kind == PERSON and match.entity_id is not None:
            found.setdefault(names.get(match.entity_id, match.entity_id), set()).add(match.surface)
    return found


def meetings(extraction, gazetteer=None):
    """``(participants, status, kind)`` of each meeting, with new people by name."""
    names = {p.key: p.name for p in extraction.new_persons}
    return [
        (tuple(sorted(str(names.get(p, p)) for p in m.participants)), m.status, m.kind) for m in extraction.meetings
    ]


# -- the gazetteer's facts and journal ---------------------------------------------------------


def test_demonyms_are_found_but_are_not_place_mentions():
    extraction = run("The Tajik minister visited Dushanbe and met Indian officials.", "en")
    kinds = {(m.kind, m.surface) for m in extraction.mentions}
    assert (PLACE, "Dushanbe") in kinds
    assert not any(surface in {"Tajik", "Indian"} for _, surface in kinds)


def test_rollback_forgets_names_and_facts_added_since_the_checkpoint():
    gazetteer = world()
    checkpoint = gazetteer.checkpoint()
    gazetteer.add(PERSON, 50, "Ivan Petrov")
    gazetteer.add(PERSON, SINGH, "Rajnath Singh ji")
    gazetteer.add_role(50, RoleFact("defence_minister", "Defence Minister", BELARUS))
    gazetteer.set_organisation(60, OrganisationFact("Joint Staff", "JS"))
    assert [m.entity_id for m in gazetteer.find("Ivan Petrov met Rajnath Singh ji")] == [50, SINGH]
    assert gazetteer.person_index.compare("Ivan Petrov")[0][0] == 50

    gazetteer.rollback(checkpoint)
    assert [m.surface for m in gazetteer.find("Ivan Petrov met Rajnath Singh ji")] == ["Rajnath Singh"]
    assert 50 not in gazetteer.roles and 60 not in gazetteer.organisations
    assert gazetteer.person_index.compare("Ivan Petrov") == []
    assert gazetteer.names_of(PERSON, SINGH) == {"rajnath singh", "राजनाथ सिंह"}


def test_a_role_lookup_follows_additions_and_rollbacks():
    gazetteer = world()
    assert [p for p, _ in gazetteer.role_holders("defence_minister", BELARUS)] == [KHRENIN]
    checkpoint = gazetteer.checkpoint()
    gazetteer.add_role(50, RoleFact("defence_minister", "Defence Minister", BELARUS))
    assert {p for p, _ in gazetteer.role_holders("defence_minister", BELARUS)} == {KHRENIN, 50}
    gazetteer.rollback(checkpoint)
    assert [p for p, _ in gazetteer.role_holders("defence_minister", BELARUS)] == [KHRENIN]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Plain ASCII text.",
        "ARJUN   mehta\n\n  met\tthem",
        "मिर्ज़ा और मिर्जा ने कहा।",
        "Sergéi \u200dजोड़ \u0958 end  ",
        unicodedata.normalize("NFC", "क\u093c  x"),
    ],
)
def test_the_fast_fold_is_exactly_the_names_fold(text):
    folded, offsets = fold(text)
    expected, expected_offsets = fold_with_offsets(text)
    assert folded == expected
    assert list(offsets) == list(expected_offsets)
