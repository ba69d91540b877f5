"""A family name that is also a stop word: "Vice Premier He Lifeng" is a person, "He said" is not
(``SURNAMES_AMONG_STOP_WORDS``). Sentences written for these tests, after structures seen in published news."""

import pytest
from test_extraction_world import SINGH, people, run

from articles.extraction.meetings import HELD


def new_people(text):
    return sorted(name for name in people(run(text, "en")) if isinstance(name, str))


@pytest.mark.parametrize(
    "text",
    [
        "Chinese Vice Premier He Lifeng arrived in Geneva on Sunday.",
        "Chinese Vice Premier He Lifeng's visit to Washington was put off.",
        "China's Vice Premier He Lifeng and his delegation arrived in Geneva.",
    ],
)
def test_he_after_a_title_is_a_family_name(text):
    assert new_people(text) == ["He Lifeng"]


@pytest.mark.parametrize(
    "text",
    [
        "The Chinese Vice Premier arrived. He Lifeng was not with him.",
        "The Vice Premier He said the talks were candid.",
    ],
)
def test_he_stays_a_pronoun_where_no_title_runs_into_a_single_given_name(text):
    assert new_people(text) == []


def test_the_family_name_is_no_pronoun_among_those_who_met():
    extraction = run("Vice Premier He Lifeng and Defence Minister Rajnath Singh held talks in Geneva on Sunday.", "en")
    new = {p.key: p.name for p in extraction.new_persons}
    met = [sorted(new.get(p, p) for p in m.participants if p in new) + [p for p in m.participants if p == SINGH] for m in extraction.meetings if m.status == HELD]
    assert met == [["He Lifeng", SINGH]]
