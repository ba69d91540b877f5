"""Meetings: held, planned or nothing; who, where, when, and on the sidelines of what."""

import datetime

import pytest
from test_extraction_world import (
    DUSHANBE,
    INDIA,
    KHRENIN,
    MINSK,
    MIRZO,
    NEW_DELHI,
    SCO_MEETING,
    SHOIGU,
    SINGH,
    UNITED_STATES,
    WEI,
    meetings,
    run,
    world,
)

from articles.extraction.gazetteer import PERSON, PLACE, PlaceFact
from articles.extraction.meetings import BILATERAL, CALL, CANCELLED, HELD, MULTILATERAL, PLANNED

THURSDAY = datetime.date(2021, 7, 29)
SINGH_MIRZO = (str(SINGH), str(MIRZO))
SINGH_WEI = (str(SINGH), str(WEI))


def only(extraction):
    (meeting,) = extraction.meetings
    return meeting


# -- held ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Defence Minister Rajnath Singh met his Tajik counterpart Sherali Mirzo in Dushanbe on Wednesday.",
        "Rajnath Singh met with Sherali Mirzo in Dushanbe on Wednesday.",
        "Rajnath Singh held talks with Sherali Mirzo in Dushanbe on Wednesday.",
        "Rajnath Singh held a bilateral meeting with Sherali Mirzo in Dushanbe on Wednesday.",
        "On Wednesday in Dushanbe, Rajnath Singh called on Tajikistan's Minister of Defence, Col. Gen. Sherali Mirzo.",
        "Rajnath Singh and Sherali Mirzo met in Dushanbe on Wednesday.",
        "Talks between Rajnath Singh and Sherali Mirzo were held in Dushanbe on Wednesday.",
        "In a meeting with Sherali Mirzo in Dushanbe on Wednesday, Rajnath Singh raised the training of cadets.",
        "During the talks with Sherali Mirzo in Dushanbe on Wednesday, Rajnath Singh said ties had grown.",
        "Rajnath Singh and Sherali Mirzo reviewed defence ties during their meeting in Dushanbe on Wednesday.",
        "The meeting between Rajnath Singh and Sherali Mirzo in Dushanbe on Wednesday was productive.",
    ],
)
def test_a_held_meeting_in_english(text):
    meeting = only(run(text, "en", THURSDAY))
    assert (meeting.participants, meeting.status, meeting.kind) == ((SINGH, MIRZO), HELD, BILATERAL)
    assert (meeting.date, meeting.place_id) == (datetime.date(2021, 7, 28), DUSHANBE)
    assert meeting.evidence == [text]


@pytest.mark.parametrize(
    "text",
    [
        "रक्षा मंत्री राजनाथ सिंह ने दुशान्बे में बुधवार को ताजिक समकक्ष शेर अली मिर्जा से मुलाकात की.",
        "राजनाथ सिंह ने बुधवार को दुशान्बे में शेर अली मिर्जा के साथ द्विपक्षीय वार्ता की.",
        "राजनाथ सिंह ने बुधवार को दुशान्बे में शेर अली मिर्जा के साथ बैठक की.",
        "राजनाथ सिंह बुधवार को दुशान्बे में शेर अली मिर्जा से मिले.",
        "राजनाथ सिंह और शेर अली मिर्जा के बीच बुधवार को दुशान्बे में बैठक हुई.",
    ],
)
def test_a_held_meeting_in_hindi(text):
    meeting = only(run(text, "hi", THURSDAY))
    assert (meeting.participants, meeting.status, meeting.kind) == ((SINGH, MIRZO), HELD, BILATERAL)
    assert (meeting.date, meeting.place_id) == (datetime.date(2021, 7, 28), DUSHANBE)


# -- negation and modality ---------------------------------------------------------------------------

INTRODUCTION_EN = "Rajnath Singh and Wei Fenghe are attending the conclave. "
INTRODUCTION_HI = "राजनाथ सिंह और वेई फेंगहे सम्मेलन में हैं. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Rajnath Singh did not meet Wei Fenghe.",
        "Singh didn't meet Wei.",
        "Singh never met Wei.",
        "No bilateral meeting has been scheduled between Singh and Wei.",
        "However, sources did not rule out the possibility of a meeting between Singh and Wei.",
        "Singh met reporters but did not hold talks with Wei.",
        "Singh met reporters after a meeting with Wei was called off.",
    ],
)
def test_negation_is_not_a_meeting_in_english(sentence):
    assert run(INTRODUCTION_EN + sentence, "en", THURSDAY).meetings == []


@pytest.mark.parametrize(
    "sentence",
    [
        "राजनाथ सिंह और वेई फेंगहे के बीच कोई बैठक नहीं हुई.",
        "राजनाथ सिंह ने वेई फेंगहे से मुलाकात नहीं की.",
        "सिंह वेई से नहीं मिले.",
    ],
)
def test_negation_is_not_a_meeting_in_hindi(sentence):
    assert run(INTRODUCTION_HI + sentence, "hi", THURSDAY).meetings == []


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("A meeting between Singh and Wei was cancelled.", "en"),
        ("The planned talks between Singh and Wei were called off.", "en"),
        # Whoever arranged them, the talks were between exactly these two.
        ("Austin's talks between Rajnath Singh and Wei Fenghe were called off.", "en"),
        ("सिंह और वेई के बीच बैठक रद्द हो गई.", "hi"),
        ("सिंह और वेई के बीच प्रस्तावित बैठक रद्द कर दी गई.", "hi"),
    ],
)
def test_a_called_off_meeting_is_cancelled_never_held(sentence, language):
    introduction = INTRODUCTION_EN if language == "en" else INTRODUCTION_HI
    meeting = only(run(introduction + sentence, language, THURSDAY))
    assert (meeting.participants, meeting.status) == ((SINGH, WEI), CANCELLED)


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("वेई फेंगहे से राजनाथ सिंह की मुलाकात बुधवार को होने की उम्मीद है.", PLANNED),
        ("राजनाथ सिंह की वेई फेंगहे से मुलाकात बुधवार को होने की उम्मीद है.", PLANNED),
        ("राजनाथ सिंह की वेई फेंगहे के साथ होने वाली बैठक रद्द हो गई.", CANCELLED),
        # What the meeting was like, and the guest's title with the country whose office it is.
        ("राजनाथ सिंह की वेई फेंगहे से सार्थक बातचीत हुई.", HELD),
        ("राजनाथ सिंह की चीन के रक्षा मंत्री वेई फेंगहे के साथ एक अहम बैठक हुई.", HELD),
    ],
)
def test_the_person_whose_meeting_it_is_takes_part_in_hindi(sentence, status):
    # Mirzo, the previous sentence's subject, is not the one meeting Wei.
    meeting = only(run("शेर अली मिर्जा सम्मेलन में हैं. " + sentence, "hi", THURSDAY))
    assert (meeting.participants, meeting.status) == ((SINGH, WEI), status)


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Rajnath Singh's meeting with Wei Fenghe was cancelled.", CANCELLED),
        ("Rajnath Singh's bilateral meeting with Wei Fenghe was called off on Wednesday.", CANCELLED),
        ("Rajnath Singh cancelled his meeting with Wei Fenghe.", CANCELLED),
        # "his meeting with Y was …" reports a meeting, unless what it was is called off.
        ("Rajnath Singh said his meeting with Wei Fenghe was scrapped at the last minute.", CANCELLED),
        ("Rajnath Singh said his meeting with Wei Fenghe was productive.", HELD),
        ("Rajnath Singh's meeting with Wei Fenghe took place on Wednesday.", HELD),
        ("Rajnath Singh's talks with Wei Fenghe lasted an hour.", HELD),
        ("Rajnath Singh's talks with Wei Fenghe were cordial and constructive.", HELD),
        ("Rajnath Singh's upcoming meeting with Wei Fenghe will focus on the border.", PLANNED),
    ],
)
def test_the_person_whose_meeting_it_is_takes_part_in_english(sentence, status):
    # Mirzo, the previous sentence's subject, is not the one meeting Wei.
    meeting = only(run("Sherali Mirzo is attending the conclave. " + sentence, "en", THURSDAY))
    assert (meeting.participants, meeting.status) == ((SINGH, WEI), status)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ahead of Rajnath Singh's meeting with Wei Fenghe, officials briefed reporters.",
        "Rajnath Singh's meeting with Wei Fenghe was not held.",
        "Rajnath Singh's meeting with Wei Fenghe has been postponed.",
    ],
)
def test_a_meeting_someone_owns_is_not_held_when_it_did_not_happen(sentence):
    assert [m.status for m in run(sentence, "en", THURSDAY).meetings if m.status == HELD] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "In a meeting with Wei Fenghe next week, Rajnath Singh will raise the border.",
        "Rajnath Singh and Wei Fenghe will review defence ties during their meeting in Moscow.",
        "At a meeting with party workers, Rajnath Singh praised Wei Fenghe.",
    ],
)
def test_a_meeting_told_in_an_opening_phrase_is_held_only_when_it_happened(sentence):
    assert [m.status for m in run(sentence, "en", THURSDAY).meetings if m.status == HELD] == []


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("राजनाथ सिंह ने कहा कि उनकी वेई फेंगहे से बातचीत हुई.", HELD),
        ("राजनाथ सिंह ने कहा कि उनकी चीन के रक्षा मंत्री वेई फेंगहे से सार्थक बातचीत हुई.", HELD),
        ("राजनाथ सिंह ने कहा कि उनकी वेई फेंगहे से बातचीत होगी.", PLANNED),
        # What the talks were: fruitful — so they took place.
        ("राजनाथ सिंह ने कहा कि वेई फेंगहे से उनकी बातचीत सार्थक रही.", HELD),
        ("राजनाथ सिंह और वेई फेंगहे की बैठक बेहद सफल रही.", HELD),
    ],
)
def test_his_meeting_with_the_one_named_is_the_subjects_in_hindi(sentence, status):
    """"उनकी Y से बातचीत हुई" after "X ने कहा कि": his talks — X's — with Y."""
    meeting = only(run("शेर अली मिर्जा सम्मेलन में हैं. " + sentence, "hi", THURSDAY))
    assert (meeting.participants, meeting.status) == ((SINGH, WEI), status)


@pytest.mark.parametrize(
    "sentence",
    ["राजनाथ सिंह ने कहा कि उनकी वेई फेंगहे से बातचीत नहीं हुई.", "राजनाथ सिंह ने कहा कि वेई फेंगहे से उनकी बातचीत सार्थक रहेगी."],
)
def test_his_meeting_that_did_not_happen_is_none_in_hindi(sentence):
    assert run(sentence, "hi", THURSDAY).meetings == []


@pytest.mark.parametrize(
    "text",
    [
        "Rajnath Singh received his Tajik counterpart Sherali Mirzo in New Delhi on Wednesday.",
        "Rajnath Singh hosted Sherali Mirzo in New Delhi on Wednesday.",
        "Sherali Mirzo paid a courtesy call on Rajnath Singh on Wednesday.",
        "Rajnath Singh exchanged views with Sherali Mirzo on Wednesday.",
        "Rajnath Singh co-chaired the fifth India-Tajikistan 2+2 dialogue with Sherali Mirzo on Wednesday.",
    ],
)
def test_receiving_hosting_and_courtesy_calls_are_meetings(text):
    meeting = only(run(text, "en", THURSDAY))
    assert (set(meeting.participants), meeting.status, meeting.date) == (
        {SINGH, MIRZO},
        HELD,
        datetime.date(2021, 7, 28),
    )


@pytest.mark.parametrize(
    "text",
    [
        "Rajnath Singh received the award from Sherali Mirzo.",
        "Rajnath Singh welcomed the decision of Sherali Mirzo.",
        "Rajnath Singh received Sherali Mirzo's letter on Wednesday.",
        "Rajnath Singh met Sherali Mirzo's deputy.",  # the deputy, whom the article does not name
    ],
)
def test_what_someone_received_or_whose_deputy_they_met_is_no_meeting(text):
    assert run(text, "en", THURSDAY).meetings == []


def test_welcoming_someone_is_meeting_them_in_hindi():
    text = "रक्षा मंत्री राजनाथ सिंह ने बुधवार को दुशान्बे में ताजिक रक्षा मंत्री शेर अली मिर्जा का स्वागत किया."
    meeting = only(run(text, "hi", THURSDAY))
    assert (meeting.participants, meeting.status, meeting.date, meeting.place_id) == (
        (SINGH, MIRZO),
        HELD,
        datetime.date(2021, 7, 28),
        DUSHANBE,
    )
    # Welcoming someone's decision is not meeting them.
    assert run("राजनाथ सिंह ने शेर अली मिर्जा के फैसले का स्वागत किया.", "hi", THURSDAY).meetings == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Rajnath Singh and Sherali Mirzo arrived on Tuesday. The two ministers held talks on Wednesday.", "en"),
        ("Rajnath Singh and Sherali Mirzo arrived on Tuesday. Both leaders met on Wednesday.", "en"),
        ("राजनाथ सिंह और शेर अली मिर्जा मंगलवार को पहुंचे. दोनों मंत्रियों ने बुधवार को वार्ता की.", "hi"),
    ],
)
def test_the_two_ministers_are_the_two_just_named(text, language):
    meeting = only(run(text, language, THURSDAY))
    assert (meeting.participants, meeting.date) == ((SINGH, MIRZO), datetime.date(2021, 7, 28))


@pytest.mark.parametrize(
    "text",
    [
        "Rajnath Singh, Wei Fenghe and Sherali Mirzo arrived. The two ministers held talks on Wednesday.",
        "The two ministers held talks on Wednesday.",
    ],
)
def test_the_two_ministers_after_more_or_fewer_names_are_nobody(text):
    assert run(text, "en", THURSDAY).meetings == []


def test_a_meeting_between_two_people_is_theirs_whoever_the_article_is_about():
    # The previous sentence's subject (Mirzo) is not a third participant.
    text = "Sherali Mirzo arrived on Monday. A meeting between Rajnath Singh and Wei Fenghe is expected next week."
    meeting = only(run(text, "en", THURSDAY))
    assert (meeting.participants, meeting.status, meeting.kind) == ((SINGH, WEI), PLANNED, BILATERAL)


@pytest.mark.parametrize(
    "text",
    [
        "Rajnath Singh met Sherali Mirzo after talks with Wei Fenghe.",
        "After talks with Wei Fenghe, Rajnath Singh met Sherali Mirzo.",
    ],
)
def test_after_talks_with_someone_is_the_subjects_meeting(text):
    # Singh met both; Mirzo, the object of "met", did not meet Wei.
    extraction = run(text, "en", THURSDAY)
    assert sorted(m.participants for m in extraction.meetings) == [(SINGH, MIRZO), (SINGH, WEI)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Singh may meet Wei.",
        "Singh might meet Wei on the sidelines.",
        "Singh could hold talks with Wei.",
        "Singh is expected to meet Wei.",
        "Singh will meet Wei on Friday.",
        "Singh is likely to hold a bilateral meeting with Wei.",
        "Singh is scheduled to meet Wei.",
    ],
)
def test_modality_and_the_future_are_planned_never_held_in_english(sentence):
    assert meetings(run(INTRODUCTION_EN + sentence, "en", THURSDAY)) == [(SINGH_WEI, PLANNED, BILATERAL)]


@pytest.mark.parametrize(
    "sentence",
    [
        "रक्षा मंत्री राजनाथ सिंह वेई फेंगहे से भी मुलाकात कर सकते हैं.",
        "सिंह और वेई के बीच बैठक की संभावना है.",
        "सिंह शुक्रवार को वेई से मुलाकात करेंगे.",
        "सिंह वेई से मिलेंगे.",
    ],
)
def test_modality_and_the_future_are_planned_never_held_in_hindi(sentence):
    assert meetings(run(INTRODUCTION_HI + sentence, "hi", THURSDAY)) == [(SINGH_WEI, PLANNED, BILATERAL)]


def test_may_have_met_is_not_known_to_have_happened():
    assert run("Rajnath Singh may have met Wei Fenghe.", "en", THURSDAY).meetings == []


# -- who ------------------------------------------------------------------------------------------


def test_the_subject_may_be_he_in_a_later_sentence():
    text = "Rajnath Singh arrived in Dushanbe on Tuesday. He met Sherali Mirzo on Wednesday."
    assert meetings(run(text, "en", THURSDAY)) == [(SINGH_MIRZO, HELD, BILATERAL)]


def test_the_subject_may_be_unhone_or_dropped_in_hindi():
    text = "राजनाथ सिंह मंगलवार को दुशान्बे पहुंचे. उन्होंने शेर अली मिर्जा से मुलाकात की."
    assert meetings(run(text, "hi", THURSDAY)) == [(SINGH_MIRZO, HELD, BILATERAL)]
    text = "राजनाथ सिंह मंगलवार को दुशान्बे पहुंचे. बुधवार को शेर अली मिर्जा से मुलाकात की."
    assert meetings(run(text, "hi", THURSDAY)) == [(SINGH_MIRZO, HELD, BILATERAL)]


def test_a_nameless_title_is_the_most_recent_holder_preferring_the_home_country():
    text = (
        "Rajnath Singh arrived in Dushanbe. China's Defence Minister Wei Fenghe also arrived. "
        "The Defence Minister met Sherali Mirzo on Wednesday."
    )
    assert meetings(run(text, "en", THURSDAY)) == [(SINGH_MIRZO, HELD, BILATERAL)]
    text = "चीन के रक्षा मंत्री वेई फेंगहे और राजनाथ सिंह पहुंचे. रक्षा मंत्री ने शेर अली मिर्जा से मुलाकात की."
    assert meetings(run(text, "hi", THURSDAY)) == [(SINGH_MIRZO, HELD, BILATERAL)]


def test_a_qualified_title_is_that_countrys_holder():
    text = "Rajnath Singh and Wei Fenghe arrived. The Chinese Defence Minister met Sherali Mirzo."
    assert meetings(run(text, "en", THURSDAY)) == [((str(MIRZO), str(WEI)), HELD, BILATERAL)]


def test_a_nameless_counterpart_is_found_in_the_article_or_the_archive():
    text = "Sherali Mirzo spoke first. Rajnath Singh then met his Tajik counterpart."
    assert meetings(run(text, "en", THURSDAY)) == [(SINGH_MIRZO, HELD, BILATERAL)]
    # The Belarusian minister named only after the meeting, with no office: the archive says he held it in 2021.
    text = "Rajnath Singh met his Belarusian counterpart on Wednesday. Viktor Khrenin later thanked the hosts."
    assert meetings(run(text, "en", THURSDAY)) == [((str(SINGH), str(KHRENIN)), HELD, BILATERAL)]
    # Without an article date, the archive's holder is not known.
    assert run(text, "en", None).meetings == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Rajnath Singh met his Belarusian counterpart on Wednesday.", "en"),
        ("The Tajik Defence Minister met India's Defence Minister on Wednesday.", "en"),
        ("राजनाथ सिंह ने बुधवार को बेलारूस के रक्षा मंत्री से मुलाकात की।", "hi"),
    ],
)
def test_an_office_holder_the_article_never_names_is_no_participant(text, language):
    # The archive knows who held the office that day, but the story names nobody: no meeting is reported.
    assert run(text, language, THURSDAY).meetings == []


def test_people_named_beside_the_meeting_are_not_participants():
    text = "Rajnath Singh, who was received by Wei Fenghe at the airport, met Sherali Mirzo."
    assert meetings(run(text, "en", THURSDAY)) == [(SINGH_MIRZO, HELD, BILATERAL)]
    text = "Rajnath Singh met Sherali Mirzo to discuss a proposal of Wei Fenghe."
    assert meetings(run(text, "en", THURSDAY)) == [(SINGH_MIRZO, HELD, BILATERAL)]
    text = "राजनाथ सिंह ने वेई फेंगहे के प्रस्ताव पर शेर अली मिर्जा से मुलाकात की."
    assert meetings(run(text, "hi", THURSDAY)) == [(SINGH_MIRZO, HELD, BILATERAL)]


def test_one_person_alone_is_no_meeting():
    assert run("Rajnath Singh met reporters in Dushanbe.", "en", THURSDAY).meetings == []
    assert run("विदेश मंत्री राजनाथ सिंह ने दुशान्बे में अपने समकक्ष से मुलाकात की.", "hi", None).meetings == []


# -- how many ---------------------------------------------------------------------------------------


def test_separately_is_one_bilateral_meeting_each():
    text = "Rajnath Singh met Sherali Mirzo and Viktor Khrenin separately in Dushanbe."
    assert sorted(meetings(run(text, "en", THURSDAY))) == [
        ((str(SINGH), str(MIRZO)), HELD, BILATERAL),
        ((str(SINGH), str(KHRENIN)), HELD, BILATERAL),
    ]
    text = "राजनाथ सिंह ने शेर अली मिर्जा और विक्टर ख्रेनिन से अलग-अलग मुलाकात की."
    assert len(run(text, "hi", THURSDAY).meetings) == 2


def test_many_leaders_together_are_one_multilateral_meeting():
    text = "Rajnath Singh held joint talks with Sherali Mirzo, Viktor Khrenin and Wei Fenghe in Minsk on Wednesday."
    meeting = only(run(text, "en", THURSDAY))
    assert (meeting.participants, meeting.kind, meeting.place_id) == ((SINGH, MIRZO, KHRENIN, WEI), MULTILATERAL, MINSK)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Rajnath Singh spoke to Sergei Shoigu over the phone on Wednesday.", "en"),
        ("Rajnath Singh had spoken over the phone with Sergei Shoigu on Wednesday.", "en"),
        ("Rajnath Singh held telephonic talks with Sergei Shoigu on Wednesday.", "en"),
        ("Rajnath Singh had a telephone conversation with Sergei Shoigu on Wednesday.", "en"),
        ("रक्षा मंत्री राजनाथ सिंह ने बुधवार को शेर अली मिर्जा के साथ फोन पर बात की.", "hi"),
    ],
)
def test_a_phone_call_is_a_call(text, language):
    meeting = only(run(text, language, THURSDAY))
    other = SHOIGU if language == "en" else MIRZO
    assert (meeting.participants, meeting.kind, meeting.status) == ((SINGH, other), CALL, HELD)
    assert meeting.date == datetime.date(2021, 7, 28)


def test_reports_of_one_meeting_in_one_article_are_merged():
    text = (
        "Rajnath Singh met Sherali Mirzo in Dushanbe. "
        'Singh tweeted: "Had an excellent meeting with Sherali Mirzo today." '
        "The two ministers discussed training."
    )
    meeting = only(run(text, "en", THURSDAY))
    # "The two ministers discussed …" reports their meeting too.
    assert (meeting.date, meeting.place_id, len(meeting.evidence)) == (THURSDAY, DUSHANBE, 3)


def test_two_meetings_on_different_days_stay_two():
    text = "Rajnath Singh met Sherali Mirzo on Monday. Singh met Mirzo again on Wednesday."
    assert len(run(text, "en", THURSDAY).meetings) == 2


def test_a_date_in_a_background_aside_is_not_the_meetings_date():
    text = "Rajnath Singh, who arrived in Dushanbe on Tuesday, met Sherali Mirzo."
    meeting = only(run(text, "en", THURSDAY))
    assert (meeting.date, meeting.place_id) == (None, DUSHANBE)  # where he is, but not when they met
    # An aside that only dates the verb still dates the meeting.
    meeting = only(run("Rajnath Singh, on Wednesday, met Sherali Mirzo.", "en", THURSDAY))
    assert meeting.date == datetime.date(2021, 7, 28)
    # And a date after the verb wins over the aside's.
    meeting = only(run("Rajnath Singh, who arrived on Tuesday, met Sherali Mirzo on Wednesday.", "en", THURSDAY))
    assert meeting.date == datetime.date(2021, 7, 28)
    # Hindi: a participle right before the subject ("arrived on Tuesday, Singh …").
    text = "मंगलवार को दुशांबे पहुंचे रक्षा मंत्री राजनाथ सिंह ने शेर अली मिर्जा से मुलाकात की."
    assert only(run(text, "hi", THURSDAY)).date is None
    text = "मंगलवार को दुशांबे पहुंचे रक्षा मंत्री राजनाथ सिंह ने बुधवार को शेर अली मिर्जा से मुलाकात की."
    assert only(run(text, "hi", THURSDAY)).date == datetime.date(2021, 7, 28)
    text = "मंगलवार को दुशांबे में रक्षा मंत्री राजनाथ सिंह ने शेर अली मिर्जा से मुलाकात की."
    assert only(run(text, "hi", THURSDAY)).date == datetime.date(2021, 7, 27)
    # Not only in an article's first sentence.
    text = "राजनाथ सिंह ने कहा कि बैठक अच्छी रही. मंगलवार को दुशांबे पहुंचे सिंह ने शेर अली मिर्जा से मुलाकात की."
    assert only(run(text, "hi", THURSDAY)).date is None


# -- where and the larger event ---------------------------------------------------------------------------


def test_a_country_is_the_place_only_where_the_text_says_in():
    meeting = only(run("Rajnath Singh met his Tajikistan counterpart Sherali Mirzo.", "en", THURSDAY))
    assert meeting.place_id is None
    meeting = only(run("Rajnath Singh met Sherali Mirzo in New Delhi.", "en", THURSDAY))
    assert meeting.place_id == NEW_DELHI


def test_a_region_is_the_place_only_where_the_text_says_in_and_a_city_comes_first():
    gazetteer = world()
    assam = 90
    gazetteer.set_place(assam, PlaceFact("Assam", "region", INDIA))
    gazetteer.add(PLACE, assam, "Assam")
    gazetteer.forget_history()
    meeting = only(run("Rajnath Singh met Sherali Mirzo in Assam on Wednesday.", "en", THURSDAY, gazetteer))
    assert meeting.place_id == assam
    meeting = only(run("The Assam Governor and Rajnath Singh met Sherali Mirzo in Dushanbe.", "en", THURSDAY, gazetteer))
    assert meeting.place_id == DUSHANBE
    meeting = only(run("Rajnath Singh met Sherali Mirzo, the Assam visitor, on Wednesday.", "en", THURSDAY, gazetteer))
    assert meeting.place_id is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("New Delhi: Rajnath Singh met Sherali Mirzo in Hanoi on Wednesday.", "en"),
        ("NEW DELHI, July 29 – Rajnath Singh met Sherali Mirzo on Wednesday.", "en"),
        ("नई दिल्ली: रक्षा मंत्री राजनाथ सिंह ने बुधवार को शेर अली मिर्जा से मुलाकात की.", "hi"),
    ],
)
def test_a_dateline_is_where_the_report_was_filed_not_where_they_met(text, language):
    meeting = only(run(text, language, THURSDAY))
    assert set(meeting.participants) == {SINGH, MIRZO}
    assert meeting.place_id is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("New Delhi: Rajnath Singh met Sherali Mirzo here on Wednesday.", "en"),
        ("नई दिल्ली: रक्षा मंत्री राजनाथ सिंह ने बुधवार को यहां शेर अली मिर्जा से मुलाकात की.", "hi"),
    ],
)
def test_here_is_the_datelines_city(text, language):
    assert only(run(text, language, THURSDAY)).place_id == NEW_DELHI


def test_a_place_after_the_dateline_is_the_meeting_place():
    meeting = only(run("New Delhi: Rajnath Singh met Sherali Mirzo in Dushanbe on Wednesday.", "en", THURSDAY))
    assert meeting.place_id == DUSHANBE
    # A city that opens a sentence without a dateline's colon is read as usual.
    meeting = only(run("In New Delhi, Rajnath Singh met Sherali Mirzo on Wednesday.", "en", THURSDAY))
    assert meeting.place_id == NEW_DELHI


def test_on_the_sidelines_of_a_known_event():
    text = (
        "Rajnath Singh met Sherali Mirzo on the sidelines of the SCO Defence Ministers' meeting in Dushanbe "
        "on Wednesday."
    )
    extraction = run(text, "en", THURSDAY)
    meeting = only(extraction)
    assert (meeting.sidelines_of, meeting.date) == (SCO_MEETING, datetime.date(2021, 7, 28))
    assert list(extraction.events) == [SCO_MEETING]


def test_se_itar_in_an_undated_hindi_article_dates_the_meeting_within_the_event():
    text = (
        "राजनाथ सिंह ने दुशान्बे में एससीओ के सम्मेलन से इतर बुधवार को विक्टर ख्रेनिन के साथ द्विपक्षीय वार्ता की."
    )
    meeting = only(run(text, "hi", None))
    assert (meeting.participants, meeting.sidelines_of, meeting.place_id) == ((SINGH, KHRENIN), SCO_MEETING, DUSHANBE)
    assert meeting.date == datetime.date(2021, 7, 28)


def test_an_event_that_does_not_fit_the_dates_or_place_is_not_linked():
    # Not the SCO meeting of July 2021 the archive knows: another SCO summit, new to the archive.
    for text, published in [
        ("Rajnath Singh met Sherali Mirzo on the sidelines of the SCO summit in Dushanbe.", datetime.date(2023, 5, 1)),
        ("Rajnath Singh met Sherali Mirzo on the sidelines of the SCO summit in Minsk.", THURSDAY),
        # No article date and no place: the organisation alone does not tell which of its events.
        ("Rajnath Singh met Sherali Mirzo on the sidelines of the SCO summit.", None),
    ]:
        extraction = run(text, "en", published)
        (event,) = extraction.new_events
        assert only(extraction).sidelines_of == event.key != SCO_MEETING


# -- the subject of each verb ----------------------------------------------------------------------


def test_the_subject_is_the_nearest_person_before_the_verb_not_a_possessor_earlier_in_the_sentence():
    text = (
        "Viktor Khrenin's talks with Wei Fenghe in Minsk came two days after Defence Minister "
        "Rajnath Singh met Sherali Mirzo in Dushanbe on Wednesday."
    )
    assert meetings(run(text, "en", THURSDAY)) == [(SINGH_MIRZO, HELD, BILATERAL)]
    text = "Wei Fenghe's visit ended before Rajnath Singh and Sherali Mirzo met in Dushanbe on Wednesday."
    assert meetings(run(text, "en", THURSDAY)) == [(SINGH_MIRZO, HELD, BILATERAL)]
    text = "Rajnath Singh, accompanied by Viktor Khrenin, met Sherali Mirzo in Dushanbe on Wednesday."
    assert meetings(run(text, "en", THURSDAY)) == [(SINGH_MIRZO, HELD, BILATERAL)]


DALTON_ARRIVES = "US Secretary of Defense Mark Dalton arrived in Dushanbe on Tuesday, days after Wei Fenghe's visit. "


def test_an_untitled_surname_subject_is_the_person_named_in_full_earlier():
    extraction = run(DALTON_ARRIVES + "On Wednesday, Dalton met Sherali Mirzo.", "en", THURSDAY)
    (dalton,) = extraction.new_persons
    assert (dalton.name, [(r.title, r.country_id) for r in dalton.roles]) == (
        "Mark Dalton", [("Secretary of Defense", UNITED_STATES)]
    )
    assert meetings(extraction) == [((str(MIRZO), "Mark Dalton"), HELD, BILATERAL)]


def test_an_unknown_capitalised_subject_is_never_replaced_by_someone_else():
    text = "Rajnath Singh arrived in Dushanbe on Tuesday. On Wednesday, Halvorsen met Sherali Mirzo."
    assert run(text, "en", THURSDAY).meetings == []
    text = "Rajnath Singh arrived in Dushanbe on Tuesday. He then met Sherali Mirzo."  # a pronoun still refers
    assert meetings(run(text, "en", THURSDAY)) == [(SINGH_MIRZO, HELD, BILATERAL)]


# -- verbs joined by "and" ---------------------------------------------------------------------------


def test_two_verbs_joined_by_and_are_two_meetings_of_one_subject():
    extraction = run(DALTON_ARRIVES + "Dalton met Sherali Mirzo and called on Rajnath Singh.", "en", THURSDAY)
    assert sorted(meetings(extraction)) == [
        ((str(SINGH), "Mark Dalton"), HELD, BILATERAL),
        ((str(MIRZO), "Mark Dalton"), HELD, BILATERAL),
    ]
    text = "Rajnath Singh met Sherali Mirzo on Wednesday and later held talks with Viktor Khrenin."
    assert sorted(meetings(run(text, "en", THURSDAY))) == [
        ((str(SINGH), str(MIRZO)), HELD, BILATERAL),
        ((str(SINGH), str(KHRENIN)), HELD, BILATERAL),
    ]


def test_two_hindi_verbs_joined_by_aur_are_two_meetings_of_one_subject():
    text = (
        "अमेरिकी रक्षा मंत्री मार्क डाल्टन मंगलवार को दुशान्बे पहुंचे. "
        "बुधवार को उन्होंने शेर अली मिर्जा से मुलाकात की और राजनाथ सिंह से भी मिले."
    )
    extraction = run(text, "hi", THURSDAY)
    assert sorted(meetings(extraction)) == [
        ((str(SINGH), "मार्क डाल्टन"), HELD, BILATERAL),
        ((str(MIRZO), "मार्क डाल्टन"), HELD, BILATERAL),
    ]
    assert {m.date for m in extraction.meetings} == {datetime.date(2021, 7, 28)}


def test_bilateral_talks_with_several_leaders_are_one_meeting_each():
    text = "Rajnath Singh also held bilateral talks in Dushanbe with Sherali Mirzo, Viktor Khrenin and Wei Fenghe."
    extraction = run(text, "en", THURSDAY)
    assert sorted(meetings(extraction)) == [
        ((str(SINGH), str(MIRZO)), HELD, BILATERAL),
        ((str(SINGH), str(KHRENIN)), HELD, BILATERAL),
        ((str(SINGH), str(WEI)), HELD, BILATERAL),
    ]
    assert {m.place_id for m in extraction.meetings} == {DUSHANBE}
    text = "राजनाथ सिंह ने शेर अली मिर्जा, विक्टर ख्रेनिन और वेई फेंगहे के साथ भी द्विपक्षीय वार्ता की."
    assert sorted(meetings(run(text, "hi", THURSDAY))) == [
        ((str(SINGH), str(MIRZO)), HELD, BILATERAL),
        ((str(SINGH), str(KHRENIN)), HELD, BILATERAL),
        ((str(SINGH), str(WEI)), HELD, BILATERAL),
    ]


def test_the_people_between_whom_a_meeting_took_place_are_all_its_participants_in_hindi():
    text = "विक्टर ख्रेनिन पहले पहुंचे. राजनाथ सिंह और शेर अली मिर्जा के बीच बुधवार को दुशान्बे में बैठक हुई."
    assert meetings(run(text, "hi", THURSDAY)) == [(SINGH_MIRZO, HELD, BILATERAL)]
    # "हुई बैठक", the meeting that took place between them: held, between exactly those people.
    text = (
        "विक्टर ख्रेनिन पहले पहुंचे. राजनाथ सिंह और शेर अली मिर्जा के बीच दुशान्बे में हुई बैठक के बाद "
        "साझा बयान जारी हुआ."
    )
    (meeting,) = run(text, "hi", THURSDAY).meetings
    assert (meeting.participants, meeting.status, meeting.place_id) == ((SINGH, MIRZO), HELD, DUSHANBE)
    assert run("विक्टर ख्रेनिन पहुंचे. दुशान्बे में हुई बैठक में राजनाथ सिंह ने भाषण दिया.", "hi", THURSDAY).meetings == []


def test_a_summit_held_by_two_leaders_named_by_short_surnames_is_a_meeting():
    text = (
        "Chinese President Xi Wenhao met Rajnath Singh in Minsk on Monday. "
        "Singh and Xi had earlier held a summit in Dushanbe."
    )
    extraction = run(text, "en", THURSDAY)
    assert sorted((m.place_id, m.status) for m in extraction.meetings) == [(DUSHANBE, HELD), (MINSK, HELD)]
    assert {meeting for meeting in meetings(extraction)} == {((str(SINGH), "Xi Wenhao"), HELD, BILATERAL)}


def test_a_place_the_gazetteer_does_not_know_may_stand_between_the_verb_and_the_participants():
    text = "Rajnath Singh held talks in Tashkent with Sherali Mirzo on Wednesday."
    (meeting,) = run(text, "en", THURSDAY).meetings
    assert (meeting.participants, meeting.place_id) == ((SINGH, MIRZO), None)


# -- lists, pairs and meetings named by what was said at them (real-news structures) -----------------


def test_a_list_of_people_with_their_offices_after_their_names_is_one_meeting_each():
    text = (
        "Rajnath Singh held meetings with Col. Gen. Sherali Mirzo, Minister of Defence, Tajikistan (MoD), "
        "and Wei Fenghe, State Councillor of China."
    )
    assert sorted(meetings(run(text, "en", THURSDAY))) == [(SINGH_MIRZO, HELD, BILATERAL), (SINGH_WEI, HELD, BILATERAL)]
    text = "Rajnath Singh met Sherali Mirzo, the Chief of Staff, and Wei Fenghe."
    assert len(run(text, "en", THURSDAY).meetings) == 2


def test_people_met_by_an_unnamed_he_did_not_meet_each_other():
    text = "During the visit, he held meetings with Sherali Mirzo and Wei Fenghe."
    assert run(text, "en", THURSDAY).meetings == []


def test_the_two_are_the_two_just_named():
    text = "Rajnath Singh praised Sherali Mirzo. The two met in Dushanbe on Wednesday."
    assert meetings(run(text, "en", THURSDAY)) == [(SINGH_MIRZO, HELD, BILATERAL)]
    text = "Rajnath Singh praised Sherali Mirzo. The two countries met in Dushanbe on Wednesday."
    assert run(text, "en", THURSDAY).meetings == []


def test_what_was_said_at_their_meeting_and_his_meeting_with():
    text = "Rajnath Singh on Wednesday told Wei Fenghe in their bilateral meeting that peace matters."
    assert meetings(run(text, "en", THURSDAY)) == [(SINGH_WEI, HELD, BILATERAL)]
    text = "Rajnath Singh posted pictures of his meeting with Sherali Mirzo."
    assert meetings(run(text, "en", THURSDAY)) == [(SINGH_MIRZO, HELD, BILATERAL)]
    text = "Rajnath Singh flew to Dushanbe ahead of his meeting with Sherali Mirzo."
    assert HELD not in [meeting.status for meeting in run(text, "en", THURSDAY).meetings]
    text = "Rajnath Singh will fly to Dushanbe ahead of his meeting with Sherali Mirzo."
    assert meetings(run(text, "en", THURSDAY)) == [(SINGH_MIRZO, PLANNED, BILATERAL)]


def test_hindi_names_repeated_in_latin_brackets_and_the_two_as_subject():
    text = "शेर अली मिर्जा (Sherali Mirzo) और वेई फेंगहे (Wei Fenghe) से बातचीत कर राजनाथ सिंह ने खुशी जताई."
    assert sorted(meetings(run(text, "hi", THURSDAY))) == [(SINGH_MIRZO, HELD, BILATERAL), (SINGH_WEI, HELD, BILATERAL)]
    text = "राजनाथ सिंह और शेर अली मिर्जा की द्विपक्षीय मीटिंग के दौरान दोनों ने कई विषयों पर चर्चा की."
    assert meetings(run(text, "hi", THURSDAY)) == [(SINGH_MIRZO, HELD, BILATERAL)]
    text = "राजनाथ सिंह ने दिल्ली में भाषण दिया. दोनों ने कई विषयों पर चर्चा की."
    assert run(text, "hi", THURSDAY).meetings == []  # one person named: "the two" are nobody


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Rajnath Singh has held a brief on-the-go talk with his Tajik counterpart, Sherali Mirzo.", BILATERAL),
        ("Rajnath Singh praised Sherali Mirzo. The two heads of state had a brief conversation.", BILATERAL),
        ("Sherali Mirzo also sat down with Rajnath Singh on the sidelines.", BILATERAL),
        ("On the night of May 9, Rajnath Singh had contacted Sherali Mirzo, warning of an attack.", CALL),
    ],
)
def test_more_ways_news_tells_a_meeting(text, kind):
    assert meetings(run(text, "en", THURSDAY)) == [(SINGH_MIRZO, HELD, kind)]


def test_the_month_of_may_is_no_modality_and_a_meeting_of_the_ministers_is_one_meeting():
    assert run("Rajnath Singh contacted the embassy.", "en", THURSDAY).meetings == []
    text = "Rajnath Singh met Sherali Mirzo and Wei Fenghe for the first meeting of the SCO defence ministers."
    assert [m.kind for m in run(text, "en", THURSDAY).meetings] == [MULTILATERAL]
    assert run("Rajnath Singh may have met Sherali Mirzo on May 9.", "en", THURSDAY).meetings == []


def test_a_hindi_meeting_told_as_past_inside_another_statement():
    text = "राजनाथ सिंह ने शेर अली मिर्जा के साथ पिछले साल जून में हुई मुलाकात का जिक्र किया."
    assert meetings(run(text, "hi", THURSDAY)) == [(SINGH_MIRZO, HELD, BILATERAL)]
    # Wei is the one told, not a participant.
    text = "राजनाथ सिंह ने वेई फेंगहे को दुशान्बे में शेर अली मिर्जा के साथ हुई अपनी बैठक के बारे में बताया."
    assert meetings(run(text, "hi", THURSDAY)) == [(SINGH_MIRZO, HELD, BILATERAL)]
    text = "राजनाथ सिंह शेर अली मिर्जा के साथ होने वाली बैठक की तैयारी कर रहे हैं."
    assert [m.status for m in run(text, "hi", THURSDAY).meetings] == [PLANNED]


def test_after_a_meeting_noun_the_others_come_with_with():
    text = "While Rajnath Singh has held just three election meetings, Sherali Mirzo, a spokesperson, asked why."
    assert run(text, "en", THURSDAY).meetings == []
    text = "Rajnath Singh held talks in Dushanbe on Wednesday with his Tajik counterpart Sherali Mirzo."
    assert meetings(run(text, "en", THURSDAY)) == [(SINGH_MIRZO, HELD, BILATERAL)]
    # "Joint" in a title is a name, not "jointly": a list after "held meetings with" is one meeting each.
    text = "Rajnath Singh held meetings with Sherali Mirzo, Chief of Joint Operations, and Wei Fenghe."
    assert len(run(text, "en", THURSDAY).meetings) == 2


def test_a_city_named_as_where_comes_before_a_city_named_as_a_government():
    text = "Sherali Mirzo, whom Moscow backs, met Rajnath Singh at the Minsk talks."
    assert only(run(text, "en", THURSDAY)).place_id == MINSK


def test_a_two_character_hindi_short_name_and_the_two_between_them():
    text = "चीन के विदेश मंत्री वांग यी सोमवार को भारत आए. यी ने राजनाथ सिंह से मुलाकात की."
    assert meetings(run(text, "hi", THURSDAY)) == [((str(SINGH), "वांग यी"), HELD, BILATERAL)]
    text = "राजनाथ सिंह ने भाषण दिया और शेर अली मिर्जा ने स्वागत किया. दोनों के बीच द्विपक्षीय बैठक भी हुई."
    assert [m.participants for m in run(text, "hi", THURSDAY).meetings if m.kind == BILATERAL] == [(SINGH, MIRZO)]


def test_a_spouse_named_with_a_participant_is_in_that_participants_meeting():
    """"met X and his wife Y" is one meeting of the three (not one with each, as a list of people met is),
    and "X and his wife Y called on Z" is the three's."""
    gazetteer = world()
    gazetteer.add(PERSON, KHRENIN, "Khrenin")
    text = "Rajnath Singh met Belarus Defence Minister Viktor Khrenin and his wife Alina Khrenin in Minsk on Monday."
    assert meetings(run(text, "en", gazetteer=gazetteer)) == [
        (tuple(sorted(("1", "3", "Alina Khrenin"))), HELD, MULTILATERAL)
    ]
    text = "Viktor Khrenin and his wife Alina Khrenin called on Rajnath Singh in New Delhi on Monday."
    assert meetings(run(text, "en", gazetteer=gazetteer)) == [
        (tuple(sorted(("1", "3", "Alina Khrenin"))), HELD, MULTILATERAL)
    ]
    # A list of the people met is still one meeting each; the spouse goes with the one named before.
    text = "Rajnath Singh met Viktor Khrenin and his wife Alina Khrenin, and Wei Fenghe, in Minsk on Monday."
    assert sorted(meetings(run(text, "en", gazetteer=gazetteer))) == sorted([
        (tuple(sorted(("1", "3", "Alina Khrenin"))), HELD, MULTILATERAL),
        (("1", "4"), HELD, BILATERAL),
    ])


def test_those_who_called_on_someone_listed_after_the_relative_clause_met_them_one_by_one():
    text = (
        "The ministers who called on Rajnath Singh in New Delhi were Sherali Mirzo, Minister of Defence of "
        "Tajikistan; Viktor Khrenin, Minister of Defence of Belarus, and Wei Fenghe."
    )
    assert sorted(meetings(run(text, "en"))) == sorted([
        (SINGH_MIRZO, HELD, BILATERAL), (("1", "3"), HELD, BILATERAL), (SINGH_WEI, HELD, BILATERAL)
    ])
    text = "Sherali Mirzo was the first among the ministers who called on Rajnath Singh in New Delhi."
    assert meetings(run(text, "en")) == [(SINGH_MIRZO, HELD, BILATERAL)]
    # Someone the relative clause is about is its subject as before; a plan stays a plan.
    text = "Sherali Mirzo, who met Rajnath Singh on Monday, flew to Minsk."
    assert meetings(run(text, "en")) == [(SINGH_MIRZO, HELD, BILATERAL)]
    text = "The ministers who will meet Rajnath Singh in New Delhi are Sherali Mirzo and Wei Fenghe."
    assert all(status != HELD for _, status, _ in meetings(run(text, "en")))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Sherali Mirzo and Wei Fenghe met Rajnath Singh separately in New Delhi.", "en"),
        ("शेराली मिर्ज़ो और वेई फेंगहे ने नई दिल्ली में राजनाथ सिंह से अलग-अलग मुलाकात की।", "hi"),
    ],
)
def test_several_who_met_one_person_separately_are_one_meeting_each(text, language):
    assert sorted(meetings(run(text, language))) == sorted([(SINGH_MIRZO, HELD, BILATERAL), (SINGH_WEI, HELD, BILATERAL)])


def test_his_talks_after_another_meeting_verb_are_the_talks_of_that_verbs_subject():
    text = "Rajnath Singh discussed regional security and laid the groundwork for a joint exercise during his talks with Sherali Mirzo in Dushanbe."
    assert meetings(run(text, "en")) == [(SINGH_MIRZO, HELD, BILATERAL)]


def test_having_talked_by_telephone_the_subject_told_the_one_named_after():
    """"X ने टेलीफोन पर बातचीत कर Y से कहा": a call of X and Y, Y named after the converb."""
    text = "राजनाथ सिंह ने सोमवार को टेलीफोन पर बातचीत कर शेराली मिर्ज़ो से कहा कि भारत साथ है।"
    assert meetings(run(text, "hi")) == [(SINGH_MIRZO, HELD, CALL)]


def test_a_hindi_sentence_glued_to_the_danda_before_it_is_a_sentence_of_its_own():
    """Scraped Hindi pages lose the space after "।": "… की।राजनाथ सिंह ने …" is two sentences, so the second
    one's subject is read in it (not joined to the first's people)."""
    text = "वेई फेंगहे ने सुरक्षा पर चर्चा की।राजनाथ सिंह ने शेराली मिर्ज़ो से मुलाकात की।"
    assert meetings(run(text, "hi")) == [(SINGH_MIRZO, HELD, BILATERAL)]


def test_calls_told_in_the_plural_and_by_discussed_by_phone_with_the_counterparts_name_between_commas():
    text = "Rajnath Singh held telephonic conversations with Sherali Mirzo and Wei Fenghe on Monday."
    assert sorted(meetings(run(text, "en"))) == [(SINGH_MIRZO, HELD, CALL), (SINGH_WEI, HELD, CALL)]
    text = "Rajnath Singh and his Tajik counterpart, Sherali Mirzo, discussed by phone the situation in Afghanistan."
    assert meetings(run(text, "en")) == [(SINGH_MIRZO, HELD, CALL)]


def test_after_the_meeting_of_two_people_they_met():
    text = "The talks came after the meeting of Rajnath Singh and Sherali Mirzo on the sidelines of the summit."
    assert meetings(run(text, "en")) == [(SINGH_MIRZO, HELD, BILATERAL)]
    # "the meeting of" a body is no one's meeting.
    assert meetings(run("Rajnath Singh spoke after the meeting of the SCO in Dushanbe.", "en")) == []


@pytest.mark.parametrize(
    "text",
    [
        "राजनाथ सिंह ने आज सुबह शेराली मिर्ज़ो के साथ ब्रेकफास्ट किया।",
        "राजनाथ सिंह ने दुशांबे में शेराली मिर्ज़ो के सम्मान में भव्य भोज का आयोजन किया।",
        "राजनाथ सिंह ने शेराली मिर्ज़ो ‘शेरू’ के साथ द्विपक्षीय बैठक की।",
    ],
)
def test_hindi_meals_banquets_in_someones_honour_and_a_quoted_nickname_before_the_marker(text):
    assert meetings(run(text, "hi")) == [(SINGH_MIRZO, HELD, BILATERAL)]


def test_a_banquet_in_someones_honour_to_come_is_no_meeting_held():
    assert all(s != HELD for _, s, _ in meetings(run("राजनाथ सिंह शेराली मिर्ज़ो के सम्मान में भोज देंगे।", "hi")))
