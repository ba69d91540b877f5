"""Stage 3: split a cleaned body into sentences, keeping their offsets.

A sentence ends at ".", "!", "?" or the Devanagari danda "।" (optionally
followed by closing quotes or brackets) when white space or the end of the
text follows; a danda also when a Devanagari letter follows it at once. A full stop does not end a sentence after an abbreviation of
the language ("Col.", "Lt.", "डॉ.") or after capital initials ("S. Jaishankar", "V.K. Saxena").
Paragraph breaks always end a sentence.
"""

import re
from dataclasses import dataclass

from .languages import rules_for

# A danda ends a sentence even when the next one is glued to it ("… की।उन्होंने …": scraped Hindi pages
# often lose the space after it); a full stop needs the white space ("S.Jaishankar", "3.5").
_END = re.compile(r"[.!?।॥]+[\"'”’»)\]]*(?=\s|$)|[।॥]+(?=[\u0900-\u097f])|\n\s*\n")


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str


def _is_word_or_dot(char):
    return char == "." or char == "_" or char.isalnum() or "\u0900" <= char <= "\u0963" or "\u0971" <= char <= "\u097f"


# Capital initials with full stops and no spaces between, before the last full stop ("V.K", "M.K", "A.B.C").
_INITIALS = re.compile(r"(?:[A-Z]\.)+[A-Z]")


def _is_abbreviation(text, start, dot, abbreviations):
    """Is the word that ends at ``text[dot]`` (a full stop), within ``text[start:dot]``, an abbreviation?"""
    index = dot
    while index > start and _is_word_or_dot(text[index - 1]):
        index -= 1
    word = text[index:dot]
    if not word:
        return False
    if len(word) == 1 and word.isupper():
        return True  # an initial: "S. Jaishankar"
    if _INITIALS.fullmatch(word):
        return True  # initials written together: "V.K. Saxena", "R.N. Ravi"
    parts = word.split(".")
    if len(parts) > 1 and all(part in abbreviations for part in parts):
        return True  # "वी.के. सक्सेना": Devanagari letter names written together
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
            text, start, match.start(), abbreviations
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
