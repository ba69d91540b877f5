"""Stage 4: find every known name in a text, in one pass.

All aliases of all known entities (canonical names included, in any script)
go into one Aho-Corasick automaton over their normalised forms
(``people.names``), so matching costs the same with five or five thousand
aliases. The text is folded the same way with an offset map, so that matches
point back at the text as written.

A match must start and end at word boundaries (a Devanagari vowel sign
continues a word); overlapping matches keep the longest, then the leftmost.
A name shared by two entities of the same kind is ambiguous and is reported
with every candidate, for the pipeline to decide.
"""

import unicodedata
from dataclasses import dataclass

import ahocorasick

from people.names import fold_with_offsets, normalize_name

PERSON = "person"
ORGANISATION = "organisation"
PLACE = "place"
KINDS = (PERSON, ORGANISATION, PLACE)


@dataclass(frozen=True)
class Match:
    kind: str
    candidates: tuple[int, ...]  # entity ids; more than one when ambiguous
    start: int
    end: int
    surface: str

    @property
    def entity_id(self):
        return self.candidates[0] if len(self.candidates) == 1 else None


def is_word_char(char):
    if char.isalnum():
        return True
    return unicodedata.category(char) in {"Mn", "Mc"}  # Devanagari vowel signs, virama, nukta


class Gazetteer:
    """Known names of people, organisations and places, for matching in text."""

    def __init__(self, rows=()):
        """``rows``: ``(kind, entity_id, name)`` triples."""
        self._names = {}  # normalised alias -> {(kind, entity_id)}
        self._entity_names = {}  # (kind, entity_id) -> {normalised alias}
        self._automaton = None
        for kind, entity_id, name in rows:
            self.add(kind, entity_id, name)

    def __len__(self):
        return len(self._names)

    def add(self, kind, entity_id, name):
        if kind not in KINDS:
            raise ValueError(f"unknown entity kind {kind!r}")
        normalized = normalize_name(name)
        if not normalized:
            return
        self._names.setdefault(normalized, set()).add((kind, entity_id))
        self._entity_names.setdefault((kind, entity_id), set()).add(normalized)
        self._automaton = None  # rebuilt on the next search

    def names_of(self, kind, entity_id):
        """The normalised names known for one entity."""
        return frozenset(self._entity_names.get((kind, entity_id), ()))

    def entities_named(self, name):
        """The ``(kind, entity_id)`` pairs that have ``name`` as an alias."""
        return frozenset(self._names.get(normalize_name(name), ()))

    def _build(self):
        automaton = ahocorasick.Automaton()
        for normalized, entities in self._names.items():
            automaton.add_word(normalized, (normalized, frozenset(entities)))
        if len(automaton):
            automaton.make_automaton()
        self._automaton = automaton

    def find(self, text):
        """Every known name in ``text`` (NFC), as non-overlapping ``Match``es in order."""
        if self._automaton is None:
            self._build()
        if not len(self._automaton):
            return []
        folded, offsets = fold_with_offsets(text)
        found = []
        for end_index, (normalized, entities) in self._automaton.iter(folded):
            start_index = end_index - len(normalized) + 1
            # The end maps through the next folded character, so that a
            # dropped nukta or joiner at the end of a name stays inside it.
            start, end = offsets[start_index], offsets[end_index + 1]
            end = start + len(text[start:end].rstrip())
            if start > 0 and is_word_char(text[start - 1]):
                continue
            if end < len(text) and is_word_char(text[end]):
                continue
            found.append((start, end, entities))
        return [self._match(text, start, end, entities) for start, end, entities in _longest_leftmost(found)]

    @staticmethod
    def _match(text, start, end, entities):
        kinds = {kind for kind, _ in entities}
        # A name shared across kinds (a city and a person) counts for the
        # kind listed first in KINDS, unless only one kind has it.
        kind = next(kind for kind in KINDS if kind in kinds)
        candidates = tuple(sorted(entity_id for k, entity_id in entities if k == kind))
        return Match(kind, candidates, start, end, text[start:end])


def _longest_leftmost(found):
    """Drop matches that overlap a longer (or equally long, earlier) one."""
    found.sort(key=lambda item: (-(item[1] - item[0]), item[0]))
    taken = []
    occupied = []
    for start, end, entities in found:
        if any(start < other_end and other_start < end for other_start, other_end in occupied):
            continue
        occupied.append((start, end))
        taken.append((start, end, entities))
    taken.sort(key=lambda item: item[0])
    return taken
