"""People a story only ever calls by one name, with no title before it ("Marchetti scored twice", "रघुवंशी ने
शतक लगाया"), and untitled names that begin with a known given name ("Ray Lankford went 4-for-5"): what the name
tagger is sure of becomes a new person (``mononyms.untitled_mononyms``, ``tagged``). Sentences written for these
tests, after structures seen in published sports and wire copy."""

import pytest
from test_extraction_world import people, run, world

from articles.extraction.gazetteer import PERSON, PLACE


def new_people(text, language="en"):
    extraction = run(text, language)
    return {name: sorted(surfaces) for name, surfaces in people(extraction).items() if isinstance(name, str)}


@pytest.mark.parametrize(
    "text, name",
    [
        ("Marchetti scored twice before half-time in the league match on Sunday.", "Marchetti"),
        ('"We are not retiring," Delgado told reporters after the fight.', "Delgado"),
    ],
)
def test_a_name_given_only_once_and_alone_is_a_new_person(text, name):
    assert new_people(text) == {name: [name]}


def test_every_mention_of_a_one_word_name_is_the_same_person():
    text = "Marchetti scored twice before half-time, and Marchetti's second goal was the best of the night."
    extraction = run(text, "en")
    assert [p.name for p in extraction.new_persons] == ["Marchetti"]
    assert sum(1 for m in extraction.mentions if m.surface == "Marchetti") == 2


def test_a_hindi_name_before_its_postposition_is_a_new_person():
    text = "मैच में रघुवंशी ने शानदार शतक लगाया। रघुवंशी ने बाद में कहा कि पिच धीमी थी।"
    assert new_people(text, "hi") == {"रघुवंशी": ["रघुवंशी"]}


def test_the_family_name_of_someone_named_in_full_stays_theirs():
    assert new_people("Rahul Dravid batted through the morning. Dravid said the pitch was slow.") == {
        "Rahul Dravid": ["Dravid", "Rahul Dravid"]
    }


@pytest.mark.parametrize(
    "text",
    [
        "FOOTBALL - MARCHETTI NAMED CAPTAIN FOR QUALIFIER.",  # a headline's capitals
        "SOCCER - Results: MARCHETTI 2 Delgado 1.",  # a table's
    ],
)
def test_no_one_word_person_in_capitals(text):
    assert [p.name for p in run(text, "en").new_persons if " " not in p.name] == []


def test_a_known_persons_family_name_alone_is_left_to_the_desk_not_made_a_new_person():
    gazetteer = world()
    gazetteer.add(PERSON, 99, "Marco Marchetti")
    extraction = run("Marchetti scored twice before half-time in the league match on Sunday.", "en", gazetteer=gazetteer)
    assert extraction.new_persons == []


def test_an_untitled_name_that_begins_with_a_given_name_is_a_person():
    assert new_people("Ray Lankford went 4-for-5 with a pair of doubles.") == {"Ray Lankford": ["Ray Lankford"]}


@pytest.mark.parametrize(
    "text, language",
    [
        ("Exercise Shakti, a joint exercise of the Indian and French armies, opened in Umroi on Monday.", "en"),
        ("दोनों नौसेनाओं के बीच 'वरुण' अभ्यास अरब सागर में संपन्न हुआ।", "hi"),
    ],
)
def test_the_name_of_an_exercise_is_no_person(text, language):
    assert run(text, language).new_persons == []


def test_a_family_name_the_tagger_cut_from_a_longer_name_is_no_one_word_person():
    text = "मिलने वालों में टाटा स्टील के अध्यक्ष नोएल टाटा और गोदरेज समूह के जमशेद गोदरेज शामिल थे।"
    assert "गोदरेज" not in [p.name for p in run(text, "hi").new_persons]


def test_the_rest_of_a_name_after_a_word_read_as_a_place_is_no_person():
    gazetteer = world()
    gazetteer.add(PLACE, 1, "Bharat")  # India's own name, as the archive's gazetteer knows it
    text = "Spokesperson of the Defence Ministry Bharat Bhushan Babu said the talks went well."
    assert "Bhushan Babu" not in [p.name for p in run(text, "en", gazetteer=gazetteer).new_persons]

