#!/usr/bin/env python
"""Fill the archive's database with a synthetic archive of any size, for benchmarks.

    python bench/generate_archive.py --articles 100000
    DATABASE_URL=postgres://… python bench/generate_archive.py --articles 1000000

Creates people (with Latin and Devanagari aliases and roles), organisations,
places, meetings, tags and articles in English and Hindi that mention them,
with the same shapes the importer produces (mention rows with surface forms,
meeting reports with evidence). Rows are written with ``bulk_create`` in
batches, so signals (history, search-index hooks) do not run per row: anything
that must be rebuilt after a bulk load is rebuilt at the end (see
``after_bulk_load``). Deterministic for a given ``--seed``. Refuses to run on
a database that already has articles.
"""

import argparse
import datetime
import hashlib
import os
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")

import django  # noqa: E402

django.setup()

from django.contrib.contenttypes.models import ContentType  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.db.models import Max, Min  # noqa: E402
from taggit.models import Tag, TaggedItem  # noqa: E402
from tqdm import tqdm  # noqa: E402

from articles.models import (  # noqa: E402
    Article,
    LinkOrigin,
    MeetingReport,
    OrganisationMention,
    PersonMention,
    PlaceMention,
    RemovedLink,
)
from people.models import (  # noqa: E402
    DuplicateFlag,
    Meeting,
    Organisation,
    OrganisationAlias,
    OrganisationDuplicateFlag,
    Origin,
    Person,
    PersonAlias,
    PersonDuplicateFlag,
    Place,
    RejectedName,
    Role,
)
from people.names import normalize_name, script_of  # noqa: E402

# Syllables with parallel Latin and Devanagari spellings, for names.
SYLLABLES = [
    ("ra", "र"), ("ja", "ज"), ("na", "ना"), ("vi", "वि"), ("ka", "क"), ("ma", "मा"), ("lo", "लो"),
    ("de", "दे"), ("su", "सु"), ("pa", "प"), ("ti", "ति"), ("sha", "शा"), ("ro", "रो"), ("mi", "मि"),
    ("ko", "को"), ("ne", "ने"), ("da", "दा"), ("ga", "गा"), ("li", "ली"), ("to", "टो"), ("ba", "बा"),
    ("ve", "वे"), ("ha", "हा"), ("zo", "ज़ो"), ("ya", "या"), ("nu", "नु"), ("se", "से"), ("ki", "की"),
]
EN_TITLES = ["Defence Minister", "Foreign Minister", "Prime Minister", "President", "Army Chief", "Home Minister"]
HI_TITLES = ["रक्षा मंत्री", "विदेश मंत्री", "प्रधानमंत्री", "राष्ट्रपति", "सेना प्रमुख", "गृह मंत्री"]
ORG_WORDS = [
    ("Council", "परिषद"), ("Organisation", "संगठन"), ("Forum", "मंच"), ("Union", "संघ"), ("Agency", "एजेंसी"),
    ("Alliance", "गठबंधन"), ("Commission", "आयोग"), ("Institute", "संस्थान"),
]
EN_WORDS = (
    "security cooperation defence border talks agreement trade energy terrorism regional summit bilateral "
    "strategic military exercise navy army air force investment infrastructure climate water dispute peace "
    "minister ministry delegation visit capital conference partnership maritime cyber technology supply "
    "economic growth sanctions treaty framework dialogue mechanism joint statement officials sources region"
).split()
HI_WORDS = (
    "सुरक्षा सहयोग रक्षा सीमा वार्ता समझौता व्यापार ऊर्जा आतंकवाद क्षेत्रीय शिखर द्विपक्षीय रणनीतिक सैन्य "
    "अभ्यास नौसेना सेना वायुसेना निवेश बुनियादी जलवायु पानी विवाद शांति मंत्री मंत्रालय प्रतिनिधिमंडल यात्रा "
    "राजधानी सम्मेलन साझेदारी समुद्री साइबर तकनीक आपूर्ति आर्थिक विकास प्रतिबंध संधि ढांचा संवाद तंत्र संयुक्त "
    "बयान अधिकारियों सूत्रों क्षेत्र"
).split()
EN_MEETING = "{a} held talks with {b} in {place} on {weekday} to discuss {w1} and {w2}."
HI_MEETING = "{a} ने {weekday} को {place} में {b} के साथ {w1} और {w2} पर द्विपक्षीय वार्ता की."
WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WEEKDAYS_HI = ["सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "शुक्रवार", "शनिवार", "रविवार"]


def make_name(rng, parts=2):
    latin, deva = [], []
    for _ in range(parts):
        syllables = rng.sample(SYLLABLES, rng.randint(2, 3))
        latin.append("".join(s[0] for s in syllables).capitalize())
        deva.append("".join(s[1] for s in syllables))
    return " ".join(latin), " ".join(deva)


class Generator:
    def __init__(self, args):
        self.args = args
        self.rng = random.Random(args.seed)
        self.batch = args.batch

    def run(self):
        started = time.perf_counter()
        self.countries = list(Place.objects.filter(kind=Place.Kind.COUNTRY).order_by("pk"))
        self.cities = list(Place.objects.filter(kind=Place.Kind.CITY).order_by("pk").prefetch_related("aliases"))
        self.hindi_names = {
            city.pk: next((a.name for a in city.aliases.all() if a.script == "Deva"), city.name) for city in self.cities
        }
        with transaction.atomic():
            self.organisations = self.make_organisations()
            self.persons = self.make_persons()
            self.tags = self.make_tags()
        self.meetings = self.make_meetings()
        self.make_articles()
        make_review_records(self.args.seed)
        after_bulk_load()
        elapsed = time.perf_counter() - started
        print(f"generated {self.args.articles} articles in {elapsed:.0f} s on {connection.vendor}", file=sys.stderr)

    def make_organisations(self):
        rows, aliases = [], []
        used = set()
        while len(rows) < self.args.organisations:
            latin, deva = make_name(self.rng, parts=1)
            word, hindi_word = self.rng.choice(ORG_WORDS)
            name = f"{latin} {word}"
            if name in used:
                continue
            used.add(name)
            acronym = f"{latin[:2].upper()}{word[0]}{len(rows)}"
            org = Organisation(
                name=name, slug=f"gen-org-{len(rows)}", acronym=acronym, kind=Organisation.Kind.INTERGOVERNMENTAL,
                origin=Origin.IMPORT, reviewed=self.rng.random() < 0.7,
            )
            rows.append(org)
            aliases.append((org, [name, f"{deva} {hindi_word}", acronym]))
        Organisation.objects.bulk_create(rows, batch_size=self.batch)
        OrganisationAlias.objects.bulk_create(
            [
                OrganisationAlias(organisation=org, name=n, normalized=normalize_name(n), script=script_of(n))
                for org, names in aliases
                for n in names
            ],
            batch_size=self.batch,
        )
        return [(org, names) for org, names in aliases]

    def make_persons(self):
        rows, names = [], []
        used = set()
        while len(rows) < self.args.persons:
            latin, deva = make_name(self.rng)
            if latin in used:
                continue
            used.add(latin)
            person = Person(
                name=latin, slug=f"gen-person-{len(rows)}", origin=Origin.IMPORT,
                reviewed=self.rng.random() < 0.6,
            )
            rows.append(person)
            names.append((latin, deva))
        Person.objects.bulk_create(rows, batch_size=self.batch)
        PersonAlias.objects.bulk_create(
            [
                PersonAlias(person=person, name=n, normalized=normalize_name(n), script=script_of(n))
                for person, pair in zip(rows, names)
                for n in pair
            ],
            batch_size=self.batch,
        )
        roles = []
        persons = []
        for person, (latin, deva) in zip(rows, names):
            title_index = self.rng.randrange(len(EN_TITLES))
            country = self.rng.choice(self.countries) if self.countries else None
            roles.append(Role(person=person, title=EN_TITLES[title_index], country=country, origin=Origin.IMPORT))
            persons.append((person, latin, deva, title_index))
        Role.objects.bulk_create(roles, batch_size=self.batch)
        return persons

    def make_tags(self):
        tags = [Tag(name=f"topic {i}", slug=f"topic-{i}") for i in range(self.args.tags)]
        Tag.objects.bulk_create(tags, batch_size=self.batch)
        return list(Tag.objects.filter(slug__startswith="topic-").order_by("pk"))

    def make_meetings(self):
        meetings = []
        for i in range(self.args.meetings):
            day = self.random_date()
            meetings.append(
                Meeting(
                    kind=Meeting.Kind.BILATERAL,
                    status=self.rng.choice([Meeting.Status.HELD] * 8 + [Meeting.Status.PLANNED]),
                    date=day,
                    place=self.rng.choice(self.cities) if self.cities else None,
                    origin=Origin.IMPORT,
                    reviewed=self.rng.random() < 0.5,
                )
            )
        Meeting.objects.bulk_create(meetings, batch_size=self.batch)
        through = Meeting.participants.through
        participants = []
        for meeting in meetings:
            for person, *_ in self.rng.sample(self.persons, 2):
                participants.append(through(meeting_id=meeting.pk, person_id=person.pk))
        through.objects.bulk_create(participants, batch_size=self.batch, ignore_conflicts=True)
        return meetings

    def random_date(self):
        start = datetime.date(2010, 1, 1)
        return start + datetime.timedelta(days=self.rng.randrange(16 * 365))

    def article_text(self, language, people, orgs, place_name):
        rng = self.rng
        words = EN_WORDS if language == "en" else HI_WORDS
        (a, a_latin, a_deva, a_title), (b, b_latin, b_deva, b_title) = people[0], people[1]
        if language == "en":
            lead = EN_MEETING.format(
                a=f"{EN_TITLES[a_title]} {a_latin}", b=f"{EN_TITLES[b_title]} {b_latin}", place=place_name,
                weekday=rng.choice(WEEKDAYS_EN), w1=rng.choice(words), w2=rng.choice(words),
            )
        else:
            lead = HI_MEETING.format(
                a=f"{HI_TITLES[a_title]} {a_deva}", b=f"{HI_TITLES[b_title]} {b_deva}", place=place_name,
                weekday=rng.choice(WEEKDAYS_HI), w1=rng.choice(words), w2=rng.choice(words),
            )
        paragraphs = [lead]
        for _ in range(rng.randint(2, 5)):
            sentence = " ".join(rng.choice(words) for _ in range(rng.randint(12, 24)))
            org = rng.choice(orgs)[1][0 if language == "en" else 1]
            paragraphs.append(f"{sentence.capitalize()} {org} {rng.choice(words)}.")
        return "\n\n".join(paragraphs)

    def make_articles(self):
        content_type = ContentType.objects.get_for_model(Article)
        total = self.args.articles
        with tqdm(total=total, unit="article", file=sys.stderr, disable=not sys.stderr.isatty()) as progress:
            for start in range(0, total, self.batch):
                size = min(self.batch, total - start)
                with transaction.atomic():
                    self.make_article_batch(start, size, content_type)
                progress.update(size)

    def make_article_batch(self, first, size, content_type):
        rng = self.rng
        articles, plans = [], []
        for number in range(first, first + size):
            language = "en" if rng.random() < 0.6 else "hi"
            people = rng.sample(self.persons, rng.randint(2, 4))
            orgs = rng.sample(self.organisations, rng.randint(1, 2))
            place = rng.choice(self.cities) if self.cities else None
            place_name = (place.name if language == "en" else self.hindi_names[place.pk]) if place else "the capital"
            body = self.article_text(language, people, orgs, place_name)
            title = body.split(".")[0][:120]
            published = None if rng.random() < 0.05 else self.random_date()
            articles.append(
                Article(
                    title=title, body=body, source_text=body, language=language, published=published,
                    source_path=f"generated/{number:08d}.txt",
                    sha256=hashlib.sha256(f"{self.args.seed}:{number}".encode()).hexdigest(),
                    origin=Article.Origin.IMPORT, reviewed=rng.random() < 0.3,
                )
            )
            plans.append((language, people, orgs, place))
        Article.objects.bulk_create(articles, batch_size=self.batch)
        person_mentions, org_mentions, place_mentions, reports, tagged = [], [], [], [], []
        for article, (language, people, orgs, place) in zip(articles, plans):
            for offset, (person, latin, deva, _) in enumerate(people):
                surface = latin if language == "en" else deva
                person_mentions.append(
                    PersonMention(article=article, person=person, surface=surface, count=1, first_offset=offset,
                                  origin=LinkOrigin.EXTRACTED)
                )
            for org, names in orgs:
                org_mentions.append(
                    OrganisationMention(article=article, organisation=org, surface=names[0 if language == "en" else 1],
                                        count=1, origin=LinkOrigin.EXTRACTED)
                )
            if place is not None:
                place_mentions.append(
                    PlaceMention(article=article, place=place, surface=place.name, count=1,
                                 origin=LinkOrigin.EXTRACTED)
                )
            if self.meetings and rng.random() < 0.3:
                reports.append(
                    MeetingReport(article=article, meeting=rng.choice(self.meetings),
                                  evidence=article.body.split("\n")[0], origin=LinkOrigin.EXTRACTED)
                )
            for tag in rng.sample(self.tags, rng.randint(0, 3)) if self.tags else []:
                tagged.append(TaggedItem(content_type=content_type, object_id=article.pk, tag=tag))
        PersonMention.objects.bulk_create(person_mentions, batch_size=self.batch)
        OrganisationMention.objects.bulk_create(org_mentions, batch_size=self.batch)
        PlaceMention.objects.bulk_create(place_mentions, batch_size=self.batch)
        MeetingReport.objects.bulk_create(reports, batch_size=self.batch, ignore_conflicts=True)
        TaggedItem.objects.bulk_create(tagged, batch_size=self.batch)


def make_review_records(seed):
    """What the desk reviews besides the records: possible duplicates, rejected names, removed links.

    2 % of the people and 5 % of the organisations flagged as possible
    duplicates of another (a third of the flags answered "different"), 400
    rejected names, and a removed link on 0.5 % of the articles. A random
    generator of its own, so the archive itself is the same with or without
    these, and ``--review-records-only`` can add them to an archive generated
    before.
    """
    rng = random.Random(seed + 1)
    statuses = [DuplicateFlag.Status.OPEN] * 2 + [DuplicateFlag.Status.DIFFERENT]
    person_ids = list(Person.objects.filter(slug__startswith="gen-person-").order_by("pk").values_list("pk", flat=True))
    org_ids = list(Organisation.objects.filter(slug__startswith="gen-org-").order_by("pk").values_list("pk", flat=True))
    with transaction.atomic():
        PersonDuplicateFlag.objects.bulk_create(
            [
                PersonDuplicateFlag(person_id=a, other_id=b, similarity=rng.uniform(70, 95), status=rng.choice(statuses),
                                    evidence="Generated: two spellings of one name?")
                for a, b in (rng.sample(person_ids, 2) for _ in range(len(person_ids) // 50))
            ],
            ignore_conflicts=True,
        )
        OrganisationDuplicateFlag.objects.bulk_create(
            [
                OrganisationDuplicateFlag(organisation_id=a, other_id=b, similarity=rng.uniform(70, 95),
                                          status=rng.choice(statuses))
                for a, b in (rng.sample(org_ids, 2) for _ in range(len(org_ids) // 20))
            ],
            ignore_conflicts=True,
        )
        names = {make_name(rng)[0] for _ in range(400)}
        RejectedName.objects.bulk_create(
            [
                RejectedName(kind=rng.choice(RejectedName.Kind.values), name=name, normalized=normalize_name(name))
                for name in sorted(names)
            ],
            ignore_conflicts=True,
        )
        bounds = Article.objects.aggregate(first=Min("pk"), last=Max("pk"))
        if bounds["first"] is not None and person_ids:
            count = (bounds["last"] - bounds["first"] + 1) // 200
            RemovedLink.objects.bulk_create(
                [
                    RemovedLink(article_id=rng.randint(bounds["first"], bounds["last"]), kind=RemovedLink.Kind.PERSON,
                                target_id=person, label=f"person #{person}")
                    for person in (rng.choice(person_ids) for _ in range(count))
                ],
                batch_size=2000,
            )


def after_bulk_load():
    """Rebuild what bulk inserts bypass, and refresh the planner's statistics.

    The search index needs no rebuild: PostgreSQL computes its generated
    column on insert and SQLite's triggers fire for ``bulk_create`` too; its
    segments are merged here (``after_bulk_load`` of the search backend).
    """
    from articles.search.backends import search_backend

    search_backend(connection.alias).after_bulk_load()
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("ANALYZE")
        elif connection.vendor == "sqlite":
            cursor.execute("ANALYZE")
    # The search's pre-aggregated facet counts (the triggers marked them stale).
    from articles.search import summary

    started = time.monotonic()
    summary.refresh(connection.alias)
    print(f"search summary refreshed in {time.monotonic() - started:.0f} s", file=sys.stderr)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10000)
    parser.add_argument("--persons", type=int, default=5000)
    parser.add_argument("--organisations", type=int, default=500)
    parser.add_argument("--meetings", type=int, default=20000)
    parser.add_argument("--tags", type=int, default=200)
    parser.add_argument("--batch", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--review-records-only",
        action="store_true",
        help="add only the possible duplicates, rejected names and removed links to a generated archive",
    )
    args = parser.parse_args(argv)
    if args.review_records_only:
        if RemovedLink.objects.exists() or PersonDuplicateFlag.objects.exists():
            parser.error("the archive already has review records")
        make_review_records(args.seed)
        after_bulk_load()
        return
    if Article.objects.exists():
        parser.error("the database already has articles: generate into an empty, migrated database")
    Generator(args).run()


if __name__ == "__main__":
    main()
