"""Entity-aware search: names in a query found as people, organisations and places.

A query that names an entity by any of its aliases, in any script, also
finds the articles that mention the entity, whatever they call it: "Rajnath
Singh" finds the Hindi article that writes "राजनाथ सिंह". The words of the
name still match as text too; the name becomes a group "these words OR a
mention of one of these entities". The entities found are offered to the
reader as filters.
"""

from dataclasses import dataclass

from people.lookup import FUZZY, lookup_names
from people.names import normalize_name

from .constants import MAX_ALIAS_WORDS
from .query import All, Any

PERSON, ORGANISATION, PLACE = "person", "organisation", "place"
AMBIGUOUS = "ambiguous"
POSSESSIVE_SUFFIXES = ("'s", "’s")


@dataclass(frozen=True)
class EntityMatch:
    kind: str
    id: int
    slug: str
    label: str
    alias: str  # the normalised alias that matched
    typed: str = ""  # what the reader typed, when it was a short form ("Modi")
    other_name: str = ""  # the name in the other script ("नरेंद्र मोदी")

    @property
    def display(self):
        return f"{self.label} ({self.other_name})" if self.other_name else self.label


@dataclass(frozen=True)
class NameSuggestion:
    """Typed text that may name someone: near misses ("Jaishanker"), or a surname of several people."""

    typed: str
    reason: str  # FUZZY ("did you mean") or AMBIGUOUS ("could mean")
    candidates: tuple  # ``people.lookup.Candidate``s


@dataclass(frozen=True)
class Group:
    """Text that must match, or else a mention of one of ``entities`` ((kind, id) pairs)."""

    expression: object
    entities: tuple


@dataclass(frozen=True)
class ResolvedQuery:
    """A parsed query with its names resolved: what the backends run."""

    query: object
    text_clauses: tuple  # ``Any`` clauses that are text only
    groups: tuple  # ``Group``s: text or entity mentions
    excluded: tuple
    matches: tuple = ()
    suggestions: tuple = ()  # ``NameSuggestion``s

    def __bool__(self):
        return bool(self.query)

    @property
    def positive_terms(self):
        return self.query.positive_terms


def name_candidates(text):
    """The normalised forms under which ``text`` could be an alias."""
    found = {normalize_name(text)}
    for suffix in POSSESSIVE_SUFFIXES:
        if text.endswith(suffix):
            found.add(normalize_name(text[: -len(suffix)]))
    return {candidate for candidate in found if len(candidate) >= 2}


def _grams(run):
    for start in range(len(run)):
        for size in range(min(MAX_ALIAS_WORDS, len(run) - start), 0, -1):
            yield start, size, " ".join(term.text for term in run[start : start + size])


def as_match(candidate, typed=""):
    return EntityMatch(
        candidate.kind, candidate.id, candidate.slug, candidate.label, candidate.alias, typed, candidate.other_name
    )


def fuzzy_texts(query):
    """Where near misses of names are looked for: each run of up to three words as a whole, and
    each word of at least five letters (fuzzy matching every n-gram would cost too much)."""
    found = set()
    for run in query.runs:
        if 1 < len(run) <= 3:
            found.add(" ".join(term.text for term in run))
        found.update(term.text for term in run if len(term.text) >= 5)
    return found


def resolve_query(query):
    """Find the names in ``query``; returns a ``ResolvedQuery`` (one database query, none without names).

    A name is an alias of a person, organisation or place (in any script), or a short form of
    exactly one linked person or organisation ("Modi", "S Jaishankar"): it becomes a group "its
    words or a mention". A short form of several ("Singh") and a near miss ("Jaishanker") are
    searched as typed and offered as suggestions.
    """
    forms = {}
    for run in query.runs:
        for _, _, text in _grams(run):
            forms.setdefault(text, set()).update(name_candidates(text))
    for clause in query.clauses:
        if len(clause.terms) > 1:
            for term in clause.terms:
                forms.setdefault(term.text, set()).update(name_candidates(term.text))
    forms = {text: found for text, found in forms.items() if found}
    if not forms:
        return ResolvedQuery(query, query.clauses, (), query.excluded)
    lookups = lookup_names(list(forms), exact_forms=forms, fuzzy=fuzzy_texts(query))

    def entities_for(text):
        lookup = lookups.get(text)
        if lookup is None:
            return []
        if lookup.exact:
            return [as_match(candidate) for candidate in lookup.exact]
        unique = lookup.unique()
        return [as_match(unique, typed=text)] if unique else []

    matches = []
    covered = set()  # ids of the terms that are part of a name found
    grouped = {}  # id(first term of a matched name) -> (terms, entities)
    for run in query.runs:
        start = 0
        while start < len(run):
            for size in range(min(MAX_ALIAS_WORDS, len(run) - start), 0, -1):
                terms = run[start : start + size]
                entities = entities_for(" ".join(term.text for term in terms))
                if entities:
                    grouped[id(run[start])] = (terms, entities)
                    covered.update(id(term) for term in terms)
                    matches.extend(entities)
                    start += size
                    break
            else:
                start += 1

    text_clauses, groups = [], []
    skip = set()
    for clause in query.clauses:
        first = clause.terms[0]
        if id(first) in skip:
            continue
        if len(clause.terms) == 1 and id(first) in grouped:
            terms, entities = grouped[id(first)]
            skip.update(id(term) for term in terms)
            expression = terms[0] if len(terms) == 1 else All(tuple(Any((term,)) for term in terms))
            groups.append(Group(expression, _keys(entities)))
            continue
        if len(clause.terms) > 1:
            entities = [entity for term in clause.terms for entity in entities_for(term.text)]
            if entities:
                covered.update(id(term) for term in clause.terms)
                matches.extend(entities)
                groups.append(Group(clause, _keys(entities)))
                continue
        text_clauses.append(clause)
    unique = []
    for match in matches:
        if all((match.kind, match.id) != (other.kind, other.id) for other in unique):
            unique.append(match)
    return ResolvedQuery(
        query,
        tuple(text_clauses),
        tuple(groups),
        query.excluded,
        tuple(unique),
        suggestions_for(query, lookups, covered, {(m.kind, m.id) for m in unique}),
    )


def suggestions_for(query, lookups, covered, matched):
    """Surnames of several people, and near misses, among the words no name covers."""
    found, offered = [], set(matched)
    for run in query.runs:
        texts = []
        if 1 < len(run) <= 3 and not any(id(term) in covered for term in run):
            texts.append(" ".join(term.text for term in run))
        texts += [term.text for term in run if id(term) not in covered]
        for text in texts:
            lookup = lookups.get(text)
            if lookup is None:
                continue
            if lookup.ambiguous:
                reason, candidates = AMBIGUOUS, lookup.ambiguous
            elif lookup.fuzzy:
                reason, candidates = FUZZY, lookup.fuzzy
            else:
                continue
            candidates = [c for c in candidates if (c.kind, c.id) not in offered]
            if candidates:
                offered.update((c.kind, c.id) for c in candidates)
                found.append(NameSuggestion(text, reason, tuple(candidates)))
    return tuple(found)


def _keys(entities):
    return tuple(sorted({(entity.kind, entity.id) for entity in entities}))
