"""Organisations new to the archive, the known ones under other names, and which body is part of which."""

import pytest
from test_extraction_world import BELARUS, CHINA, INDIA, INDIAN_MOD, NATO, RATS, RUSSIA, SCO, TAJIKISTAN, TWITTER, run

from test_extraction_world import world

from articles.extraction.gazetteer import ORGANISATION, PLACE, OrganisationFact, PlaceFact
from articles.extraction.languages import hi
from articles.extraction.organisations import spell_acronym


def found(extraction):
    """``{name: (organisation id or None, kind, acronym, country, parent)}`` of every body read."""
    result = {}
    for find in extraction.organisations:
        parent = find.parent
        if parent is not None and not isinstance(parent, int):
            parent = parent.name
        result[find.name] = (find.organisation_id, find.kind, find.acronym, find.country_id, parent)
    return result


def mentions(extraction):
    return {(m.entity_id, m.surface) for m in extraction.mentions if m.kind == ORGANISATION}


def test_devanagari_acronyms_are_read_letter_by_letter():
    letters = sorted(hi.LETTER_NAMES.items(), key=lambda item: -len(item[0]))
    assert spell_acronym(letters, "एससीओ") == "SCO"
    assert spell_acronym(letters, "आरएटीएस") == "RATS"
    assert spell_acronym(letters, "सीएसटीओ") == "CSTO"
    assert spell_acronym(letters, "भाजपा") == ""  # a syllabic abbreviation, not letters


def test_a_full_name_with_its_acronym_defines_a_new_organisation():
    extraction = run(
        "Members of the Collective Security Treaty Organization (CSTO) met. Later the CSTO said more.", "en"
    )
    assert found(extraction) == {
        "Collective Security Treaty Organization": (None, "intergovernmental", "CSTO", None, None)
    }
    (csto,) = extraction.new_organisations
    assert csto.aliases == ["Collective Security Treaty Organization", "CSTO"]
    assert {surface for _, surface in mentions(extraction)} == {"Collective Security Treaty Organization", "CSTO"}


def test_an_acronym_of_initials_only_takes_every_word_it_is_the_initials_of():
    # "Private PartnershiP Authority" spells PPPA too, with a second letter of a word: the initials come first.
    extraction = run("The Public Private Partnership Authority (PPPA) held a signing ceremony on Sunday.", "en")
    assert list(found(extraction)) == ["Public Private Partnership Authority"]


def test_the_hindi_definition_ties_the_hindi_name_to_the_latin_acronym():
    extraction = run("सामूहिक सुरक्षा संधि संगठन (सीएसटीओ) की बैठक हुई.", "hi")
    (csto,) = extraction.new_organisations
    assert (csto.name, csto.acronym) == ("सामूहिक सुरक्षा संधि संगठन", "CSTO")
    assert csto.aliases == ["सामूहिक सुरक्षा संधि संगठन", "सीएसटीओ", "CSTO"]


def test_an_and_inside_a_hindi_name_short_of_the_acronyms_letters_is_part_of_it():
    extraction = run("रक्षा अनुसंधान एवं विकास संगठन (डीआरडीओ) के वैज्ञानिक मौजूद थे.", "hi")
    (drdo,) = extraction.new_organisations
    assert (drdo.name, drdo.acronym) == ("रक्षा अनुसंधान एवं विकास संगठन", "DRDO")
    # When the letters are spelled before the "and", the "and" is outside the name.
    extraction = run("भारत और शंघाई सहयोग संगठन (एससीओ) के सदस्य मिले.", "hi")
    assert [o.name for o in extraction.new_organisations] in ([], ["शंघाई सहयोग संगठन"])


def test_a_known_body_defined_again_is_that_body():
    extraction = run("दुशान्बे में शंघाई सहयोग संगठन (एससीओ) का सम्मेलन हुआ.", "hi")
    assert extraction.new_organisations == []
    assert mentions(extraction) == {(SCO, "शंघाई सहयोग संगठन"), (SCO, "एससीओ")}
    extraction = run("The Shanghai Cooperation Organization (SCO) met.", "en")  # US spelling of a known body
    assert extraction.new_organisations == []
    assert {find.organisation_id for find in extraction.organisations} == {SCO}


def test_an_acronym_in_brackets_that_does_not_spell_the_words_before_it_is_no_definition():
    assert run("The general met the press (AP) on Monday.", "en").organisations == []


def test_ministries_are_read_with_their_country():
    extraction = run("Tajikistan's Ministry of Defence and the Belarusian Defence Ministry issued statements.", "en")
    assert found(extraction) == {
        "Ministry of Defence (Tajikistan)": (None, "ministry", "", TAJIKISTAN, None),
        "Ministry of Defence (Belarus)": (None, "ministry", "", BELARUS, None),
    }
    belarus = next(f for f in extraction.organisations if f.country_id == BELARUS)
    assert belarus.aliases == ["Belarusian Defence Ministry"]  # the name as written, with its country
    extraction = run("चीन के रक्षा मंत्रालय ने बयान जारी किया.", "hi")
    assert found(extraction) == {"Ministry of Defence (China)": (None, "ministry", "", CHINA, None)}


def test_an_unqualified_ministry_is_the_home_countrys():
    extraction = run("रक्षा मंत्रालय ने ट्वीट किया.", "hi")
    assert found(extraction) == {"Ministry of Defence (India)": (INDIAN_MOD, "ministry", "", INDIA, None)}
    assert mentions(extraction) == {(INDIAN_MOD, "रक्षा मंत्रालय")}
    extraction = run("The Defence Ministry said the talks went well.", "en")
    assert {find.organisation_id for find in extraction.organisations} == {INDIAN_MOD}


def test_armed_forces_need_a_country():
    extraction = run("The Indian Army and Tajikistan's Air Force trained together; the army said so.", "en")
    assert found(extraction) == {
        "Army (India)": (None, "armed_force", "", INDIA, None),
        "Air Force (Tajikistan)": (None, "armed_force", "", TAJIKISTAN, None),
    }
    extraction = run("भारतीय सेना और चीनी नौसेना ने अभ्यास किया.", "hi")
    assert set(found(extraction)) == {"Army (India)", "Navy (China)"}


def test_councils_and_other_named_bodies():
    extraction = run("The National Security Council met. Later the European Union Council spoke.", "en")
    assert set(found(extraction)) == {"National Security Council", "European Union Council"}
    extraction = run("भारत की राष्ट्रीय सुरक्षा परिषद ने बैठक की.", "hi")
    assert found(extraction) == {"राष्ट्रीय सुरक्षा परिषद": (None, "legislature", "", INDIA, None)}


def test_a_body_that_belongs_to_another_gets_it_as_parent():
    extraction = run("The Joint Staff (JS) of the SCO met on Monday.", "en")
    assert found(extraction)["Joint Staff"][4] == SCO
    extraction = run("The Joint Staff (JS) of the Collective Security Treaty Organization (CSTO) met.", "en")
    assert found(extraction)["Joint Staff"][4] == "Collective Security Treaty Organization"
    extraction = run("NATO's Joint Warfare Centre (JWC) trains officers.", "en")
    assert found(extraction)["Joint Warfare Centre"][4] == NATO
    extraction = run("एससीओ और इसके संयुक्त कर्मचारी संगठन (जेएसओ) ने बैठक की.", "hi")
    assert found(extraction)["संयुक्त कर्मचारी संगठन"][4] == SCO


def test_known_bodies_keep_their_parent_and_are_not_read_again():
    extraction = run("India deepened ties with the SCO and its Regional Anti-Terrorist Structure (RATS).", "en")
    assert extraction.new_organisations == []
    assert (RATS, "RATS") in mentions(extraction)


@pytest.mark.parametrize(
    "text, language",
    [
        ("Taking to Twitter, he said the army was ready.", "en"),
        ("The meeting of the defence ministers of the member states began.", "en"),
        ("Tajikistan is chair of the grouping this year.", "en"),
        ("सेना ने कहा कि तैयारी पूरी है.", "hi"),
        ("ताजिकिस्तान इस साल अध्यक्षता कर रहा है.", "hi"),
    ],
)
def test_no_false_organisations(text, language):
    assert run(text, language).new_organisations == []


@pytest.mark.parametrize(
    "text, language",
    [
        ("Troops on both sides of the Line of Actual Control (LAC) stayed in place.", "en"),
        ("The two countries signed the Basic Exchange and Cooperation Agreement (BECA) last year.", "en"),
        ("Both sides respect the Treaty on Open Waters (TOW) in full.", "en"),
        ("वास्तविक नियंत्रण रेखा (एलएसी) पर शांति बनी रही.", "hi"),
        ("दोनों देशों ने मुक्त व्यापार समझौता (एफटीए) किया.", "hi"),
    ],
)
def test_a_line_or_an_agreement_defined_with_an_acronym_is_no_organisation(text, language):
    assert run(text, language).organisations == []


@pytest.mark.parametrize(
    "text, language",
    [
        ("The Light Combat Aircraft (LCA) and an Unmanned Aerial Vehicle (UAV) flew over Minsk.", "en"),
        ("The Main Battle Tank (MBT) fired a Beyond Visual Range (BVR) round.", "en"),
        ("The Goods and Services Tax (GST) and the Minimum Support Price (MSP) were discussed.", "en"),
        ("Foreign Direct Investment (FDI) rose and the Human Development Index (HDI) improved.", "en"),
        ("India backs the Sustainable Development Goals (SDG) in full.", "en"),
        ("हल्का लड़ाकू विमान (एलसीए) मिन्स्क के ऊपर उड़ा.", "hi"),
        ("वस्तु एवं सेवा कर (जीएसटी) और न्यूनतम समर्थन मूल्य (एमएसपी) पर चर्चा हुई.", "hi"),
        ("सतत विकास लक्ष्य (एसडीजी) पर भारत कायम है.", "hi"),
    ],
)
def test_a_machine_a_measure_or_a_goal_defined_with_an_acronym_is_no_organisation(text, language):
    """Defence and economic news define aircraft, missiles, taxes, prices and indices with acronyms, as they
    define bodies: a head word of those things is no body's."""
    assert run(text, language).new_organisations == []


def test_english_connectors_written_in_devanagari_give_a_hindi_acronym_no_letter():
    extraction = run("यूरोपियन बैंक फॉर रिकन्स्ट्रक्शन एंड डेवलपमेंट (ईबीआरडी) में भारत शामिल हुआ.", "hi")
    (bank,) = extraction.new_organisations
    assert (bank.name, bank.acronym) == ("यूरोपियन बैंक फॉर रिकन्स्ट्रक्शन एंड डेवलपमेंट", "EBRD")


def test_a_word_inside_a_known_bodys_name_heads_no_body_of_its_own():
    extraction = run("Leaders of the North Atlantic Treaty Organization met in Minsk.", "en")
    assert found(extraction) == {}
    assert mentions(extraction) == {(NATO, "North Atlantic Treaty Organization")}


@pytest.mark.parametrize(
    ("text", "language", "linked"),
    [
        ("Taking to Twitter, the minister said talks went well.", "en", False),
        ("Singh said on Twitter that the talks went well.", "en", False),
        ("Twitter suspended the account on Monday.", "en", True),
        ("रक्षा मंत्री ने ट्विटर पर लिखा कि बातचीत अच्छी रही।", "hi", False),
        ("ट्विटर ने खाता बंद कर दिया।", "hi", True),
    ],
)
def test_a_social_network_named_as_the_medium_of_a_statement_is_no_body_the_story_names(text, language, linked):
    assert ((TWITTER, "Twitter") in mentions(run(text, language)) or (TWITTER, "ट्विटर") in mentions(run(text, language))) == linked


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("Pakistan's Foreign Ministry issued a statement.", "en", "Ministry of Foreign Affairs (Pakistan)"),
        ("The Russian Foreign Ministry said so.", "en", "Ministry of Foreign Affairs (Russia)"),
        ("रूस के विदेश मंत्रालय ने कहा।", "hi", "Ministry of Foreign Affairs (Russia)"),
        ("The Ministry of External Affairs said so.", "en", "Ministry of External Affairs (India)"),
    ],
)
def test_a_foreign_ministry_is_named_as_its_country_names_it(text, language, name):
    assert [f.name for f in run(text, language).organisations] == [name]


def test_a_dateline_s_date_before_an_agency_the_gazetteer_lacks_is_no_body():
    extraction = run("दुशांबे, 27 अप्रैल (एपी) ताजिकिस्तान के रक्षा मंत्री ने शुक्रवार को बयान जारी किया।", "hi")
    assert not any("अप्रैल" in alias for find in extraction.organisations for alias in [find.name, *find.aliases])


def test_a_diplomatic_mission_is_its_countrys_and_its_host_citys():
    extraction = run(
        "A spokesperson for the Russian embassy in New Delhi said the High Commission of India in Minsk and "
        "Tajikistan's embassy would stay open; the embassy gave no reason.",
        "en",
    )
    assert found(extraction) == {
        "Embassy of Russia in New Delhi": (None, "government", "", RUSSIA, None),
        "High Commission of India in Minsk": (None, "government", "", INDIA, None),
        "Embassy of Tajikistan": (None, "government", "", TAJIKISTAN, None),
    }
    hindi = run("मिन्स्क स्थित भारतीय दूतावास और नई दिल्ली में रूसी दूतावास ने बयान जारी किया; दूतावास ने कहा कि …", "hi")
    assert set(found(hindi)) == {"Embassy of India in Minsk", "Embassy of Russia in New Delhi"}
    assert {tuple(f.aliases) for f in hindi.organisations} == {("भारतीय दूतावास",), ("रूसी दूतावास",)}


@pytest.mark.parametrize(
    "text",
    [
        "General Manoj Pande, Chief of Army Staff (COAS), arrived in Dhaka.",
        "Ajit Doval, National Security Advisor (NSA), met the delegation.",
        "He met delegates in Vladivostok for the Eastern Economic Forum in September.",
        "The Joint Working Group will meet next month.",
    ],
)
def test_offices_cities_and_mechanisms_are_no_new_bodies(text):
    assert [f.name for f in run(text, "en").new_organisations if f.name != "Eastern Economic Forum"] == []


@pytest.mark.parametrize(
    ("text", "language", "linked"),
    [
        ("The White House said the talks were useful.", "en", True),
        ("Singh and Austin held talks at the White House on Monday.", "en", False),
        ("व्हाइट हाउस ने कहा कि बातचीत उपयोगी रही।", "hi", True),
        ("दोनों नेताओं की व्हाइट हाउस में मुलाकात हुई।", "hi", False),
    ],
)
def test_a_body_named_by_its_building_is_a_venue_after_at(text, language, linked):
    from articles.extraction.gazetteer import OrganisationFact
    from test_extraction_world import world

    gazetteer = world()
    gazetteer.set_organisation(90, OrganisationFact("White House", "", "government", None, None))
    for name in ("White House", "व्हाइट हाउस"):
        gazetteer.add(ORGANISATION, 90, name)
    found = {m.entity_id for m in run(text, language, gazetteer=gazetteer).mentions if m.kind == ORGANISATION}
    assert (90 in found) == linked


def test_a_generic_house_and_a_former_name_of_a_medium_are_no_bodies():
    from test_extraction_world import run as run_world

    found = run_world(
        "Rajnath Singh posted the video on X, formerly Twitter. The House assembled on Wednesday "
        "for the session. Twitter suspended the account.",
        "en",
    )
    organisations = [m.surface for m in found.mentions if m.kind == "organisation"]
    assert organisations == ["Twitter"]  # the company the story is about, once


def test_an_office_of_a_body_is_no_body_and_a_defined_body_is_not_split_by_its_demonym():
    from test_extraction_world import run as run_world

    found = run_world(
        "Rajnath Singh was hosted by the Royal Tajik Navy's chief. He met Sherali Mirzo, Vice Chief of "
        "Tajik Defence Forces, and the Secretary of the Tajik National Security Council. Later he visited "
        "the Royal Tajik Navy (RTN) base.",
        "en",
    )
    names = {organisation.name for organisation in found.new_organisations}
    assert "Royal Tajik Navy" in names
    assert not any(name.startswith(("Vice Chief", "Secretary")) for name in names), names
    assert not any("Navy (" in name for name in names), names  # no "Tajik Navy" beside the Royal one


def test_an_acronym_used_without_a_definition_is_the_body_whose_initials_it_spells():
    extraction = run(
        "The Tajikistan Air Force held drills with the Indian Air Force on Monday. The IAF said the drills went well.",
        "en",
    )
    indian = next(f for f in extraction.organisations if f.country_id == INDIA)
    assert "IAF" in indian.aliases
    assert (indian.key, "IAF") in mentions(extraction)
    assert "IAF" not in found(extraction)  # not a body of its own


def test_an_acronym_two_bodies_of_the_story_could_spell_belongs_to_neither():
    extraction = run(
        "The Indian Air Force and the Indian Armed Forces held drills on Monday. The IAF said the drills went well.",
        "en",
    )
    assert all("IAF" not in f.aliases for f in extraction.organisations if f.name != "IAF")


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("India's Department of Space signed a pact on Monday.", "Department of Space (India)", INDIA),
        ("The Ministry of Health said cases rose.", "Ministry of Health (India)", INDIA),  # the home country's
        ("The Department of Transportation said trains were late.", "Department of Transportation", None),
        ("The Tajikistan Foreign Office spokesman said so.", "Ministry of Foreign Affairs (Tajikistan)", TAJIKISTAN),
        (
            "The Commission for the Investigation of Abuse of Authority filed a case on Monday.",
            "Commission for the Investigation of Abuse of Authority",
            None,
        ),
    ],
)
def test_a_body_named_head_first_keeps_the_words_after_its_head(text, name, country):
    bodies = {f.name: f.country_id for f in run(text, "en").organisations}
    assert name in bodies
    assert bodies[name] == country


@pytest.mark.parametrize(
    "text",
    [
        "Chiefs of the two Air Forces discussed training on Monday.",
        "Armed Forces personnel paraded on Monday.",
        "The Union of India told the court on Monday that it would reply.",
        "The Legislative Assembly on Wednesday passed the bill.",
    ],
)
def test_a_kind_of_body_or_a_country_is_no_new_body(text):
    names = [f.name for f in run(text, "en").new_organisations]
    assert not any(name in ("Air Forces", "Armed Forces", "Union of India") or "Wednesday" in name for name in names)


def test_one_letter_in_brackets_defines_no_body():
    extraction = run("नयी दिल्ली, 26 जुलाई (ए) राजनाथ सिंह ने मंगलवार को शेर अली मिर्जा से मुलाकात की।", "hi")
    assert extraction.new_organisations == []  # "(ए)" credits an agency; "जुलाई" is no body


@pytest.mark.parametrize(
    "text",
    [
        "Rajnath Singh inspected a Guard of Honour on Monday.",
        "Seats are reserved for Scheduled Caste candidates, the Union said on Monday.",
        "Leaders of the Global South met on Monday to discuss the Free and Open Indo-Pacific.",
    ],
)
def test_ceremonies_categories_and_concepts_are_no_bodies(text):
    assert run(text, "en").new_organisations == []


def test_a_name_inside_a_web_address_is_no_mention():
    extraction = run("Singh met Mirzo. pic.twitter.com/Bw1AqQeAk1 — ANI (@ANI) June 13, 2019", "en")
    assert TWITTER not in {m.entity_id for m in extraction.mentions if m.kind == ORGANISATION}
    extraction = run("The Governor posted photographs of the meeting on his Twitter handle.", "en")
    assert TWITTER not in {m.entity_id for m in extraction.mentions if m.kind == ORGANISATION}


def test_an_unqualified_ministry_is_the_home_countrys_only_in_a_story_of_it():
    indian = run("Rajnath Singh spoke in New Delhi. The Defence Ministry said the talks went well.", "en")
    assert [f.organisation_id for f in indian.organisations] == [INDIAN_MOD]
    foreign = run("Sherali Mirzo met Wei Fenghe in Dushanbe. The Defence Ministry said the talks went well.", "en")
    assert foreign.organisations == []  # whose ministry, a story of Tajikistan and China does not say


def test_an_offices_modifier_alone_is_no_body():
    text = "Taking to Twitter, Additional Directorate General of Public Information said the talks went well."
    assert "Additional" not in [f.name for f in run(text, "en").new_organisations]


def test_a_country_given_with_its_short_name_is_no_body():
    """"the United States (US)" defines no organisation: the short name is the country wherever it stands."""
    extraction = run("Officials of the United States (US) met Rajnath Singh in New Delhi. The US said so.", "en")
    assert found(extraction) == {}
    places = [(m.entity_id, m.surface) for m in extraction.mentions if m.kind == "place"]
    assert places.count((6, "US")) == 2


@pytest.mark.parametrize(
    "text",
    [
        "The ships INS Sahyadri and HMAS Warramunga sailed from Darwin together on Monday.",
        "The navies held the Flagship Exercise Kakadu Tarang off Darwin under a new Technical Arrangement.",
        "The Chief Minister reviewed the Metro Rail Project and the Smart Roads Project in Lucknow.",
    ],
)
def test_ships_exercises_and_projects_are_no_bodies(text):
    assert found(run(text, "en")) == {}


@pytest.mark.parametrize(
    "text",
    ["गलवान में भारत और चीन की सेनाओं के बीच झड़प हुई।", "गलवान में भारतीय और चीनी सेनाओं के बीच झड़प हुई।"],
)
def test_the_forces_of_two_countries_in_the_plural_are_both_bodies_in_hindi(text):
    bodies = found(run(text, "hi"))
    assert {name: (kind, country) for name, (_, kind, _, country, _) in bodies.items()} == {
        "Army (India)": ("armed_force", INDIA),
        "Army (China)": ("armed_force", CHINA),
    }


def test_an_air_force_written_in_english_words_in_hindi():
    bodies = found(run("ताजिकिस्तान की एयर फोर्स के प्रमुख ने भारतीय वायुसेना के प्रमुख से मुलाकात की।", "hi"))
    assert sorted(bodies) == ["Air Force (India)", "Air Force (Tajikistan)"]


def test_an_agency_credited_by_its_hindi_service_is_the_agency():
    """"(भाषा)" in a dateline and "इनपुट: भाषा" credit PTI; "भाषा" in prose is a language."""
    gazetteer = world()
    gazetteer.set_organisation(50, OrganisationFact("Press Trust of India", "PTI", "media", INDIA, None))
    gazetteer.add(ORGANISATION, 50, "PTI")
    text = "नयी दिल्ली, 18 दिसंबर (भाषा) राजनाथ सिंह ने हिंदी भाषा में भाषण दिया। इनपुट: भाषा"
    credits = [(m.entity_id, m.start) for m in run(text, "hi", gazetteer=gazetteer).mentions if m.kind == ORGANISATION]
    assert credits == [(50, text.index("(भाषा)") + 1), (50, text.rindex("भाषा"))]


def test_a_company_named_after_its_officers_of_starts_after_it():
    """"Piyush Gupta, CEO and MD of Development Bank of Singapore Limited": the bank, not "CEO and MD of …"."""
    text = "He met Piyush Gupta, CEO and MD of Development Bank of Singapore Limited, in Mumbai on Monday."
    names = [o.name for o in run(text, "en").organisations]
    assert "Development Bank of Singapore Limited" in names
    assert not any(name.startswith(("CEO", "MD")) for name in names)


def test_a_body_named_after_its_countrys_possessive_is_that_countrys_body_without_it():
    names = [o.name for o in run("Belarus's Air Defence Force held a drill with Rajnath Singh watching.", "en").organisations]
    assert "Air Defence Force" in names
    assert not any(name.startswith("Belarus") for name in names)


def _with_democratic_party():
    gazetteer = world()
    gazetteer.set_organisation(91, OrganisationFact("Democratic Party", "", "party", 6, None))  # the US party
    gazetteer.add(ORGANISATION, 91, "Democratic Party")
    return gazetteer


@pytest.mark.parametrize(
    "text, name",
    [
        ("The Kurdistan Democratic Party said on Monday it had taken the town.", "Kurdistan Democratic Party"),
        ("Leaders of the Liberal Democratic Party met in Tokyo on Monday.", "Liberal Democratic Party"),
    ],
)
def test_a_known_bodys_name_after_another_place_or_word_is_another_body(text, name):
    extraction = run(text, "en", gazetteer=_with_democratic_party())
    assert name in [o.name for o in extraction.organisations]
    assert 91 not in {m.entity_id for m in extraction.mentions if m.kind == ORGANISATION}


def test_a_known_body_after_its_own_country_is_the_known_body():
    extraction = run("The US Democratic Party said on Monday it would win.", "en", gazetteer=_with_democratic_party())
    assert 91 in {m.entity_id for m in extraction.mentions if m.kind == ORGANISATION}
    assert extraction.organisations == []


@pytest.mark.parametrize(
    "text, name",
    [
        ("Shares of the company fell on the Bombay Stock Exchange on Friday.", "Bombay Stock Exchange"),
        ("The official China Daily said on Friday the plan was approved.", "China Daily"),
    ],
)
def test_a_place_inside_a_bodys_name_is_part_of_the_name(text, name):
    gazetteer = world()
    gazetteer.set_place(70, PlaceFact("Bombay", "city", INDIA))
    gazetteer.add(PLACE, 70, "Bombay")
    extraction = run(text, "en", gazetteer=gazetteer)
    assert name in [o.name for o in extraction.organisations]
    assert not [m for m in extraction.mentions if m.kind == PLACE]


def test_an_event_named_like_a_body_is_no_body():
    text = "Rajnath Singh spoke at the India Energy Week and at the Davis Cup final in New Delhi."
    names = [o.name for o in run(text, "en").organisations]
    assert not any("Week" in name or "Cup" in name for name in names)


@pytest.mark.parametrize(
    "text, name",
    [
        ("भारतीय कृषि अनुसंधान परिषद ने गेहूं की नई किस्म जारी की।", "भारतीय कृषि अनुसंधान परिषद"),
        ("भारतीय मानक ब्यूरो ने हेलमेट के नियम बदले।", "भारतीय मानक ब्यूरो"),
    ],
)
def test_a_hindi_bodys_name_keeps_the_demonym_written_before_it(text, name):
    (body,) = run(text, "hi").organisations
    assert (body.name, body.country_id) == (name, INDIA)


@pytest.mark.parametrize(
    "text, name, language",
    [
        ("Rajnath Singh spoke at Harvard University on Monday.", "Harvard University", "en"),
        ("A report by the Observer Research Foundation said so on Monday.", "Observer Research Foundation", "en"),
        ("उन्होंने हार्वर्ड विश्वविद्यालय में भाषण दिया।", "हार्वर्ड विश्वविद्यालय", "hi"),
    ],
)
def test_universities_and_foundations_are_organisations(text, name, language):
    """Their heads name things no person is ("Jawaharlal Nehru University" mentions no Nehru), but they are bodies."""
    assert name in [o.name for o in run(text, language).organisations]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Officials of the Border Roads Organisation said the tunnel would open in June.", "Border Roads Organisation"),
        ("Students of the Indian Institute of Technology Bombay protested on Monday.", "Indian Institute of Technology Bombay"),
        # … and a possessive after its name is no part of it either.
        ("Many of the Bar Council of India's members stayed away.", "Bar Council of India"),
        ("The Department of Telecommunications' order was stayed.", "Department of Telecommunications"),
        # The people's word is part of a name that is not "… of" them.
        ("The All Assam Students Union called a strike.", "All Assam Students Union"),
        ("Staff of the Defence Services Staff College were told.", "Defence Services Staff College"),
    ],
)
def test_a_bodys_people_before_of_are_no_part_of_its_name(text, body):
    assert list(found(run(text, "en"))) == [body]


def test_an_unknown_acronym_is_a_new_body_never_a_near_spelling_of_a_known_one():
    """"NCC" is not a misspelt "ONGC", nor "NATU" NATO: an acronym names a body by its own letters only."""
    assert found(run("Officials of NATU said the drill was over.", "en")) == {"NATU": (None, "other", "", None, None)}
    assert (NATO, "NATO") in mentions(run("Officials of NATO said the drill was over.", "en"))


def test_no_bodys_name_runs_through_an_office():
    """"Pentagon Press Secretary Air Force Brig. Gen. X": an office, then the officer's service and rank — not
    one body called "Pentagon Press Secretary Air Force"."""
    extraction = run("Pentagon Press Secretary Air Force Brig. Gen. Pat Ryder said the two sides would meet.", "en")
    assert not any("Secretary" in f.name for f in extraction.organisations)
    assert [p.name for p in extraction.new_persons] == ["Pat Ryder"]


@pytest.mark.parametrize(
    "text, names",
    [
        (
            "The Indian Council of Medical Research and the National Institute of Virology released the study.",
            ["Indian Council of Medical Research", "National Institute of Virology"],
        ),
        (
            "The study was led by the Indian Council of Medical Research and AIIMS Delhi.",
            ["Indian Council of Medical Research", "AIIMS Delhi"],
        ),
        (
            "The Punjab Commission of Inquiry and Haryana Development Council met on Monday.",
            ["Punjab Commission of Inquiry", "Haryana Development Council"],
        ),
    ],
)
def test_two_bodies_joined_by_and_are_two_bodies(text, names):
    """"and" joins the words of one name ("Research and Analysis Wing") but not a body with a head of its own."""
    assert sorted(f.name for f in run(text, "en").new_organisations) == sorted(names)


def test_and_inside_one_bodys_name_is_kept():
    text = "The Department of Science and Technology and the Research and Analysis Wing were briefed."
    assert "Department of Science and Technology" in {f.name for f in run(text, "en").new_organisations}


def test_a_bodys_owner_written_with_a_possessive_is_not_part_of_its_name():
    """"The Indian Navy's Western Naval Command": a command of the navy, named "Western Naval Command"."""
    names = {f.name for f in run("The Indian Navy's Western Naval Command conducted the exercise.", "en").organisations}
    assert "Western Naval Command" in names and not any("Navy's" in name for name in names)


def test_the_and_that_begins_the_second_body_is_the_last_one():
    """"Department of Science and Technology and Tata Memorial Hospital": the "and" inside the first name stays."""
    text = "The Department of Science and Technology and Tata Memorial Hospital signed the pact on Monday."
    assert "Department of Science and Technology" in {f.name for f in run(text, "en").new_organisations}


@pytest.mark.parametrize(
    "text, name",
    [
        ("दिल्ली विश्वविद्यालय के कुलपति ने छात्रों से बात की.", "दिल्ली विश्वविद्यालय"),
        ("मोहनलाल सुखाड़िया विश्वविद्यालय में एक समारोह हुआ.", "मोहनलाल सुखाड़िया विश्वविद्यालय"),
        ("मरीज को सफदरजंग अस्पताल में भर्ती कराया गया.", "सफदरजंग अस्पताल"),
    ],
)
def test_a_hindi_institution_is_named_by_the_uncommon_words_before_its_head(text, name):
    """Hindi's named bodies need a country before them; a university or a hospital seldom has one."""
    assert [o.name for o in run(text, "hi").new_organisations] == [name]


def test_words_that_only_describe_an_institution_name_none():
    assert run("मरीज को जिला अस्पताल में भर्ती कराया गया.", "hi").new_organisations == []


def test_a_person_an_institution_is_named_after_is_no_person_of_the_story():
    extraction = run("महात्मा गांधी केंद्रीय विश्वविद्यालय के कुलपति ने भाषण दिया.", "hi")
    assert [o.name for o in extraction.new_organisations] == ["महात्मा गांधी केंद्रीय विश्वविद्यालय"]
    assert extraction.new_persons == []


def test_a_hindi_forces_chief_is_an_office_that_names_no_body():
    """"ताजिकिस्तान के सेना प्रमुख" (Tajikistan's army chief) is an office; "ताजिकिस्तान की सेना के प्रमुख" names the army."""
    assert run("राजनाथ सिंह ताजिकिस्तान के सेना प्रमुख शेर अली मिर्जा से मिले.", "hi").organisations == []
    extraction = run("राजनाथ सिंह ताजिकिस्तान की सेना के प्रमुख शेर अली मिर्जा से मिले.", "hi")
    assert [o.facet for o in extraction.organisations] == ["army"]


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        ("Foxconn chairman Young Liu met Rajnath Singh on Thursday.", {"Foxconn"}),
        ("His meeting with IBM Chairman and CEO Arvind Krishna went well.", {"IBM"}),
        ("Hyundai Motor India MD Unsoo Kim met Rajnath Singh on Monday.", {"Hyundai Motor India"}),
        ("Rajnath Singh spoke with Harvey Schwartz, CEO of Carlyle Group, on Friday.", {"Carlyle Group"}),
        ("Rajnath Singh met Raj Subramaniam, President and CEO of FedEx, on Friday.", {"FedEx"}),
        # An officer's country, or a word that qualifies the officer, names no body.
        ("Former President Ram Nath Kovind met Tajik President Emomali Rahmon on Monday.", set()),
        ("Group CEO Anil Sharma and Executive Chairman Ravi Kumar said so.", set()),
        ("Rajnath Singh met the President of Tajikistan on Monday.", set()),
        ("Rajnath Singh met Senegalese President Macky Sall on Monday.", set()),  # a demonym the gazetteer lacks
        # The connectors of a body's name are part of it.
        ("Dushanbe Chamber of Commerce and Industry president Ajay Patel met Rajnath Singh.",
         {"Dushanbe Chamber of Commerce and Industry"}),
        # "and" between a person and a body's name joins the two, and is no part of the body's name.
        ("Rajnath Singh and Biocon chairperson Kiran Mazumdar-Shaw met Sherali Mirzo.", {"Biocon"}),
    ],
)
def test_a_body_named_before_or_after_one_of_its_officers(text, bodies):
    assert {f.name for f in run(text, "en").organisations if f.organisation_id is None} == bodies


def test_a_person_after_a_company_and_its_officer_is_a_person_and_the_company_a_body():
    extraction = run("Hyundai Motor India MD Unsoo Kim met Rajnath Singh on Monday.", "en")
    assert "Unsoo Kim" in {m.surface for m in extraction.mentions if m.kind == "person"}


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        ("टाटा इंटरनेशनल के प्रबंध निदेशक नोएल टाटा ने राजनाथ सिंह से मुलाकात की।", {"टाटा इंटरनेशनल"}),
        ("गोदरेज एंड बॉयस के एमडी जमशेद गोदरेज और फॉक्सकॉन के चेयरमैन यंग लियू आए।", {"गोदरेज एंड बॉयस", "फॉक्सकॉन"}),
        # A country's office, a body the text does not name, a common word: no body.
        ("ताजिकिस्तान के राष्ट्रपति ने कहा कि कंपनी के सीईओ जल्द आएंगे।", set()),
        ("देश के प्रमुख उद्योगपति और पार्टी के अध्यक्ष ने बैठक की।", set()),
    ],
)
def test_a_hindi_body_named_before_its_officer(text, bodies):
    assert {f.name for f in run(text, "hi").organisations if f.organisation_id is None} == bodies


def test_a_known_body_whose_name_runs_on_before_its_officer_gives_no_part_of_it():
    """"NATO Resources chairman X": the known body's name goes on; "Resources" alone is no body."""
    assert {f.name for f in run("NATO Resources chairman Anil Agarwal met Rajnath Singh.", "en").organisations
            if f.organisation_id is None} == set()


@pytest.mark.parametrize(
    "text",
    [
        "भाजपा के प्रदेश संगठन महामंत्री हितानंद शर्मा ने बैठक ली।",  # an office, whose words name no body
        "सपा के राष्ट्रीय महासचिव रामअचल राजभर ने बयान जारी किया।",
        "राजनाथ सिंह और शिवसेना (यूबीटी) के प्रमुख ने बात की।",  # a person before a bracket is no body's word
    ],
)
def test_hindi_offices_and_people_make_no_body(text):
    assert {f.name for f in run(text, "hi").organisations if f.organisation_id is None} <= {"शिवसेना (यूबीटी)", "शिवसेना"}
    assert not any("राजनाथ" in f.name or "महामंत्री" in f.name or f.name == "राष्ट्रीय" for f in run(text, "hi").organisations)
