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


RESULTS = (
    "Results of the women's 5,000 metres final on Sunday:\n"
    "1. Tanvi Deshmukh (India) 15:04.95\n"
    "2. Meron Tesfaye (Ethiopia) 15:05.21\n"
    "3. Grace Wanjiru (Kenya) 15:05.41\n"
    "4. Anneli Virtanen (Finland) 15:06.02\n"
)


def test_the_lines_of_a_results_table_are_no_headlines():
    assert headline_case_spans(RESULTS, FUNCTION_WORDS) == []


def test_a_headline_and_its_subheading_stay_headlines():
    text = (
        "Defence Minister Meets Belarusian Counterpart In Minsk\n"
        "Talks Cover Training, Exercises And Joint Production\n"
        "Defence Minister Rajnath Singh met his Belarusian counterpart on Wednesday."
    )
    assert len(headline_case_spans(text, FUNCTION_WORDS)) == 2


def test_headlines_in_capitals_stay_headlines_however_many():
    text = "ATHLETICS - RESULTS FROM THE MEETING IN ZURICH\nWOMEN'S SPRINT HEATS ON FRIDAY\nFINAL STANDINGS AND MEDAL TABLE\n"
    assert len(headline_case_spans(text, FUNCTION_WORDS)) == 3


def test_the_finishers_of_a_results_table_are_found():
    """Found as the importer reads the table: its short lines joined into one by the cleaning."""
    names = {p.name for p in run(RESULTS, "en").new_persons}
    assert {"Tanvi Deshmukh", "Meron Tesfaye", "Grace Wanjiru", "Anneli Virtanen"} <= names


def test_a_long_line_of_names_and_figures_is_no_headline():
    """A leaderboard whose short lines were joined as prose: far longer than any headline."""
    line = " ".join(f"{60 + n} Player{chr(65 + n)} Surname{chr(65 + n)} (Country{chr(65 + n)}) {n}" for n in range(12))
    assert headline_case_spans(line, FUNCTION_WORDS) == []
    assert headline_case_spans("Defence Minister Meets Belarusian Counterpart In Minsk 2026", FUNCTION_WORDS) != []



def test_a_new_person_named_only_in_a_title_case_headline_is_found():
    """A headline's capitals say nothing, but a given name and a family name of the name lists are a person."""
    text = (
        "Meenakshi Rathore, Arjun Babuta Win Gold In Mixed Air Rifle At Asian Championships\n"
        "The pair beat the Chinese team in the final on Sunday."
    )
    names = [p.name for p in run(text, "en").new_persons]
    assert "Meenakshi Rathore" in names and not any("Gold" in name or "Rifle" in name for name in names)


def test_the_players_of_results_lines_in_capitals_are_found():
    """Two result lines are too few for a table; names the tagger is sure of, that the article writes nowhere
    in lower case, are people all the same."""
    text = (
        "Results of the men's singles, second round, on Tuesday:\n"
        "Anirban Mukherjee (India) beat Tomasz Wielgosz (Poland) 6-4 3-6 7-5\n"
        "Karel Novotny (Czech Republic) beat Haruto Sakamoto (Japan) 7-6 6-1\n"
    )
    names = {p.name for p in run(text, "en").new_persons}
    assert names == {"Anirban Mukherjee", "Tomasz Wielgosz", "Karel Novotny", "Haruto Sakamoto"}

