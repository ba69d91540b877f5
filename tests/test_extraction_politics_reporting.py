"""Meetings and names as Indian political and diplomatic copy writes them: a counterpart "from" a country, two
who "exchanged views", a chief minister who "visited" ministers named after their ministries ("Road Transport and
Highways Minister X"), party leaders written with initials run together ("BL Santosh"), a party office's branch in
brackets, and Hindi "Y से मिलकर …" (having met Y). Sentences written for these tests, after structures seen in
published reports."""

import pytest
from test_extraction_world import INDIA, KHRENIN, SINGH, meetings, people, run, world

from articles.extraction.gazetteer import PERSON, PLACE, PlaceFact
from articles.extraction.matching import SAME, compare_names

HELD, BILATERAL = "held", "bilateral"
GADKARI, SHAH, GANDHI, MURMU, AMRITSAR, UTTAR_PRADESH = 201, 202, 203, 204, 301, 302


def known_india():
    """The world, with a few Indian politicians and places the archive's starter gazetteer knows."""
    gazetteer = world()
    for person_id, names in (
        (GADKARI, ["Nitin Gadkari", "नितिन गडकरी"]),
        (SHAH, ["Amit Shah", "अमित शाह"]),
        (GANDHI, ["Rahul Gandhi", "राहुल गांधी"]),
        (MURMU, ["Droupadi Murmu", "द्रौपदी मुर्मू"]),
    ):
        for name in names:
            gazetteer.add(PERSON, person_id, name)
    gazetteer.set_place(AMRITSAR, PlaceFact("Amritsar", "city", INDIA))
    gazetteer.add(PLACE, AMRITSAR, "Amritsar")
    gazetteer.set_place(UTTAR_PRADESH, PlaceFact("Uttar Pradesh", "region", INDIA))
    for alias in ("Uttar Pradesh", "UP", "उत्तर प्रदेश"):
        gazetteer.add(PLACE, UTTAR_PRADESH, alias)
    return gazetteer


def held_pairs(text, language="en"):
    extraction = run(text, language, gazetteer=known_india())
    return sorted(participants for participants, status, _ in meetings(extraction) if status == HELD)


def test_a_counterpart_from_a_country_named_after_a_comma_is_met():
    text = "Defence Minister Rajnath Singh on Monday met his counterpart from Belarus, Pavel Muraveiko, in Minsk."
    assert held_pairs(text) == [(str(SINGH), "Pavel Muraveiko")]


def test_two_who_exchanged_views_met():
    text = "Rajnath Singh and Belarusian Defence Minister Viktor Khrenin exchanged views on regional security."
    assert meetings(run(text, "en")) == [(tuple(sorted((str(SINGH), str(KHRENIN)))), HELD, BILATERAL)]


def test_exchanging_views_alone_is_nobodys_meeting():
    assert held_pairs("Rajnath Singh exchanged views on the economy at the conclave.") == []


def test_an_office_named_after_its_ministry_before_the_name_does_not_hide_whom_a_chief_minister_met():
    text = "Later, Chief Minister Bhagwant Mann met Road Transport and Highways Minister Nitin Gadkari on Monday."
    assert held_pairs(text) == [(str(GADKARI), "Bhagwant Mann")]


def test_visiting_two_ministers_is_a_meeting_with_each():
    text = (
        "Later, Chief Minister Bhagwant Mann visited Road Transport and Highways Minister Nitin Gadkari and Jal "
        "Shakti Minister Gajendra Singh Shekhawat and discussed state projects."
    )
    assert held_pairs(text) == [(str(GADKARI), "Bhagwant Mann"), ("Bhagwant Mann", "Gajendra Singh Shekhawat")]


@pytest.mark.parametrize(
    "text",
    [
        "Chief Minister Bhagwant Mann visited Amritsar with Union Minister Nitin Gadkari on Monday.",
        "Chief Minister Bhagwant Mann visited New Delhi on Monday. Union Minister Nitin Gadkari was in Mumbai.",
    ],
)
def test_visiting_a_place_is_no_meeting(text):
    assert held_pairs(text) == []


def test_initials_written_together_before_a_family_name_are_a_person():
    found = people(run("On Monday, BL Santosh met state leaders in Bengaluru.", "en"))
    assert found == {"BL Santosh": {"BL Santosh"}}


@pytest.mark.parametrize(
    "text", ["UP Police arrested two men on Monday.", "The AI Summit opened in Paris on Monday."]
)
def test_a_states_or_a_fields_acronym_before_a_body_or_an_event_is_no_person(text):
    assert people(run(text, "en")) == {}  # not even where the archive does not know "UP" as a state


def test_a_party_offices_branch_in_brackets_is_part_of_the_title():
    text = "Rajnath Singh also met the party's general secretary (organisation) Bhupender Yadav on Monday."
    assert held_pairs(text) == [(str(SINGH), "Bhupender Yadav")]


def test_initials_that_differ_are_never_surely_the_same_person():
    assert compare_names("R K Singh", "R. C. P. Singh").verdict != SAME
    assert compare_names("T R Baalu", "T. R. Baalu").verdict == SAME


def test_a_hindi_converb_of_meeting_then_a_past_verb_is_a_held_meeting():
    text = "बाद में वाणिज्य मंत्री पीयूष गोयल ने प्रधानमंत्री नरेंद्र मोदी से मिलकर उन्हें वार्ता की जानकारी दी।"
    assert held_pairs(text, "hi") == [("नरेंद्र मोदी", "पीयूष गोयल")]


@pytest.mark.parametrize(
    "text",
    [
        "मुख्यमंत्री योगी आदित्यनाथ ने केंद्रीय मंत्री अमित शाह के साथ मिलकर योजना का शुभारंभ किया।",  # together with
        "कांग्रेस नेता राहुल गांधी राष्ट्रपति द्रौपदी मुर्मू से मिलकर अपनी बात रखेंगे।",  # still to come
        "यह समिति तीन सदस्यों से मिलकर बनी है।",  # what a thing is made of
    ],
)
def test_hindi_together_with_a_plan_or_a_make_up_is_no_held_meeting(text):
    assert held_pairs(text, "hi") == []


def test_deliberating_with_someone_in_hindi_is_a_meeting_alone_it_is_none():
    together = "मुख्यमंत्री योगी आदित्यनाथ ने गृह मंत्री अमित शाह के साथ मंत्रिमंडल विस्तार पर भी मंथन किया।"
    assert held_pairs(together, "hi") == [(str(SHAH), "योगी आदित्यनाथ")]
    assert held_pairs("मुख्यमंत्री योगी आदित्यनाथ ने चुनाव परिणामों पर मंथन किया।", "hi") == []


def kinds_of_held(text):
    extraction = run(text, "en", gazetteer=known_india())
    return sorted((participants, kind) for participants, status, kind in meetings(extraction) if status == HELD)


def test_an_invitation_during_a_phone_conversation_is_a_call_of_the_two():
    text = "Rajnath Singh has invited his Belarusian counterpart, Viktor Khrenin, during a phone conversation on Monday."
    assert kinds_of_held(text) == [(tuple(sorted((str(SINGH), str(KHRENIN)))), "call")]


def test_an_invitation_in_a_speech_is_no_call():
    assert kinds_of_held("Rajnath Singh invited Viktor Khrenin to the expo during a speech in Parliament.") == []


def test_two_who_sat_down_for_a_meeting_met():
    text = "Rajnath Singh and Viktor Khrenin on Friday sat down for a bilateral meeting in Minsk."
    assert kinds_of_held(text) == [(tuple(sorted((str(SINGH), str(KHRENIN)))), BILATERAL)]


def test_guests_received_by_hosts_respectively_pair_in_order():
    text = (
        "Defence Minister Viktor Khrenin and Italian Defence Minister Guido Crosetto were received at the airport by "
        "Union Ministers Shobha Karandlaje and Darshana Jardosh, respectively."
    )
    assert held_pairs(text) == [(str(KHRENIN), "Shobha Karandlaje"), ("Darshana Jardosh", "Guido Crosetto")]


def test_union_ministers_named_together_are_people_not_a_body():
    extraction = run("Guests were received by Union Ministers Shobha Karandlaje and Darshana Jardosh.", "en")
    assert sorted(people(extraction)) == ["Darshana Jardosh", "Shobha Karandlaje"]
    assert extraction.organisations == []


def test_a_demonym_before_an_office_is_not_the_end_of_a_companys_name():
    text = "President Abdel Fattah El-Sisi received at Cairo Airport Turkish President Recep Tayyip Erdogan on Friday."
    assert run(text, "en").organisations == []


def test_a_comma_and_a_new_subject_with_its_own_verb_is_a_second_meeting():
    text = "Rajnath Singh met Kurt Campbell, and Ajit Doval had a meeting with Jake Sullivan."
    assert held_pairs(text) == [(str(SINGH), "Kurt Campbell"), ("Ajit Doval", "Jake Sullivan")]


def test_hindi_respectively_pairs_in_order():
    text = (
        "रक्षा मंत्री राजनाथ सिंह और मुख्यमंत्री योगी आदित्यनाथ ने क्रमशः बेलारूस के रक्षा मंत्री विक्टर ख्रेनिन और"
        " गृह मंत्री अमित शाह से मुलाकात की।"
    )
    assert held_pairs(text, "hi") == [(str(SINGH), str(KHRENIN)), (str(SHAH), "योगी आदित्यनाथ")]
