"""Scoring an imported archive against hand-written expectations: precision and recall.

Shared by the corpus test (``tests/corpus/``) and the samples test
(``samples/``). For each article, the people, organisations and held
meetings linked to it are compared with what its expectations list:

* a person or organisation is found when one of its names (any alias, any
  script) is the expected name;
* a held meeting is found when its participants are exactly the expected
  ones. An expectation written as a dict may also give the meeting's
  ``date`` and ``place``: the measure "held meetings, date and place" also
  asks for those (an expectation without them asks only for the people);
* ``meeting`` names the real meeting: reports of one meeting in several
  articles must share one record (``Scorer.shared_meetings``).

An expected name may give alternatives separated by `` | `` ("Ministry of
Defence (Russia) | Russian Defence Ministry"): any of them matches. Planned
and cancelled meetings (``planned_meetings``, ``cancelled_meetings``) are
scored like held ones against the article's reports that say so, and
``not_held`` lists meetings the text denies or only supposes: each one
recorded as held is counted in ``Scorer.not_held_recorded``.

Matching is one to one and greedy, in the expectations' order.
"""

import datetime
from collections import defaultdict

from articles.models import MeetingReport, OrganisationMention, PersonMention
from people.models import Organisation, Origin, Person
from people.names import normalize_name

PEOPLE = "people"
ORGANISATIONS = "organisations"
HELD_MEETINGS = "held meetings"
HELD_MEETINGS_DETAILED = "held meetings, date and place"
PLANNED_MEETINGS = "planned meetings"
CANCELLED_MEETINGS = "cancelled meetings"
ALTERNATIVES = " | "


def is_named(wanted, names):
    """Is the expected name ``wanted`` (or one of its `` | `` alternatives) among ``names`` (normalised)?"""
    return any(normalize_name(alternative) in names for alternative in wanted.split(ALTERNATIVES))


def names_of(entity):
    return {normalize_name(entity.name)} | set(entity.aliases.values_list("normalized", flat=True))


def match_pairs(expected, predicted, fits):
    """``[(wanted, candidate)]``: each of ``expected`` matched to one of ``predicted`` (greedy, in order)."""
    unused = list(predicted)
    pairs = []
    for wanted in expected:
        for candidate in unused:
            if fits(wanted, candidate):
                unused.remove(candidate)
                pairs.append((wanted, candidate))
                break
    return pairs


def match_count(expected, predicted, fits):
    """How many of ``expected`` are matched, one to one, by ``predicted``."""
    return len(match_pairs(expected, predicted, fits))


class Score:
    def __init__(self):
        self.true_positives = self.predicted = self.expected = 0
        self.misses, self.false = [], []

    def add(self, article, expected, predicted, fits, describe, describe_wanted=str):
        pairs = match_pairs(expected, predicted, fits)
        self.true_positives += len(pairs)
        self.predicted += len(predicted)
        self.expected += len(expected)
        matched_wanted = [id(w) for w, _ in pairs]
        matched_found = [id(p) for _, p in pairs]
        self.misses += [f"{article}: {describe_wanted(w)}" for w in expected if id(w) not in matched_wanted]
        self.false += [f"{article}: {describe(p)}" for p in predicted if id(p) not in matched_found]
        return pairs

    @property
    def precision(self):
        return self.true_positives / self.predicted if self.predicted else 1.0

    @property
    def recall(self):
        return self.true_positives / self.expected if self.expected else 1.0

    def report(self, kind):
        return (
            f"{kind}: precision {self.precision:.3f} ({self.true_positives}/{self.predicted}), "
            f"recall {self.recall:.3f} ({self.true_positives}/{self.expected})\n"
            f"missed: {self.misses}\nwrong: {self.false}"
        )


def _meeting_expectation(wanted):
    """An expected meeting as a dict: a bare list of names is its participants."""
    if isinstance(wanted, dict):
        return wanted
    return {"participants": wanted}


def _describe_expected_meeting(wanted):
    details = [wanted.get("date"), wanted.get("place")]
    people = " – ".join(wanted["participants"])
    return " ".join([people, *[f"({d})" for d in details if d]])


class Scorer:
    """Scores articles one by one; ``scores[kind]`` holds each measure."""

    def __init__(self):
        self.scores = {PEOPLE: Score(), ORGANISATIONS: Score(), HELD_MEETINGS: Score(), HELD_MEETINGS_DETAILED: Score()}
        self.reports_of = defaultdict(list)  # expected meeting name -> [(article, meeting pk or None)]
        self.not_held_recorded = []  # "article: participants" of each denied or supposed meeting recorded as held

    def score_article(self, name, article, expected):
        people = [
            Person.objects.get(pk=pk)
            for pk in PersonMention.objects.filter(article=article).values_list("person", flat=True).distinct()
        ]
        person_names = {person.pk: names_of(person) for person in people}
        self.scores[PEOPLE].add(
            name,
            expected["people"],
            people,
            lambda wanted, person: is_named(wanted, person_names[person.pk]),
            lambda person: person.name,
        )
        organisations = [
            Organisation.objects.get(pk=pk)
            for pk in OrganisationMention.objects.filter(article=article).values_list("organisation", flat=True).distinct()
        ]
        organisation_names = {organisation.pk: names_of(organisation) for organisation in organisations}
        self.scores[ORGANISATIONS].add(
            name,
            expected["organisations"],
            organisations,
            lambda wanted, organisation: is_named(wanted, organisation_names[organisation.pk]),
            lambda organisation: organisation.name,
        )
        # What the article says of each meeting; a held one must also be held in the archive
        # (a report may say "planned" of a meeting that was held later: it previewed it).
        reports = MeetingReport.objects.filter(article=article, meeting__origin=Origin.IMPORT).select_related(
            "meeting", "meeting__place"
        )
        reported = {
            says: [
                report.meeting
                for report in reports
                if report.says == says and (says != MeetingReport.Says.HELD or report.meeting.status == says)
            ]
            for says in (MeetingReport.Says.HELD, MeetingReport.Says.PLANNED, MeetingReport.Says.CANCELLED)
        }
        meetings = reported[MeetingReport.Says.HELD]
        participants = {
            meeting.pk: [names_of(p) for p in meeting.participants.all()]
            for found in reported.values()
            for meeting in found
        }
        place_names = {
            meeting.pk: (names_of(meeting.place) if meeting.place is not None else set()) for meeting in meetings
        }

        def same_people(wanted, meeting):
            found = participants[meeting.pk]
            people = wanted["participants"]
            return len(found) == len(people) and match_count(people, found, is_named) == len(people)

        def same_details(wanted, meeting):
            if not same_people(wanted, meeting):
                return False
            if wanted.get("date") and meeting.date != datetime.date.fromisoformat(wanted["date"]):
                return False
            return not wanted.get("place") or normalize_name(wanted["place"]) in place_names[meeting.pk]

        def describe(meeting):
            people = " – ".join(sorted(p.name for p in meeting.participants.all()))
            details = [meeting.date and meeting.date.isoformat(), meeting.place and meeting.place.name]
            return " ".join([people, *[f"({d})" for d in details if d]])

        wanted = [_meeting_expectation(w) for w in expected["held_meetings"]]
        self.scores[HELD_MEETINGS].add(name, wanted, meetings, same_people, describe, _describe_expected_meeting)
        pairs = self.scores[HELD_MEETINGS_DETAILED].add(
            name, wanted, meetings, same_details, describe, _describe_expected_meeting
        )
        found = {id(w): meeting.pk for w, meeting in pairs}
        for meeting in wanted:
            if meeting.get("meeting"):
                self.reports_of[meeting["meeting"]].append((name, found.get(id(meeting))))
        for kind, key, says in (
            (PLANNED_MEETINGS, "planned_meetings", MeetingReport.Says.PLANNED),
            (CANCELLED_MEETINGS, "cancelled_meetings", MeetingReport.Says.CANCELLED),
        ):
            if key in expected:
                expected_meetings = [_meeting_expectation(w) for w in expected[key]]
                score = self.scores.setdefault(kind, Score())
                score.add(name, expected_meetings, reported[says], same_people, describe, _describe_expected_meeting)
        held_people = [sorted(normalize_name(p) for p in w["participants"]) for w in wanted]
        for denied in expected.get("not_held", ()):
            denied = _meeting_expectation(denied)
            if sorted(normalize_name(p) for p in denied["participants"]) in held_people:
                continue  # the same people also met, by the article: a held record may be that meeting
            if any(same_people(denied, meeting) for meeting in meetings):
                self.not_held_recorded.append(f"{name}: {_describe_expected_meeting(denied)}")

    def shared_meetings(self):
        """``(kept together, reported more than once, failures)`` over meetings several articles report."""
        shared = {key: reports for key, reports in self.reports_of.items() if len(reports) > 1}
        failures = [
            f"{key}: {reports}"
            for key, reports in sorted(shared.items())
            if None in {pk for _, pk in reports} or len({pk for _, pk in reports}) > 1
        ]
        return len(shared) - len(failures), len(shared), failures
