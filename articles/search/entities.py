"""Entity-aware search: names in a query found as people, organisations and places.

A query that names an entity by any of its aliases, in any script, also
finds the articles that mention the entity, whatever they call it: "Rajnath
Singh" finds the Hindi article that writes "राजनाथ सिंह". The words of the
name still match as text too; the name becomes a group "these words OR a
mention of one of these entities". The entities found are offered to the
reader as filters.
"""

from dataclasses import dataclass

from django.db.models import CharField, F, Value

from people.models import OrganisationAlias, PersonAlias, PlaceAlias
from people.names import normalize_name

from .constants import MAX_ALIAS_WORDS
from .query import All, Any

PERSON, ORGANISATION, PLACE = "person", "organisation", "place"
POSSESSIVE_SUFFIXES = ("'s", "’s")


@dataclass(frozen=True)
class EntityMatch:
    kind: str
    id: int
    slug: str
    label: str
    alias: str  # the normalised alias that matched


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


def lookup_aliases(candidates):
    """{normalised alias: [EntityMatch, …]} for people, organisations and places, in one query."""
    if not candidates:
        return {}
    candidates = sorted(candidates)
    kinds = [
        (PERSON, PersonAlias.objects.filter(normalized__in=candidates), "person"),
        (ORGANISATION, OrganisationAlias.objects.filter(normalized__in=candidates), "organisation"),
        (PLACE, PlaceAlias.objects.filter(normalized__in=candidates, kind=PlaceAlias.Kind.NAME), "place"),
    ]
    querysets = [
        aliases.annotate(
            entity_kind=Value(kind, output_field=CharField()),
            entity_id=F(f"{field}_id"),
            entity_slug=F(f"{field}__slug"),
            entity_name=F(f"{field}__name"),
        )
        .order_by()
        .values_list("entity_kind", "entity_id", "entity_slug", "entity_name", "normalized")
        for kind, aliases, field in kinds
    ]
    rows = querysets[0].union(*querysets[1:], all=True)
    found = {}
    for kind, entity_id, slug, name, normalized in rows:
        matches = found.setdefault(normalized, [])
        match = EntityMatch(kind, entity_id, slug, name, normalized)
        if match not in matches:
            matches.append(match)
    return found


def resolve_query(query):
    """Find the names in ``query``; returns a ``ResolvedQuery`` (one database query, none without names)."""
    candidates = set()
    for run in query.runs:
        for _, _, text in _grams(run):
            candidates |= name_candidates(text)
    for clause in query.clauses:
        if len(clause.terms) > 1:
            for term in clause.terms:
                candidates |= name_candidates(term.text)
    aliases = lookup_aliases(candidates) if candidates else {}
    if not aliases:
        return ResolvedQuery(query, query.clauses, (), query.excluded)

    def entities_for(text):
        found = []
        for candidate in sorted(name_candidates(text)):
            found.extend(aliases.get(candidate, ()))
        return found

    matches = []
    grouped = {}  # id(first term of a matched name) -> (number of terms, entities)
    for run in query.runs:
        start = 0
        while start < len(run):
            for size in range(min(MAX_ALIAS_WORDS, len(run) - start), 0, -1):
                entities = entities_for(" ".join(term.text for term in run[start : start + size]))
                if entities:
                    grouped[id(run[start])] = (run[start : start + size], entities)
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
                matches.extend(entities)
                groups.append(Group(clause, _keys(entities)))
                continue
        text_clauses.append(clause)
    unique = []
    for match in matches:
        if all((match.kind, match.id) != (other.kind, other.id) for other in unique):
            unique.append(match)
    return ResolvedQuery(query, tuple(text_clauses), tuple(groups), query.excluded, tuple(unique))


def _keys(entities):
    return tuple(sorted({(entity.kind, entity.id) for entity in entities}))
