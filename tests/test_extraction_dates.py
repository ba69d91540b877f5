"""When a meeting happened: explicit dates, weekdays, "today", never a guess."""

import datetime

import pytest
from test_extraction_world import run, world

from articles.extraction import dates
from articles.extraction.document import Document
from articles.extraction.gazetteer import Event
from articles.extraction.rules import compiled
from articles.extraction.sentences import split_sentences

D = datetime.date
THURSDAY = D(2021, 7, 29)
SCO_EVENT = Event(100, "SCO", frozenset({1}), D(2021, 7, 27), D(2021, 7, 29), 11)


def resolved(text, language, published, held=True, event=None):
    document = Document(text, language, compiled(language), split_sentences(text, language), world(), published)
    return dates.meeting_date(document, 0, len(text), 0, held, event)


@pytest.mark.parametrize(
    "text, language, expected",
    [
        ("They met on 27 July 2021.", "en", (D(2021, 7, 27), dates.EXPLICIT)),
        ("They met on July 27, 2021.", "en", (D(2021, 7, 27), dates.EXPLICIT)),
        ("They met on 2021-07-27.", "en", (D(2021, 7, 27), dates.EXPLICIT)),
        ("उन्होंने 27 जुलाई 2021 को मुलाकात की.", "hi", (D(2021, 7, 27), dates.EXPLICIT)),
        ("उन्होंने २७ जुलाई को मुलाकात की.", "hi", (D(2021, 7, 27), dates.DAY_MONTH)),  # Devanagari digits
        ("They met on July 28.", "en", (D(2021, 7, 28), dates.DAY_MONTH)),
        ("They met on Wednesday.", "en", (D(2021, 7, 28), dates.WEEKDAY)),
        ("उन्होंने बुधवार को मुलाकात की.", "hi", (D(2021, 7, 28), dates.WEEKDAY)),
        ("They met on Thursday.", "en", (THURSDAY, dates.WEEKDAY)),  # the day itself counts as on or before
        ("They met today.", "en", (THURSDAY, dates.RELATIVE)),
        ("उन्होंने आज मुलाकात की.", "hi", (THURSDAY, dates.RELATIVE)),
        ("They met yesterday.", "en", (D(2021, 7, 28), dates.RELATIVE)),
        ("They met last night.", "en", (D(2021, 7, 28), dates.RELATIVE)),
        ("They met late last evening.", "en", (D(2021, 7, 28), dates.RELATIVE)),
        ("They met this morning.", "en", (THURSDAY, dates.RELATIVE)),
        ("उन्होंने कल मुलाकात की.", "hi", (D(2021, 7, 28), dates.RELATIVE)),  # कल of a past meeting: yesterday
        ("They met in the capital.", "en", (None, None)),
    ],
)
def test_dates_of_held_meetings(text, language, expected):
    assert resolved(text, language, THURSDAY) == expected


def test_an_explicit_date_wins_over_a_weekday_in_the_same_sentence():
    assert resolved("On Monday, officials said the ministers met on 27 July 2021.", "en", THURSDAY) == (
        D(2021, 7, 27),
        dates.EXPLICIT,
    )


@pytest.mark.parametrize(
    "text, language, expected",
    [
        ("New Delhi, July 29 (PTI) Singh met Mirzo on Wednesday.", "en", D(2021, 7, 28)),
        ("NEW DELHI, July 29: Singh met Mirzo on Wednesday.", "en", D(2021, 7, 28)),
        ("नयी दिल्ली, 29 जुलाई (भाषा) सिंह ने बुधवार को मिर्जा से मुलाकात की।", "hi", D(2021, 7, 28)),
        # Only the dateline dates it: the day of the report, as before.
        ("New Delhi, July 27 (PTI) Singh met Mirzo here.", "en", D(2021, 7, 27)),
    ],
)
def test_a_wire_datelines_date_gives_way_to_the_day_the_sentence_names(text, language, expected):
    """"New Delhi, April 29 (PTI) X met Y on Friday": the dateline dates the report; the meeting was on Friday."""
    assert resolved(text, language, THURSDAY)[0] == expected


def test_planned_meetings_look_forward():
    assert resolved("They will meet on Friday.", "en", THURSDAY, held=False) == (D(2021, 7, 30), dates.WEEKDAY)
    assert resolved("वे कल मिलेंगे.", "hi", THURSDAY, held=False) == (D(2021, 7, 30), dates.RELATIVE)
    assert resolved("They will meet on January 5.", "en", THURSDAY, held=False) == (D(2022, 1, 5), dates.DAY_MONTH)


def test_a_day_and_month_after_the_article_date_is_last_years():
    assert resolved("They met on December 30.", "en", D(2022, 1, 2)) == (D(2021, 12, 30), dates.DAY_MONTH)


def test_without_an_article_date_a_weekday_or_today_is_unknown():
    assert resolved("They met on Wednesday.", "en", None) == (None, None)
    assert resolved("उन्होंने आज मुलाकात की.", "hi", None) == (None, None)
    assert resolved("They met on July 28.", "en", None) == (None, None)


def test_a_weekday_inside_a_larger_events_dates_is_that_day():
    assert resolved("उन्होंने बुधवार को वार्ता की.", "hi", None, event=SCO_EVENT) == (D(2021, 7, 28), dates.EVENT)
    assert resolved("They met on July 28.", "en", None, event=SCO_EVENT) == (D(2021, 7, 28), dates.DAY_MONTH)
    # Two Wednesdays in a long event: which one is not known.
    long_event = Event(101, "Long", frozenset({1}), D(2021, 7, 1), D(2021, 7, 31), 11)
    assert resolved("They met on Wednesday.", "en", None, event=long_event) == (None, None)


def test_a_one_day_event_dates_its_side_meetings():
    one_day = Event(102, "Summit", frozenset({1}), D(2021, 9, 17), D(2021, 9, 17), 11)
    assert resolved("They met there.", "en", None, event=one_day) == (D(2021, 9, 17), dates.EVENT)


def test_numbers_that_are_not_dates_are_ignored():
    assert resolved("India became a member in 2017 with 8 states and 31 votes.", "en", THURSDAY) == (None, None)
    assert resolved("They met on 31 February.", "en", THURSDAY) == (None, None)


def test_a_day_just_after_the_header_is_that_year_not_the_year_before():
    from test_extraction_world import run as run_world

    published = datetime.date(2019, 5, 24)
    text = "New Delhi, May 25: Rajnath Singh met Sherali Mirzo on May 25 in Dushanbe."
    (meeting,) = run_world(text, "en", published).meetings
    assert meeting.date == datetime.date(2019, 5, 25)
    text = "Rajnath Singh met Sherali Mirzo on June 20 in Dushanbe."
    (meeting,) = run_world(text, "en", published).meetings
    assert meeting.date == datetime.date(2018, 6, 20)  # a month after: last year's


def period(text, language, published=THURSDAY, held=True):
    document = Document(text, language, compiled(language), split_sentences(text, language), world(), published)
    return dates.find_period(document, 0, len(text), held)


@pytest.mark.parametrize(
    "text, language, published, expected",
    [
        ("Last year in July, they met in Tashkent.", "en", THURSDAY, dates.Period(2020, 7, True)),
        ("They met in July last year.", "en", THURSDAY, dates.Period(2020, 7, True)),
        ("They met in March.", "en", THURSDAY, dates.Period(2021, 3, True)),
        ("They met in July.", "en", THURSDAY, dates.Period(2021, 7, False)),  # the article's own month
        ("They met in September.", "en", THURSDAY, dates.Period(2020, 9, True)),  # a past September
        ("They met in early March 2019.", "en", THURSDAY, dates.Period(2019, 3, True)),
        ("They met in 2019.", "en", THURSDAY, dates.Period(2019, None, True)),
        ("They met last month.", "en", THURSDAY, dates.Period(2021, 6, True)),
        ("They met last year.", "en", None, dates.Period(None, None, True)),
        ("पिछले साल जुलाई में दोनों की मुलाकात हुई थी.", "hi", THURSDAY, dates.Period(2020, 7, True)),
        ("दोनों की मार्च में मुलाकात हुई थी.", "hi", THURSDAY, dates.Period(2021, 3, True)),
        ("दोनों की 2019 में मुलाकात हुई थी.", "hi", THURSDAY, dates.Period(2019, None, True)),
        ("They met on 27 July.", "en", THURSDAY, None),  # a day is a date, not a period
        ("They may meet in the capital.", "en", THURSDAY, None),  # "may" is no month
        ("उन्होंने 27 जुलाई को मुलाकात की.", "hi", THURSDAY, None),
    ],
)
def test_a_month_or_year_without_a_day_is_a_period(text, language, published, expected):
    assert period(text, language, published) == expected


def test_a_period_bounds_where_the_archive_looks_for_the_meeting():
    assert dates.period_range(dates.Period(2020, 7, True)) == (D(2020, 7, 1), D(2020, 7, 31))
    assert dates.period_range(dates.Period(2020, 12, True)) == (D(2020, 12, 1), D(2020, 12, 31))
    assert dates.period_range(dates.Period(2019, None, True)) == (D(2019, 1, 1), D(2019, 12, 31))
    assert dates.period_range(dates.Period(None, None, True), THURSDAY) == (None, D(2021, 7, 28))


@pytest.mark.parametrize(
    "text, language, day",
    [
        # The article is of Thursday 29 July 2021: its week began on Monday the 26th.
        ("Rajnath Singh met Sherali Mirzo on Monday last week.", "en", datetime.date(2021, 7, 19)),
        ("Last week on Tuesday, Rajnath Singh met Sherali Mirzo.", "en", datetime.date(2021, 7, 20)),
        ("Rajnath Singh met Sherali Mirzo last Monday.", "en", datetime.date(2021, 7, 26)),
        ("Rajnath Singh will meet Sherali Mirzo on Friday next week.", "en", datetime.date(2021, 8, 6)),
        ("राजनाथ सिंह ने पिछले सप्ताह सोमवार को शेर अली मिर्जा से मुलाकात की।", "hi", datetime.date(2021, 7, 19)),
        ("राजनाथ सिंह अगले हफ्ते शुक्रवार को शेर अली मिर्जा से मिलेंगे।", "hi", datetime.date(2021, 8, 6)),
    ],
)
def test_a_weekday_of_another_week_is_that_weeks_day(text, language, day):
    """"On Monday last week" is the Monday of the week before the article's, not the last Monday."""
    assert [m.date for m in run(text, language, datetime.date(2021, 7, 29)).meetings] == [day]


@pytest.mark.parametrize(
    "text",
    [
        "The talks between Rajnath Singh and Sherali Mirzo were called off on Monday.",
        "The meeting between Rajnath Singh and Sherali Mirzo was postponed last week.",
    ],
)
def test_the_day_a_meeting_was_called_off_is_not_its_day(text):
    # Thursday's story: the talks were called off last Monday; when they were to be held it does not say.
    [meeting] = run(text, "en", THURSDAY).meetings
    assert (meeting.status, meeting.date, meeting.weekday) == ("cancelled", None, None)


def test_the_day_of_a_called_off_meeting_still_dates_it():
    [meeting] = run("The meeting between Rajnath Singh and Sherali Mirzo on Friday was called off.", "en", THURSDAY).meetings
    assert (meeting.status, meeting.date) == ("cancelled", D(2021, 7, 30))
