"""Organisations the gazetteer does not know yet, and which body another belongs to.

Five readers, in order of trust (a later one never takes text an earlier one read), each in its
own module (``organisation_definitions``, ``national_bodies``, ``named_bodies``; what they share is
in ``organisation_rules``), then the tagger's proposals (``tagged``) and the undefined acronyms
(``undefined_acronyms``):

* **definitions**: "Full Name (ACRONYM)" and its Hindi form "शंघाई सहयोग
  संगठन (एससीओ)". The full name is the run of words before the bracket whose
  initials spell the acronym (English), or that ends in a head word such as
  संगठन, परिषद (Hindi). A Devanagari acronym is read letter by letter
  ("एससीओ" → S-C-O, ``LETTER_NAMES``), which ties it to a body known by the
  Latin acronym.
* **ministries**: "Ministry of Defence", "Defence Ministry", "रक्षा मंत्रालय",
  with the country that qualifies them ("Tajikistan's", "बेलारूस के"); an
  unqualified ministry is the archive's home country's (see
  ``Gazetteer.home_country_id``), as a newspaper writes it.
* **armed forces**: "Indian Army", "Tajikistan's Air Force", "चीनी सेना": only
  with a country, never a bare "the army".
* **named bodies**: a capitalised name ending in a head word ("National
  Security Council", "Collective Security Treaty Organization"); in Hindi,
  only after a country or demonym ("भारत की राष्ट्रीय सुरक्षा परिषद");
* **bodies before their office**: the words right before an office only
  organisations have ("UN Secretary-General", "संयुक्त राष्ट्र महासचिव").

Each find is then resolved: the body the gazetteer already knows (by the
name, by the acronym, by ministry or force and country, or by a confident
fuzzy match of a name that is no acronym) or a new one. Bodies named side by side say which
belongs to which: "RATS of the SCO", "the SCO's RATS", "एससीओ के …",
"एससीओ और इसके …".
"""

import functools
import re
from dataclasses import dataclass

from people.names import normalize_name

from .gazetteer import ORGANISATION, Match
from .languages import LANGUAGES
from .matching import resolve
from .local_bodies import find_local_bodies
from .institutions import find_institutions
from .named_bodies import find_named_bodies, find_office_bodies
from .officer_bodies import find_officer_bodies
from .national_bodies import find_armed_forces, find_ministries, find_missions
from .organisation_definitions import find_definitions, spell_acronym
from .organisation_rules import ARMED_FORCE, MINISTRY, OrganisationFind, _add_alias, organisation_rules
from .undefined_acronyms import join_undefined_acronyms

__all__ = ["ARMED_FORCE", "MINISTRY", "OrganisationFind", "find_organisations", "organisation_matches", "spell_acronym"]


# -- resolving and relating ----------------------------------------------------------------


class _KnownBodies:
    """The gazetteer's organisations by acronym and by (kind, country, facet); rebuilt when it changes."""

    def __init__(self):
        self._version = None
        self._gazetteer = None

    def refresh(self, gazetteer, all_rules):
        if self._gazetteer is gazetteer and self._version == gazetteer.version:
            return
        self._gazetteer, self._version = gazetteer, gazetteer.version
        self.by_acronym, self.by_facet = {}, {}
        for organisation_id, fact in gazetteer.organisations.items():
            if fact.acronym:
                self.by_acronym.setdefault(fact.acronym.upper(), set()).add(organisation_id)
            if fact.kind in (MINISTRY, ARMED_FORCE) and fact.country_id is not None:
                for facet in self._facets(gazetteer, organisation_id, fact, all_rules):
                    self.by_facet.setdefault((fact.kind, fact.country_id, facet), set()).add(organisation_id)

    @staticmethod
    def _facets(gazetteer, organisation_id, fact, all_rules):
        facets = set()
        for name in gazetteer.written_names_of(ORGANISATION, organisation_id) | {fact.name}:
            for rules in all_rules:
                pattern, lookup = (rules.ministry, rules.domains) if fact.kind == MINISTRY else (rules.force, rules.forces)
                for found in pattern.finditer(name):
                    group = next(g for g in found.groups() if g)
                    facet = lookup.get(normalize_name(group.replace("-", " ")))
                    if facet:
                        facets.add(facet)
        return facets


_KNOWN = _KnownBodies()


_LATIN_ACRONYM = re.compile(r"[A-Z][A-Z&-]{1,7}")


def _an_acronym(document, name):
    """Is ``name`` an acronym ("NCC", "एनसीसी"), which only its own letters name (never a near spelling)?"""
    if _LATIN_ACRONYM.fullmatch(name):
        return True
    module = document.rules.module
    return not module.NAMES_CAPITALISED and bool(spell_acronym(_letters_longest_first(module.CODE), name))


@functools.lru_cache(maxsize=None)
def _letters_longest_first(language):
    return sorted(LANGUAGES[language].LETTER_NAMES.items(), key=lambda item: -len(item[0]))


def _resolve(document, find, index):
    covering = document.within(find.start, find.end, (ORGANISATION,))
    if len(covering) == 1 and (covering[0].start, covering[0].end) == (find.start, find.end) and find.facet is None:
        find.organisation_id = covering[0].entity_id
        return
    if find.facet is not None:
        ids = _KNOWN.by_facet.get((find.kind, find.country_id, find.facet), set())
        if len(ids) == 1:
            find.organisation_id = next(iter(ids))
        return
    if len(covering) == 1 and covering[0].entity_id is not None and covering[0].start == find.start:
        # The full name is known; the bracket adds an acronym.
        find.organisation_id = covering[0].entity_id
        return
    if find.acronym:
        ids = _KNOWN.by_acronym.get(find.acronym, set())
        if len(ids) == 1:
            find.organisation_id = next(iter(ids))
            return
    if not find.name:
        return
    if _an_acronym(document, find.name):
        return  # "NCC" is not a misspelt "ONGC": an unknown acronym is a body new to the archive
    comparisons = index.compare(find.name)
    found, _ = resolve(comparisons)
    if found is not None:
        find.organisation_id = found
    else:
        find.unsure = [(other, comparison.score) for other, comparison in comparisons]


def _relate(document, rules, bodies):
    """Set ``parent`` from "X of the Y" / "Y's X" / "Y के X" between adjacent bodies."""
    ordered = sorted(bodies, key=lambda item: item[0])
    for (_, end, first), (next_start, _, second) in zip(ordered, ordered[1:]):
        if first is second:
            continue
        gap = document.text[end:next_start].lstrip(")")  # "The Joint Staff (JS) of the CSTO"
        if any(p.fullmatch(gap) for p in rules.child_first):
            child, parent = first, second
        elif any(p.fullmatch(gap) for p in rules.parent_first):
            child, parent = second, first
        else:
            continue
        if isinstance(child, OrganisationFind) and child.parent is None and child is not parent:
            child.parent = parent.organisation_id if parent.organisation_id is not None else parent


def find_organisations(document, titles=()):
    """Organisations named in ``document``: ``[OrganisationFind]``, known ones resolved, new ones to create."""
    module = document.rules.module
    rules = organisation_rules(module)
    _KNOWN.refresh(document.gazetteer, [organisation_rules(m) for m in LANGUAGES.values()])
    index = document.gazetteer.organisation_index
    finds, taken = [], []
    from .tagged import find_tagged_bodies  # the tagger's proposals, read last (tagged imports this module)

    readers = (
        _national_definitions,
        find_ministries,
        find_armed_forces,
        find_missions,
        find_local_bodies,
        # Before the named bodies, which stop at an officer's title: "CEO and MD of Development Bank of Singapore".
        lambda document, rules: find_officer_bodies(document, rules, titles),
        lambda document, rules: find_named_bodies(document, rules, titles),
        find_institutions,
        lambda document, rules: find_office_bodies(document, rules, titles),
    )
    for reader in readers:
        first_new = len(finds)
        _read(document, reader(document, rules), index, finds, taken)
        # Every later naming of what this reader found is taken before the next reader looks: "Royal
        # Australian Navy (RAN)" defined, its later "Royal Australian Navy" is not an "Australian Navy".
        _add_occurrences(document, finds, first_new)
        taken = [span for f in finds for span in f.spans]
    # The tagger's proposals come last, after every naming of the rules' finds is taken ("the CSTO said").
    taken = [span for f in finds for span in f.spans]
    names = {normalize_name(alias) for f in finds for alias in [f.name, *f.aliases]}
    proposed = [f for f in find_tagged_bodies(document, rules, titles) if normalize_name(f.name) not in names]
    first_new = len(finds)
    _read(document, proposed, index, finds, taken)
    _add_occurrences(document, finds, first_new)
    join_undefined_acronyms(document, finds, _add_alias)  # "the Indian Air Force … the IAF said"
    bodies = [(start, end, f) for f in finds for start, end in f.spans]
    taken_spans = {span for f in finds for span in f.spans}
    for match in document.matches:
        if match.kind == ORGANISATION and match.entity_id is not None and (match.start, match.end) not in taken_spans:
            if not any(match.start < f.end and f.start < match.end for f in finds):
                bodies.append((match.start, match.end, _Known(match.entity_id)))
    _relate(document, rules, bodies)
    return finds


def _national_definitions(document, rules):
    """``find_definitions``, a country's own ministry or armed force among them named as the national readers
    name it: "the Indian Air Force (IAF)" is "Air Force (India)", as "the Indian Air Force" alone is, with the
    acronym and the name as written for its aliases (not a second record, "Indian Air Force")."""
    definitions = find_definitions(document, rules)
    if not definitions:
        return definitions
    national = {(f.start, f.end): f for f in (*find_armed_forces(document, rules), *find_ministries(document, rules))}
    for find in definitions:
        same = national.get((find.start, find.end))
        if same is None:
            continue
        find.name, find.kind, find.country_id, find.facet = same.name, same.kind, same.country_id, same.facet
    return definitions


def _read(document, found, index, finds, taken):
    """Resolve the finds of one reader and keep those no earlier reader took (into ``finds``, ``taken``)."""
    for find in found:
        if any(find.start < end and start < find.end for start, end in taken):
            continue
        sentence = document.sentence_at(find.start)
        find.evidence = sentence.text if sentence else ""
        _resolve(document, find, index)
        known = document.overlapping(find.start, find.end, (ORGANISATION,))
        if (
            known is not None
            and known.entity_id == find.organisation_id
            and known.start <= find.start
            and find.end <= known.end
            and all(
                normalize_name(alias) in document.gazetteer.names_of(ORGANISATION, known.entity_id)
                for alias in find.aliases
            )
        ):
            continue  # the gazetteer found this very body here already, under every name given
        finds.append(find)
        taken.append((find.start, find.end))


def _add_occurrences(document, finds, first=0):
    """Every later naming of a new organisation ("… the CSTO said") is a mention of it too."""
    new = [(index, find) for index, find in enumerate(finds) if find.organisation_id is None and index >= first]
    if not new:
        return
    for start, end, index in document.occurrences({index: find.aliases for index, find in new}):
        if any(start < f_end and f_start < end for f in finds for f_start, f_end in f.spans):
            continue
        finds[index].spans.append((start, end))


@dataclass(frozen=True)
class _Known:
    organisation_id: int


def organisation_matches(document, finds):
    """Mention ``Match``es for every find: known ids, or the finds' negative keys once assigned."""
    matches = []
    for find in finds:
        key = find.organisation_id if find.organisation_id is not None else find.key
        if key is None:
            continue
        for start, end in find.spans:
            matches.append(Match(ORGANISATION, (key,), start, end, document.text[start:end]))
    return matches
