"""Headline case: capitals that say nothing about names."""

from articles.extraction.casing import headline_case_spans
from articles.extraction.languages import LANGUAGES
from test_extraction_world import run

FUNCTION_WORDS = LANGUAGES["en"].FUNCTION_WORDS


def test_a_headline_in_title_case_is_found_and_prose_is_not():
    text = (
        "Defence Minister Meets Belarusian Counterpart, Discusses Training And Exercises\n"
        "Defence Minister Rajnath Singh met his Belarusian counterpart Viktor Khrenin on Wednesday.\n"
        "officials said the talks went well"
    )
    first_line_end = text.index("\n")
    assert headline_case_spans(text, FUNCTION_WORDS) == [(0, first_line_end)]


def test_no_new_person_is_read_from_a_headlines_capitals():
    text = (
        "Rajnath Singh Meets Belarusian Counterpart, Discusses Training And Exercises\n"
        "Rajnath Singh met his Belarusian counterpart Viktor Khrenin on Wednesday."
    )
    assert [p.name for p in run(text, "en").new_persons] == []  # Khrenin is known; "Discusses Training" is nobody


def test_a_new_name_in_a_title_case_headline_is_linked_from_the_body():
    text = (
        "Rajnath Singh Meets Lithuanian Counterpart Arvydas Anusauskas In Delhi\n"
        "Defence Minister Rajnath Singh met Lithuanian Defence Minister Arvydas Anusauskas in New Delhi."
    )
    extraction = run(text, "en")
    (person,) = extraction.new_persons
    surfaces = [m.start for m in extraction.mentions if m.entity_id == person.key]
    assert person.name == "Arvydas Anusauskas" and len(surfaces) == 2


def test_a_line_listing_names_is_no_headline():
    text = (
        "The teams for the third Test were named on Monday.\n"
        "Hosts: Arjun Malhotra, Devika Raghavan, Tejas Kulkarni, Imran Qureshi (c), Lalit Bhardwaj\n"
        "Rain Threatens Third Day, Groundsmen Ready Covers"
    )
    second_line = text.index("Hosts")
    spans = headline_case_spans(text, FUNCTION_WORDS)
    assert [text[s:e].split()[0] for s, e in spans] == ["Rain"]
    assert all(not s <= second_line < e for s, e in spans)


def test_the_people_of_a_team_sheet_are_found():
    text = (
        "The selectors named an unchanged side for the final on Monday.\n"
        "Hosts: Arjun Malhotra, Devika Raghavan, Tejas Kulkarni, Imran Qureshi (c), Lalit Bhardwaj\n"
    )
    names = {p.name for p in run(text, "en").new_persons}
    assert {"Arjun Malhotra", "Tejas Kulkarni", "Imran Qureshi", "Lalit Bhardwaj"} <= names
