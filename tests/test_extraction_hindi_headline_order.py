"""A Hindi headline puts the one who met after the verb: "राजनाथ सिंह से मिले शेर अली मिर्जा, …"
(``HEADLINE_SUBJECT_AFTER``). Sentences written for these tests, after the structure seen in published news."""

import datetime

import pytest
from test_extraction_world import MIRZO, SINGH, run

from articles.extraction.meetings import HELD

THURSDAY = datetime.date(2021, 7, 29)


def meetings(text):
    return sorted((m.participants, m.status) for m in run(text, "hi", THURSDAY).meetings)


@pytest.mark.parametrize(
    "text",
    [
        "राजनाथ सिंह से मिले शेर अली मिर्जा, सीमा पर सहयोग की चर्चा",
        "राजनाथ सिंह से मिले शेर अली मिर्जा - रक्षा सहयोग पर बात",
        "राजनाथ सिंह से मिले शेर अली मिर्जा",
    ],
)
def test_the_one_who_met_after_the_verb_of_a_headline(text):
    assert meetings(text) == [((SINGH, MIRZO), HELD)]


@pytest.mark.parametrize(
    "text",
    [
        # "मिले" as "received": what came from someone, no one after it.
        "राजनाथ सिंह से मिले आश्वासन के बाद शेर अली मिर्जा ने कहा कि बातचीत जारी रहेगी।",
        # The subject after the verb with a marker of its own is no headline's subject.
        "राजनाथ सिंह से मिले शेर अली मिर्जा के संदेश पर चर्चा हुई।",
    ],
)
def test_what_was_received_from_someone_is_no_meeting(text):
    assert [m for m in meetings(text) if m[1] == HELD] == []
