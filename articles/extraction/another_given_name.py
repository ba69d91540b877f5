"""A known person's one-word name after someone else's given name is someone else's family name.

"प्रथम महिला जिल बाइडन ने …": the gazetteer knows "बाइडन" as Joe Biden's, but "जिल" before it is a given
name of the name lists (``person_names.json``) that none of Joe Biden's names begins with: the words are
another person's name, Jill Biden's. The one-word match is dropped, so that the person readers read the
whole name; a known person's own given name ("जो बाइडन") is matched whole by the gazetteer anyway. In English,
whose name lists hold few Indian given names, any capitalised word that is no title, stop or calendar word
counts ("Cmde Rajesh Dhankhar" is not Jagdeep Dhankhar).
"""

import re
from functools import lru_cache

from people.names import normalize_name

from .gazetteer import PERSON
from .languages import rules_for
from .rules import compiled, phrase_key
from .tagger.lexicon import read_person_names

_WORD_BEFORE = re.compile(r"([\w\u0900-\u0963\u0966-\u097f]+)[ \t]+$")
_WORDS_BEFORE = re.compile(r"(?:[\w\u0900-\u0963\u0966-\u097f]+[ \t]+){1,3}$")


@lru_cache(maxsize=None)
def _given_names(language):
    return frozenset(read_person_names().get(language, {}).get("given", ()))


def drop_names_after_another_given_name(text, matches, gazetteer, language):
    """``matches`` without the one-word person names right after a given name that is not the person's."""
    given = _given_names(language)
    module = rules_for(language)
    capitalised = module is not None and module.NAMES_CAPITALISED  # no rules for an undetermined language
    starts = {m.start for m in matches}
    ends = {m.end for m in matches}
    kept = []
    for match in matches:
        if match.kind == PERSON and match.entity_id is not None and " " not in match.surface.strip():
            before = _WORD_BEFORE.search(text, max(0, match.start - 30), match.start)
            if before is not None and (
                before.group(1).lower() in given
                or (capitalised and _a_name_word(language, before, starts, ends))
            ):
                first_names = {name.split()[0] for name in gazetteer.names_of(PERSON, match.entity_id) if " " in name}
                # The person's own given name a word or two further back is a fuller name of theirs ("Sergei
                # Kuzhugetovich Shoigu"), not someone else's.
                further = _WORDS_BEFORE.search(text, max(0, match.start - 60), match.start)
                words = {normalize_name(w) for w in (further.group().split() if further else [before.group(1)])}
                if not words & first_names:
                    continue
        kept.append(match)
    return kept


def _a_name_word(language, before, starts, ends):
    """In a script with capitals, is the word before a capitalised word that can only be a name's ("Cmde Rajesh
    Dhankhar": not Jagdeep Dhankhar), though the name lists lack it: no title, stop, function or calendar word,
    and no other name's end (a place, a body, a demonym)?"""
    word = before.group(1)
    if not word[:1].isupper() or word.isupper() or before.end(1) in ends or before.start(1) in starts:
        return False
    module, rules = rules_for(language), compiled(language)
    folded = normalize_name(word)
    return not (
        word in module.NAME_STOP_WORDS
        or folded in module.FUNCTION_WORDS
        or phrase_key(word) in rules.title_entries
        or folded in rules.weekdays
        or folded in rules.months
    )
