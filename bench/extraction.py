#!/usr/bin/env python
"""How fast is extraction alone? Articles per second on one core, no database.

    python bench/extraction.py                       # 10,000 articles, 5,000 people (10,000+ aliases)
    python bench/extraction.py --articles 20000 --persons 20000 --profile
    python bench/extraction.py --tagger both --repeat 5   # with and without the name tagger, interleaved

Builds a gazetteer in memory (the starter gazetteer's places and demonyms,
plus generated people with a Latin and a Devanagari alias and a role each,
organisations with an acronym and a Hindi name, and multilateral events),
then a corpus of generated English and Hindi articles shaped like the
archive's: titles before names, people known and unknown, meetings held,
denied and planned, weekdays, places, organisations defined with acronyms,
sidelines of larger events, and filler prose. It times ``extract()`` on
every article (the cleaned body is the input, as in the importer) and
prints the figure. Deterministic for a given ``--seed``.

``extract()`` runs the name tagger (``articles/extraction/tagged.py``) unless ``--tagger off``,
which replaces the tagger's output with no names; ``--tagger both`` times the corpus with and
without it in alternate runs of one process and reports the median of each on CPU time
(``time.process_time``), which a busy machine disturbs less than wall time.
"""

import argparse
import cProfile
import datetime
import os
import pstats
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")

import django  # noqa: E402

django.setup()

from articles.extraction.gazetteer import (  # noqa: E402
    DEMONYM,
    ORGANISATION,
    PERSON,
    PLACE,
    Event,
    Gazetteer,
    OrganisationFact,
    PlaceFact,
    RoleFact,
)
from articles.extraction import tagged  # noqa: E402
from articles.extraction.pipeline import extract  # noqa: E402
from people.gazetteer import read_starter  # noqa: E402

# Syllables with parallel Latin and Devanagari spellings, for names.
SYLLABLES = [
    ("ra", "रा"), ("ja", "जा"), ("na", "ना"), ("vi", "वि"), ("ka", "का"), ("ma", "मा"), ("lo", "लो"),
    ("de", "दे"), ("su", "सु"), ("pa", "पा"), ("ti", "ति"), ("sha", "शा"), ("ro", "रो"), ("mi", "मि"),
    ("ko", "को"), ("ne", "ने"), ("da", "दा"), ("ga", "गा"), ("li", "ली"), ("to", "टो"), ("ba", "बा"),
    ("ve", "वे"), ("ha", "हा"), ("zo", "ज़ो"), ("ya", "या"), ("nu", "नु"), ("se", "से"), ("ki", "की"),
]
OFFICES = [
    ("defence_minister", "Defence Minister", "रक्षा मंत्री"),
    ("foreign_minister", "Foreign Minister", "विदेश मंत्री"),
    ("prime_minister", "Prime Minister", "प्रधानमंत्री"),
    ("president", "President", "राष्ट्रपति"),
    ("home_minister", "Home Minister", "गृह मंत्री"),
]
RANKS = [("Lt Gen", "लेफ्टिनेंट जनरल"), ("Col. Gen.", "कर्नल जनरल"), ("General", "जनरल"), ("", "")]
WEEKDAYS = [
    ("Monday", "सोमवार"), ("Tuesday", "मंगलवार"), ("Wednesday", "बुधवार"), ("Thursday", "गुरुवार"),
    ("Friday", "शुक्रवार"), ("Saturday", "शनिवार"), ("Sunday", "रविवार"),
]
ORG_WORDS = [("Council", "परिषद"), ("Organisation", "संगठन"), ("Forum", "मंच"), ("Commission", "आयोग")]
EN_FILLER = (
    "Officials said the talks covered trade, energy and regional security. "
    "The two sides agreed to expand cooperation in defence production and training. "
    "Both countries have stepped up joint exercises over the past year. "
    "The statement said further consultations would follow at the level of senior officials. "
    "Analysts said the visit signalled a warming of ties after a difficult period."
).split(". ")
HI_FILLER = (
    "अधिकारियों ने बताया कि बातचीत में व्यापार, ऊर्जा और क्षेत्रीय सुरक्षा के मुद्दे शामिल थे. "
    "दोनों पक्ष रक्षा उत्पादन और प्रशिक्षण में सहयोग बढ़ाने पर सहमत हुए. "
    "पिछले एक साल में दोनों देशों ने संयुक्त अभ्यास बढ़ाए हैं. "
    "बयान में कहा गया कि वरिष्ठ अधिकारियों के स्तर पर आगे परामर्श होगा. "
    "विश्लेषकों ने कहा कि यह यात्रा संबंधों में सुधार का संकेत है."
).split(". ")


def make_name(rng, parts=2):
    latin, deva = [], []
    for _ in range(parts):
        syllables = [rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))]
        latin.append("".join(s[0] for s in syllables).capitalize())
        deva.append("".join(s[1] for s in syllables))
    return " ".join(latin), " ".join(deva)


class Corpus:
    def __init__(self, args):
        self.rng = random.Random(args.seed)
        self.args = args
        self.gazetteer = Gazetteer()
        self.aliases = 0
        self._places()
        self._organisations()
        self._persons()
        self._events()
        self.gazetteer.forget_history()

    def _add(self, kind, entity_id, name):
        self.gazetteer.add(kind, entity_id, name)
        self.aliases += 1

    def _places(self):
        self.countries, self.cities = [], []
        codes = {}
        rows = sorted(read_starter()["places"], key=lambda row: row.get("kind") != "country")
        for place_id, row in enumerate(rows, start=1):
            kind = row.get("kind", "city")
            if kind == "country":
                codes[row["iso_code"]] = place_id
            country = codes.get(row.get("country")) if kind != "country" else None
            self.gazetteer.set_place(place_id, PlaceFact(row["name"], kind, country))
            hindi = [a for a in row.get("aliases", []) if any("\u0900" <= c <= "\u097f" for c in a)]
            for alias in [row["name"], *row.get("aliases", [])]:
                self._add(PLACE, place_id, alias)
            demonyms = row.get("demonyms", [])
            for demonym in demonyms:
                self._add(DEMONYM, place_id, demonym)
            entry = (place_id, row["name"], hindi[0] if hindi else row["name"], demonyms)
            (self.countries if kind == "country" else self.cities).append(entry)
        self.home = codes["IN"]
        self.gazetteer.home_country_id = self.home

    def _organisations(self):
        self.organisations = []
        for organisation_id in range(1, self.args.organisations + 1):
            latin, deva = make_name(self.rng, parts=1)
            word, hindi_word = self.rng.choice(ORG_WORDS)
            name, hindi = f"{latin} {word}", f"{deva} {hindi_word}"
            acronym = f"{latin[:2].upper()}{word[0]}{organisation_id}"
            self.gazetteer.set_organisation(organisation_id, OrganisationFact(name, acronym, "intergovernmental"))
            for alias in (name, hindi, acronym):
                self._add(ORGANISATION, organisation_id, alias)
            self.organisations.append((organisation_id, name, hindi, acronym))

    def _persons(self):
        self.persons = []
        for person_id in range(1, self.args.persons + 1):
            latin, deva = make_name(self.rng)
            concept, title, hindi_title = self.rng.choice(OFFICES)
            country = self.rng.choice(self.countries)
            self._add(PERSON, person_id, latin)
            self._add(PERSON, person_id, deva)
            self.gazetteer.add_role(person_id, RoleFact(concept, title, country[0], datetime.date(2019, 1, 1)))
            self.persons.append((person_id, latin, deva, title, hindi_title, country))

    def _events(self):
        self.events = []
        for event_id in range(1, 201):
            organisation = self.rng.choice(self.organisations)
            city = self.rng.choice(self.cities)
            start = datetime.date(2019, 1, 1) + datetime.timedelta(days=self.rng.randrange(1500))
            event = Event(10_000 + event_id, f"{organisation[1]} summit", frozenset({organisation[0]}), start,
                          start + datetime.timedelta(days=2), city[0])
            self.gazetteer.add_event(event)
            self.events.append((event, organisation, city))

    # -- articles ----------------------------------------------------------------------

    def person_phrase(self, person, hindi, known=True):
        _, latin, deva, title, hindi_title, country = person
        rank_en, rank_hi = self.rng.choice(RANKS)
        if not known:
            latin, deva = make_name(self.rng)
            latin, deva = latin + "ov", deva + "ोव"
        if hindi:
            demonym = next((d for d in country[3] if any("\u0900" <= c <= "\u097f" for c in d)), None)
            qualifier = f"{demonym} " if demonym else f"{country[2]} के "
            return f"{qualifier}{hindi_title} {rank_hi} {deva}".replace("  ", " "), deva
        return f"{country[1]}'s {title} {rank_en} {latin}".replace("  ", " "), latin

    def article(self, index):
        rng = self.rng
        hindi = index % 2 == 1
        event, organisation, city = rng.choice(self.events)
        published = event.date + datetime.timedelta(days=rng.randint(0, 2))
        first, second, third = rng.sample(self.persons, 3)
        a_phrase, a_name = self.person_phrase(first, hindi)
        b_phrase, b_name = self.person_phrase(second, hindi, known=rng.random() > 0.2)
        c_phrase, c_name = self.person_phrase(third, hindi)
        weekday_en, weekday_hi = WEEKDAYS[published.weekday()]
        place_en, place_hi = city[1], city[2]
        if hindi:
            sentences = [
                f"{a_phrase} ने {place_hi} में {organisation[2]} ({organisation[3]}) के सम्मेलन से इतर {weekday_hi} को "
                f"{b_phrase} के साथ द्विपक्षीय वार्ता की.",
                rng.choice(HI_FILLER) + ".",
                f"{a_name} ने कहा कि बातचीत उपयोगी रही.",
                f"{a_phrase} और {c_phrase} के बीच कोई बैठक नहीं हुई.",
                rng.choice(HI_FILLER) + ".",
                f"{a_name} अगले महीने {c_name} से मुलाकात कर सकते हैं.",
                rng.choice(HI_FILLER) + ".",
            ]
        else:
            sentences = [
                f"{a_phrase} held talks with {b_phrase} in {place_en} on {weekday_en} on the sidelines of the "
                f"{organisation[1]} ({organisation[3]}) summit.",
                rng.choice(EN_FILLER) + ".",
                f"{a_name} said the talks were useful.",
                f"No meeting has been scheduled between {a_name} and {c_phrase}.",
                rng.choice(EN_FILLER) + ".",
                f"{a_name} is expected to meet {c_name} next month.",
                rng.choice(EN_FILLER) + ".",
            ]
        filler = HI_FILLER if hindi else EN_FILLER
        sentences += [f"{sentence}." for sentence in rng.sample(filler, len(filler))]
        sentences += [f"{sentence}." for sentence in rng.sample(filler, 3)]
        paragraphs = [" ".join(sentences[i : i + 3]) for i in range(0, len(sentences), 3)]
        return "\n\n".join(paragraphs), ("hi" if hindi else "en"), published


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--persons", type=int, default=5_000)
    parser.add_argument("--organisations", type=int, default=500)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=3, help="Time the whole corpus this many times; report the best.")
    parser.add_argument("--profile", action="store_true", help="Print the 30 most expensive functions.")
    parser.add_argument("--sort", default="cumulative", help="Profile order: cumulative or tottime.")
    parser.add_argument(
        "--tagger",
        choices=("on", "off", "both"),
        default="on",
        help="Run the name tagger inside extract() (on), not (off), or time both, interleaved (both).",
    )
    args = parser.parse_args()
    if args.tagger == "both":
        return compare_tagger(args)
    if args.tagger == "off":
        tagged.tag_text = _no_names

    started = time.perf_counter()
    corpus = Corpus(args)
    articles = [corpus.article(index) for index in range(args.articles)]
    prepared = time.perf_counter() - started
    characters = sum(len(body) for body, _, _ in articles)
    # Built once per import run, like the gazetteer itself: the automaton and the fuzzy name indexes.
    extract(*articles[0][:2], corpus.gazetteer, articles[0][2])
    corpus.gazetteer.person_index.compare("warm up")
    corpus.gazetteer.organisation_index.compare("warm up")

    profiler = cProfile.Profile() if args.profile else None
    timings = []
    for _ in range(1 if profiler else max(args.repeat, 1)):
        meetings = people = 0
        if profiler:
            profiler.enable()
        started = time.perf_counter()
        for body, language, published in articles:
            extraction = extract(body, language, corpus.gazetteer, published)
            meetings += len(extraction.meetings)
            people += len(extraction.new_persons)
        timings.append(time.perf_counter() - started)
        if profiler:
            profiler.disable()
            pstats.Stats(profiler).sort_stats(args.sort).print_stats(30)
    elapsed = min(timings)

    print(
        f"gazetteer: {corpus.aliases} aliases ({args.persons} people, {args.organisations} organisations), "
        f"built with {args.articles} articles in {prepared:.1f} s"
    )
    print(
        f"extracted {args.articles} articles ({characters / args.articles:.0f} characters on average, half Hindi) "
        f"in {elapsed:.2f} s: {args.articles / elapsed:.0f} articles/s, {elapsed / args.articles * 1000:.2f} ms each; "
        f"{meetings} meetings, {people} new people"
    )
    if len(timings) > 1:
        print("runs: " + ", ".join(f"{args.articles / t:.0f}" for t in timings) + " articles/s (the best is reported)")


def _no_names(text, language, **options):
    return []


def compare_tagger(args):
    """Time the corpus with and without the tagger in alternate runs; medians of CPU time."""
    import statistics

    corpus = Corpus(args)
    articles = [corpus.article(index) for index in range(args.articles)]
    with_tagger = tagged.tag_text
    extract(*articles[0][:2], corpus.gazetteer, articles[0][2])
    corpus.gazetteer.person_index.compare("warm up")
    corpus.gazetteer.organisation_index.compare("warm up")
    timings = {"with the tagger": [], "without": []}
    found = {}
    for _ in range(max(args.repeat, 1)):
        for mode, tag_text in (("with the tagger", with_tagger), ("without", _no_names)):
            tagged.tag_text = tag_text
            people = organisations = 0
            started = time.process_time()
            for body, language, published in articles:
                extraction = extract(body, language, corpus.gazetteer, published)
                people += len(extraction.new_persons)
                organisations += len(extraction.new_organisations)
            timings[mode].append(time.process_time() - started)
            found[mode] = (people, organisations)
    tagged.tag_text = with_tagger
    for mode, runs in timings.items():
        elapsed = statistics.median(runs)
        print(
            f"{mode}: {args.articles / elapsed:.0f} articles/s, {elapsed / args.articles * 1000:.2f} ms each "
            f"(median of {len(runs)}; runs: {', '.join(f'{args.articles / t:.0f}' for t in runs)}); "
            f"{found[mode][0]} new people, {found[mode][1]} new organisations"
        )
    ratio = statistics.median(timings["with the tagger"]) / statistics.median(timings["without"])
    print(f"with the tagger / without: {ratio:.2f} times the CPU time")


if __name__ == "__main__":
    main()
