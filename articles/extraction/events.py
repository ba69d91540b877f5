"""The larger events an article reports, and the meetings held on their sidelines.

A larger event is a multilateral meeting the archive already knows
(``Gazetteer.events``): "the SCO Defence Ministers' meeting in Dushanbe". A
sentence refers to one when it names an organisation together with an event
noun ("meeting", "conclave", "summit", "सम्मेलन", "बैठक"), and the event is
an event of that organisation whose dates and place fit the article: the
article's date lies within a week of the event, and a place the sentence
names is the event's place (or its country). With neither an article date
nor a place to compare, the organisation alone is not enough: the event is
not guessed.

"On the sidelines of …", "while attending …", "से इतर", "के दौरान" tie a
meeting in the same sentence to the event.
"""

import datetime

from .gazetteer import ORGANISATION
from .places import compatible_places

WINDOW = 120  # characters around a sidelines cue in which the event is named
NEAR = 60  # characters between an organisation and an event noun
PUBLISHED_SLACK = datetime.timedelta(days=7)


def _fits(document, event, place_id, date):
    """Does ``event`` fit what the text says; and is there anything to check it against?"""
    checked = False
    published = document.published
    if published is not None and event.date is not None:
        end = event.end_date or event.date
        if not (event.date - PUBLISHED_SLACK <= published <= end + PUBLISHED_SLACK):
            return False, True
        checked = True
    if date is not None and event.date is not None:
        end = event.end_date or event.date
        if not (event.date <= date <= end):
            return False, True
        checked = True
    if place_id is not None and event.place_id is not None:
        if not compatible_places(document.gazetteer, place_id, event.place_id):
            return False, True
        checked = True
    return True, checked


def events_of(document, organisation_ids, place_id=None, date=None):
    """The one known event of these organisations that fits, or None (none fits, or several do).

    The article's own new events (``summits.find_summits``, ``document.new_events``) come first: an
    event the article names is the one its sidelines meetings were on."""
    own = [e for e in document.new_events if e.organisation_ids & set(organisation_ids)]
    if len(own) == 1:
        return own[0]
    fitting = []
    for event in document.gazetteer.events_of_organisations(organisation_ids):
        fits, checked = _fits(document, event, place_id, date)
        if fits and checked:
            fitting.append(event)
    if len(fitting) == 1:
        return fitting[0]
    if len(fitting) > 1 and document.published is not None:
        fitting.sort(key=lambda e: abs((e.date - document.published).days))
        if abs((fitting[0].date - document.published).days) < abs((fitting[1].date - document.published).days):
            return fitting[0]
    return None


def _organisations_near_event_noun(document, start, end):
    """Organisations named within ``NEAR`` characters of an event noun inside ``[start, end)``."""
    found = set()
    organisations = document.within(start, end, (ORGANISATION,))
    if not organisations:
        return found
    nouns = [m.span() for m in document.rules.event_nouns.finditer(document.text, start, end)]
    if not nouns:
        return found
    for match in organisations:
        if match.entity_id is None:
            continue
        if any(abs(n_start - match.end) <= NEAR or abs(match.start - n_end) <= NEAR for n_start, n_end in nouns):
            found.add(match.entity_id)
            parent = document.gazetteer.organisations.get(match.entity_id)
            if parent is not None and parent.parent_id is not None:
                found.add(parent.parent_id)
    return found


def sidelines_event(document, clause_start, clause_end, place_id, date):
    """The event a meeting reported in this clause was on the sidelines of, or None."""
    text = document.text
    if document.rules.sidelines_of_the_event_before.search(text, clause_start, clause_end):
        return _event_reported_before(document, clause_start, place_id)  # "On the sidelines, X met Y"
    if not document.within(clause_start, clause_end, (ORGANISATION,)):
        return None  # no body named, no event to find
    for cue in document.rules.sidelines.finditer(text, clause_start, clause_end):
        if document.rules.module.NAMES_CAPITALISED:
            window = (cue.end(), min(clause_end, cue.end() + WINDOW))
        else:
            window = (max(clause_start, cue.start() - WINDOW), cue.start())
        organisations = _organisations_near_event_noun(document, *window)
        if organisations:
            event = events_of(document, organisations, place_id, date)
            if event is not None:
                return event
    return None


def _event_reported_before(document, position, place_id):
    """The event the sentences before ``position`` last report (a grouping next to an event noun), or None."""
    for sentence in reversed([s for s in document.sentences if s.end <= position]):
        organisations = _organisations_near_event_noun(document, sentence.start, sentence.end)
        if document.rules.summit is not None:
            # "The Quad foreign ministers met in Tokyo": a summit phrase with no event noun
            phrases = [m.start() for m in document.rules.summit.finditer(document.text, sentence.start, sentence.end)]
            organisations |= {
                match.entity_id
                for match in document.within(sentence.start, sentence.end, (ORGANISATION,))
                if match.entity_id is not None and any(0 <= start - match.end <= NEAR for start in phrases)
            }
        if organisations:
            return events_of(document, organisations, place_id, None)
    return None


def reported_events(document, place_of_sentence):
    """``{event id: [sentence texts]}`` for every known event the article refers to."""
    reported = {}
    for sentence in document.sentences:
        organisations = _organisations_near_event_noun(document, sentence.start, sentence.end)
        if not organisations:
            continue
        event = events_of(document, organisations, place_of_sentence(sentence), None)
        if event is None:
            continue
        reported.setdefault(event.id, [])
        if sentence.text not in reported[event.id]:
            reported[event.id].append(sentence.text)
    return reported
