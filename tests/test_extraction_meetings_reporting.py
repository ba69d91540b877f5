"""Meetings as real reporting words them: calls, courtesy calls, interactions, dinners, headlines, Hindi
light verbs and word orders. The sentences are written for these tests, after the structures seen in
published news (``bench/realnews/``); negation and modality stay as strict as for the plain cues."""

import datetime

import pytest
from test_extraction_world import KHRENIN, MIRZO, SCO_MEETING, SHOIGU, SINGH, WEI, run

from articles.extraction.meetings import CALL, CANCELLED, HELD, PLANNED

THURSDAY = datetime.date(2021, 7, 29)


def held_pairs(text, language, published=THURSDAY):
    return sorted((m.participants, m.kind) for m in run(text, language, published).meetings if m.status == HELD)


def statuses(text, language, published=THURSDAY):
    return sorted((m.participants, m.status) for m in run(text, language, published).meetings)


@pytest.mark.parametrize(
    "text",
    [
        "Rajnath Singh spoke by telephone on Wednesday with his Tajik counterpart Col. Gen. Sherali Mirzo.",
        "Rajnath Singh held a telephonic conversation with Sherali Mirzo on Wednesday.",
        "Rajnath Singh speaks on telephone with Sherali Mirzo",
        "Rajnath Singh received a congratulatory call from Sherali Mirzo on Wednesday.",
        "A phone conversation took place between Rajnath Singh and Sherali Mirzo on Wednesday.",
        "Rajnath Singh and Sherali Mirzo held a virtual meeting on Wednesday.",
        "Rajnath Singh called Sherali Mirzo on Wednesday evening.",
        "Rajnath Singh called his Tajik counterpart Colonel General Sherali Mirzo on Wednesday.",
        "Rajnath Singh called Sherali Mirzo and discussed the situation on the border.",
        "Rajnath Singh made a telephone call to Sherali Mirzo on Wednesday.",
        "Rajnath Singh on Wednesday made a customary phone call to congratulate Sherali Mirzo.",
        "Sherali Mirzo was called by Rajnath Singh on Wednesday.",
    ],
)
def test_calls_in_english(text):
    assert held_pairs(text, "en") == [((SINGH, MIRZO), CALL)]


@pytest.mark.parametrize(
    "text",
    [
        "Rajnath Singh interacted with Sherali Mirzo in Dushanbe on Wednesday.",
        "Rajnath Singh had an interaction with Sherali Mirzo on Wednesday.",
        "Sherali Mirzo called on Defence Minister Rajnath Singh on Wednesday.",
        "Sherali Mirzo paid a courtesy call to Rajnath Singh on Wednesday.",
        "Rajnath Singh meets Sherali Mirzo in Dushanbe",
        "Rajnath Singh holds talks with Sherali Mirzo in Dushanbe",
        "Rajnath Singh hosted a working dinner for Sherali Mirzo on Wednesday.",
        "Rajnath Singh and Sherali Mirzo had a working lunch on Wednesday.",
        "Rajnath Singh discussed defence cooperation with Sherali Mirzo on Wednesday.",
        "Rajnath Singh and Sherali Mirzo discussed defence cooperation on Wednesday.",
        "Rajnath Singh held bilateral discussions with Sherali Mirzo on Wednesday.",
        "The meeting between Rajnath Singh and Sherali Mirzo took place in Dushanbe on Wednesday.",
        "Rajnath Singh and Sherali Mirzo co-chaired the session of the commission on Wednesday.",
        "After meeting Sherali Mirzo, Rajnath Singh told reporters that the talks had gone well.",
        "Rajnath Singh flew to Minsk after meeting Defence Minister Sherali Mirzo in Dushanbe.",
    ],
)
def test_meetings_in_english(text):
    assert [pair for pair, _ in held_pairs(text, "en")] == [(SINGH, MIRZO)]


def test_a_tweet_of_a_meeting_is_its_authors():
    text = (
        "Defence Minister Rajnath Singh was in Dushanbe on Wednesday. "
        'He said on Twitter: "Had an excellent meeting with Col. Gen. Sherali Mirzo today."'
    )
    assert [pair for pair, _ in held_pairs(text, "en")] == [(SINGH, MIRZO)]


def test_met_two_people_separately_is_two_meetings():
    text = "Rajnath Singh also met Sherali Mirzo and Wei Fenghe separately on Wednesday."
    assert [pair for pair, _ in held_pairs(text, "en")] == [(SINGH, MIRZO), (SINGH, WEI)]


@pytest.mark.parametrize(
    "text",
    [
        "Rajnath Singh is scheduled to call on Sherali Mirzo on Friday.",
        "Rajnath Singh will speak to Sherali Mirzo on Friday.",
        "Rajnath Singh is expected to hold a working lunch with Sherali Mirzo on Friday.",
    ],
)
def test_the_same_words_in_the_future_are_planned(text):
    assert statuses(text, "en") == [((SINGH, MIRZO), PLANNED)]


@pytest.mark.parametrize(
    "text",
    [
        "Rajnath Singh did not speak to Sherali Mirzo on Wednesday.",
        "Rajnath Singh never interacted with Sherali Mirzo.",
        "Rajnath Singh failed to hold talks with Sherali Mirzo.",
        "No call between Rajnath Singh and Sherali Mirzo took place on Wednesday.",
        "Rajnath Singh may have discussed the matter with Sherali Mirzo.",
    ],
)
def test_denied_or_supposed_is_never_held_in_english(text):
    assert HELD not in [status for _, status in statuses(text, "en")]


def test_someone_spoken_to_must_be_a_person():
    assert held_pairs("Rajnath Singh spoke to reporters about Sherali Mirzo on Wednesday.", "en") == []


# -- Hindi ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "राजनाथ सिंह ने बुधवार को शेर अली मिर्जा से फोन पर चर्चा की।",
        "राजनाथ सिंह और उनके ताजिक समकक्ष शेर अली मिर्जा ने बुधवार को फोन पर चर्चा की।",
        "राजनाथ सिंह ने शेर अली मिर्जा से फोन पर की बात",
        "राजनाथ सिंह और शेर अली मिर्जा के बीच बुधवार को फोन पर बातचीत हुई।",
        "राजनाथ सिंह ने बुधवार को शेर अली मिर्जा के साथ टेलीफोन पर वार्ता की।",
    ],
)
def test_calls_in_hindi(text):
    assert held_pairs(text, "hi") == [((SINGH, MIRZO), CALL)]


@pytest.mark.parametrize(
    "text",
    [
        "राजनाथ सिंह ने बुधवार को शेर अली मिर्जा से बात की।",
        "राजनाथ सिंह ने शेर अली मिर्जा से की मुलाकात",
        "राजनाथ सिंह ने शेर अली मिर्जा से की रक्षा सहयोग पर चर्चा",
        "राजनाथ सिंह ने बुधवार को शेर अली मिर्जा के साथ रक्षा सहयोग पर चर्चा की।",
        "राजनाथ सिंह और शेर अली मिर्जा ने बुधवार को रक्षा सहयोग पर चर्चा की।",
        "राजनाथ सिंह ने बुधवार को शेर अली मिर्जा से मुलाकात कर रक्षा सहयोग पर बात की।",
        "राजनाथ सिंह बुधवार को शेर अली मिर्जा से मुलाकात कर रहे हैं।",
        "राजनाथ सिंह ने बुधवार को शेर अली मिर्जा के साथ द्विपक्षीय बैठकें कीं।",
        "राजनाथ सिंह ने बुधवार को शेर अली मिर्जा से शिष्टाचार भेंट की।",
        "राजनाथ सिंह और शेर अली मिर्जा के बीच बुधवार को बातचीत हुई।",
        "राजनाथ सिंह ने बुधवार को शेर अली मिर्जा के साथ रक्षा सहयोग पर विचार-विमर्श किया।",
    ],
)
def test_meetings_in_hindi(text):
    assert [pair for pair, _ in held_pairs(text, "hi")] == [(SINGH, MIRZO)]


@pytest.mark.parametrize(
    "text",
    [
        "राजनाथ सिंह शुक्रवार को शेर अली मिर्जा से बात करेंगे।",
        "राजनाथ सिंह शुक्रवार को शेर अली मिर्जा के साथ रक्षा सहयोग पर चर्चा करेंगे।",
        "राजनाथ सिंह और शेर अली मिर्जा के बीच शुक्रवार को बातचीत हो सकती है।",
    ],
)
def test_the_future_is_planned_in_hindi(text):
    assert statuses(text, "hi") == [((SINGH, MIRZO), PLANNED)]


@pytest.mark.parametrize(
    "text",
    [
        "राजनाथ सिंह ने शेर अली मिर्जा से बात नहीं की।",
        "राजनाथ सिंह और शेर अली मिर्जा के बीच कोई बातचीत नहीं हुई।",
        "राजनाथ सिंह ने शेर अली मिर्जा के साथ चर्चा से इनकार किया।",
    ],
)
def test_denied_is_never_held_in_hindi(text):
    assert HELD not in [status for _, status in statuses(text, "hi")]


def test_a_matter_talked_of_is_no_meeting_in_hindi():
    # "बात" is also "a matter", "चर्चा" also "talk of the town": with nobody marked as met, nothing.
    text = "राजनाथ सिंह ने इस बात पर ज़ोर दिया और शेर अली मिर्जा की चर्चा हर जगह है।"
    assert held_pairs(text, "hi") == []


def test_the_two_leaders_between_whom_talks_took_place_are_the_two_just_named_in_hindi():
    text = (
        "राजनाथ सिंह और शेर अली मिर्जा बुधवार को दुशान्बे में थे। "
        "दोनों नेताओं के बीच बुधवार को बातचीत हुई।"
    )
    assert [pair for pair, _ in held_pairs(text, "hi")] == [(SINGH, MIRZO)]


def test_a_call_told_twice_is_one_call():
    text = (
        "राजनाथ सिंह ने बुधवार को शेर अली मिर्जा से फोन पर बात की। "
        "फोन पर बातचीत में राजनाथ सिंह और शेर अली मिर्जा ने रक्षा सहयोग पर भी चर्चा की।"
    )
    assert held_pairs(text, "hi") == [((SINGH, MIRZO), CALL)]


def test_a_call_and_a_meeting_in_a_city_stay_two():
    text = "Rajnath Singh spoke to Sherali Mirzo on Monday. Rajnath Singh met Sherali Mirzo in Dushanbe on Wednesday."
    assert len(held_pairs(text, "en")) == 2


def test_the_people_coordinated_with_the_owner_of_a_call_took_part_in_hindi():
    text = "राजनाथ सिंह और शेर अली मिर्जा की फोन कॉल पर बातचीत हुई।"
    assert held_pairs(text, "hi") == [((SINGH, MIRZO), CALL)]


def test_what_someone_said_is_a_clause_with_its_own_subject_in_hindi():
    text = (
        "राजनाथ सिंह दुशान्बे में थे। वेई फेंगहे ने बताया कि रक्षा मंत्री ने शेर अली मिर्जा से फोन पर बात की।"
    )
    assert held_pairs(text, "hi") == [((SINGH, MIRZO), CALL)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Rajnath Singh met Sherali Mirzo and Wei Fenghe in Dushanbe on Wednesday.", "en"),
        ("राजनाथ सिंह ने बुधवार को शेर अली मिर्जा और वेई फेंगहे से मुलाकात की।", "hi"),
    ],
)
def test_one_person_meeting_a_list_is_one_meeting_each(text, language):
    assert [pair for pair, _ in held_pairs(text, language)] == [(SINGH, MIRZO), (SINGH, WEI)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Rajnath Singh held trilateral talks with Sherali Mirzo and Wei Fenghe on Wednesday.", "en"),
        ("Rajnath Singh met Sherali Mirzo and Wei Fenghe at a luncheon on Wednesday.", "en"),
        ("राजनाथ सिंह ने बुधवार को शेर अली मिर्जा और वेई फेंगहे के साथ बैठक की।", "hi"),
    ],
)
def test_people_who_met_together_are_one_meeting(text, language):
    assert [pair for pair, _ in held_pairs(text, language)] == [(SINGH, MIRZO, WEI)]


def test_a_name_repeated_in_brackets_keeps_its_marker_in_hindi():
    text = "राजनाथ सिंह ने बुधवार को शेर अली मिर्जा (Sherali Mirzo) से मुलाकात की।"
    assert [pair for pair, _ in held_pairs(text, "hi")] == [(SINGH, MIRZO)]


def test_his_meeting_is_the_previous_subjects_in_hindi():
    text = "शेर अली मिर्जा भारत के दौरे पर हैं। शुक्रवार को उनकी मुलाकात रक्षा मंत्री राजनाथ सिंह से हुई।"
    assert [pair for pair, _ in held_pairs(text, "hi")] == [(SINGH, MIRZO)]


def test_with_him_is_no_owner_in_hindi():
    text = "शेर अली मिर्जा भारत में हैं। राजनाथ सिंह ने उनके साथ बैठक की।"
    assert [pair for pair, _ in held_pairs(text, "hi")] == [(SINGH, MIRZO)]


def test_bilateral_talks_between_two_named_people_are_theirs():
    text = "Bilateral talks between Rajnath Singh and Sherali Mirzo were held in Dushanbe on Wednesday."
    assert [pair for pair, _ in held_pairs(text, "en")] == [(SINGH, MIRZO)]


@pytest.mark.parametrize(
    "text",
    [
        "Rajnath Singh and Sherali Mirzo agreed in a phone call on Wednesday that contacts will continue.",
        "Rajnath Singh met Sherali Mirzo last week. A call between the two ministers on Wednesday was productive.",
        "Rajnath Singh met top Tajik diplomat, Sherali Mirzo, on Wednesday.",
    ],
)
def test_calls_told_as_things_that_happened_and_descriptions_before_a_name(text):
    assert [pair for pair, _ in held_pairs(text, "en")] == [(SINGH, MIRZO)]


def test_a_call_the_article_denies_is_never_held():
    text = (
        "Officials denied media reports that a phone conversation took place between Rajnath Singh and "
        "Sherali Mirzo. On Thursday, Rajnath Singh and Sherali Mirzo held a phone conversation, a newspaper reported."
    )
    assert statuses(text, "en") == []


def test_a_dinner_hosted_for_nobody_named_is_no_meeting():
    text = "Rajnath Singh and Sherali Mirzo did not even exchange pleasantries during the dinner hosted on the sidelines."
    assert statuses(text, "en") == []


def test_a_summit_the_archive_does_not_know_is_a_new_event_its_sidelines_point_to():
    text = "Rajnath Singh met Sherali Mirzo on the sidelines of the NATO Summit in Minsk on Wednesday."
    extraction = run(text, "en", THURSDAY)
    (event,) = extraction.new_events
    (meeting,) = extraction.meetings
    assert (event.name, event.kind_title, event.status, event.date) == ("NATO", "Summit", HELD, datetime.date(2021, 7, 28))
    assert meeting.sidelines_of == event.key and event.key in extraction.events


def test_a_summit_the_archive_knows_is_not_made_again():
    text = "राजनाथ सिंह ने दुशान्बे में एससीओ रक्षा मंत्रियों की बैठक से इतर शेर अली मिर्जा से मुलाकात की।"
    extraction = run(text, "hi")
    assert extraction.new_events == [] and [m.sidelines_of for m in extraction.meetings] == [SCO_MEETING]


def test_a_planned_summit_is_planned():
    text = "Leaders will meet at the NATO Summit in Minsk next month."
    (event,) = run(text, "en", THURSDAY).new_events
    assert event.status == PLANNED


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Sherali Mirzo presented his credentials to Rajnath Singh on Wednesday.", "en"),
        ("Rajnath Singh accepted credentials from Sherali Mirzo on Wednesday.", "en"),
        ("Sherali Mirzo was hosted by Rajnath Singh on Wednesday.", "en"),
        ("Rajnath Singh called up Sherali Mirzo on Wednesday.", "en"),
        ("शेर अली मिर्जा ने बुधवार को राजनाथ सिंह को परिचय पत्र सौंपे।", "hi"),
    ],
)
def test_credentials_the_passive_and_calling_up(text, language):
    assert [pair for pair, _ in held_pairs(text, language)] == [(SINGH, MIRZO)]


def test_the_subject_after_a_hindi_converb():
    text = "वेई फेंगहे भी वहां थे। शेर अली मिर्जा से बातचीत कर राजनाथ सिंह ने प्रसन्नता जताई।"
    assert [pair for pair, _ in held_pairs(text, "hi")] == [(SINGH, MIRZO)]


def test_the_opening_phrases_meeting_is_not_the_subject_of_the_next_verb():
    text = "After meeting Wei Fenghe, Rajnath Singh later called on Sherali Mirzo and Sergei Shoigu on Wednesday."
    pairs = [pair for pair, _ in held_pairs(text, "en")]
    assert (SINGH, MIRZO) in pairs and (SINGH, SHOIGU) in pairs
    assert not any(len(pair) > 2 for pair in pairs)  # a call on each, not one meeting of them all


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Rajnath Singh's visit to Dushanbe has been deferred. He was scheduled to meet Sherali Mirzo.", "en"),
        ("The trip was called off on Tuesday. Rajnath Singh was to hold talks with Sherali Mirzo in Dushanbe.", "en"),
        ("राजनाथ सिंह की दुशांबे यात्रा स्थगित कर दी गई है। उनकी शेर अली मिर्जा से मुलाकात होनी थी।", "hi"),
    ],
)
def test_a_plan_told_in_the_past_in_a_story_of_a_cancellation_is_cancelled(text, language):
    assert statuses(text, language) == [((SINGH, MIRZO), CANCELLED)]


def test_a_plan_told_in_the_past_without_a_cancellation_stays_a_plan():
    text = "Rajnath Singh is in Dushanbe. He was scheduled to meet Sherali Mirzo."
    assert statuses(text, "en") == [((SINGH, MIRZO), PLANNED)]


def test_one_person_due_to_meet_a_list_is_one_planned_meeting_each():
    text = "Rajnath Singh will meet Sherali Mirzo and Wei Fenghe in Dushanbe next week."
    assert statuses(text, "en") == [((SINGH, MIRZO), PLANNED), ((SINGH, WEI), PLANNED)]


@pytest.mark.parametrize(
    "text",
    [
        'Rajnath Singh on Wednesday held "warm and productive" talks with Sherali Mirzo.',
        "Rajnath Singh held long discussions on terrorism and trade with Sherali Mirzo on Wednesday.",
        "Sherali Mirzo is in India. On Wednesday night, Rajnath Singh had contacted the Tajik Defence Minister.",
    ],
)
def test_talks_described_before_the_with_and_a_contact_with_an_office_are_meetings(text):
    assert [pair for pair, _ in held_pairs(text, "en")] == [(SINGH, MIRZO)]


def test_someone_named_between_the_talks_and_the_with_is_not_who_they_were_with():
    text = "Rajnath Singh held talks, Wei Fenghe said, with officials on Wednesday."
    assert held_pairs(text, "en") == []


def test_a_hindi_initial_keeps_the_name_and_its_meeting_in_one_sentence():
    text = "राजनाथ सिंह ने डी. पी. पांडेय और शेर अली मिर्जा से मुलाकात की।"
    extraction = run(text, "hi", THURSDAY)
    assert [p.name for p in extraction.new_persons] == ["डी. पी. पांडेय"]
    assert sorted(m.participants for m in extraction.meetings) == [(-1, SINGH), (SINGH, MIRZO)]


@pytest.mark.parametrize(
    "text",
    [
        "शेर अली मिर्जा ने बुधवार को रक्षा मंत्री राजनाथ सिंह को फोन करके बधाई दी।",
        "शेर अली मिर्जा ने बुधवार को रक्षा मन्त्री राजनाथ सिंह को फोन किया।",  # the nasal written with a virama
    ],
)
def test_calling_someone_to_congratulate_them_is_a_call_in_hindi(text):
    assert held_pairs(text, "hi") == [((SINGH, MIRZO), CALL)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Sherali Mirzo, Wei Fenghe and Sergei Shoigu telephoned Rajnath Singh on Wednesday.", "en"),
        ("शेर अली मिर्जा और वेई फेंगहे ने बुधवार को राजनाथ सिंह को फोन कर बधाई दी।", "hi"),
    ],
)
def test_several_callers_of_one_person_make_one_call_each(text, language):
    pairs = [pair for pair, kind in held_pairs(text, language) if kind == CALL]
    assert pairs and all(len(pair) == 2 and SINGH in pair for pair in pairs)
    assert len(pairs) == (3 if language == "en" else 2)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Sherali Mirzo said: “I don't think I have met Rajnath Singh so far.”", "en"),
        ("Sherali Mirzo does not recall having held talks with Rajnath Singh.", "en"),
        ("शेर अली मिर्जा ने कहा, “मुझे नहीं लगता कि मेरी राजनाथ सिंह के साथ बातचीत हुई है।”", "hi"),
        ("शेर अली मिर्जा ने कहा, “मुझे लगता नहीं कि राजनाथ सिंह से मुलाकात हुई है अभी तक।”", "hi"),
    ],
)
def test_a_meeting_someone_doubts_or_does_not_recall_is_never_held(text, language):
    assert held_pairs(text, language) == []


@pytest.mark.parametrize(
    "text",
    [
        "Rajnath Singh also met the Union Minister for Parliamentary Affairs, Sherali Mirzo, in New Delhi.",
        "Rajnath Singh held talks with Chief of US Naval Operations Admiral Sherali Mirzo on Wednesday.",
        "Rajnath Singh called on the Deputy Chief of Naval Operations, Vice Admiral Sherali Mirzo, on Wednesday.",
    ],
)
def test_an_office_named_after_its_domain_stands_before_the_name(text):
    extraction = run(text, "en", THURSDAY)
    assert [m.participants for m in extraction.meetings if m.status == HELD] == [(SINGH, MIRZO)]
    assert extraction.new_persons == []  # "Naval Operations" is no one


def test_one_caller_of_several_people_makes_one_call_each_in_hindi():
    text = "राजनाथ सिंह ने शेर अली मिर्जा और वेई फेंगहे को दुशांबे से फोन करके बधाई दी।"
    assert held_pairs(text, "hi") == [((SINGH, MIRZO), CALL), ((SINGH, WEI), CALL)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Rajnath Singh and Sherali Mirzo discussed defence ties in a meeting, PTI reported on Thursday.", "en"),
        ("The ministry said on Thursday that Rajnath Singh had met Sherali Mirzo.", "en"),
        ("अधिकारियों ने गुरुवार को बताया कि राजनाथ सिंह ने शेर अली मिर्जा से मुलाकात की।", "hi"),
    ],
)
def test_the_day_of_the_report_is_not_the_day_of_the_meeting(text, language):
    (meeting,) = run(text, language, THURSDAY).meetings
    assert set(meeting.participants) == {SINGH, MIRZO}
    assert meeting.date is None


@pytest.mark.parametrize(
    "text",
    [
        "Sherali Mirzo met the Deputy Defence Minister of India on Wednesday.",
        "Sherali Mirzo met India's Deputy Defence Minister on Wednesday.",
    ],
)
def test_a_lesser_office_of_the_same_name_is_not_its_holder(text):
    named = "Rajnath Singh spoke first. "
    assert held_pairs(named + text, "en") == []  # not Rajnath Singh, India's Defence Minister
    assert held_pairs(named + text.replace("Deputy ", ""), "en") == [((SINGH, MIRZO), "bilateral")]


def test_each_envoy_presenting_credentials_meets_the_receiver():
    text = (
        "Rajnath Singh accepted credentials from the envoys of three countries on Wednesday. "
        "The envoys who presented their credentials were Sherali Mirzo, Ambassador of Tajikistan; "
        "Wei Fenghe, Ambassador of China and Sergei Shoigu, Ambassador of Russia."
    )
    pairs = [pair for pair, _ in held_pairs(text, "en")]
    assert pairs == sorted([(SINGH, MIRZO), (SINGH, WEI), (SHOIGU, SINGH) if SHOIGU < SINGH else (SINGH, SHOIGU)])


def test_credentials_to_be_presented_are_no_meeting():
    text = "Sherali Mirzo will present his credentials to Rajnath Singh next week."
    assert held_pairs(text, "en") == []


def test_names_listed_before_their_offices_are_people():
    text = "The new envoys were Anna Maria Koskinen, Ambassador of Finland; and Marje Luupsalu, Ambassador of Estonia."
    assert sorted(p.name for p in run(text, "en").new_persons) == ["Anna Maria Koskinen", "Marje Luupsalu"]


def test_a_hyphenated_may_is_a_name_not_a_modal():
    text = "Rajnath Singh met May-Elin Stenersen and Sherali Mirzo on Wednesday."
    assert (SINGH, MIRZO) in [pair for pair, _ in held_pairs(text, "en")]


def test_a_possessor_is_not_whom_a_hindi_sentence_is_about():
    text = (
        "राजनाथ सिंह के नेतृत्व में बनी समिति के बाद शेर अली मिर्जा पहली बार भारत की यात्रा पर हैं। "
        "उन्होंने मंगलवार को वेई फेंगहे से मुलाकात की।"
    )
    assert [pair for pair, _ in held_pairs(text, "hi")] == [(MIRZO, WEI)]


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Rajnath Singh met Sherali Mirzo in Dushanbe on Thursday. The two ministers discussed training. "
            "Last year in July, Rajnath Singh met Sherali Mirzo on the sidelines of a conference.",
            "en",
        ),
        (
            "Rajnath Singh met Sherali Mirzo in Dushanbe. They had last met in March, when Rajnath Singh "
            "held talks with Sherali Mirzo in New Delhi.",
            "en",
        ),
        (
            "राजनाथ सिंह ने गुरुवार को शेराली मिर्ज़ो से मुलाकात की. "
            "पिछले साल जुलाई में भी राजनाथ सिंह ने शेराली मिर्ज़ो से मुलाकात की थी.",
            "hi",
        ),
    ],
)
def test_an_earlier_meeting_of_the_same_people_is_another_meeting(text, language):
    held = [m for m in run(text, language, THURSDAY).meetings if m.status == HELD]
    assert [m.participants for m in held] == [(SINGH, MIRZO), (SINGH, MIRZO)]
    assert held[0].period is None and held[1].period.before_report


def test_the_same_meeting_told_twice_in_its_own_month_is_one():
    text = (
        "Rajnath Singh met Sherali Mirzo in Dushanbe on Tuesday. "
        "It was the first time in July that Rajnath Singh met Sherali Mirzo, officials said."
    )
    held = [m for m in run(text, "en", THURSDAY).meetings if m.status == HELD]
    assert [m.participants for m in held] == [(SINGH, MIRZO)]


@pytest.mark.parametrize("verb", ["met", "had met", "has met", "had also met"])
def test_a_subject_the_article_does_not_let_us_name_is_not_the_previous_sentences(verb):
    text = (
        "Rajnath Singh met Sherali Mirzo in Dushanbe on Wednesday. "
        f"Last week, Kowalczyk {verb} Viktor Khrenin in Minsk."
    )
    assert [pair for pair, _ in held_pairs(text, "en")] == [(SINGH, MIRZO)]


def test_a_plural_office_inside_a_list_of_those_met_keeps_the_list_going():
    text = "Rajnath Singh met Sherali Mirzo and Union ministers Viktor Khrenin and Wei Fenghe on Wednesday."
    assert [pair for pair, _ in held_pairs(text, "en")] == [(SINGH, MIRZO), (SINGH, KHRENIN), (SINGH, WEI)]


@pytest.mark.parametrize(
    "text",
    [
        "Rajnath Singh met several delegates and diplomats on the sidelines of the assembly, including "
        "Sherali Mirzo, Viktor Khrenin and Wei Fenghe.",
        "Rajnath Singh met defence chiefs from the region, among them Sherali Mirzo, Viktor Khrenin and Wei Fenghe.",
    ],
)
def test_the_people_named_after_including_are_each_met(text):
    assert [pair for pair, _ in held_pairs(text, "en")] == [(SINGH, MIRZO), (SINGH, KHRENIN), (SINGH, WEI)]


def test_including_after_a_statement_is_no_meeting():
    assert held_pairs("Rajnath Singh said many leaders, including Sherali Mirzo, were present.", "en") == []


@pytest.mark.parametrize(
    "text, language",
    [
        ("Rajnath Singh met Sherali Mirzo and Viktor Khrenin on the sidelines of the SCO summit.", "en"),
        ("राजनाथ सिंह ने शिखर सम्मेलन से इतर शेराली मिर्ज़ो तथा विक्टर ख्रेनिन से मुलाकात की।", "hi"),
    ],
)
def test_the_summit_a_list_was_met_beside_does_not_make_one_meeting_of_them_all(text, language):
    assert [pair for pair, _ in held_pairs(text, language)] == [(SINGH, MIRZO), (SINGH, KHRENIN)]


def test_a_summit_held_with_a_list_is_one_meeting_of_them_all():
    assert [pair for pair, _ in held_pairs("Rajnath Singh held a summit with Sherali Mirzo and Viktor Khrenin.", "en")] == [
        (SINGH, MIRZO, KHRENIN)
    ]


def test_a_meeting_between_two_people_is_held_only_with_the_verb_that_says_it_was():
    text = "A meeting between Rajnath Singh and Sherali Mirzo is likely next week."
    assert statuses(text, "en") == [((SINGH, MIRZO), PLANNED)]
    assert held_pairs("The meeting between Rajnath Singh and Sherali Mirzo did not take place.", "en") == []


def new_names(result):
    return sorted(person.name for person in result.new_persons)


def test_a_retired_officer_keeps_rank_and_name():
    """"Maj Gen (retd.)" is one title: the sentence goes on, the whole name follows it, and a list of those met
    may name him after another person's office ("the Prime Minister's defence adviser Maj Gen (retd.) X")."""
    text = (
        "Rajnath Singh met Tajik military commanders, including the President's defence adviser Maj Gen (retd.) "
        "Farhod Nazarov Rustamzoda, on Wednesday. He also met Sherali Mirzo and the President's security adviser "
        "Maj Gen (retd.) Davron Kurbonov Saidzoda."
    )
    result = run(text, "en", THURSDAY)
    assert new_names(result) == ["Davron Kurbonov Saidzoda", "Farhod Nazarov Rustamzoda"]
    keys = {p.name: p.key for p in result.new_persons}
    held = sorted(m.participants for m in result.meetings if m.status == HELD)
    assert held == sorted(
        [tuple(sorted((SINGH, keys["Farhod Nazarov Rustamzoda"]))), (SINGH, MIRZO),
         tuple(sorted((SINGH, keys["Davron Kurbonov Saidzoda"])))]
    )


def test_the_subject_before_a_who_aside_and_an_auxiliary():
    """"X, who …, his counterpart Y, is scheduled to call on Z": X will call on Z, not Y."""
    text = (
        "Rajnath Singh, who arrived in Dushanbe at the invitation of his Tajik counterpart Sherali Mirzo, is "
        "scheduled to call on Wei Fenghe on Friday."
    )
    assert statuses(text, "en") == [((SINGH, WEI), PLANNED)]


@pytest.mark.parametrize(
    "text, language, name",
    [
        ("Chief Minister Ravaleka met Defence Minister Rajnath Singh on Wednesday.", "en", "Ravaleka"),
        ("Emperor Tokunari received Rajnath Singh at the palace on Wednesday.", "en", "Tokunari"),
        ("मुख्यमंत्री जयललिता ने रक्षा मंत्री राजनाथ सिंह से मुलाकात की।", "hi", "जयललिता"),
    ],
)
def test_someone_known_by_one_name_after_an_office_is_a_new_person(text, language, name):
    result = run(text, language, THURSDAY)
    assert new_names(result) == [name]
    (person,) = result.new_persons
    assert [m.participants for m in result.meetings if m.status == HELD] == [tuple(sorted((SINGH, person.key)))]


@pytest.mark.parametrize(
    "text, language",
    [
        ("According to the Chief Minister Office (CMO), Rajnath Singh will visit Dushanbe.", "en"),
        ("Defence Minister Singh met the Tajik delegation in Dushanbe on Wednesday.", "en"),  # a short mention
        ("त्रिपुरा के मुख्यमंत्री माणिक सरकार से राजनाथ सिंह मिले।", "hi"),  # a longer name cut at a noun
        ("वह मुख्यमंत्री बनने के बाद पहली बार दुशांबे गए।", "hi"),
    ],
)
def test_no_one_word_person_from_an_office_and_a_word(text, language):
    assert all(" " in name for name in new_names(run(text, language, THURSDAY)))


def test_a_one_word_name_is_resolved_later_in_the_article():
    text = "Chief Minister Ravaleka met Rajnath Singh on Wednesday. Sherali Mirzo also called on Ravaleka."
    result = run(text, "en", THURSDAY)
    (person,) = result.new_persons
    assert sorted(m.participants for m in result.meetings if m.status == HELD) == sorted(
        [tuple(sorted((SINGH, person.key))), tuple(sorted((MIRZO, person.key)))]
    )


def test_meetings_in_the_plural_are_one_each_in_hindi():
    """"ये बैठकें A, B और C के साथ कीं": the meetings named first, one with each of those listed."""
    text = (
        "राजनाथ सिंह ने दुशांबे में दो द्विपक्षीय बैठकें कीं। उन्होंने ये बैठकें ताजिकिस्तान के रक्षा मंत्री शेराली मिर्ज़ो "
        "और चीन के रक्षा मंत्री वेई फेंगहे के साथ कीं।"
    )
    assert held_pairs(text, "hi") == [((SINGH, MIRZO), "bilateral"), ((SINGH, WEI), "bilateral")]
    text = "राजनाथ सिंह ने शेराली मिर्ज़ो और वेई फेंगहे के साथ बैठकें कीं।"
    assert [pair for pair, _ in held_pairs(text, "hi")] == [(SINGH, MIRZO), (SINGH, WEI)]
    text = "राजनाथ सिंह ने शेराली मिर्ज़ो और वेई फेंगहे के साथ बैठक की।"  # one meeting of the three
    assert [pair for pair, _ in held_pairs(text, "hi")] == [(SINGH, MIRZO, WEI)]


@pytest.mark.parametrize(
    "text, language",
    [
        ("Minister of Defence (MoD) Rajnath Singh met Tajik Minister of Defence (MD) Sherali Mirzo.", "en"),
        ("रक्षा मंत्री (RM) राजनाथ सिंह ने ताजिकिस्तान के रक्षा मंत्री(MD) शेराली मिर्ज़ो से मुलाकात की।", "hi"),
    ],
)
def test_an_office_with_its_acronym_in_brackets_still_names_the_person_after_it(text, language):
    result = run(text, language, THURSDAY)
    assert [pair for pair, _ in held_pairs(text, language)] == [(SINGH, MIRZO)]
    assert not result.new_persons


@pytest.mark.parametrize(
    "text",
    [
        "ताजिकिस्तान के रक्षा मंत्री शेराली मिर्ज़ो के साथ बैठक के बाद राजनाथ सिंह ने ट्वीट किया।",
        "दुशांबे में राजनाथ सिंह की शेराली मिर्ज़ो से मुलाकात के बाद दोनों देशों का बयान आया।",
        "शेराली मिर्ज़ो के साथ मुलाकात के बाद राजनाथ सिंह दिल्ली लौट आए।",
        "राजनाथ सिंह की शेराली मिर्ज़ो से फोन पर हुई बातचीत के बाद दोनों देशों का बयान आया।",
    ],
)
def test_a_meeting_told_as_what_came_before_in_hindi(text):
    """"Y के साथ बैठक के बाद X ने …": after the meeting with Y — X met Y."""
    assert [pair for pair, _ in held_pairs(text, "hi")] == [(SINGH, MIRZO)]


def test_after_a_meeting_of_nobody_named_is_no_meeting_in_hindi():
    assert held_pairs("कैबिनेट की बैठक के बाद राजनाथ सिंह ने कहा कि मिर्ज़ो आएंगे।", "hi") == []


@pytest.mark.parametrize(
    "text, language, concept",
    [
        ("Rajnath Singh met Lt Governor V.K. Saxena at Raj Niwas on Monday.", "en", "lieutenant_governor"),
        ("Rajnath Singh met Mayor Shalini Verma on Monday.", "en", "mayor"),
        ("Rajnath Singh met Police Commissioner Arvind Mehra on Monday.", "en", "commissioner"),
        ("Rajnath Singh met District Collector Anil Rao on Monday.", "en", "district_magistrate"),
        ("राजनाथ सिंह ने उपराज्यपाल विनय सक्सेना से मुलाकात की।", "hi", "lieutenant_governor"),
        ("राजनाथ सिंह ने महापौर शालिनी वर्मा से मुलाकात की।", "hi", "mayor"),
        ("राजनाथ सिंह ने पुलिस आयुक्त अरविंद मेहरा से मुलाकात की।", "hi", "commissioner"),
        ("राजनाथ सिंह ने जिलाधिकारी अनिल राव से मुलाकात की।", "hi", "district_magistrate"),
        ("राजनाथ सिंह ने नेता प्रतिपक्ष सुरेश यादव से मुलाकात की।", "hi", "leader_of_opposition"),
        ("Rajnath Singh met Joint Secretary Vani Menon on Monday.", "en", "secretary"),
        ("Rajnath Singh met US Assistant Secretary Donald Ferris on Monday.", "en", "secretary"),
        ("Rajnath Singh held talks with US Under Secretary Colin Harte on Monday.", "en", "secretary"),
        ("Rajnath Singh met the party's General Secretary Anil Thomas on Monday.", "en", "secretary"),
        ("राजनाथ सिंह ने संयुक्त सचिव वाणी मेनन से मुलाकात की।", "hi", "secretary"),
        ("राजनाथ सिंह ने सहायक सचिव डोनाल्ड फेरिस से मुलाकात की।", "hi", "secretary"),
    ],
)
def test_a_meeting_with_a_local_officer_is_read(text, language, concept):
    """Lieutenant governors, mayors, police commissioners, collectors, leaders of the opposition, secretaries
    (joint, assistant, under, a party's general secretary): offices of Indian state, city and diplomatic news,
    each a title a new name follows."""
    extraction = run(text, language)
    (meeting,) = [m for m in extraction.meetings if m.status == HELD]
    (person,) = extraction.new_persons
    assert SINGH in meeting.participants and person.key in meeting.participants
    assert [role.concept for role in person.roles] == [concept]


@pytest.mark.parametrize(
    "text",
    [
        "राजनाथ सिंह के नेतृत्व में एक प्रतिनिधिमंडल ने शेर अली मिर्जा से मुलाकात की।",
        "भारतीय प्रतिनिधिमंडल ने राजनाथ सिंह की अगुवाई में शेर अली मिर्जा से मुलाकात की।",
    ],
)
def test_a_delegation_led_by_someone_in_hindi_is_the_leaders_meeting(text):
    """"X के नेतृत्व में एक प्रतिनिधिमंडल ने Y से मुलाकात की": a delegation led by X met Y."""
    assert held_pairs(text, "hi") == [((SINGH, MIRZO), "bilateral")]


def test_a_meeting_chaired_by_one_and_attended_by_others_is_one_meeting_of_them_all():
    text = "Rajnath Singh chaired a review meeting in Dushanbe on Wednesday which was attended by Sherali Mirzo and Wei Fenghe."
    assert held_pairs(text, "en") == [((SINGH, MIRZO, WEI), "multilateral")]
    assert held_pairs("Rajnath Singh chaired a review meeting in Dushanbe on Wednesday.", "en") == []


@pytest.mark.parametrize(
    "text",
    [
        "राजनाथ सिंह की अध्यक्षता में हुई बैठक में शेर अली मिर्जा और वेई फेंगहे शामिल हुए।",
        "राजनाथ सिंह ने दुशांबे में एक बैठक की अध्यक्षता की, जिसमें शेर अली मिर्जा और वेई फेंगहे ने भाग लिया।",
    ],
)
def test_a_hindi_meeting_chaired_by_one_and_attended_by_others_is_one_meeting_of_them_all(text):
    assert held_pairs(text, "hi") == [((SINGH, MIRZO, WEI), "multilateral")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Rajnath Singh chaired a review meeting in Dushanbe on Wednesday. "
            "The meeting was attended by Sherali Mirzo, Wei Fenghe and Viktor Khrenin.",
            "en",
        ),
        (
            "Rajnath Singh chaired a review meeting in Dushanbe on Wednesday. "
            "Sherali Mirzo, Wei Fenghe and Viktor Khrenin also attended the meeting.",
            "en",
        ),
        ("राजनाथ सिंह ने बुधवार को दुशांबे में एक बैठक की। इस बैठक में शेर अली मिर्जा, वेई फेंगहे और विक्टर ख्रेनिन शामिल हुए।", "hi"),
        (
            "राजनाथ सिंह ने बुधवार को दुशांबे में एक बैठक की। इस बैठक में शेर अली मिर्जा के अलावा वेई फेंगहे और विक्टर "
            "ख्रेनिन ने भी भाग लिया।",
            "hi",
        ),
    ],
)
def test_a_meeting_in_one_sentence_and_who_attended_it_in_the_next_is_one_meeting(text, language):
    """"X chaired a meeting on Wednesday. The meeting was attended by A, B and C.": X, A, B and C met, on
    the day and at the place the first sentence gives."""
    (meeting,) = run(text, language, THURSDAY).meetings
    assert (meeting.participants, meeting.kind, meeting.status) == ((SINGH, MIRZO, KHRENIN, WEI), "multilateral", HELD)
    assert meeting.date == datetime.date(2021, 7, 28)
    assert len(meeting.evidence) == 2


@pytest.mark.parametrize(
    "text",
    [
        "राजनाथ सिंह ने बुधवार को शेर अली मिर्जा और तीनों सेनाओं के अध्यक्षों से मुलाकात की।",
        "राजनाथ सिंह ने बुधवार को शेर अली मिर्जा और अन्य वरिष्ठ अधिकारियों के साथ बैठक की।",
        "राजनाथ सिंह ने बुधवार को शेर अली मिर्जा तथा ताजिक सेना के अफसरों से भी मुलाकात की।",
    ],
)
def test_a_hindi_name_joined_to_a_group_nobody_names_is_met(text):
    """"X ने A और तीनों सेनाओं के अध्यक्षों से मुलाकात की": the marker after the group is A's too."""
    assert held_pairs(text, "hi") == [((SINGH, MIRZO), "bilateral")]


def test_a_hindi_group_with_a_subject_of_its_own_is_no_object():
    text = "राजनाथ सिंह और शेर अली मिर्जा के बाद अधिकारियों ने वेई फेंगहे से मुलाकात की।"
    assert (SINGH, MIRZO) not in [participants for participants, _ in held_pairs(text, "hi")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "A delegation of Tajik officials met Rajnath Singh in Delhi on Wednesday. "
            "The delegation included Sherali Mirzo and Viktor Khrenin.",
            "en",
        ),
        (
            "ताजिक अधिकारियों के एक प्रतिनिधिमंडल ने बुधवार को दिल्ली में राजनाथ सिंह से मुलाकात की। "
            "प्रतिनिधिमंडल में शेर अली मिर्जा और विक्टर ख्रेनिन शामिल थे।",
            "hi",
        ),
    ],
)
def test_the_members_of_a_delegation_named_in_the_next_sentence_met_whom_it_met(text, language):
    """"A delegation met Y. The delegation included A and B.": A and B met Y, together."""
    assert held_pairs(text, language) == [((SINGH, MIRZO, KHRENIN), "multilateral")]


def test_those_who_took_part_in_a_hindi_meeting_with_no_chair_met():
    text = "दुशांबे में बुधवार को एक बैठक हुई, जिसमें राजनाथ सिंह, शेर अली मिर्जा और वेई फेंगहे शामिल हुए।"
    assert held_pairs(text, "hi") == [((SINGH, MIRZO, WEI), "multilateral")]


def test_those_who_attended_join_the_meeting_the_sentence_before_told():
    text = "Rajnath Singh held a meeting with Sherali Mirzo on Wednesday. The meeting was also attended by Wei Fenghe."
    assert held_pairs(text, "en") == [((SINGH, MIRZO, WEI), "multilateral")]


def test_an_attendance_with_no_chair_is_a_meeting_of_those_present():
    text = "एक बैठक बुधवार को दुशांबे में हुई। इस बैठक में शेर अली मिर्जा और वेई फेंगहे शामिल हुए।"
    assert held_pairs(text, "hi") == [((MIRZO, WEI), "bilateral")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Rajnath Singh will chair a meeting in Dushanbe on Friday. The meeting will be attended by Sherali Mirzo.", "en"),
        ("Rajnath Singh chaired a meeting in Dushanbe on Wednesday. Sherali Mirzo did not attend the meeting.", "en"),
        # Only present: no participant (bench/realnews/GUIDELINES.md).
        ("Rajnath Singh chaired a meeting in Dushanbe on Wednesday. Sherali Mirzo was also present at the meeting.", "en"),
        ("राजनाथ सिंह ने बुधवार को एक बैठक की। इस बैठक में शेर अली मिर्जा भी मौजूद थे।", "hi"),
        ("Rajnath Singh praised the troops in Dushanbe on Wednesday. Sherali Mirzo attended the meeting.", "en"),
        ("राजनाथ सिंह ने बुधवार को एक बैठक की। इस बैठक में शेर अली मिर्जा शामिल नहीं हुए।", "hi"),
        ("राजनाथ सिंह शुक्रवार को एक बैठक करेंगे। इस बैठक में शेर अली मिर्जा भी शामिल होंगे।", "hi"),
    ],
)
def test_an_attendance_planned_denied_only_present_or_of_no_meeting_told_before_is_no_held_meeting(text, language):
    assert held_pairs(text, language) == []


@pytest.mark.parametrize(
    "text",
    [
        "शेर अली मिर्जा और वेई फेंगहे एक नए दल में शामिल हुए।",  # joined a party: no chair, no meeting
        "राजनाथ सिंह की अध्यक्षता में हुई बैठक में शेर अली मिर्जा शामिल नहीं हुए।",
        "राजनाथ सिंह की अध्यक्षता में कल होने वाली बैठक में शेर अली मिर्जा शामिल होंगे।",
    ],
)
def test_joining_or_missing_or_planning_to_attend_is_no_held_meeting(text):
    assert held_pairs(text, "hi") == []


@pytest.mark.parametrize(
    "text",
    [
        "Rajnath Singh met senior advocate Sherali Mirzo in Dushanbe on Wednesday.",
        "Rajnath Singh met actor-politician Sherali Mirzo in Dushanbe on Wednesday.",
    ],
)
def test_what_the_person_met_is_may_stand_before_the_name(text):
    """"met senior advocate Kapil Sibal", "TMC supremo Mamata Banerjee": a description, no office, before the name."""
    assert held_pairs(text, "en") == [((SINGH, MIRZO), "bilateral")]


def test_the_family_of_someone_is_not_that_person():
    assert held_pairs("Rajnath Singh met the family of Sherali Mirzo in Dushanbe on Wednesday.", "en") == []


@pytest.mark.parametrize(
    "text",
    [
        "The two ministers, Rajnath Singh and Sherali Mirzo, held talks in Dushanbe on Wednesday.",
        "The two leaders, Rajnath Singh and Sherali Mirzo, met in Dushanbe on Wednesday.",
    ],
)
def test_two_people_named_in_an_aside_after_the_two_are_those_who_met(text):
    """"The two ministers, A and B, held talks": the aside names the pair (it tells no background)."""
    assert held_pairs(text, "en") == [((SINGH, MIRZO), "bilateral")]


def test_the_two_named_before_still_resolve_a_pair_reference_with_an_aside():
    text = "Rajnath Singh arrived in Dushanbe. The two ministers, who had spoken on Monday, met Sherali Mirzo."
    assert held_pairs(text, "en") == []  # "the two" with one person named before is nobody


@pytest.mark.parametrize(
    "text",
    [
        "Rajnath Singh met a delegation led by Sherali Mirzo in Dushanbe on Wednesday.",
        "Rajnath Singh received a high-level Tajik delegation headed by Sherali Mirzo on Wednesday.",
    ],
)
def test_a_delegation_met_is_met_in_its_leader(text):
    assert held_pairs(text, "en") == [((SINGH, MIRZO), "bilateral")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Rajnath Singh will meet a delegation led by Sherali Mirzo on Friday.", [((SINGH, MIRZO), PLANNED)]),
        ("Rajnath Singh did not meet a delegation led by Sherali Mirzo on Wednesday.", []),
        ("Rajnath Singh said a delegation led by Sherali Mirzo had arrived on Wednesday.", []),
        ("Rajnath Singh received a letter from a delegation led by Sherali Mirzo.", []),
    ],
)
def test_a_delegation_and_its_leader_keep_the_verbs_status(text, expected):
    assert statuses(text, "en") == expected


@pytest.mark.parametrize(
    "text, status",
    [
        ("राजनाथ सिंह और शेर अली मिर्जा की मंगलवार को बैठक हुई।", HELD),
        ("राजनाथ सिंह और शेर अली मिर्जा की शुक्रवार को होने वाली बैठक रद्द कर दी गई।", CANCELLED),
    ],
)
def test_the_day_between_a_meetings_owners_and_its_noun_in_hindi(text, status):
    """"X और Y की मंगलवार को बैठक हुई": the day of the meeting stands between its owners and the noun."""
    assert statuses(text, "hi") == [((SINGH, MIRZO), status)]


@pytest.mark.parametrize(
    "text, language",
    [
        ("The meeting between Rajnath Singh and Sherali Mirzo was postponed.", "en"),
        ("Rajnath Singh postponed his meeting with Sherali Mirzo.", "en"),
        ("राजनाथ सिंह और शेर अली मिर्जा की बैठक टल गई।", "hi"),
        ("राजनाथ सिंह और शेर अली मिर्जा के बीच होने वाली बैठक टाल दी गई।", "hi"),
    ],
)
def test_a_postponed_meeting_is_called_off(text, language):
    """Postponed, as deferred or "स्थगित": the meeting planned will not take place then — cancelled, never held."""
    assert statuses(text, language) == [((SINGH, MIRZO), CANCELLED)]


def test_something_else_averted_cancels_no_meeting_in_hindi():
    text = "राजनाथ सिंह ने शेर अली मिर्जा से मुलाकात की और कहा कि बड़ा हादसा टल गया।"
    assert statuses(text, "hi") == [((SINGH, MIRZO), HELD)]


@pytest.mark.parametrize(
    "text",
    [
        "Rajnath Singh meets Sherali Mirzo next week in Dushanbe.",
        "Rajnath Singh holds talks with Sherali Mirzo tomorrow.",
        "Rajnath Singh is holding a meeting with Sherali Mirzo later this week.",
    ],
)
def test_the_present_telling_the_future_is_a_plan(text):
    """A present-tense meeting verb with the future's words after it: planned, never held."""
    assert statuses(text, "en") == [((SINGH, MIRZO), PLANNED)]


@pytest.mark.parametrize(
    "text",
    [
        "Rajnath Singh is holding a bilateral meeting with Sherali Mirzo in Dushanbe.",
        "Rajnath Singh engaged in constructive talks with Sherali Mirzo at the summit.",
        "Rajnath Singh met Sherali Mirzo on Monday and will see him again next week.",
    ],
)
def test_talks_going_on_or_engaged_in_were_held(text):
    assert statuses(text, "en")[:1] == [((SINGH, MIRZO), HELD)]


@pytest.mark.parametrize(
    "text",
    [
        "Sherali Mirzo was received by India's Ambassador to Tajikistan, Viraj Singh.",
        "Sherali Mirzo met Indian Ambassador to Tajikistan Viraj Singh on Monday.",
    ],
)
def test_where_an_envoy_serves_stands_between_the_office_and_the_name(text):
    extraction = run(text, "en", THURSDAY)
    (person,) = extraction.new_persons
    assert person.name == "Viraj Singh"
    assert [(m.participants, m.status) for m in extraction.meetings] == [(tuple(sorted((MIRZO, person.key))), HELD)]


@pytest.mark.parametrize(
    "text",
    [
        "राजनाथ सिंह ने चीनी रक्षा मंत्री दोंग जून से मुलाकात की।",
        "राजनाथ सिंह ने अपने चीनी समकक्ष दोंग जून के साथ प्रतिनिधिमंडल स्तर की वार्ता की।",
    ],
)
def test_a_month_as_a_family_name_in_hindi(text):
    """"दोंग जून": जून (June) is his family name, before a case marker; "जून में" stays a month."""
    extraction = run(text, "hi", THURSDAY)
    assert [p.name for p in extraction.new_persons] == ["दोंग जून"]
    assert [m.status for m in extraction.meetings] == [HELD]
    assert run("राजनाथ सिंह जून में दुशांबे जाएंगे।", "hi", THURSDAY).new_persons == []


def test_a_foreign_office_holder_known_by_one_name_in_a_hindi_list():
    """"… और बेलारूस के रक्षा मंत्री गोर्सेड के साथ अलग-अलग द्विपक्षीय बैठक की": a country's minister named by one
    word no common word is, where the tagger reads no person — one of the separate meetings, not a list lost."""
    text = (
        "राजनाथ सिंह ने ताजिकिस्तान के रक्षा मंत्री शेर अली मिर्जा और बेलारूस के रक्षा मंत्री गोर्सेड के साथ"
        " अलग-अलग द्विपक्षीय बैठक की।"
    )
    extraction = run(text, "hi", THURSDAY)
    (person,) = extraction.new_persons
    assert person.name == "गोर्सेड"
    assert sorted(m.participants for m in extraction.meetings if m.status == HELD) == sorted(
        [(SINGH, MIRZO), tuple(sorted((SINGH, person.key)))]
    )


def test_a_common_word_after_an_office_is_no_one_in_hindi():
    assert run("बेलारूस के रक्षा मंत्री पद के लिए चुनाव हुआ।", "hi", THURSDAY).new_persons == []


def test_the_ministers_of_a_grouping_meeting_is_an_event_the_bare_sidelines_after_it_point_to():
    """"The NATO foreign ministers met in Minsk on Wednesday. On the sidelines, X held talks with Y.": the
    ministers' meeting is an event, and "on the sidelines" with no "of" is that event's."""
    text = (
        "The NATO foreign ministers met in Minsk on Wednesday. "
        "On the sidelines, Rajnath Singh held talks with Sherali Mirzo."
    )
    extraction = run(text, "en", THURSDAY)
    (event,) = extraction.new_events
    (meeting,) = extraction.meetings
    assert (event.name, event.kind_title, event.status) == ("NATO", "Foreign Ministers' Meeting", HELD)
    assert meeting.sidelines_of == event.key


def test_bare_sidelines_with_no_event_reported_before_point_to_none():
    text = "On the sidelines, Rajnath Singh held talks with Sherali Mirzo."
    assert [m.sidelines_of for m in run(text, "en", THURSDAY).meetings] == [None]


@pytest.mark.parametrize(
    "text",
    [
        "Sherali Mirzo called Rajnath Singh to congratulate him on the appointment.",
        "Rajnath Singh and Sherali Mirzo spoke on the phone on Wednesday.",
        "Rajnath Singh and Sherali Mirzo held a video conference on Wednesday.",
    ],
)
def test_more_calls_in_english(text):
    assert held_pairs(text, "en") == [((SINGH, MIRZO), CALL)]


@pytest.mark.parametrize(
    "text",
    [
        "Sherali Mirzo called Rajnath Singh a good friend of Tajikistan.",
        "Rajnath Singh spoke on the phone about the floods, and Sherali Mirzo listened.",
        "Rajnath Singh called for talks to discuss the border with Sherali Mirzo.",
    ],
)
def test_calling_someone_something_is_no_call(text):
    assert held_pairs(text, "en") == []


def test_what_one_told_another_in_a_phone_call_is_their_call():
    text = "Rajnath Singh told Sherali Mirzo in a phone call on Wednesday that the visit would go ahead."
    assert held_pairs(text, "en") == [((SINGH, MIRZO), CALL)]
    assert held_pairs("Rajnath Singh told reporters that Sherali Mirzo would call in a phone call.", "en") == []


@pytest.mark.parametrize(
    "text, language",
    [
        ("Rajnath Singh reviewed the progress of defence cooperation with Sherali Mirzo on Wednesday.", "en"),
        ("Rajnath Singh and Sherali Mirzo reviewed the progress of joint projects.", "en"),
        # "National Defence Minister" (Vietnam's office) is one title, so the pair stays a pair.
        ("Rajnath Singh and Tajik National Defence Minister General Sherali Mirzo reviewed joint projects.", "en"),
        ("इस दौरान राजनाथ सिंह ने शेर अली मिर्जा के साथ रक्षा सहयोग की समीक्षा की।", "hi"),
        # "परियोजनाओं" (projects) holds "योजना" (a plan): no modality.
        ("राजनाथ सिंह और शेर अली मिर्जा ने संयुक्त परियोजनाओं की समीक्षा की।", "hi"),
    ],
)
def test_reviewing_together_is_meeting(text, language):
    assert held_pairs(text, language) == [((SINGH, MIRZO), "bilateral")]


@pytest.mark.parametrize(
    "text, language",
    [
        ("Rajnath Singh reviewed the guard of honour at the airport with Sherali Mirzo's deputy.", "en"),
        ("Rajnath Singh reviewed the agreement signed with Sherali Mirzo last year.", "en"),
        ("राजनाथ सिंह ने शेर अली मिर्जा की रिपोर्ट की समीक्षा की।", "hi"),
    ],
)
def test_reviewing_what_someone_did_is_no_meeting(text, language):
    assert held_pairs(text, language) == []


def test_a_candidate_is_no_hope_in_hindi():
    """"उम्मीदवार" (a candidate) holds "उम्मीद" (a hope, modal): the candidate's meeting is still held."""
    assert held_pairs("राजनाथ सिंह ने उम्मीदवार शेर अली मिर्जा से मुलाकात की।", "hi") == [((SINGH, MIRZO), "bilateral")]


@pytest.mark.parametrize(
    "text",
    [
        "Rajnath Singh called Sherali Mirzo a great friend of India on Wednesday.",
        "Rajnath Singh called Sherali Mirzo's remarks irresponsible on Wednesday.",
    ],
)
def test_calling_someone_something_is_no_call(text):
    assert held_pairs(text, "en") == []


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Rajnath Singh telephoned Sherali Mirzo on Wednesday, adviser Wei Fenghe said.", CALL),
        ("Rajnath Singh met Sherali Mirzo in Dushanbe, Defence Minister Wei Fenghe told reporters on Wednesday.", "bilateral"),
    ],
)
def test_the_source_named_at_the_end_of_a_sentence_is_no_participant(text, kind):
    """Wire copy closes a sentence with its source ("…, adviser Sartaj Aziz said"): no one met the source."""
    assert held_pairs(text, "en") == [((SINGH, MIRZO), kind)]


@pytest.mark.parametrize(
    "text, participants",
    [
        ("राजनाथ सिंह ने बुधवार को हवाई अड्डे पर शेर अली मिर्जा की अगवानी की।", [(SINGH, MIRZO)]),
        ("राजनाथ सिंह ने बुधवार को दुशांबे में शेर अली मिर्जा का औपचारिक स्वागत किया।", [(SINGH, MIRZO)]),
        ("राजनाथ सिंह ने बुधवार को दिल्ली में शेर अली मिर्जा और वेई फेंगहे की मेजबानी की।", [(SINGH, MIRZO, WEI)]),
        # Welcoming is person by person, as "met" is (``ONE_EACH_CUES``); hosting is together.
        ("राजनाथ सिंह ने बुधवार को शेर अली मिर्जा और वेई फेंगहे का स्वागत किया।", [(SINGH, MIRZO), (SINGH, WEI)]),
    ],
)
def test_receiving_and_hosting_someone_in_hindi_is_meeting_them(text, participants):
    """"X ने Y की अगवानी की" (received), "की मेजबानी की" (hosted), "का औपचारिक स्वागत किया": the genitive marks
    the guests, and everyone joined to them by "और"."""
    assert [p for p, _ in held_pairs(text, "hi")] == participants


def test_hosting_an_event_in_hindi_is_no_meeting():
    assert held_pairs("राजनाथ सिंह ने बुधवार को दिल्ली में शिखर सम्मेलन की मेजबानी की।", "hi") == []


@pytest.mark.parametrize(
    "text",
    [
        "Rajnath Singh met Adobe CEO Sherali Mirzo on Wednesday.",
        "Rajnath Singh met Qualcomm chief executive Sherali Mirzo on Wednesday.",
        "Rajnath Singh met Adobe Systems CEO Sherali Mirzo on Wednesday.",
        "Rajnath Singh met US Trade Representative Sherali Mirzo on Wednesday.",
        "Rajnath Singh met US special envoy Sherali Mirzo on Wednesday.",
    ],
)
def test_the_officer_of_a_body_the_archive_does_not_know_is_met(text):
    """"met Adobe CEO X": a company's name nobody knows yet before its officer's office is no obstacle; "Trade
    Representative" and "special envoy" are offices."""
    assert held_pairs(text, "en") == [((SINGH, MIRZO), "bilateral")]


def test_a_new_name_after_an_offices_known_domain_is_a_person():
    """"Minister of State for Commerce Anupriya Patel": the domain ends at "Commerce", the name follows."""
    extraction = run("Minister of State for Commerce Anupriya Patel received Sherali Mirzo at the airport.", "en", THURSDAY)
    (person,) = extraction.new_persons
    assert person.name == "Anupriya Patel"
    assert [m.participants for m in extraction.meetings] == [tuple(sorted((MIRZO, person.key)))]


@pytest.mark.parametrize(
    "text",
    [
        "राजनाथ सिंह ने उन खबरों का खंडन किया कि उन्होंने दुशांबे में शेर अली मिर्जा से गुप्त मुलाकात की थी।",
        "राजनाथ सिंह ने इस बात से इनकार किया कि उन्होंने शेर अली मिर्जा से मुलाकात की।",
        "मंत्रालय ने राजनाथ सिंह को शेर अली मिर्जा से मिलने का समय देने से मना कर दिया।",
    ],
)
def test_a_meeting_denied_or_refused_in_hindi_is_not_held(text):
    """The denial's clause ends at "कि", the meeting's follows it; a refusal comes after the cue (SOV)."""
    assert statuses(text, "hi") == []


@pytest.mark.parametrize(
    "text, status",
    [
        ("राजनाथ सिंह ने शेर अली मिर्जा से मिलने के बाद कहा कि बातचीत अच्छी रही।", HELD),
        ("राजनाथ सिंह बुधवार को शेर अली मिर्जा से मिलने राजभवन पहुंचे।", HELD),
        ("राजनाथ सिंह शेर अली मिर्जा से मिलने के बाद दिल्ली लौटेंगे।", PLANNED),
        ("राजनाथ सिंह कल शेर अली मिर्जा से मिलने दुशांबे पहुंचेंगे।", PLANNED),
    ],
)
def test_having_met_and_going_to_meet_in_hindi(text, status):
    """"Y से मिलने के बाद" (after meeting Y), "Y से मिलने … पहुंचे" (went to meet Y): held; with the future's verb
    after them, a plan."""
    assert statuses(text, "hi") == [((SINGH, MIRZO), status)]


@pytest.mark.parametrize(
    "text, language, status",
    [
        ("Rajnath Singh is slated to have a working lunch with Sherali Mirzo on Friday.", "en", PLANNED),
        ("Rajnath Singh is likely to have bilateral talks with Sherali Mirzo, sources said.", "en", PLANNED),
        ("Rajnath Singh is also scheduled to host a lunch for Sherali Mirzo on Friday.", "en", PLANNED),
        ("The meeting between Rajnath Singh and Sherali Mirzo will not take place after all.", "en", CANCELLED),
        # "much-discussed" is no "discussed": the meeting it describes is called off, not held.
        ("The much-discussed meeting between Rajnath Singh and Sherali Mirzo will not take place after all.", "en", CANCELLED),
        ("राजनाथ सिंह और शेर अली मिर्जा की मुलाकात अब नहीं हो सकेगी।", "hi", CANCELLED),
    ],
)
def test_plans_to_have_or_host_and_plans_said_not_to_happen(text, language, status):
    assert statuses(text, language) == [((SINGH, MIRZO), status)]


def test_a_meeting_that_will_not_happen_with_no_plan_broken_is_nothing():
    assert statuses("Rajnath Singh will not meet Sherali Mirzo.", "en") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Besides Wei Fenghe, Rajnath Singh also met Sherali Mirzo on Wednesday.", [((SINGH, MIRZO), HELD)]),
        (
            "Apart from Wei Fenghe, Rajnath Singh is scheduled to hold bilateral talks with Sherali Mirzo and Viktor Khrenin.",
            [((SINGH, MIRZO), PLANNED), ((SINGH, KHRENIN), PLANNED)],
        ),
    ],
)
def test_someone_set_apart_in_an_opening_phrase_is_not_in_the_meeting(text, expected):
    """"Besides Putin, Modi also met Y": Putin is neither the subject nor met in this clause."""
    assert sorted(statuses(text, "en")) == sorted(expected)


@pytest.mark.parametrize(
    "text, language, expected",
    [
        ("Rajnath Singh met Chinese State Councillor and Defence Minister Wei Fenghe on Wednesday.", "en", [((SINGH, WEI), HELD)]),
        ("Rajnath Singh called his Tajik counterpart Sherali Mirzo.", "en", [((SINGH, MIRZO), HELD)]),
        ("Rajnath Singh also called his Tajik counterpart, Sherali Mirzo.", "en", [((SINGH, MIRZO), HELD)]),
        ("Rajnath Singh was welcomed at the venue by Sherali Mirzo.", "en", [((SINGH, MIRZO), HELD)]),
        ("Sherali Mirzo presented her letter of credence to Rajnath Singh on Wednesday.", "en", [((SINGH, MIRZO), HELD)]),
        ("Rajnath Singh is unlikely to meet Sherali Mirzo at the summit, officials said.", "en", []),
        # A welcome at the airport is a reception, as in Hindi and in the active voice (``HELD_CUES``).
        ("Rajnath Singh was greeted at the airport by Sherali Mirzo on Tuesday.", "en", [((SINGH, MIRZO), HELD)]),
        ("Rajnath Singh was received at Dushanbe airport by Sherali Mirzo on Tuesday.", "en", [((SINGH, MIRZO), HELD)]),
        ("Rajnath Singh was accorded a ceremonial welcome by Sherali Mirzo on Tuesday.", "en", [((SINGH, MIRZO), HELD)]),
        ("राजनाथ सिंह ने राष्ट्रपति भवन में राजदूत शेर अली मिर्जा से परिचय पत्र स्वीकार किए।", "hi", [((SINGH, MIRZO), HELD)]),
        ("शेर अली मिर्जा ने बुधवार को राजनाथ सिंह को अपना परिचय पत्र सौंपा।", "hi", [((SINGH, MIRZO), HELD)]),
        ("बुधवार शाम जब राजनाथ सिंह दिल्ली में शेर अली मिर्जा से मिले तो दोनों ने अभिवादन किया।", "hi", [((SINGH, MIRZO), HELD)]),
    ],
)
def test_diplomatic_reporting_of_the_second_reading(text, language, expected):
    """Offices joined by "and" ("State Councillor and Defence Minister"), a counterpart called, a welcome at a
    venue, a letter of credence, "unlikely"; in Hindi credentials accepted from someone, "अपना परिचय पत्र सौंपा",
    and "जब … से मिले तो"."""
    assert [(p, s) for p, s in statuses(text, language) if s != CALL] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The talks were co-chaired by Rajnath Singh and Tajik Defence Minister Sherali Mirzo.",
        "The dialogue was co-chaired by Rajnath Singh and Sherali Mirzo in Dushanbe on Wednesday.",
    ],
)
def test_talks_co_chaired_by_two_are_their_meeting(text):
    assert held_pairs(text, "en") == [((SINGH, MIRZO), "bilateral")]


@pytest.mark.parametrize(
    "text, language",
    [
        ("The Tajik delegation was led by Defence Minister Sherali Mirzo, while the Indian side was led by Rajnath Singh.", "en"),
        ("ताजिक प्रतिनिधिमंडल का नेतृत्व शेर अली मिर्जा ने किया, जबकि भारतीय पक्ष का नेतृत्व राजनाथ सिंह ने किया।", "hi"),
    ],
)
def test_the_leaders_of_two_sides_of_talks_met(text, language):
    """"The Indian delegation was led by X, while the Chinese side was led by Y": the two leaders met."""
    assert held_pairs(text, language) == [((SINGH, MIRZO), "bilateral")]


def test_one_side_led_or_a_side_to_be_led_is_no_meeting():
    assert held_pairs("The Tajik delegation was led by Sherali Mirzo.", "en") == []
    text = "The Tajik delegation will be led by Sherali Mirzo, while the Indian side will be led by Rajnath Singh."
    assert held_pairs(text, "en") == []


@pytest.mark.parametrize(
    "text, language",
    [
        ("राजनाथ सिंह ने बुधवार को शेर अली मिर्जा से बात की। टेलीफोन पर हुई इस बातचीत में सहयोग पर चर्चा हुई।", "hi"),
        ("Rajnath Singh held talks with Sherali Mirzo on Wednesday. In the telephone conversation, they discussed ties.", "en"),
        ("राजनाथ सिंह ने शेर अली मिर्जा से टेलीफोन पर अलग-अलग बात की।", "hi"),
    ],
)
def test_talks_the_next_sentence_or_the_verb_calls_telephonic_are_a_call(text, language):
    assert held_pairs(text, language) == [((SINGH, MIRZO), CALL)]


def test_a_woman_s_future_in_hindi_is_a_plan():
    """"मिलेंगी", "वार्ता करेंगी": the future of a minister who is a woman is a plan, as "मिलेंगे" is."""
    for text in (
        "रक्षा मंत्री निर्मला सीतारमण शुक्रवार को शेर अली मिर्जा से मिलेंगी।",
        "रक्षा मंत्री निर्मला सीतारमण शुक्रवार को शेर अली मिर्जा के साथ द्विपक्षीय वार्ता करेंगी।",
    ):
        [meeting] = run(text, "hi", THURSDAY).meetings
        assert meeting.status == PLANNED and MIRZO in meeting.participants


@pytest.mark.parametrize(
    "text, status",
    [
        # What is to come after the meeting ("होने वाले सम्मेलन", the conference to be held) is not the meeting.
        ("राजनाथ सिंह ने बुधवार को शेर अली मिर्जा से मुलाकात कर दुशांबे में होने वाले सम्मेलन का न्योता दिया।", HELD),
        ("राजनाथ सिंह शुक्रवार को शेर अली मिर्जा से मुलाकात करने वाले हैं।", PLANNED),
        ("राजनाथ सिंह और शेर अली मिर्जा के बीच होने वाली बैठक में सीमा पर चर्चा होगी।", PLANNED),
    ],
)
def test_a_participle_of_something_to_come_makes_no_plan_of_a_meeting_held(text, status):
    assert statuses(text, "hi") == [((SINGH, MIRZO), status)]


@pytest.mark.parametrize(
    "text",
    [
        "राजनाथ सिंह को बुधवार को शेर अली मिर्जा का फोन आया।",
        "राजनाथ सिंह ने बुधवार को शेर अली मिर्जा से फोन पर सीमा की स्थिति पर बात की।",
        "राजनाथ सिंह और शेर अली मिर्जा के बीच बुधवार को पहली वर्चुअल शिखर बैठक हुई।",
    ],
)
def test_a_call_received_told_by_its_medium_or_a_virtual_summit_in_hindi(text):
    """"X को Y का फोन आया" (Y called X); the medium a few words before the talk; a virtual summit: calls."""
    assert held_pairs(text, "hi") == [((SINGH, MIRZO), CALL)]


@pytest.mark.parametrize(
    "text, status",
    [
        ("राजनाथ सिंह और शेर अली मिर्जा की मुलाकात दुशांबे में हुई।", HELD),
        ("राजनाथ सिंह और शेर अली मिर्जा की बैठक में सीमा पर चर्चा हुई।", HELD),
        ("राजनाथ सिंह की शेर अली मिर्जा के साथ बैठक करीब 45 मिनट चली।", HELD),
        ("राजनाथ सिंह की शेर अली मिर्जा से यह पहली मुलाकात थी।", HELD),
        ("राजनाथ सिंह की शेर अली मिर्जा से बैठक रद्द हो गई थी।", CANCELLED),
        ("राजनाथ सिंह और शेर अली मिर्जा की बैठक अगले सप्ताह दुशांबे में होगी।", PLANNED),
    ],
)
def test_a_meeting_named_as_the_subject_is_held_by_its_verb_a_few_words_on(text, status):
    """"A और B की मुलाकात सिडनी में हुई": the meeting is the subject and its verb, words later, says it took place."""
    assert statuses(text, "hi") == [((SINGH, MIRZO), status)]


def test_a_meeting_named_as_the_subject_and_denied_is_nothing():
    assert statuses("राजनाथ सिंह और शेर अली मिर्जा की मुलाकात दुशांबे में नहीं हुई।", "hi") == []


@pytest.mark.parametrize(
    "text",
    [
        "Rajnath Singh called upon Sherali Mirzo in Dushanbe on Wednesday.",
        "Rajnath Singh made a courtesy call on Sherali Mirzo in Dushanbe.",
        "Rajnath Singh and Sherali Mirzo held brief conversations on the sidelines of the SCO meeting.",
        "Rajnath Singh and Sherali Mirzo engaged in a brief interaction in Dushanbe on Wednesday.",
        "Rajnath Singh had a pull-aside with Sherali Mirzo in Dushanbe.",
        "Delegation-level talks led by Rajnath Singh and Sherali Mirzo were held in Dushanbe on Wednesday.",
        "Rajnath Singh met the party's national president Sherali Mirzo on Wednesday.",
    ],
)
def test_more_ways_english_reports_a_meeting_held(text):
    assert held_pairs(text, "en") == [((SINGH, MIRZO), "bilateral")]


def test_talks_to_be_led_by_two_are_no_meeting_held():
    assert held_pairs("Delegation-level talks led by Rajnath Singh and Sherali Mirzo will be held on Friday.", "en") == []


def test_a_meeting_on_the_sidelines_is_planned_and_attending_a_meet_is_no_meeting():
    """"will meet on the sidelines of" is their meeting; "attend the SCO meet" names the larger event only."""
    assert statuses("Rajnath Singh and Sherali Mirzo will meet on the sidelines of the SCO meeting.", "en") == [
        ((SINGH, MIRZO), PLANNED)
    ]
    assert statuses("Sergei Shoigu and Rajnath Singh are also expected to attend the SCO meet.", "en") == []


@pytest.mark.parametrize(
    "text, language",
    [
        ("Rajnath Singh said he was delighted to meet Sherali Mirzo in Dushanbe.", "en"),
        ('"Delighted to meet Sherali Mirzo in Dushanbe today," Rajnath Singh posted on X.', "en"),
        ("राजनाथ सिंह ने कहा, ''आज दोपहर शेर अली मिर्जा से मिलकर अच्छा लगा।''", "hi"),
        ("राजनाथ सिंह ने लिखा, ''दुशांबे में शेर अली मिर्जा का स्वागत करके प्रसन्नता हुई।''", "hi"),
    ],
)
def test_the_pleasure_of_having_met_someone_is_a_meeting_held(text, language):
    assert held_pairs(text, language) == [((SINGH, MIRZO), "bilateral")]


def test_the_pleasure_of_a_meeting_to_come_is_not_one_held():
    assert held_pairs("Rajnath Singh said he would be delighted to meet Sherali Mirzo.", "en") == []
    assert held_pairs("राजनाथ सिंह ने कहा कि शेर अली मिर्जा से मिलकर उन्हें खुशी होगी।", "hi") == []


def test_two_who_met_someone_unnamed_did_not_meet_each_other():
    """… but two who met someone the text names by an office one of them holds did ("मोदी ने फ्रांसीसी राष्ट्रपति के
    साथ रोड शो किया और दोनों नेताओं ने बातचीत की")."""
    assert held_pairs("Rajnath Singh and Sherali Mirzo met the RBI Governor on Friday.", "en") == []
    assert held_pairs("Rajnath Singh and Sherali Mirzo met in Dushanbe on Friday.", "en") == [((SINGH, MIRZO), "bilateral")]


def test_a_pair_joined_by_a_hyphen_before_their_meeting_met():
    text = "राजनाथ सिंह और शेर अली मिर्जा दुशांबे पहुंचे। सिंह-मिर्जा की मुलाकात में सीमा पर बात हुई।"
    assert held_pairs(text, "hi") == [((SINGH, MIRZO), "bilateral")]


def test_the_two_leaders_after_one_named_by_office_met():
    text = "ताजिकिस्तान के रक्षा मंत्री शेर अली मिर्जा दिल्ली आए। राजनाथ सिंह ने ताजिक रक्षा मंत्री के साथ रोड शो किया और दोनों नेताओं ने द्विपक्षीय बातचीत की।"
    assert held_pairs(text, "hi") == [((SINGH, MIRZO), "bilateral")]


@pytest.mark.parametrize(
    "text",
    [
        "Rajnath Singh will begin his engagements on Wednesday when he meets Sherali Mirzo.",
        "Rajnath Singh will travel to Dushanbe on Friday, where he meets Sherali Mirzo.",
    ],
)
def test_the_present_of_a_plan_told_before_it_is_a_plan(text):
    assert statuses(text, "en") == [((SINGH, MIRZO), PLANNED)]


def test_a_delegation_that_met_someone_in_hindi_and_its_members_named_next():
    text = "एक प्रतिनिधिमंडल शुक्रवार को शेर अली मिर्जा से मिला। प्रतिनिधिमंडल में राजनाथ सिंह शामिल थे।"
    assert held_pairs(text, "hi") == [((SINGH, MIRZO), "bilateral")]


@pytest.mark.parametrize(
    "text",
    [
        "राजनाथ सिंह और शेर अली मिर्जा अगले सप्ताह बैठक करेंगे।",
        "राजनाथ सिंह और शेर अली मिर्जा आज द्विपक्षीय बैठक करने जा रहे हैं।",
    ],
)
def test_two_coordinated_subjects_with_no_ergative_plan_their_meeting(text):
    """"A और B … बैठक करेंगे": a subject with no "ने" and the one coordinated with it meet."""
    assert statuses(text, "hi") == [((SINGH, MIRZO), PLANNED)]


@pytest.mark.parametrize(
    "text, status, participants",
    [
        ("Rajnath Singh and Sherali Mirzo will hold a virtual summit on Thursday.", PLANNED, (SINGH, MIRZO)),
        ("During the visit, Rajnath Singh and Sherali Mirzo will review the entire range of bilateral ties.", PLANNED,
         (SINGH, MIRZO)),
        ("The meeting of Rajnath Singh, Sherali Mirzo and Sergei Shoigu took place at a hotel in Dushanbe.", HELD,
         (SINGH, MIRZO, SHOIGU)),
    ],
)
def test_a_summit_to_hold_ties_to_review_and_a_meeting_of_several_that_took_place(text, status, participants):
    assert statuses(text, "en") == [(participants, status)]


def test_those_who_will_attend_someone_s_meeting_do_not_meet_each_other():
    text = "राजनाथ सिंह सोमवार को मुख्यमंत्रियों से मिलेंगे। शेर अली मिर्जा और सर्गेई शोइगु इस बैठक में शामिल होंगे।"
    assert (MIRZO, SHOIGU) not in [participants for participants, _ in statuses(text, "hi")]


@pytest.mark.parametrize(
    "text, status",
    [
        ("राजनाथ सिंह ने बुधवार को शेर अली मिर्जा के सम्मान में राजकीय भोज की मेजबानी की।", HELD),
        ("राजनाथ सिंह बुधवार को शेर अली मिर्जा के सम्मान में रात्रिभोज की मेजबानी करेंगे।", PLANNED),
    ],
)
def test_a_banquet_hosted_in_someone_s_honour(text, status):
    assert statuses(text, "hi") == [((SINGH, MIRZO), status)]


@pytest.mark.parametrize(
    "text, status",
    [
        ("राजनाथ सिंह की दुशांबे में शेर अली मिर्जा से मुलाकात हुई।", HELD),
        ("सूत्रों के मुताबिक राजनाथ सिंह की दुशांबे में शेर अली मिर्जा से मुलाकात टल गई है।", CANCELLED),
    ],
)
def test_the_place_between_a_meeting_s_owner_and_its_guest(text, status):
    assert statuses(text, "hi") == [((SINGH, MIRZO), status)]


def test_looking_forward_to_meeting_someone_is_a_plan():
    assert statuses("Rajnath Singh said he was looking forward to meeting Sherali Mirzo.", "en") == [
        ((SINGH, MIRZO), PLANNED)
    ]
