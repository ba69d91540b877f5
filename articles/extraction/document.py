"""One article as the later stages see it: its text, sentences and the names found in it.

A plain container with fast lookups by offset, so that each stage asks
"which name ends here?" or "which sentence is this in?" without scanning.
"""

import bisect
import functools
from dataclasses import dataclass, field

from .casing import headline_case_spans
from .gazetteer import DEMONYM, ORGANISATION, PERSON, PLACE, Gazetteer, Match
from .rules import CompiledRules, find_words
from .sentences import Sentence
from .spans import SpanIndex


@dataclass
class Document:
    text: str
    language: str
    rules: CompiledRules
    sentences: list[Sentence]
    gazetteer: Gazetteer
    published: object = None  # datetime.date or None
    matches: list[Match] = field(default_factory=list)  # every name found, any kind, in text order
    new_events: list = field(default_factory=list)  # larger events the article names new (``summits``), as Events
    tagged: list | None = None  # the statistical tagger's spans, once asked for (``tagged.tag_document``)
    not_bodies: set = field(default_factory=set)  # names the article defines as no body ("LAC"), normalised
    not_body_spans: list = field(default_factory=list)  # where it defines them

    def __post_init__(self):
        self._sentence_starts = [s.start for s in self.sentences]
        module = self.rules.module
        self.headline_case = SpanIndex(
            headline_case_spans(self.text, module.FUNCTION_WORDS) if module.NAMES_CAPITALISED else ()
        )
        self.reindex()

    def reindex(self):
        self.matches.sort(key=lambda m: m.start)
        self._by_start = {m.start: m for m in self.matches}
        self._by_end = {m.end: m for m in self.matches}
        self._starts = [m.start for m in self.matches]

    def add_matches(self, matches):
        self.matches.extend(matches)
        self.reindex()

    def sentence_at(self, offset):
        index = bisect.bisect_right(self._sentence_starts, offset) - 1
        return self.sentences[max(index, 0)] if self.sentences else None

    def starting_at(self, offset, kinds=None):
        match = self._by_start.get(offset)
        return match if match is not None and (kinds is None or match.kind in kinds) else None

    def ending_at(self, offset, kinds=None):
        match = self._by_end.get(offset)
        return match if match is not None and (kinds is None or match.kind in kinds) else None

    def within(self, start, end, kinds=None):
        """Matches lying inside ``[start, end)``, in order."""
        index = bisect.bisect_left(self._starts, start)
        found = []
        while index < len(self.matches) and self.matches[index].start < end:
            match = self.matches[index]
            if match.end <= end and (kinds is None or match.kind in kinds):
                found.append(match)
            index += 1
        return found

    def overlapping(self, start, end, kinds=None):
        """Any match overlapping ``[start, end)``."""
        index = max(bisect.bisect_left(self._starts, start) - 1, 0)
        while index < len(self.matches) and self.matches[index].start < end:
            match = self.matches[index]
            if match.end > start and (kinds is None or match.kind in kinds):
                return match
            index += 1
        return None

    def is_country(self, match):
        if match.kind == DEMONYM:
            return True
        if match.kind != PLACE or match.entity_id is None:
            return False
        fact = self.gazetteer.places.get(match.entity_id)
        return fact is not None and fact.kind == "country"

    def is_region(self, match):
        """A state or province ("Punjab", "Karnataka"): a place of the gazetteer's regions."""
        if match.kind != PLACE or match.entity_id is None:
            return False
        fact = self.gazetteer.places.get(match.entity_id)
        return fact is not None and fact.kind == "region"

    @functools.cached_property
    def only_abroad(self):
        """Does the article name other countries (their places, peoples, office holders) and never the
        archive's home country? Then an unqualified "the Defence Ministry" is not the home country's."""
        home = self.gazetteer.home_country_id
        if home is None:
            return False
        abroad = False
        for match in self.matches:
            if match.kind in (PLACE, DEMONYM):
                countries = {self.country_of(match)}
            elif match.kind == PERSON:
                countries = {r.country_id for r in self.gazetteer.roles.get(match.entity_id, ())}
            else:
                continue
            if home in countries:
                return False  # "Modi", "नई दिल्ली": a story of the home country
            abroad = abroad or any(c is not None for c in countries)
        return abroad

    def country_of(self, match):
        """The country a place, demonym or organisation match stands for, if any."""
        if match.entity_id is None:
            return None
        if match.kind == DEMONYM:
            return match.entity_id
        if match.kind == PLACE:
            return self.gazetteer.country_of_place(match.entity_id)
        if match.kind == ORGANISATION:
            fact = self.gazetteer.organisations.get(match.entity_id)
            return fact.country_id if fact else None
        return None

    def mentions_any(self, words):
        """Does the text contain any of ``words`` (folded like names, so case-insensitively)?

        A cheap test before a costly pattern: the pattern is only run when one of
        its words occurs at all.
        """
        folded, _ = self.gazetteer.folded(self.text)
        return any(word in folded for word in words)

    def occurrences(self, names_by_id, over=()):
        """``(start, end, id)`` of every occurrence, as written, of the given names, outside other matches;
        ``over``: kinds of match a name may hold wholly inside it, shorter than itself (what the caller
        then replaces)."""
        owner = {}
        for entity_id, names in names_by_id.items():
            for name in names:
                owner.setdefault(name, entity_id)
        return [
            (start, end, owner[name])
            for start, end, name in find_words(self.text, owner)
            if self._free_for_a_name(start, end, over)
        ]

    def _free_for_a_name(self, start, end, over=()):
        """No match overlaps ``[start, end)`` but places and demonyms wholly inside it ("Royal Australian
        Navy" holds "Australian"), and matches of the kinds ``over`` wholly inside and shorter."""
        index = max(bisect.bisect_left(self._starts, start) - 1, 0)
        while index < len(self.matches) and self.matches[index].start < end:
            match = self.matches[index]
            inside = start <= match.start and match.end <= end
            if match.end > start and not (
                inside and (match.kind in (PLACE, DEMONYM) or (match.kind in over and match.end - match.start < end - start))
            ):
                return False
            index += 1
        return True

    def drop_matches_inside(self, spans, kind):
        """Remove the matches of ``kind`` lying wholly inside one of ``spans`` (and shorter than it)."""
        spans = sorted(spans)
        starts = [start for start, _ in spans]

        def inside(match):
            index = bisect.bisect_right(starts, match.start) - 1
            while index >= 0:
                start, end = spans[index]
                if match.end <= end and (start, end) != (match.start, match.end):
                    return True
                index -= 1
                if index >= 0 and spans[index][1] <= match.start:
                    break
            return False

        kept = [m for m in self.matches if not (m.kind == kind and inside(m))]
        if len(kept) != len(self.matches):
            self.matches = kept
            self.reindex()
