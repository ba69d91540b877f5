"""The extraction pipeline: cleaned body in, mentions, new entities and meetings out. No database access.

Stages, in order (each a plain function over plain data, in its own module):

1. ``sentences.split_sentences``;
2. ``gazetteer.Gazetteer.find``: every known name (people, organisations,
   places, demonyms), then ``disambiguate`` names shared by several entities;
3. ``titles``: offices, ranks, honorifics and "counterpart", chained with
   their qualifiers;
4. ``persons``: the names after titles, known or new; new ones are compared
   with the known people across scripts (``matching``) and grouped
   (``dedup.group_names``);
5. ``coreference``: surname-only mentions of people named in full;
6. ``organisations``: bodies defined, ministries, armed forces, named bodies,
   and which body belongs to which;
7. ``references`` + ``meetings``: who met whom, held or planned, with
   ``places``, ``dates`` and ``events`` (the larger event);
8. ``dedup.merge_meetings``: one meeting per meeting, however often reported;
   ``events.reported_events``: the larger events the article reports.

People and organisations new to the archive get negative ids (``key``) in
the result; ``articles.linking`` creates them and swaps the keys for ids.
"""

import itertools
from dataclasses import dataclass, field

from people.names import normalize_name

from .agency_credits import credited_agencies
from .coreference import resolve_short_mentions
from .another_given_name import drop_names_after_another_given_name
from .attended import attended_meetings, attended_next
from .call_references import calls_told_after
from .credentials import credentials_meetings
from .dedup import merge_meetings
from .document import Document
from .elections import drop_election_names
from .events import reported_events
from .gazetteer import DEMONYM, MENTION_KINDS, ORGANISATION, PERSON, Match
from .fuller_names import widen_short_names
from .initialled import initialled_people
from .listed_names import listed_people
from .inside_names import drop_names_inside_other_names
from .media import drop_statement_media
from .meetings import find_meetings, without_denied
from .organisations import find_organisations, organisation_matches
from .mononyms import titled_mononyms, untitled_mononyms
from .persons import find_titled_names, find_titled_surnames, resolve_titled_names, role_claim
from .place_or_person import drop_places_before_family_names
from .places import meeting_place
from .references import People
from .rules import compiled
from .sentences import Sentence, split_sentences
from .summits import find_summits
from .tagged import tagged_people
from .titles import chain_titles, find_titles
from .venues import drop_venues


@dataclass
class Extraction:
    """What the pipeline found in one article."""

    language: str
    sentences: list[Sentence]
    mentions: list[Match] = field(default_factory=list)
    ambiguous: list[Match] = field(default_factory=list)
    published: object = None
    new_persons: list = field(default_factory=list)  # persons.NewPerson
    person_spellings: list = field(default_factory=list)  # persons.NewSpelling
    organisations: list = field(default_factory=list)  # organisations.OrganisationFind (known and new)
    meetings: list = field(default_factory=list)  # meetings.ExtractedMeeting
    events: dict = field(default_factory=dict)  # larger event id (negative for new ones) -> [sentences]
    new_events: list = field(default_factory=list)  # summits.NewEvent: larger events new to the archive

    def entity_ids(self, kind):
        return {m.entity_id for m in self.mentions if m.kind == kind}

    @property
    def new_organisations(self):
        return [o for o in self.organisations if o.organisation_id is None]


def disambiguate(matches):
    """Settle names shared by several entities of one kind, or set them aside.

    A shared name means the candidate the article also names unambiguously
    ("Singh" after "Rajnath Singh"); otherwise it is left for an editor.
    """
    sure = {(m.kind, m.entity_id) for m in matches if m.entity_id is not None}
    resolved, ambiguous = [], []
    for m in matches:
        if m.entity_id is not None:
            resolved.append(m)
            continue
        known = [c for c in m.candidates if (m.kind, c) in sure]
        if len(known) == 1:
            resolved.append(Match(m.kind, (known[0],), m.start, m.end, m.surface))
        else:
            ambiguous.append(m)
    return resolved, ambiguous


def _replace_organisation_matches(document, finds):
    """Matches of the organisations found, replacing gazetteer matches a qualified reading overrides."""
    found = organisation_matches(document, finds)
    spans = [(m.start, m.end) for m in found]

    def replaced(match):
        if match.kind == ORGANISATION:
            return any(match.start < end and start < match.end for start, end in spans)
        # A country or demonym inside a body's name ("Indian Navy") is part of that name.
        return any(start <= match.start and match.end <= end for start, end in spans)

    kept = [m for m in document.matches if not replaced(m)]
    kept += [m for m in found if not any(k.start < m.end and m.start < k.end for k in kept)]
    document.matches[:] = kept
    document.reindex()


def extract(body, language, gazetteer, published=None):
    """Run every stage on an article's cleaned body; ``published`` is its date (or None)."""
    sentences = split_sentences(body, language)
    matches, ambiguous = disambiguate(gazetteer.find(body))
    matches = drop_places_before_family_names(body, matches, gazetteer, language)
    matches = drop_names_after_another_given_name(body, matches, gazetteer, language)
    matches = credited_agencies(body, matches, gazetteer, language)
    rules = compiled(language)
    if rules is None:
        # An undetermined language: known names only, no language rules to read more.
        mentions = [m for m in matches if m.kind in MENTION_KINDS]
        mentions = resolve_short_mentions(body, mentions, gazetteer)
        return Extraction(language, sentences, mentions, ambiguous, published)

    document = Document(body, language, rules, sentences, gazetteer, published, list(matches))
    keys = itertools.count(-1, -1)
    next_key = keys.__next__

    titles = find_titles(document)
    widened = widen_short_names(document, [(t.start, t.end) for t in titles])
    chains = chain_titles(document, titles)
    titled, references = find_titled_names(document, chains, titles)
    mononyms, references = titled_mononyms(document, references, titles, titled)
    titled += mononyms
    untitled = initialled_people(document, titles, titled)
    untitled += tagged_people(document, titles, titled + untitled)
    untitled += listed_people(document, titles, titled + untitled)
    untitled += untitled_mononyms(document, titles, titled + untitled)
    new_persons, spellings, person_matches = resolve_titled_names(document, titled + untitled, next_key)
    spellings = widened + spellings
    document.add_matches(person_matches)
    surnamed, surname_matches, references = find_titled_surnames(document, references, titles)
    titled += surnamed
    document.add_matches(surname_matches)

    organisations = find_organisations(document, titles)
    for find in organisations:
        if find.organisation_id is None:
            find.key = next_key()
    _replace_organisation_matches(document, organisations)

    extra_names = {p.key: {normalize_name(n) for n in p.aliases} for p in new_persons}
    for spelling in spellings:  # "सर्गेई शोइगु" for a Sergei Shoigu known in Latin: "शोइगु" is him too
        names = extra_names.setdefault(spelling.person_id, set(gazetteer.names_of(PERSON, spelling.person_id)))
        names.add(normalize_name(spelling.name))
    mentions = [m for m in document.matches if m.kind in MENTION_KINDS]
    occupied = [(t.start, t.end) for t in titles] + [(m.start, m.end) for m in document.matches if m.kind == DEMONYM]
    mentions = resolve_short_mentions(body, mentions, gazetteer, extra_names, occupied)
    mentions = drop_names_inside_other_names(document, drop_venues(document, drop_statement_media(document, mentions)))
    mentions = drop_election_names(document, mentions, organisations)
    # A new person no mention is left of (named only inside another name) is not created either.
    mentioned = {m.entity_id for m in mentions if m.kind == PERSON}
    new_persons = [p for p in new_persons if p.key in mentioned]
    named = {m.entity_id for m in mentions if m.kind == ORGANISATION}
    # A new body no mention is left of (named only as a venue, a medium, an election) is not created.
    organisations = [f for f in organisations if f.organisation_id is not None or f.key in named]

    by_span = {(m.start, m.end): m.entity_id for m in mentions if m.kind == PERSON}
    titled_people = [
        (by_span.get((t.start, t.end)), t.chain) for t in titled if by_span.get((t.start, t.end)) is not None
    ]
    people = People(
        gazetteer, [m for m in mentions if m.kind == PERSON and m.entity_id is not None], titled_people, published
    )
    for person in new_persons:
        for person_id, chain in titled_people:
            if person_id == person.key:
                claim = role_claim(document, chain, people, person.key)
                if claim is not None and claim not in person.roles:
                    person.roles.append(claim)

    # The known events the article reports, then the new ones it names (never a grouping's second event).
    events = reported_events(document, lambda s: meeting_place(document, s.start, s.end))
    covered = {o for event_id in events for o in gazetteer.events[event_id].organisation_ids}
    new_events = find_summits(document, next_key, covered)
    document.new_events = [event.as_event() for event in new_events]
    found = find_meetings(document, people, references, titles, chains) + credentials_meetings(document, people)
    found += attended_meetings(document, people)
    found = attended_next(document, people, found)
    found = calls_told_after(document, found)
    meetings = merge_meetings(gazetteer, without_denied(found))
    for event in new_events:
        evidence = events.setdefault(event.key, [])
        evidence.extend(e for e in event.evidence if e not in evidence)
    for meeting in meetings:
        if meeting.sidelines_of is not None:
            evidence = events.setdefault(meeting.sidelines_of, [])
            evidence.extend(e for e in meeting.evidence if e not in evidence)

    return Extraction(
        language=language,
        sentences=sentences,
        mentions=mentions,
        ambiguous=ambiguous,
        published=published,
        new_persons=new_persons,
        person_spellings=spellings,
        organisations=organisations,
        meetings=meetings,
        events=events,
        new_events=new_events,
    )
