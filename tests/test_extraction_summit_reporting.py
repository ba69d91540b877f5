"""Meetings of leaders as real reporting words them: meals that qualify a meeting, receptions in the passive,
plural courtesy calls and meetings, cancelled summits, calls to come and calls by video link. The sentences
are written for these tests, after structures seen in published news."""

import datetime

import pytest
from test_extraction_world import MIRZO, SHOIGU, SINGH, run

from articles.extraction.meetings import BILATERAL, CALL, CANCELLED, HELD, PLANNED

THURSDAY = datetime.date(2021, 7, 29)


def meetings(text):
    return sorted((m.participants, m.status, m.kind) for m in run(text, "en", THURSDAY).meetings)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Rajnath Singh had a breakfast meeting with Sherali Mirzo on Wednesday.", HELD),
        ("Rajnath Singh had a pull-aside meeting with Sherali Mirzo on Wednesday.", HELD),
        ("Rajnath Singh will hold a working lunch meeting with Sherali Mirzo on Friday.", PLANNED),
        ("Rajnath Singh was received at Dushanbe airport by Sherali Mirzo on Wednesday.", HELD),
        ("Rajnath Singh was accorded a ceremonial welcome by Sherali Mirzo on Wednesday.", HELD),
        ("Rajnath Singh received the visiting Tajik minister Sherali Mirzo on Wednesday.", HELD),
        ("Rajnath Singh held a dialogue with Sherali Mirzo on Wednesday.", HELD),
        ("Rajnath Singh holds a bilateral discussion with Sherali Mirzo", HELD),
    ],
)
def test_meetings_named_by_a_meal_a_reception_or_a_dialogue(text, status):
    assert meetings(text) == [((SINGH, MIRZO), status, BILATERAL)]


def test_plural_courtesy_calls_and_meetings_are_one_with_each():
    assert meetings("Rajnath Singh and Sergei Shoigu paid courtesy visits to Sherali Mirzo on Wednesday.") == [
        ((SINGH, MIRZO), HELD, BILATERAL),
        ((MIRZO, SHOIGU), HELD, BILATERAL),
    ]
    assert meetings("Sherali Mirzo cancelled his meetings with Rajnath Singh and Sergei Shoigu.") == [
        ((SINGH, MIRZO), CANCELLED, BILATERAL),
        ((MIRZO, SHOIGU), CANCELLED, BILATERAL),
    ]


def test_a_summit_called_off_is_a_cancelled_meeting():
    assert meetings("Rajnath Singh has called off the summit with Sherali Mirzo.") == [((SINGH, MIRZO), CANCELLED, BILATERAL)]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Rajnath Singh will speak by phone with Sherali Mirzo on Friday.", PLANNED),
        ("Rajnath Singh will hold a telephone conversation with Sherali Mirzo on Friday.", PLANNED),
        ("Rajnath Singh and Sherali Mirzo held talks via video link on Wednesday.", HELD),
        ("Rajnath Singh held a videoconference with Sherali Mirzo on Wednesday.", HELD),
    ],
)
def test_calls_to_come_and_calls_by_video_link(text, status):
    assert meetings(text) == [((SINGH, MIRZO), status, CALL)]


def test_a_possible_call_is_still_no_call():
    assert [m for m in meetings("Rajnath Singh may speak by phone with Sherali Mirzo on Friday.") if m[1] == HELD] == []
