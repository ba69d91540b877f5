"""Finding people and organisations by the names people type.

Readers type surnames ("Modi", "मोदी"), short forms without initials or dots ("S Jaishankar",
"Jaishankar"), and near misses ("Jaishanker", "Rajnat Sing"), in either script. This module
has one job: turn such text into the aliases it may stand for, and those into entities.

- An **alias index** (``NameIndex``), built once per process from every person and organisation
  alias and rebuilt when the aliases change, maps *short forms* to aliases: the alias without
  dots, without its initials, and a person's surname (the last word, three letters or more).
  It also keeps each alias spelled in plain Latin letters (Devanagari transliterated), for
  fuzzy comparison with rapidfuzz's Levenshtein distance, so "Jaishanker" and "जयशंकर" typed
  as "Jayshankar" meet "S. Jaishankar".
- ``resolve_aliases`` turns normalised aliases into entities with one database query, so what
  a reader sees is always the database's current state (the index only proposes aliases).

``lookup_names`` does both for a set of texts. The public search (``articles/search/entities.py``)
and the people directory use it; the admin's autocomplete can too.
"""

import threading
import time
from dataclasses import dataclass, field

from django.db import connection
from django.db.models import CharField, Exists, F, OuterRef, Value
from django.db.models.signals import post_delete, post_save
from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from .models import Organisation, OrganisationAlias, Person, PersonAlias, PlaceAlias
from .names import normalize_name, script_of

PERSON, ORGANISATION, PLACE = "person", "organisation", "place"
EXACT, SHORT, FUZZY = "exact", "short", "fuzzy"
# A surname shorter than this is no key of its own ("Xi", "Li" are too often something else).
MIN_SURNAME_CHARS = 3
# How many edits a near miss may be away, by the length of what was typed (in Latin letters).
FUZZY_MAX_EDITS = ((5, 0), (8, 1))  # (shorter than, edits): under 5 none, 5–7 one, else two
FUZZY_MORE_EDITS = 2
FUZZY_MAX_CANDIDATES = 5
AMBIGUOUS_MAX_CANDIDATES = 10  # the people a shared surname could mean, listed (those with articles first)
# The index is checked against the database at most this often (seconds); saves and deletes
# of aliases in this process rebuild it at once.
CHECK_INTERVAL = 30.0


def plain_form(normalized):
    """A normalised name without dots and with single spaces: "s. jaishankar" → "s jaishankar"."""
    return " ".join(normalized.replace(".", " ").split())


def without_initials(plain):
    """The words of a plain form that are not single-letter initials: "s jaishankar" → "jaishankar"."""
    return " ".join(word for word in plain.split() if len(word) > 1 or not word.isalpha() or not word.isascii())


def latin_spelling(text):
    """``text`` in plain lower-case Latin letters, whatever its script (for fuzzy comparison)."""
    from articles.extraction.transliteration import latin_form

    return latin_form(text)


def allowed_edits(text):
    for shorter_than, edits in FUZZY_MAX_EDITS:
        if len(text) < shorter_than:
            return edits
    return FUZZY_MORE_EDITS


@dataclass
class NameIndex:
    """Short forms and Latin spellings of every person and organisation alias."""

    short: dict = field(default_factory=dict)  # short form -> {normalised alias}
    aliases: set = field(default_factory=set)  # every normalised alias
    latin: dict = field(default_factory=dict)  # Latin spelling -> {normalised alias}
    latin_keys: list = field(default_factory=list)  # the keys of ``latin``, for rapidfuzz
    names: dict = field(default_factory=dict)  # (kind, id) -> [(name as written, script)]
    signature: tuple = ()

    def add(self, kind, entity_id, name, normalized):
        self.aliases.add(normalized)
        self.names.setdefault((kind, entity_id), []).append((name, script_of(name)))
        plain = plain_form(normalized)
        forms = {plain, without_initials(plain)}
        if kind == PERSON:
            words = without_initials(plain).split()
            if len(words) > 1 and len(words[-1]) >= MIN_SURNAME_CHARS:
                forms.add(words[-1])
        for form in forms - {normalized, ""}:
            self.short.setdefault(form, set()).add(normalized)
        spelling = latin_spelling(name)
        if spelling:
            self.latin.setdefault(spelling, set()).add(normalized)
            initials_dropped = without_initials(spelling)
            if initials_dropped and initials_dropped != spelling:
                self.latin.setdefault(initials_dropped, set()).add(normalized)
            words = initials_dropped.split()
            if kind == PERSON and len(words) > 1 and len(words[-1]) >= MIN_SURNAME_CHARS:
                self.latin.setdefault(words[-1], set()).add(normalized)

    def short_aliases(self, text):
        """Aliases ``text`` is a short form of (none for an alias itself: that is an exact match)."""
        plain = plain_form(normalize_name(text))
        return set(self.short.get(plain, ())) | ({plain} if plain in self.aliases else set())

    def fuzzy_aliases(self, text):
        """{normalised alias: edits} of aliases whose Latin spelling is a near miss of ``text``'s."""
        spelling = latin_spelling(text)
        edits = allowed_edits(spelling)
        if not edits or not self.latin:
            return {}
        if len(self.latin_keys) != len(self.latin):
            self.latin_keys = list(self.latin)
        found = {}
        for key, distance, _ in process.extract(
            spelling,
            self.latin_keys,
            scorer=Levenshtein.distance,
            score_cutoff=edits,
            limit=FUZZY_MAX_CANDIDATES * 4,
        ):
            for alias in self.latin[key]:
                if distance < found.get(alias, edits + 1):
                    found[alias] = distance
        return found

    def other_script_name(self, kind, entity_id, name):
        """The entity's first name in another script than ``name``'s ("नरेंद्र मोदी" for "Narendra Modi")."""
        script = script_of(name)
        for written, written_script in self.names.get((kind, entity_id), ()):
            if written_script != script and written_script in ("Latn", "Deva"):
                return written
        return ""

    def name_in_script(self, kind, entity_id, script):
        for written, written_script in self.names.get((kind, entity_id), ()):
            if written_script == script:
                return written
        return ""


ALIAS_MODELS = ((PERSON, PersonAlias, "person"), (ORGANISATION, OrganisationAlias, "organisation"))


def database_signature():
    """(count, largest id) of each alias table, in one query: changes when aliases are added or removed."""
    parts = [
        f"SELECT COUNT(*), MAX(id) FROM {connection.ops.quote_name(model._meta.db_table)}"
        for _, model, _ in ALIAS_MODELS
    ]
    with connection.cursor() as cursor:
        cursor.execute(" UNION ALL ".join(parts))
        return tuple(tuple(row) for row in cursor.fetchall())


def build_index(signature=None):
    index = NameIndex(signature=signature if signature is not None else database_signature())
    for kind, model, field_name in ALIAS_MODELS:
        rows = model.objects.order_by("pk").values_list(f"{field_name}_id", "name", "normalized")
        for entity_id, name, normalized in rows.iterator(chunk_size=5000):
            index.add(kind, entity_id, name, normalized)
    # Places only for their names in each script (their short forms are no names people mistype).
    rows = PlaceAlias.objects.filter(kind=PlaceAlias.Kind.NAME).order_by("pk").values_list("place_id", "name")
    for place_id, name in rows.iterator(chunk_size=5000):
        index.names.setdefault((PLACE, place_id), []).append((name, script_of(name)))
    return index


def name_in_script(kind, entity_id, name, script):
    """The entity's name written in ``script`` ("Deva", "Latn"), else ``name``."""
    if script_of(name) == script:
        return name
    return name_index().name_in_script(kind, entity_id, script) or name


class _Cache:
    lock = threading.Lock()
    index = None
    checked = 0.0
    database = None


def name_index():
    """The alias index of this process, rebuilt when the aliases in the database changed."""
    now = time.monotonic()
    with _Cache.lock:
        index = _Cache.index
        if index is not None and _Cache.database == connection.alias and now - _Cache.checked < CHECK_INTERVAL:
            return index
        signature = database_signature()
        if index is None or index.signature != signature or _Cache.database != connection.alias:
            index = build_index(signature)
        _Cache.index, _Cache.checked, _Cache.database = index, now, connection.alias
        return index


def forget_index(**kwargs):
    """Drop the index (an alias or a name changed in this process): the next lookup rebuilds it."""
    _Cache.index = None


for _model in (PersonAlias, OrganisationAlias, Person, Organisation):
    post_save.connect(forget_index, sender=_model, dispatch_uid=f"lookup-forget-save-{_model.__name__}")
    post_delete.connect(forget_index, sender=_model, dispatch_uid=f"lookup-forget-delete-{_model.__name__}")


@dataclass(frozen=True)
class Candidate:
    """An entity a name may stand for."""

    kind: str
    id: int
    slug: str
    label: str
    alias: str  # the normalised alias that matched
    linked: bool  # some article mentions it
    other_name: str = ""  # its name in the other script, when the archive has one

    @property
    def display(self):
        return f"{self.label} ({self.other_name})" if self.other_name else self.label


def resolve_aliases(normalized_aliases, index=None, places=True):
    """{normalised alias: [Candidate]}: people, organisations (and places) with these aliases, one query."""
    from articles.models import OrganisationMention, PersonMention, PlaceMention

    if not normalized_aliases:
        return {}
    aliases = sorted(normalized_aliases)
    kinds = [
        (PERSON, PersonAlias.objects.filter(normalized__in=aliases), "person", PersonMention),
        (ORGANISATION, OrganisationAlias.objects.filter(normalized__in=aliases), "organisation", OrganisationMention),
    ]
    if places:
        kinds.append(
            (
                PLACE,
                PlaceAlias.objects.filter(normalized__in=aliases, kind=PlaceAlias.Kind.NAME),
                "place",
                PlaceMention,
            )
        )
    querysets = [
        rows.annotate(
            entity_kind=Value(kind, output_field=CharField()),
            entity_id=F(f"{field_name}_id"),
            entity_slug=F(f"{field_name}__slug"),
            entity_name=F(f"{field_name}__name"),
            linked=Exists(mentions.objects.filter(**{field_name: OuterRef(f"{field_name}_id")})),
        )
        .order_by()
        .values_list("entity_kind", "entity_id", "entity_slug", "entity_name", "normalized", "linked")
        for kind, rows, field_name, mentions in kinds
    ]
    rows = querysets[0].union(*querysets[1:], all=True)
    found = {}
    for kind, entity_id, slug, name, normalized, linked in rows:
        other = index.other_script_name(kind, entity_id, name) if index is not None else ""
        candidate = Candidate(kind, entity_id, slug, name, normalized, bool(linked), other)
        matches = found.setdefault(normalized, [])
        if all((c.kind, c.id) != (kind, entity_id) for c in matches):
            matches.append(candidate)
    for matches in found.values():
        matches.sort(key=lambda c: (c.kind, c.label, c.id))
    return found


@dataclass
class NameLookup:
    """What one typed text may name: exact aliases, short forms, near misses (each a list of Candidates)."""

    text: str
    exact: list = field(default_factory=list)
    short: list = field(default_factory=list)
    fuzzy: list = field(default_factory=list)  # nearest first

    def unique(self, kind=None):
        """The one entity a short form stands for, when the archive links it and knows no other by that form
        (the gazetteer's Singhs that no article names yet still make "Singh" a guess); else None."""
        candidates = [c for c in self.short if kind is None or c.kind == kind]
        return candidates[0] if len(candidates) == 1 and candidates[0].linked else None

    @property
    def ambiguous(self):
        """The entities a short form may stand for, when there are several and the archive links one of them:
        those it links first, at most ``AMBIGUOUS_MAX_CANDIDATES``."""
        if len(self.short) < 2 or not any(c.linked for c in self.short):
            return []
        return sorted(self.short, key=lambda c: not c.linked)[:AMBIGUOUS_MAX_CANDIDATES]


def lookup_names(texts, *, exact_forms=None, fuzzy=None, places=True):
    """{text: NameLookup} for each text, with one query for the aliases (and the index's check).

    ``exact_forms`` ({text: {normalised form}}) gives the forms under which a text is an alias
    (the search adds possessives); by default its normalised form. Near misses are looked for
    in the texts of ``fuzzy`` (all texts when None), and only where a text is no alias and no
    short form.
    """
    texts = list(dict.fromkeys(texts))
    if not texts:
        return {}
    index = name_index()
    exact_forms = exact_forms or {}
    wanted = {}
    for text in texts:
        forms = exact_forms.get(text) or {normalize_name(text)}
        forms = {form for form in forms if len(form) >= 2}
        short = set()
        for form in forms:
            short |= index.short_aliases(form)
        short -= forms
        near = {}
        if (fuzzy is None or text in fuzzy) and not (forms & index.aliases) and not short:
            near = index.fuzzy_aliases(text)
        wanted[text] = (forms, short, near)
    every = set()
    for forms, short, near in wanted.values():
        every |= forms | short | set(near)
    rows = resolve_aliases(every, index, places=places)
    found = {}
    for text, (forms, short, near) in wanted.items():
        lookup = NameLookup(text)
        seen = set()
        for form in sorted(forms):
            for candidate in rows.get(form, ()):
                if (candidate.kind, candidate.id) not in seen:
                    seen.add((candidate.kind, candidate.id))
                    lookup.exact.append(candidate)
        for alias in sorted(short):
            for candidate in rows.get(alias, ()):
                if (candidate.kind, candidate.id) not in seen and candidate.kind != PLACE:
                    seen.add((candidate.kind, candidate.id))
                    lookup.short.append(candidate)
        for alias in sorted(near, key=lambda alias: (near[alias], alias)):
            for candidate in rows.get(alias, ()):
                if (candidate.kind, candidate.id) not in seen and candidate.kind != PLACE:
                    seen.add((candidate.kind, candidate.id))
                    lookup.fuzzy.append(candidate)
        lookup.fuzzy = sorted(lookup.fuzzy, key=lambda c: not c.linked)[:FUZZY_MAX_CANDIDATES]
        found[text] = lookup
    return found


def suggest(text, limit=10):
    """Entities ``text`` may name, best first (exact, then short forms, then near misses): for autocompletes."""
    lookup = lookup_names([text]).get(text)
    if lookup is None:
        return []
    return (lookup.exact + lookup.short + lookup.fuzzy)[:limit]
