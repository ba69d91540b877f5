"""Untitled people the name lists know, in a script without capitals: "सुरेश प्रभाकर ने कहा".

A Hindi story often names someone new with no title at all, right before the subject's marker; the
tagger finds such a name only when it is sure, and it is unsure of most (its Hindi recall is low).
Two or three words before a case marker (``LISTED_NAME_MARKERS``) are a person's name when the first is
a given name or the last a family name of the team's lists (``tagger/lexicons/person_names.json``) and
none is a common word of the language, a stop word, or part of a name, title or place already read.
"""

from .common_words import is_common_word, person_name_words
from .gazetteer import DEMONYM, ORGANISATION, PERSON, PLACE
from .persons import TitledName
from .rules import TOKEN
from .spans import SpanIndex

MAX_WORDS = 3
_KNOWN_KINDS = (PERSON, PLACE, ORGANISATION, DEMONYM)


def listed_people(document, titles, read):
    """``TitledName``s (no title chain) for the untitled names the lists know before a case marker."""
    module = document.rules.module
    markers = frozenset(module.LISTED_NAME_MARKERS)
    if module.NAMES_CAPITALISED or not markers:
        return []
    given, family = person_name_words(document.language)
    title_index = SpanIndex((t.start, t.end) for t in titles)
    read_index = SpanIndex((n.start, n.end) for n in read)
    text, found = document.text, []
    tokens = list(TOKEN.finditer(text))
    for index, token in enumerate(tokens):
        if token.group() not in markers:
            continue
        words = []
        for previous in reversed(tokens[max(0, index - MAX_WORDS) : index]):
            gap = text[previous.end() : (words[0] if words else token).start()]
            if gap != " " or not _may_be_a_name_word(document, previous, title_index, read_index):
                break
            words.insert(0, previous)
        if words and title_index.overlapping(max(0, words[0].start() - 2), words[0].start()):
            continue  # right after a title: the titled reading's to make, and it made none ("राष्ट्रपति मोहम्मद बिन ने")
        while len(words) >= 2:
            first, last = words[0].group().lower(), words[-1].group().lower()
            if first in given or last in family:
                found.append(TitledName(None, words[0].start(), words[-1].end(), text[words[0].start() : words[-1].end()]))
                break
            words.pop(0)  # "… कहा अरविंद सुब्रमण्यम ने": the longest run that is a name
    return found


def _may_be_a_name_word(document, token, title_index, read_index):
    module, word = document.rules.module, token.group()
    start, end = token.span()
    return (
        any("\u0900" <= char <= "\u097f" for char in word)
        and not any(char.isdigit() for char in word)
        and word not in module.NAME_STOP_WORDS
        and word not in module.NAME_ENDERS
        and word not in module.NAME_PARTICLES
        and word not in module.FUNCTION_WORDS
        and not is_common_word(document.language, word)
        and not title_index.overlapping(start, end)
        and not read_index.overlapping(start, end)
        and document.overlapping(start, end, _KNOWN_KINDS) is None
    )
