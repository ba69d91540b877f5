"""Stage 5: surname-only (or first-name-only) mentions after the full name."""

from articles.extraction.coreference import resolve_short_mentions
from articles.extraction.gazetteer import PERSON, Gazetteer

ROWS = [
    (PERSON, 1, "Arjun Mehta"),
    (PERSON, 1, "अर्जुन मेहता"),
    (PERSON, 2, "Lena Vos"),
    (PERSON, 3, "Karan Mehta"),
]


def short_mentions(text, rows=ROWS):
    gazetteer = Gazetteer(rows)
    matches = gazetteer.find(text)
    resolved = resolve_short_mentions(text, matches, gazetteer)
    return [(m.entity_id, m.surface) for m in resolved if m not in matches]


def test_surname_after_the_full_name_resolves_to_that_person():
    assert short_mentions("Minister Arjun Mehta arrived. Later, Mehta said talks went well.") == [(1, "Mehta")]


def test_hindi_surname_resolves_too():
    assert short_mentions("रक्षा मंत्री अर्जुन मेहता पहुंचे। बाद में मेहता ने कहा।") == [(1, "मेहता")]


def test_first_name_alone_resolves_as_well():
    assert short_mentions("Arjun Mehta spoke. Arjun said the talks went well.") == [(1, "Arjun")]


def test_a_surname_before_any_full_name_is_not_linked():
    assert short_mentions("Mehta arrived first. Then Arjun Mehta spoke.") == []


def test_a_surname_shared_by_two_people_in_the_article_is_left_alone():
    text = "Arjun Mehta met Karan Mehta. Mehta said talks went well."
    assert short_mentions(text) == []


def test_lowercase_words_are_not_english_names():
    rows = [(PERSON, 5, "Rose Field")]
    assert short_mentions("Rose Field visited. The field was muddy.", rows) == []


def test_a_given_name_that_begins_another_name_is_no_short_mention():
    """"Anil" of "Anil Mehra Wins …" (a headline, whose names are not read) is not Anil Kapoor, named before."""
    from test_extraction_world import run

    text = "Rajnath Singh met Anil Kapoor on Monday.\n\nAnil Mehra Wins Chess Title In Delhi\n\nAnil said he was glad."
    extraction = run(text, "en")
    (kapoor,) = [p for p in extraction.new_persons if p.name == "Anil Kapoor"]
    surfaces = sorted(m.surface for m in extraction.mentions if m.entity_id == kapoor.key)
    assert surfaces == ["Anil", "Anil Kapoor"]
