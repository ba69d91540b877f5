"""A call told before what was said on it: "In a phone call on Monday, X told Y …", "During a telephone
conversation, X and Y discussed …", "X ने सोमवार को फोन पर Y से बात की" (``CALL_FRAME`` in the language rules).
The sentences are written for these tests, after structures seen in published news."""

import datetime

import pytest
from test_extraction_world import MIRZO, SINGH, run

from articles.extraction.meetings import BILATERAL, CALL, HELD

THURSDAY = datetime.date(2021, 7, 29)


def meetings(text, language):
    return sorted((m.participants, m.status, m.kind) for m in run(text, language, THURSDAY).meetings)


@pytest.mark.parametrize(
    "text",
    [
        "In a phone call on Wednesday, Rajnath Singh told Sherali Mirzo that the border talks would go on.",
        "During a telephone conversation on Wednesday, Rajnath Singh assured Sherali Mirzo of India's support.",
        "In a video call on Wednesday, Rajnath Singh congratulated Sherali Mirzo on his appointment.",
        "During a telephone conversation on Wednesday, Rajnath Singh and Sherali Mirzo discussed the border.",
    ],
)
def test_a_call_told_first_is_the_call_of_those_who_speak_after_it(text):
    assert meetings(text, "en") == [((SINGH, MIRZO), HELD, CALL)]


@pytest.mark.parametrize(
    "text",
    [
        "राजनाथ सिंह ने बुधवार को फोन पर ताजिकिस्तान के रक्षा मंत्री शेर अली मिर्जा से बात की।",
        "राजनाथ सिंह ने टेलीफोन के जरिए ताजिक रक्षा मंत्री शेर अली मिर्जा से सीमा की स्थिति पर चर्चा की।",
    ],
)
def test_the_medium_before_the_person_spoken_to_makes_a_hindi_talk_a_call(text):
    assert meetings(text, "hi") == [((SINGH, MIRZO), HELD, CALL)]


@pytest.mark.parametrize(
    "text",
    [
        # Told someone unnamed; the one named is not met.
        "In a phone call on Wednesday, Rajnath Singh told reporters that he would not meet Sherali Mirzo.",
        # A plan, and a possibility, on a call: not held.
        "In a phone call on Wednesday, Rajnath Singh will tell Sherali Mirzo about the exercise.",
        "In a video conference on Wednesday, Rajnath Singh and Sherali Mirzo may discuss the border.",
    ],
)
def test_a_call_frame_records_nothing_held_that_did_not_happen(text):
    assert [m for m in meetings(text, "en") if m[1] == HELD] == []


def test_a_hindi_meeting_after_a_phone_threat_stays_a_meeting():
    # The medium belongs to another verb; "मुलाकात" is no talk.
    text = "राजनाथ सिंह ने फोन पर मिली सूचना के बाद शेर अली मिर्जा से मुलाकात की।"
    assert meetings(text, "hi") == [((SINGH, MIRZO), HELD, BILATERAL)]
