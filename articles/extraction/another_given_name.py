"""A known person's one-word name after someone else's given name is someone else's family name.

"प्रथम महिला जिल बाइडन ने …": the gazetteer knows "बाइडन" as Joe Biden's, but "जिल" before it is a given
name of the name lists (``person_names.json``) that none of Joe Biden's names begins with: the words are
another person's name, Jill Biden's. The one-word match is dropped, so that the person readers read the
whole name; a known person's own given name ("जो बाइडन") is matched whole by the gazetteer anyway.
"""

import re
from functools import lru_cache

from people.names import normalize_name

from .gazetteer import PERSON
from .tagger.lexicon import read_person_names

_WORD_BEFORE = re.compile(r"([\w\u0900-\u0963\u0966-\u097f]+)[ \t]+$")


@lru_cache(maxsize=None)
def _given_names(language):
    return frozenset(read_person_names().get(language, {}).get("given", ()))


def drop_names_after_another_given_name(text, matches, gazetteer, language):
    """``matches`` without the one-word person names right after a given name that is not the person's."""
    given = _given_names(language)
    kept = []
    for match in matches:
        if match.kind == PERSON and match.entity_id is not None and " " not in match.surface.strip():
            before = _WORD_BEFORE.search(text, max(0, match.start - 30), match.start)
            if before is not None and before.group(1).lower() in given:
                first_names = {name.split()[0] for name in gazetteer.names_of(PERSON, match.entity_id) if " " in name}
                if normalize_name(before.group(1)) not in first_names:
                    continue
        kept.append(match)
    return kept
