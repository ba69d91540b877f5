"""Migrations people.0013, 0014, 0015 and 0016: the parties, cities, local bodies, defence makers, military commands
and institutions of Indian news, in both scripts."""

import datetime

from django.test import TestCase

from articles.extraction.pipeline import extract
from articles.linking import gazetteer_from_database
from people.models import Organisation, Person, Place
from test_extraction_linking import ImportFilesTestCase


class GazetteerTestCase(TestCase):
    """Extraction with the gazetteer the migrations load."""

    @classmethod
    def setUpTestData(cls):
        cls.gazetteer = gazetteer_from_database()


class IndianNewsNamesTests(GazetteerTestCase):

    def found(self, text, kind):
        model = Organisation if kind == "organisation" else Place
        return [model.objects.get(pk=m.entity_id).name for m in self.gazetteer.find(text) if m.kind == kind]

    def test_parties_and_alliances_are_known_by_their_hindi_acronyms_and_names(self):
        self.assertEqual(
            self.found("जद(यू), सीपीआई(एम), बीआरएस, भाकपा और रालोद के नेता", "organisation"),
            [
                "Janata Dal (United)",
                "Communist Party of India (Marxist)",
                "Bharat Rashtra Samithi",
                "Communist Party of India",
                "Rashtriya Lok Dal",
            ],
        )
        self.assertEqual(
            self.found("Leaders of the INDIA bloc, the Shiv Sena (UBT) and the NCP (SP) met.", "organisation"),
            [
                "Indian National Developmental Inclusive Alliance",
                "Shiv Sena (Uddhav Balasaheb Thackeray)",
                "Nationalist Congress Party (Sharadchandra Pawar)",
            ],
        )

    def test_defence_makers_and_bodies_are_known_in_both_scripts_with_their_country(self):
        self.assertEqual(
            self.found("GE Aerospace and HAL will co-produce the engines; Safran and Naval Group bid too.", "organisation"),
            ["General Electric", "Hindustan Aeronautics Limited", "Safran", "Naval Group"],
        )
        self.assertEqual(
            self.found("जनरल इलेक्ट्रिक और गार्डन रीच शिपबिल्डर्स एंड इंजीनियर्स के अधिकारी", "organisation"),
            ["General Electric", "Garden Reach Shipbuilders & Engineers"],
        )
        self.assertEqual(
            self.found("सीमा सड़क संगठन और भारतीय तटरक्षक बल; the Defence Acquisition Council and ISPR", "organisation"),
            ["Border Roads Organisation", "Indian Coast Guard", "Defence Acquisition Council", "Inter-Services Public Relations"],
        )
        self.assertEqual(Organisation.objects.get(name="General Electric").country.iso_code, "US")
        self.assertEqual(Organisation.objects.get(acronym="GRSE").country.iso_code, "IN")

    def test_military_commands_and_institutions_are_known_in_both_scripts(self):
        self.assertEqual(
            self.found("The Western Naval Command and the South Western Air Command; उत्तरी कमान और पूर्वी नौसेना कमान", "organisation"),
            ["Western Naval Command", "South Western Air Command", "Northern Command", "Eastern Naval Command"],
        )
        self.assertEqual(
            self.found("ICMR और एम्स; the Royal Navy, the OSCE and US Indo-Pacific Command", "organisation"),
            [
                "Indian Council of Medical Research",
                "All India Institute of Medical Sciences",
                "Royal Navy",
                "Organization for Security and Co-operation in Europe",
                "United States Indo-Pacific Command",
            ],
        )
        self.assertEqual(Organisation.objects.get(name="Northern Command").country.iso_code, "IN")
        # "Central Command" alone is the US's CENTCOM as often as the Indian Army's: not linked in English.
        self.assertEqual(self.found("The Central Command said on Monday", "organisation"), [])

    def test_indian_cities_are_places_in_both_scripts_with_their_country(self):
        self.assertEqual(self.found("From Patna to पटना, Prayagraj and इलाहाबाद", "place"), ["Patna", "Patna", "Prayagraj", "Prayagraj"])
        patna = Place.objects.get(name="Patna")
        self.assertEqual((patna.kind, patna.country.iso_code), ("city", "IN"))
        self.assertEqual(Place.objects.get(name="Delhi").kind, "region")

    def test_a_city_name_that_begins_a_persons_name_is_no_place(self):
        cricket = extract("भुवनेश्वर कुमार ने दो विकेट लिए और टीम जीत गई।", "hi", self.gazetteer)
        self.assertEqual([p.name for p in cricket.new_persons], ["भुवनेश्वर कुमार"])
        self.assertEqual([m for m in cricket.mentions if m.kind == "place"], [])
        city = extract("भुवनेश्वर में मुख्यमंत्री ने सोमवार को बैठक की।", "hi", self.gazetteer)
        self.assertEqual([self.found(m.surface, "place") for m in city.mentions if m.kind == "place"], [["Bhubaneswar"]])


class LocalBodiesTests(ImportFilesTestCase):
    def test_a_states_police_named_in_english_and_hindi_is_one_record_of_that_country(self):
        self.write(
            "1.txt",
            " date 2024-03-14 The Uttar Pradesh Police registered a case against the two men on Monday, "
            "officials said, and the inquiry was handed to a special team.\n",
        )
        self.write("2.txt", "उत्तर प्रदेश पुलिस ने सोमवार को दोनों लोगों के खिलाफ मामला दर्ज किया और जांच शुरू की।\n")
        self.write("3.txt", "इंदौर नगर निगम ने सोमवार को शहर में सफाई अभियान शुरू किया।\n")
        self.run_import()
        police = Organisation.objects.get(name="Uttar Pradesh Police")
        self.assertEqual(police.country.iso_code, "IN")
        self.assertEqual(set(police.aliases.values_list("name", flat=True)), {"Uttar Pradesh Police", "उत्तर प्रदेश पुलिस"})
        self.assertEqual(police.mentions.count(), 2)
        self.assertTrue(Organisation.objects.filter(name="Indore Municipal Corporation").exists())

    def test_the_delhi_police_is_the_gazetteers_record(self):
        self.write("1.txt", "दिल्ली पुलिस ने सोमवार को दो लोगों को गिरफ्तार किया और उनसे पूछताछ की जा रही है।\n")
        self.run_import()
        self.assertEqual(Organisation.objects.filter(name="Delhi Police").count(), 1)
        self.assertEqual(Organisation.objects.get(name="Delhi Police").mentions.count(), 1)


class ElectionNamesTests(GazetteerTestCase):

    def bodies(self, text, language):
        extraction = extract(text, language, self.gazetteer, datetime.date(2024, 6, 5))
        named = [m.surface for m in extraction.mentions if m.kind == "organisation"]
        return named, [f.name for f in extraction.new_organisations]

    def test_a_house_named_in_an_elections_name_is_not_a_mention_of_the_house(self):
        self.assertEqual(
            self.bodies("The BJP won the 2019 Lok Sabha elections, and on Monday the Lok Sabha passed the bill.", "en"),
            (["BJP", "Lok Sabha"], []),  # the second: the house that passed a bill
        )
        self.assertEqual(
            self.bodies("लोकसभा चुनाव में भाजपा जीती और राज्य सभा के चुनाव भी हुए। लोकसभा ने विधेयक पारित किया।", "hi"),
            (["भाजपा", "लोकसभा"], []),
        )

    def test_a_new_assembly_named_only_by_its_election_is_not_created(self):
        named, new = self.bodies("The BJP was leading in the Gujarat Assembly elections and in 182 Assembly seats.", "en")
        self.assertEqual((named, new), (["BJP"], []))
        named, new = self.bodies("The Gujarat Assembly passed the bill on Monday after a long debate.", "en")
        self.assertEqual(new, ["Gujarat Legislative Assembly"])  # a state's assembly by its full name
        named, new = self.bodies("राजस्थान विधानसभा चुनाव में भाजपा जीती। बाद में राजस्थान विधानसभा ने विधेयक पारित किया।", "hi")
        self.assertEqual(new, ["Rajasthan Legislative Assembly"])


class PlacesNamedLikeBodiesTests(GazetteerTestCase):

    def test_a_known_place_whose_name_ends_in_a_bodys_word_is_the_place(self):
        """"West Bank" ends in a bank's head word; the gazetteer knows it as a region, and no new body is made."""
        extraction = extract("Troops left the West Bank town on Tuesday after talks in Ramallah.", "en", self.gazetteer)
        self.assertEqual(extraction.new_organisations, [])
        self.assertIn("West Bank", [m.surface for m in extraction.mentions if m.kind == "place"])

    def test_a_body_named_after_a_place_is_still_a_body(self):
        extraction = extract("The West Bengal Bank of Commerce raised its lending rate on Tuesday.", "en", self.gazetteer)
        self.assertEqual([f.name for f in extraction.new_organisations], ["West Bengal Bank of Commerce"])


class DescriptionsOfBodiesTests(GazetteerTestCase):

    def test_what_a_body_is_written_before_its_name_is_no_body_in_hindi(self):
        """"पाकिस्तान की खुफिया एजेंसी आईएसआई": Pakistan's intelligence agency, the ISI — one body, the ISI."""
        for text in (
            "पाकिस्तान की खुफिया एजेंसी आईएसआई ने रिपोर्टों का खंडन किया।",
            "अमेरिका की जांच एजेंसी एफबीआई ने सोमवार को मामला दर्ज किया।",
        ):
            extraction = extract(text, "hi", self.gazetteer)
            self.assertEqual(extraction.new_organisations, [], text)
            self.assertEqual(len([m for m in extraction.mentions if m.kind == "organisation"]), 1, text)


class CompassWordsTests(GazetteerTestCase):

    def test_a_body_whose_name_begins_with_a_compass_word_is_a_body(self):
        """"North American Capital Partners": the tagger's sure body, not a category like "the Global South"."""
        for text, name in (
            ("He said Rahul Menon at the consulting firm North American Capital Partners agreed.", "North American Capital Partners"),
            ("Shares of South Asian Power Holdings rose on Tuesday, traders said.", "South Asian Power Holdings"),
        ):
            self.assertEqual([f.name for f in extract(text, "en", self.gazetteer).new_organisations], [name])
        self.assertEqual(extract("Leaders of the Global South met in Delhi.", "en", self.gazetteer).new_organisations, [])


class ShortHindiNamesTests(GazetteerTestCase):
    def test_xi_jinping_is_known_by_his_given_name_alone_in_hindi(self):
        """"मोदी आज शाम जिनपिंग से मुलाकात करेंगे": Hindi news names him so with no full name before (``people/0016``)."""
        extraction = extract("प्रधानमंत्री मोदी आज शाम जिनपिंग से मुलाकात करेंगे।", "hi", self.gazetteer)
        names = {Person.objects.get(pk=m.entity_id).name for m in extraction.mentions if m.kind == "person"}
        self.assertIn("Xi Jinping", names)
        self.assertEqual(extraction.new_persons, [])


class StateCommissionsAndKoreaTests(GazetteerTestCase):
    """Migration people.0018 and the states' commissions as local bodies (``LOCAL_BODY_HEADS``)."""

    def bodies(self, text, language):
        extraction = extract(text, language, self.gazetteer, datetime.date(2024, 6, 5))
        known = sorted(
            Organisation.objects.get(pk=m.entity_id).name
            for m in extraction.mentions
            if m.kind == "organisation" and m.entity_id is not None and m.entity_id > 0
        )
        return known, sorted(f.name for f in extraction.new_organisations)

    def test_a_state_election_commission_is_not_the_election_commission_of_india(self):
        for text in ("राज्य निर्वाचन आयोग ने पंचायत चुनाव की तारीखें घोषित कीं।", "राज्य चुनाव आयोग ने मतगणना टाल दी।"):
            self.assertEqual(self.bodies(text, "hi"), (["State Election Commission"], []), text)
        self.assertEqual(
            self.bodies("The State Election Commission put off the civic polls.", "en"), (["State Election Commission"], [])
        )

    def test_a_named_states_commissions_are_that_states_bodies_in_both_scripts(self):
        self.assertEqual(
            self.bodies("उत्तर प्रदेश राज्य निर्वाचन आयोग ने पंचायत चुनाव की तारीखें घोषित कीं।", "hi"),
            ([], ["Uttar Pradesh State Election Commission"]),
        )
        self.assertEqual(
            self.bodies("The Uttar Pradesh State Election Commission put off the civic polls.", "en"),
            ([], ["Uttar Pradesh State Election Commission"]),
        )
        self.assertEqual(
            self.bodies("महाराष्ट्र लोक सेवा आयोग ने परिणाम घोषित किए।", "hi"), ([], ["Maharashtra Public Service Commission"])
        )

    def test_rok_is_south_korea_not_a_body(self):
        extraction = extract("ROK President Yoon Suk Yeol met Prime Minister Fumio Kishida.", "en", self.gazetteer)
        self.assertEqual(extraction.new_organisations, [])
        places = [Place.objects.get(pk=m.entity_id).name for m in extraction.mentions if m.kind == "place"]
        self.assertEqual(places, ["South Korea"])
