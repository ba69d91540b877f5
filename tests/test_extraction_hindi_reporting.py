"""Hindi meetings as defence and foreign-policy reporting words them: "दूरभाष पर", calls to come, "फोन कर … को बधाई
दी", meetings fixed for a day ("निर्धारित है"), two who met ("A और B … मिले"), and the passive of a press release
("X द्वारा … मुलाकात की गई"). Sentences written for these tests, after structures seen in published news."""

import datetime

import pytest
from test_extraction_world import MIRZO, SINGH, run

from articles.extraction.meetings import BILATERAL, CALL, HELD, PLANNED

THURSDAY = datetime.date(2021, 7, 29)


def meetings(text):
    return sorted((m.participants, m.status, m.kind) for m in run(text, "hi", THURSDAY).meetings)


@pytest.mark.parametrize(
    ("text", "status", "kind"),
    [
        ("राजनाथ सिंह ने बुधवार को शेर अली मिर्जा से दूरभाष पर वार्ता की।", HELD, CALL),
        ("राजनाथ सिंह शुक्रवार को शेर अली मिर्जा से फोन पर बात करेंगे।", PLANNED, CALL),
        ("शेर अली मिर्जा ने फोन कर राजनाथ सिंह को नियुक्ति की बधाई दी।", HELD, CALL),
        ("राजनाथ सिंह की शनिवार को शेर अली मिर्जा से मुलाकात निर्धारित है।", PLANNED, BILATERAL),
        ("राजनाथ सिंह और शेर अली मिर्जा के बीच शुक्रवार को बैठक होनी है।", PLANNED, BILATERAL),
        ("राजनाथ सिंह और शेर अली मिर्जा बुधवार को दुशांबे में मिले।", HELD, BILATERAL),
        ("राजनाथ सिंह और शेर अली मिर्जा पिछले महीने मास्को में मिले थे।", HELD, BILATERAL),
        ("राजनाथ सिंह द्वारा बुधवार को शेर अली मिर्जा से मुलाकात की गई।", HELD, BILATERAL),
    ],
)
def test_hindi_meetings_of_defence_reporting(text, status, kind):
    assert meetings(text) == [((SINGH, MIRZO), status, kind)]


@pytest.mark.parametrize(
    "text",
    [
        "राजनाथ सिंह और शेर अली मिर्जा को समर्थन के कई पत्र मिले।",  # what they received
        "राजनाथ सिंह द्वारा बुलाई गई बैठक में शेर अली मिर्जा ने भाग लिया।",  # a meeting of others they attended
        "राजनाथ सिंह लखनऊ में मिले।",  # one person
    ],
)
def test_what_was_received_or_attended_is_no_meeting_of_two(text):
    assert meetings(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("एयर चीफ मार्शल एके मेहरा ने बुधवार को राजनाथ सिंह से मुलाकात की।", "एके मेहरा"),
        ("लेफ्टिनेंट जनरल एन.एस. राजा सुब्रमणि ने बुधवार को राजनाथ सिंह से मुलाकात की।", "एन.एस. राजा सुब्रमणि"),
        ("लेफ्टिनेंट जनरल एन एस राजा सुब्रमणि ने बुधवार को राजनाथ सिंह से मुलाकात की।", "एन एस राजा सुब्रमणि"),
    ],
)
def test_a_hindi_name_after_a_rank_keeps_its_initials(text, name):
    extraction = run(text, "hi", THURSDAY)
    assert [p.name for p in extraction.new_persons] == [name]
    assert [len(m.participants) for m in extraction.meetings] == [2]


def test_a_letter_that_is_also_a_postposition_is_no_initial():
    # "के" is K and "of": "मंत्री के बेटे" is the minister's son, no one named "के बेटे".
    assert [p.name for p in run("रक्षा मंत्री के बेटे ने बुधवार को राजनाथ सिंह से मुलाकात की।", "hi", THURSDAY).new_persons] == []


@pytest.mark.parametrize(
    "text",
    [
        "राजनाथ सिंह और शेर अली मिर्जा की दुशांबे में मुलाकात हुई।",
        "राजनाथ सिंह और शेर अली मिर्जा की निजी मुलाकात हुई।",
        "राष्ट्रपति शेर अली मिर्जा से मिले रक्षा मंत्री राजनाथ सिंह, सीमा पर चर्चा",
        "ताजिकिस्तान के रक्षा मंत्री शेर अली मिर्जा का रक्षा मंत्री राजनाथ सिंह ने बुधवार को गर्मजोशी से स्वागत किया।",
    ],
)
def test_a_qualified_meeting_a_titled_headline_subject_and_a_guest_before_the_host(text):
    assert [(p, s) for p, s, _ in meetings(text)] == [((SINGH, MIRZO), HELD)]


@pytest.mark.parametrize(
    "text",
    [
        "राजनाथ सिंह और शेर अली मिर्जा की दुशांबे में मुलाकात नहीं हुई।",
        "शेर अली मिर्जा की राजनाथ सिंह से मुलाकात नहीं हो सकी।",
        "शेर अली मिर्जा के बेटे का राजनाथ सिंह ने स्वागत किया।",  # the son was welcomed
        "राजनाथ सिंह ने शेर अली मिर्जा के बयान का स्वागत किया।",  # a statement was
    ],
)
def test_a_meeting_that_did_not_happen_or_a_welcome_of_someone_elses_is_not_held(text):
    assert [m for m in meetings(text) if m[1] == HELD] == []


def test_spaced_initials_one_of_them_a_postposition_are_the_names():
    extraction = run("पूर्व सेना प्रमुख वी के सिंह ने बुधवार को शेर अली मिर्जा से मुलाकात की।", "hi", THURSDAY)
    assert [p.name for p in extraction.new_persons] == ["वी के सिंह"]
