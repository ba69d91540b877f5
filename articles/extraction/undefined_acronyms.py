"""Acronyms a story uses without defining them, tied to the body it names in full.

Real reporting often names a body in full once and then by its initials with no
bracket in between: "the Indian Air Force … the IAF said", "Bangladesh Air Force
… BAF". An acronym of three to six capitals whose letters are the initials of
the words of a new body the same article names (connectors such as "of" and
"and" give a letter or none) is that body: its occurrences become mentions of
it, and the tagger's separate proposal of the bare acronym, if any, is folded
into it. An acronym two bodies of the article could spell is left alone.
"""

import re

from people.names import normalize_name

MIN_LETTERS = 3  # "US", "UN" are the gazetteer's; two letters are too many things
MAX_LETTERS = 6
_CONNECTORS = frozenset("of for and on the in &".split())
_COUNTRY_SUFFIX = re.compile(r"\s*\([^)]*\)$")  # "Air Force (Bangladesh)": the archive's form, not as written
_WORD = re.compile(r"[^\s\-–]+")


def initials(name):
    """The acronyms ``name`` may be written as: its words' initials, with or without its connectors'
    ("Ministry of External Affairs" → MEA, MOEA). Empty when the name has fewer than two words."""
    words = _WORD.findall(_COUNTRY_SUFFIX.sub("", name))
    content = [w for w in words if w.lower() not in _CONNECTORS]
    if len(content) < 2 or not all(w[0].isupper() for w in content):
        return set()
    spellings = {"".join(w[0] for w in content)}
    spellings.add("".join(w[0].upper() for w in words if w.lower() != "the"))
    return {s for s in spellings if MIN_LETTERS <= len(s) <= MAX_LETTERS}


def _acronyms_of(finds):
    """``{acronym: find}`` for the new bodies' names; an acronym two bodies spell belongs to neither."""
    owners = {}
    for find in finds:
        if find.organisation_id is not None:
            continue
        for name in {find.name, *find.aliases}:
            for acronym in initials(name):
                owners.setdefault(acronym, set()).add(id(find))
    by_id = {id(find): find for find in finds}
    return {acronym: by_id[next(iter(ids))] for acronym, ids in owners.items() if len(ids) == 1}


def join_undefined_acronyms(document, finds, add_alias):
    """Tie undefined acronyms to the new body whose initials they are (``finds`` is changed in place)."""
    acronyms = _acronyms_of(finds)
    if not acronyms:
        return
    for find in list(finds):
        if find.organisation_id is None and find.name in acronyms and acronyms[find.name] is not find:
            owner = acronyms[find.name]  # the tagger's "IAF", proposed apart from "Indian Air Force"
            owner.spans.extend(span for span in find.spans if span not in owner.spans)
            add_alias(owner, find.name)
            finds.remove(find)
            for other in finds:
                if other.parent is find:
                    other.parent = owner
    taken = [span for find in finds for span in find.spans]
    # Occurrences outside every name the gazetteer read (a known "CIA" stays the CIA).
    for start, end, acronym in document.occurrences({acronym: [acronym] for acronym in acronyms}):
        if any(start < e and s < end for s, e in taken):
            continue
        owner = acronyms[acronym]
        owner.spans.append((start, end))
        add_alias(owner, acronym)
        if normalize_name(acronym) != normalize_name(owner.name) and not owner.acronym:
            owner.acronym = acronym
