"""Stage 4: find every known name in a text, in one pass; and what the archive knows about each.

All aliases of all known entities (canonical names included, in any script)
go into one Aho-Corasick automaton over their normalised forms
(``people.names``), so matching costs the same with five or five thousand
aliases. The text is folded the same way with an offset map, so that matches
point back at the text as written.

A match must start and end at word boundaries (a Devanagari vowel sign
continues a word); overlapping matches keep the longest, then the leftmost.
A name known only as a capitalised acronym ("US", "UN", "CIS") matches only
where the text writes it in capitals: "told us" names no country.
A name shared by two entities of the same kind is ambiguous and is reported
with every candidate, for the pipeline to decide.

Besides names, the gazetteer holds the facts later stages reason with, as
plain data: a person's roles, a place's kind and country, an organisation's
acronym, kind, country and parent, and the larger events (multilateral
meetings) the archive knows.

Every change is journaled: ``checkpoint()`` and ``rollback(checkpoint)``
undo what was added since, so an import run can forget the people and
organisations of a file whose transaction was rolled back (a dry run, or a
failure).
"""

import itertools
import re
import unicodedata
from dataclasses import dataclass, field

import ahocorasick

from people.names import NUKTA, _fold_char, normalize_name

PERSON = "person"
ORGANISATION = "organisation"
PLACE = "place"
# A demonym ("Tajik", "बेलारूसी") describes a country's people: it is found
# like a name but never linked to an article as a place mention.
DEMONYM = "demonym"
KINDS = (PERSON, ORGANISATION, PLACE, DEMONYM)
MENTION_KINDS = (PERSON, ORGANISATION, PLACE)


@dataclass(frozen=True)
class Match:
    kind: str
    candidates: tuple[int, ...]  # entity ids; more than one when ambiguous; negative for new entities
    start: int
    end: int
    surface: str
    # The one entity meant, or None when the name is ambiguous (set from ``candidates``).
    entity_id: int | None = field(init=False, compare=False, repr=False)

    def __post_init__(self):
        object.__setattr__(self, "entity_id", self.candidates[0] if len(self.candidates) == 1 else None)


@dataclass(frozen=True)
class RoleFact:
    """A role the archive records for a person (``concept`` from the title lexicon)."""

    concept: str
    title: str
    country_id: int | None = None
    start: object = None
    end: object = None


@dataclass(frozen=True)
class PlaceFact:
    name: str
    kind: str  # country | region | city | other
    country_id: int | None = None


@dataclass(frozen=True)
class OrganisationFact:
    name: str
    acronym: str = ""
    kind: str = "other"
    country_id: int | None = None
    parent_id: int | None = None


@dataclass(frozen=True)
class Event:
    """A larger event (a multilateral meeting) other meetings may happen on the sidelines of."""

    id: int
    title: str
    organisation_ids: frozenset
    date: object = None
    end_date: object = None
    place_id: int | None = None


def is_word_char(char):
    if char.isalnum():
        return True
    return unicodedata.category(char) in {"Mn", "Mc"}  # Devanagari vowel signs, virama, nukta


class _FoldTable(dict):
    """``str.translate`` table folding one character as ``people.names`` does (None drops it)."""

    def __missing__(self, codepoint):
        char = chr(codepoint)
        out = _fold_char(char)
        if out and "\u0900" <= char <= "\u097f":
            out = unicodedata.normalize("NFD", out).replace(NUKTA, "")
        self[codepoint] = out or None
        return self[codepoint]


class _KeepTable(dict):
    """``str.translate`` table: "\x01" for a character the fold keeps, "\x00" for one it drops."""

    def __init__(self, fold_table):
        super().__init__()
        self._fold = fold_table

    def __missing__(self, codepoint):
        self[codepoint] = "\x00" if self._fold[codepoint] is None else "\x01"
        return self[codepoint]


_FOLD = _FoldTable()
_KEEP = _KeepTable(_FOLD)
_SPACE_RUN = re.compile(r"  +")


def fold(text):
    """Exactly ``people.names.fold_with_offsets``, in C-speed passes instead of a Python loop."""
    translated = text.translate(_FOLD)
    if len(translated) == len(text):
        kept = None  # every character kept: offsets are the identity
    else:
        mask = text.translate(_KEEP).encode("latin-1")
        kept = list(itertools.compress(range(len(text)), mask))
    if "  " not in translated:
        if kept is None:
            return translated, range(len(text) + 1)
        kept.append(len(text))
        return translated, kept
    pieces, offsets, position = [], [], 0
    for run in _SPACE_RUN.finditer(translated):
        start, end = run.span()
        pieces.append(translated[position : start + 1])
        offsets.extend(range(position, start + 1) if kept is None else kept[position : start + 1])
        position = end
    pieces.append(translated[position:])
    offsets.extend(range(position, len(translated)) if kept is None else kept[position:])
    offsets.append(len(text))
    return "".join(pieces), offsets



_ACRONYM = re.compile(r"(?:[A-Z]\.?){2,6}")
_ACRONYM_LENGTH = 12  # the longest normalised form an acronym may have ("u.s", "csto")
_SHORT_WORD = 3  # a name this short and not an acronym matches only as written ("Xi", "Abe")
CAPITALS = "capitals"


def is_acronym(written):
    """Is a name as written a Latin acronym in capitals ("US", "U.S.", "CSTO")?"""
    return _ACRONYM.fullmatch(written) is not None


def fold_word(word):
    """``people.names.normalize_name`` of one word of NFC text, fast."""
    return word.translate(_FOLD).strip(" .,'\"")


class Gazetteer:
    """Known names of people, organisations, places and demonyms, for matching in text, and their facts."""

    def __init__(self, rows=()):
        """``rows``: ``(kind, entity_id, name)`` triples."""
        self._names = {}  # normalised alias -> {(kind, entity_id)}
        self._entity_names = {}  # (kind, entity_id) -> {normalised alias}
        self._written = {}  # (kind, entity_id) -> {alias as written}
        self._automaton = None
        self._dirty = set()  # normalised aliases changed since the automaton was built
        self.roles = {}  # person id -> [RoleFact]
        self.places = {}  # place id -> PlaceFact
        self.organisations = {}  # organisation id -> OrganisationFact
        self.events = {}  # meeting id -> Event
        # The country an article means when it names a national body without
        # saying whose ("the Defence Ministry"): the archive's home country.
        self.home_country_id = None
        self.version = 0  # changes whenever anything is added or rolled back
        self._journal = []  # undo callables, newest last
        self._listeners = []
        self._indexes = {}
        self._folded = (None, None, None)
        for kind, entity_id, name in rows:
            self.add(kind, entity_id, name)

    def __len__(self):
        return len(self._names)

    # -- changes (journaled) --------------------------------------------------

    def checkpoint(self):
        """A mark to ``rollback`` to."""
        return len(self._journal)

    def forget_history(self):
        """Make everything so far permanent (a freshly loaded gazetteer has nothing to undo)."""
        self._journal.clear()

    def rollback(self, checkpoint):
        """Undo every change made since ``checkpoint``."""
        while len(self._journal) > checkpoint:
            self._journal.pop()()
            self.version += 1

    def _record(self, undo):
        self._journal.append(undo)
        self.version += 1

    def subscribe(self, listener):
        """``listener(kind, entity_id, normalized, added)`` hears of every alias added or undone."""
        self._listeners.append(listener)

    def _notify(self, kind, entity_id, normalized, added):
        for listener in self._listeners:
            listener(kind, entity_id, normalized, added)

    def add(self, kind, entity_id, name):
        if kind not in KINDS:
            raise ValueError(f"unknown entity kind {kind!r}")
        normalized = normalize_name(name)
        if not normalized:
            return
        key = (kind, entity_id)
        entities = self._names.setdefault(normalized, set())
        names = self._entity_names.setdefault(key, set())
        written = self._written.setdefault(key, set())
        new_entity = key not in entities
        new_written = name not in written
        if not new_entity and not new_written:
            return
        entities.add(key)
        names.add(normalized)
        written.add(name)
        self._dirty.add(normalized)
        if new_entity:
            self._notify(kind, entity_id, normalized, True)

        def undo():
            if new_written:
                written.discard(name)
            if new_entity:
                entities.discard(key)
                if not entities:
                    del self._names[normalized]
                if not any(normalize_name(n) == normalized for n in written):
                    names.discard(normalized)
                self._dirty.add(normalized)
                self._notify(kind, entity_id, normalized, False)

        self._record(undo)

    def _set(self, mapping, key, value):
        had, old = key in mapping, mapping.get(key)
        mapping[key] = value
        self._record(lambda: mapping.__setitem__(key, old) if had else mapping.pop(key, None))

    def add_role(self, person_id, role):
        roles = self.roles.setdefault(person_id, [])
        roles.append(role)

        def undo():
            roles.remove(role)
            if not roles:
                self.roles.pop(person_id, None)

        self._record(undo)

    def set_place(self, place_id, fact):
        self._set(self.places, place_id, fact)

    def set_organisation(self, organisation_id, fact):
        self._set(self.organisations, organisation_id, fact)

    def add_event(self, event):
        self._set(self.events, event.id, event)

    # -- questions ------------------------------------------------------------

    def name_index(self, kind):
        """A ``matching.NameIndex`` of this gazetteer's names of ``kind``, kept up to date."""
        if kind not in self._indexes:
            from .matching import NameIndex

            self._indexes[kind] = NameIndex(self, kind)
        return self._indexes[kind]

    @property
    def person_index(self):
        return self.name_index(PERSON)

    @property
    def organisation_index(self):
        return self.name_index(ORGANISATION)

    def people_with_name_word(self, word):
        """Ids of the people with a name of two or more words that begins or ends with ``word`` (normalised).

        What a title followed by one word may mean: "विदेश मंत्री जयशंकर" is
        someone known as "एस जयशंकर". Rebuilt when the gazetteer changed.
        """
        if getattr(self, "_name_words_version", None) != self.version:
            index = {}
            for (kind, entity_id), names in self._entity_names.items():
                if kind != PERSON:
                    continue
                for name in names:
                    words = name.split()
                    if len(words) >= 2:
                        index.setdefault(words[0], set()).add(entity_id)
                        index.setdefault(words[-1], set()).add(entity_id)
            self._name_words, self._name_words_version = index, self.version
        return self._name_words.get(word, frozenset())

    def names_of(self, kind, entity_id):
        """The normalised names known for one entity."""
        return frozenset(self._entity_names.get((kind, entity_id), ()))

    def written_names_of(self, kind, entity_id):
        """The names of one entity as written (any script)."""
        return frozenset(self._written.get((kind, entity_id), ()))

    def entities_named(self, name):
        """The ``(kind, entity_id)`` pairs that have ``name`` as an alias."""
        return frozenset(self._names.get(normalize_name(name), ()))

    def entities(self, kind):
        """Ids of every entity of ``kind`` with a name."""
        return {entity_id for k, entity_id in self._entity_names if k == kind}

    def events_of_organisations(self, organisation_ids):
        """The known events of any of ``organisation_ids``."""
        if getattr(self, "_events_version", None) != self.version:
            by_organisation = {}
            for event in self.events.values():
                for organisation_id in event.organisation_ids:
                    by_organisation.setdefault(organisation_id, []).append(event)
            self._events_by_organisation, self._events_version = by_organisation, self.version
        found = {}
        for organisation_id in organisation_ids:
            for event in self._events_by_organisation.get(organisation_id, ()):
                found[event.id] = event
        return list(found.values())

    def role_holders(self, concept, country_id):
        """``[(person_id, RoleFact)]`` of everyone with a role of ``concept`` in ``country_id``."""
        if getattr(self, "_holders_version", None) != self.version:
            holders = {}
            for person_id, roles in self.roles.items():
                for role in roles:
                    holders.setdefault((role.concept, role.country_id), []).append((person_id, role))
            self._holders, self._holders_version = holders, self.version
        return self._holders.get((concept, country_id), [])

    def country_of_place(self, place_id):
        """The country a place is or lies in (a country is its own country)."""
        fact = self.places.get(place_id)
        if fact is None:
            return None
        return place_id if fact.kind == "country" else fact.country_id

    # -- matching ---------------------------------------------------------------

    def _build(self):
        if self._automaton is None:
            self._automaton = ahocorasick.Automaton()
            self._dirty = set(self._names)
        automaton = self._automaton
        for normalized in self._dirty:
            entities = self._names.get(normalized)
            if entities:
                casing = self._casing(normalized, entities)
                automaton.add_word(normalized, (len(normalized), *_kind_and_candidates(entities), casing))
            elif normalized in automaton:
                automaton.remove_word(normalized)
        self._dirty = set()
        if len(automaton):
            automaton.make_automaton()

    def _casing(self, normalized, entities):
        """How a short Latin name must be written to match: ``CAPITALS`` for an acronym ("US" is not "us"),
        the written forms themselves for a short word that is not one ("Xi" is not the "XI" of a cricket
        side), else None (any case)."""
        if len(normalized) > _ACRONYM_LENGTH or not normalized.isascii() or " " in normalized:
            return None
        written = [w for key in entities for w in self._written.get(key, ()) if normalize_name(w) == normalized]
        if not written:
            return None
        if all(is_acronym(w) for w in written):
            return CAPITALS
        if len(normalized) <= _SHORT_WORD:
            return frozenset(written)
        return None

    def folded(self, text):
        """``fold(text)``, remembered for the last text folded (the stages of one article share it)."""
        if self._folded[0] is not text:
            self._folded = (text, *fold(text))
        return self._folded[1], self._folded[2]

    def find(self, text):
        """Every known name in ``text`` (NFC), as non-overlapping ``Match``es in order."""
        if self._automaton is None or self._dirty:
            self._build()
        if not len(self._automaton):
            return []
        folded, offsets = self.folded(text)
        found = []
        length = len(text)
        for end_index, (size, kind, candidates, casing) in self._automaton.iter(folded):
            # The end maps through the next folded character, so that a
            # dropped nukta or joiner at the end of a name stays inside it.
            start, end = offsets[end_index - size + 1], offsets[end_index + 1]
            if text[end - 1].isspace():
                end = start + len(text[start:end].rstrip())
            if start > 0 and is_word_char(text[start - 1]):
                continue
            if end < length and is_word_char(text[end]):
                continue
            if casing is CAPITALS and not text[start:end].isupper():
                continue  # "us", not "US"
            if casing is not None and casing is not CAPITALS and text[start:end] not in casing:
                continue  # "XI", not "Xi"
            found.append((start, end, (kind, candidates)))
        return [
            Match(kind, candidates, start, end, text[start:end])
            for start, end, (kind, candidates) in _longest_leftmost(found)
        ]


def _kind_and_candidates(entities):
    """A name shared across kinds (a city and a person) counts for the kind listed first in
    KINDS; a name shared by entities of one kind lists them all (ambiguous)."""
    kinds = {kind for kind, _ in entities}
    kind = next(kind for kind in KINDS if kind in kinds)
    return kind, tuple(sorted(entity_id for k, entity_id in entities if k == kind))


def _longest_leftmost(found):
    """Drop matches that overlap a longer (or equally long, earlier) one."""
    if len(found) < 2:
        return found
    found.sort(key=lambda item: (-(item[1] - item[0]), item[0]))
    occupied = bytearray(max(end for _, end, _ in found))
    taken = []
    for start, end, entities in found:
        if any(occupied[start:end]):
            continue
        occupied[start:end] = b"\x01" * (end - start)
        taken.append((start, end, entities))
    taken.sort(key=lambda item: item[0])
    return taken
