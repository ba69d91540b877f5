"""Summits and ministerial meetings real reporting names, that the archive does not know yet.

"the G20 Summit in New Delhi", "the SCO Defence Ministers' Meeting", "the Quad foreign ministers'
meeting", "जी-20 शिखर सम्मेलन", "एससीओ रक्षा मंत्रियों की बैठक": a known grouping (an
intergovernmental organisation of the gazetteer) right before a summit phrase of the language
(``SUMMIT_PHRASES``) names a larger event. When no event the archive knows fits it
(``events.events_of``), it is a new multilateral meeting (``NewEvent``, with a negative key until
saved): held, unless the sentence says it is planned or called off; with the sentence's place and
date; titled like the gazetteer's events ("G20 Summit, New Delhi 2023"). Bilateral meetings on its
sidelines point to it (``events.sidelines_event`` looks at the article's new events too), and the
article reports it. One event per grouping and kind of meeting in an article.
"""

from dataclasses import dataclass, field

from . import dates, places
from .gazetteer import ORGANISATION, Event
from .meetings import CANCELLED, HELD, PLANNED

INTERGOVERNMENTAL = "intergovernmental"
NEAR = 40  # characters between the grouping and the summit phrase


@dataclass
class NewEvent:
    key: int
    organisation_ids: frozenset
    kind_title: str  # "Summit", "Foreign Ministers' Meeting"
    name: str  # the grouping as the title names it: "G20", "SCO"
    status: str = HELD
    date: object = None
    place_id: int | None = None
    evidence: list = field(default_factory=list)

    def title(self, gazetteer):
        place = gazetteer.places.get(self.place_id) if self.place_id else None
        tail = " ".join(part for part in ((place.name if place else ""), (str(self.date.year) if self.date else "")) if part)
        return f"{self.name} {self.kind_title}" + (f", {tail}" if tail else "")

    def as_event(self):
        return Event(self.key, "", self.organisation_ids, self.date, None, self.place_id)


def _short_name(fact):
    return fact.acronym or fact.name


def _status(document, start, end):
    rules, text = document.rules, document.text
    if rules.cancellation.search(text, start, end):
        return CANCELLED
    if rules.modality.search(text, start, end):
        return PLANNED
    return HELD


def find_summits(document, next_key, covered=frozenset()):
    """``[NewEvent]``: the larger events the article names that the archive does not know (none of a
    grouping in ``covered``, whose known event the article reports)."""
    rules, gazetteer, text = document.rules, document.gazetteer, document.text
    if rules.summit is None:
        return []
    found = {}
    for sentence in document.sentences:
        phrases = list(rules.summit.finditer(text, sentence.start, sentence.end))
        if not phrases:
            continue
        for match in document.within(sentence.start, sentence.end, (ORGANISATION,)):
            fact = gazetteer.organisations.get(match.entity_id) if match.entity_id else None
            if fact is None or fact.kind != INTERGOVERNMENTAL or match.entity_id in covered:
                continue
            phrase = next((p for p in phrases if 0 <= p.start() - match.end <= NEAR), None)
            if phrase is None or not _only_words_between(document, match.end, phrase.start()):
                continue
            kind_title = rules.summit_titles[next(name for name, value in phrase.groupdict().items() if value)]
            place_id = places.meeting_place(document, sentence.start, sentence.end)
            status = _status(document, sentence.start, sentence.end)
            date, _ = dates.meeting_date(document, sentence.start, sentence.end, phrase.start(), status == HELD)
            organisation_ids = frozenset({match.entity_id})
            known = _known_event(document, organisation_ids, place_id, date)
            if known:
                continue
            key = (match.entity_id, kind_title)
            event = found.get(key)
            if event is None:
                event = found[key] = NewEvent(next_key(), organisation_ids, kind_title, _short_name(fact), status)
            event.place_id = event.place_id or place_id
            event.date = event.date or date
            if status == HELD and event.status != HELD and date is None:
                pass  # a later "is expected to attend" does not make a held summit planned, nor the reverse
            if sentence.text not in event.evidence:
                event.evidence.append(sentence.text)
    return list(found.values())


def _only_words_between(document, start, end):
    """Between the grouping and the phrase only words of the phrase's kind may stand ("G20 foreign ministers'")."""
    gap = document.text[start:end]
    return "." not in gap and "।" not in gap and ";" not in gap


def _known_event(document, organisation_ids, place_id, date):
    from .events import events_of

    return events_of(document, organisation_ids, place_id, date)
