"""Stage 5: resolve short mentions of people named in full earlier in the article.

After "Defence Minister Rajnath Singh …", a later "Singh" (or "सिंह", or
"Rajnath") means the same person. Only the first and last word of a known
multi-word name count, only after the full name has appeared, only when
exactly one person mentioned so far has that word in a name, and never a
function word of the language. English name words must be capitalised; so a
two-letter Latin surname counts ("Xi" after "Xi Jinping", "Li" after "Li
Shangfu"); a Devanagari word of two characters counts too ("यी" after "वांग यी",
"शी" after "शी जिनपिंग") unless it is an honorific ("जी").
"""

import bisect
import re

from .gazetteer import PERSON, Match
from .languages import LANGUAGES
from .rules import find_words

MIN_PART_LENGTH = 2  # "यी", "शी": Chinese and Korean names written in Devanagari are short
MIN_ONE_WORD_NAME_LENGTH = 4  # a name of one word (``mononyms``) has at least this many letters
MIN_LATIN_PART_LENGTH = 2  # capitals tell a Latin surname from a word: "Xi", "Li"
NOT_NAME_PARTS = frozenset({"जी", "श्री", "डॉ", "सर"})  # honorifics written after or before a name

_FUNCTION_WORDS = frozenset().union(*(module.FUNCTION_WORDS for module in LANGUAGES.values()))


def name_parts(normalized_names, one_word=False):
    """First and last words of multi-word names: what a short mention may use; with ``one_word``, a name of one
    word too (a person new to the archive known by one name: "Chief Minister Jayalalithaa", later "Jayalalithaa")."""
    parts = set()
    for name in normalized_names:
        words = name.split()
        if len(words) < 2 and not (one_word and words and len(words[0]) >= MIN_ONE_WORD_NAME_LENGTH):
            continue
        for word in (words[0], words[-1]):
            shortest = MIN_LATIN_PART_LENGTH if word.isascii() else MIN_PART_LENGTH
            if len(word) >= shortest and word not in _FUNCTION_WORDS and word not in NOT_NAME_PARTS:
                parts.add(word)
    return parts


def resolve_short_mentions(text, matches, gazetteer, extra_names=None, occupied=()):
    """Return ``matches`` plus person mentions of a single name word, in text order.

    ``extra_names`` maps person ids the gazetteer does not know yet (people
    new to the archive) to their normalised names; ``occupied`` lists more
    ``(start, end)`` spans no short mention may overlap (titles, demonyms).
    """
    extra_names = extra_names or {}
    persons = [m for m in matches if m.kind == PERSON and m.entity_id is not None]
    if not persons:
        return list(matches)
    parts_of = {}
    for m in persons:
        if m.entity_id not in parts_of:
            new = extra_names.get(m.entity_id)
            parts_of[m.entity_id] = name_parts(new or gazetteer.names_of(PERSON, m.entity_id), one_word=m.entity_id < 0)
    # The Latin given names a person is known by that are no last word of theirs ("David" of "David Wheaton").
    given_only = {}
    for person_id in parts_of:
        names = extra_names.get(person_id) or gazetteer.names_of(PERSON, person_id)
        firsts = {n.split()[0] for n in names if len(n.split()) > 1 and n.isascii()}
        lasts = {n.split()[-1] for n in names if n.split()}
        given_only[person_id] = firsts - lasts
    owners_of = {}
    for person_id, parts in parts_of.items():
        for part in parts:
            owners_of.setdefault(part, []).append(person_id)
    if not owners_of:
        return list(matches)
    first_seen = {}
    for m in persons:
        first_seen.setdefault(m.entity_id, m.end)
    spans = sorted([(m.start, m.end) for m in matches] + list(occupied))
    starts = [start for start, _ in spans]

    def is_free(start, end):
        index = bisect.bisect_left(starts, end)
        return not any(other_end > start for _, other_end in spans[max(index - 8, 0) : index])

    folded, offsets = gazetteer.folded(text)
    added = []
    for folded_start, folded_end, part in find_words(folded, owners_of):
        start, end = offsets[folded_start], offsets[folded_end]
        end = start + len(text[start:end].rstrip())
        word = text[start:end]
        if word[0].isascii() and word[0].isalpha() and not word[0].isupper():
            continue
        owners = [pid for pid in owners_of[part] if first_seen[pid] <= start]
        if len(owners) != 1 or not is_free(start, end):
            continue  # not yet named in full, ambiguous between two people, or inside another name
        if part in given_only.get(owners[0], ()) and _another_name_follows(text, end):
            continue  # "David" of "David Nainkin", after "David Wheaton": the given name of someone else
        added.append(Match(PERSON, (owners[0],), start, end, word))
    return sorted([*matches, *added], key=lambda m: m.start)


_NEXT_WORD = re.compile(r" ([A-Z][\w'’-]*)")


def _another_name_follows(text, end):
    """Is the word after ``end`` (one space on) a capitalised word that may go on a name ("David Nainkin"),
    not a function word, title or body word ("David said", "the Biden Administration")?"""
    following = _NEXT_WORD.match(text, end)
    return following is not None and following.group(1) not in _NOT_NAME_CONTINUATIONS


_NOT_NAME_CONTINUATIONS = frozenset().union(
    *(
        {w.capitalize() for w in module.FUNCTION_WORDS} | set(module.NAME_STOP_WORDS) | set(module.ORGANISATION_HEADS)
        | set(module.TERM_OF_OFFICE_HEADS) | set(module.GENERIC_BODY_WORDS)
        for module in LANGUAGES.values()
        if module.NAMES_CAPITALISED
    )
)
