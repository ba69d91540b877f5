"""Stage 4: finding known names with the multi-pattern matcher."""

from articles.extraction.gazetteer import ORGANISATION, PERSON, PLACE, Gazetteer

ROWS = [
    (PERSON, 1, "Arjun Mehta"),
    (PERSON, 1, "अर्जुन मेहता"),
    (PERSON, 2, "Lena Vos"),
    (ORGANISATION, 10, "Shanghai Cooperation Organisation"),
    (ORGANISATION, 10, "SCO"),
    (ORGANISATION, 10, "एससीओ"),
    (PLACE, 20, "Shanghai"),
    (PLACE, 21, "मिर्ज़ापुर"),
]


def found(text, rows=ROWS):
    return [(m.kind, m.entity_id, m.surface) for m in Gazetteer(rows).find(text)]


def test_names_in_both_scripts_are_found_with_their_surface_form():
    assert found("Arjun Mehta met officials. अर्जुन मेहता ने कहा।") == [
        (PERSON, 1, "Arjun Mehta"),
        (PERSON, 1, "अर्जुन मेहता"),
    ]


def test_matching_ignores_case_and_extra_spaces_but_keeps_the_text_as_written():
    assert found("ARJUN   mehta arrived") == [(PERSON, 1, "ARJUN   mehta")]


def test_longest_name_wins_over_a_name_inside_it():
    assert found("the Shanghai Cooperation Organisation (SCO) met in Shanghai") == [
        (ORGANISATION, 10, "Shanghai Cooperation Organisation"),
        (ORGANISATION, 10, "SCO"),
        (PLACE, 20, "Shanghai"),
    ]


def test_matches_respect_word_boundaries_in_both_scripts():
    # "SCOPE" is not "SCO"; "एससीओं" continues the word with a vowel sign/anusvara.
    assert found("The SCOPE of talks; एससीओं") == []
    # Possessives and punctuation are boundaries.
    assert found("the SCO's meeting, एससीओ.") == [(ORGANISATION, 10, "SCO"), (ORGANISATION, 10, "एससीओ")]


def test_nukta_variants_match_and_offsets_cover_the_text_as_written():
    text = "वे मिर्जापुर गए"  # written without the nukta
    matches = Gazetteer(ROWS).find(text)
    assert [(m.kind, m.entity_id) for m in matches] == [(PLACE, 21)]
    assert text[matches[0].start : matches[0].end] == "मिर्जापुर"


def test_a_name_shared_by_two_people_is_reported_as_ambiguous():
    rows = [(PERSON, 1, "Kim Lee"), (PERSON, 2, "Kim Lee")]
    (match,) = Gazetteer(rows).find("Kim Lee spoke")
    assert match.entity_id is None
    assert match.candidates == (1, 2)


def test_thousands_of_aliases_are_matched_in_one_pass():
    rows = [(PERSON, i, f"Name{i} Surname{i}") for i in range(5000)]
    gazetteer = Gazetteer(rows)
    assert len(gazetteer) == 5000
    text = "Name4999 Surname4999 met Name17 Surname17 and Name17 Surname1 (not a known name)."
    assert [(m.entity_id, m.surface) for m in gazetteer.find(text)] == [
        (4999, "Name4999 Surname4999"),
        (17, "Name17 Surname17"),
    ]


def test_an_empty_gazetteer_finds_nothing():
    assert Gazetteer().find("Arjun Mehta") == []


def test_a_short_name_matches_only_as_written():
    gazetteer = Gazetteer()
    gazetteer.add("person", 1, "Xi")
    gazetteer.add("person", 1, "Xi Jinping")
    assert [m.surface for m in gazetteer.find("Xi met Biden; India named its playing XI; xi")] == ["Xi"]
