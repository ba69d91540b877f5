"""Precision and recall of extraction on a corpus the project wrote itself (``tests/corpus/``).

Twenty-two articles, half in Hindi, with negated, modal and promo cases and
people the gazetteer does not know, are imported into an archive that knows
only the starter gazetteer. People, organisations and held meetings linked
to each article are compared with the hand-written expectations in
``tests/corpus/expected.json``; every measure must reach ``THRESHOLD``.
The figures are recorded in ``docs/extraction.md``.
"""

import io
import json
from pathlib import Path

from django.core.management import call_command
from django.test import TestCase

from articles.models import Article, MeetingReport, OrganisationMention, PersonMention
from people.models import Organisation, Origin, Person
from people.names import normalize_name

CORPUS = Path(__file__).with_name("corpus")
THRESHOLD = 0.9


def names_of(entity):
    return {normalize_name(entity.name)} | set(entity.aliases.values_list("normalized", flat=True))


def match_count(expected, predicted, fits):
    """How many of ``expected`` are matched, one to one, by ``predicted`` (greedy, in order)."""
    unused = list(predicted)
    matched = 0
    for wanted in expected:
        for candidate in unused:
            if fits(wanted, candidate):
                unused.remove(candidate)
                matched += 1
                break
    return matched


class Score:
    def __init__(self):
        self.true_positives = self.predicted = self.expected = 0
        self.misses, self.false = [], []

    def add(self, article, expected, predicted, fits, describe):
        matched = match_count(expected, predicted, fits)
        self.true_positives += matched
        self.predicted += len(predicted)
        self.expected += len(expected)
        unmatched = [w for w in expected if not any(fits(w, p) for p in predicted)]
        self.misses += [f"{article}: {w}" for w in unmatched]
        extra = [p for p in predicted if not any(fits(w, p) for w in expected)]
        self.false += [f"{article}: {describe(p)}" for p in extra]

    @property
    def precision(self):
        return self.true_positives / self.predicted if self.predicted else 1.0

    @property
    def recall(self):
        return self.true_positives / self.expected if self.expected else 1.0


class CorpusTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        call_command("import_articles", str(CORPUS), stdout=io.StringIO(), stderr=io.StringIO())
        cls.expectations = json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))["articles"]
        cls.scores = {"people": Score(), "organisations": Score(), "held meetings": Score()}
        for name, expected in cls.expectations.items():
            article = Article.objects.get(source_path__endswith=f"corpus/{name}")
            cls.score_article(name, article, expected)

    @classmethod
    def score_article(cls, name, article, expected):
        people = [Person.objects.get(pk=pk) for pk in PersonMention.objects.filter(article=article).values_list("person", flat=True).distinct()]
        person_names = {person.pk: names_of(person) for person in people}
        cls.scores["people"].add(
            name,
            expected["people"],
            people,
            lambda wanted, person: normalize_name(wanted) in person_names[person.pk],
            lambda person: person.name,
        )
        organisations = [
            Organisation.objects.get(pk=pk)
            for pk in OrganisationMention.objects.filter(article=article).values_list("organisation", flat=True).distinct()
        ]
        organisation_names = {organisation.pk: names_of(organisation) for organisation in organisations}
        cls.scores["organisations"].add(
            name,
            expected["organisations"],
            organisations,
            lambda wanted, organisation: normalize_name(wanted) in organisation_names[organisation.pk],
            lambda organisation: organisation.name,
        )
        meetings = [
            report.meeting
            for report in MeetingReport.objects.filter(
                article=article, says=MeetingReport.Says.HELD, meeting__status="held", meeting__origin=Origin.IMPORT
            ).select_related("meeting")
        ]
        participants = {meeting.pk: [names_of(p) for p in meeting.participants.all()] for meeting in meetings}

        def same_people(wanted, meeting):
            found = participants[meeting.pk]
            return len(found) == len(wanted) and match_count(
                [normalize_name(w) for w in wanted], found, lambda w, names: w in names
            ) == len(wanted)

        cls.scores["held meetings"].add(
            name,
            expected["held_meetings"],
            meetings,
            same_people,
            lambda meeting: " – ".join(sorted(p.name for p in meeting.participants.all())),
        )

    def test_the_corpus_is_at_least_twenty_articles_half_in_hindi(self):
        self.assertGreaterEqual(len(self.expectations), 20)
        languages = list(Article.objects.values_list("language", flat=True))
        self.assertEqual(len(languages), len(self.expectations))
        self.assertGreaterEqual(languages.count("hi"), len(languages) / 2)

    def assert_good_enough(self, kind):
        score = self.scores[kind]
        report = (
            f"{kind}: precision {score.precision:.3f} ({score.true_positives}/{score.predicted}), "
            f"recall {score.recall:.3f} ({score.true_positives}/{score.expected})\n"
            f"missed: {score.misses}\nwrong: {score.false}"
        )
        print(report)
        self.assertGreaterEqual(score.precision, THRESHOLD, report)
        self.assertGreaterEqual(score.recall, THRESHOLD, report)

    def test_people(self):
        self.assert_good_enough("people")

    def test_organisations(self):
        self.assert_good_enough("organisations")

    def test_held_meetings(self):
        self.assert_good_enough("held meetings")
