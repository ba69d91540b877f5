"""Stage 3: split a cleaned body into sentences, keeping their offsets.

A sentence ends at ".", "!", "?" or the Devanagari danda "।" (optionally
followed by closing quotes or brackets) when white space or the end of the
text follows. A full stop does not end a sentence after an abbreviation of
the language ("Col.", "Lt.", "डॉ.") or after a single capital initial
("S. Jaishankar"). Paragraph breaks always end a sentence.
"""

import re
from dataclasses import dataclass

from .languages import rules_for

_END = re.compile(r"[.!?।॥]+[\"'”’»)\]]*(?=\s|$)|\n\s*\n")
_LAST_WORD = re.compile(r"([\w\u0900-\u0963\u0971-\u097f.]+)\.$")


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str


def _is_abbreviation(text_before_dot, abbreviations):
    match = _LAST_WORD.search(text_before_dot + ".")
    if not match:
        return False
    word = match.group(1)
    if len(word) == 1 and word.isupper():
        return True  # an initial: "S. Jaishankar"
    return word.lower() in abbreviations


def split_sentences(text, language):
    """The sentences of ``text`` with their start and end offsets in it."""
    rules = rules_for(language)
    abbreviations = set()
    if rules is not None:
        abbreviations = rules.ABBREVIATIONS
    else:
        from .languages import LANGUAGES

        for module in LANGUAGES.values():
            abbreviations |= module.ABBREVIATIONS
    sentences = []
    start = 0
    for match in _END.finditer(text):
        end = match.end()
        if match.group().startswith(".") and match.group().rstrip("\"'”’»)]") == "." and _is_abbreviation(
            text[start : match.start()], abbreviations
        ):
            continue
        _append(sentences, text, start, end)
        start = end
    _append(sentences, text, start, len(text))
    return sentences


def _append(sentences, text, start, end):
    chunk = text[start:end]
    stripped = chunk.strip()
    if not stripped:
        return
    offset = start + chunk.index(stripped[0])
    sentences.append(Sentence(len(sentences), offset, offset + len(stripped), stripped))
