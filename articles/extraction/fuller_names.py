"""A known person found by a short name inside a fuller one: the fuller one is theirs too.

The gazetteer knows "Stoltenberg" and "स्टोलटेनबर्ग" for Jens Stoltenberg, so in "येन्स
स्टोलटेनबर्ग ने कहा" it finds the surname alone. When the words right before such a one-word
match, with it, spell one of the person's fuller names (first and last words surely the same,
a middle name or initial allowed: "Antony J. Blinken", "Michael R Pompeo" for "Mike Pompeo"
is not; or the first name's initial alone: "ई. पलानीस्वामी" for "ई के पलानीस्वामी"), the match is widened to the whole name and the spelling is learned (a
``NewSpelling``), so that the article's own spelling is an alias of the person.
"""

from .gazetteer import DEMONYM, ORGANISATION, PERSON, PLACE, Match
from .matching import compare_words
from .persons import NewSpelling
from .rules import TOKEN
from .transliteration import name_keys

MAX_EXTRA_WORDS = 3  # first name, middle name or initials before the surname


def _words_before(document, position, count):
    """Up to ``count`` ``(start, end, word)`` right before ``position``, nearest last, joined by spaces only."""
    text, words = document.text, []
    while len(words) < count:
        end = position
        while end > 0 and text[end - 1] == " ":
            end -= 1
        if end == position and words:
            break
        start = end
        while start > 0 and (TOKEN.match(text[start - 1]) or text[start - 1] in ".'’-"):
            start -= 1
        if start == end or position - end > 1:
            break
        words.insert(0, (start, end, text[start:end]))
        position = start
    return words


def _name_word(document, start, end, word):
    module = document.rules.module
    bare = word.rstrip(".")
    if not bare or document.overlapping(start, end, (PERSON, PLACE, ORGANISATION, DEMONYM)):
        return False
    if module.NAMES_CAPITALISED:
        return bare[0].isupper() and bare not in module.NAME_STOP_WORDS and not (len(bare) > 3 and bare.isupper())
    return not (bare in module.NAME_STOP_WORDS or bare in module.NAME_ENDERS or bare.isascii())


def _spells(candidate, full_names):
    """Is ``candidate`` one of ``full_names`` with perhaps a middle name or initial more?"""
    keys = name_keys(candidate)
    if len(keys) < 2:
        return False
    for name in full_names:
        other = name_keys(name)
        if len(other) < 2 or len(other) > len(keys):
            continue
        last = compare_words(keys[-1], other[-1])[1] == "strong"
        if not last:
            continue
        if compare_words(keys[0], other[0])[1] == "strong":
            return True
        if len(keys) == 2 and len(keys[0]) == 1 and other[0].startswith(keys[0]):
            return True  # an initial and the surname: "ई. पलानीस्वामी", "E. Palaniswami" for E. K. Palaniswami
    return False


def widen_short_names(document, title_spans=()):
    """Widen one-word person matches to the fuller name before them; return the ``NewSpelling``s learned."""
    gazetteer, spellings, changed = document.gazetteer, [], False
    for index, match in enumerate(list(document.matches)):
        if match.kind != PERSON or match.entity_id is None or " " in match.surface.strip():
            continue
        words = []
        for start, end, word in reversed(_words_before(document, match.start, MAX_EXTRA_WORDS)):
            if not _name_word(document, start, end, word) or any(s <= start < e for s, e in title_spans):
                break
            words.insert(0, (start, end, word))
        if not words:
            continue
        full_names = [n for n in gazetteer.written_names_of(PERSON, match.entity_id) if " " in n.strip()]
        for first in range(len(words)):
            start = words[first][0]
            surface = document.text[start : match.end]
            if _spells(surface, full_names):
                document.matches[index] = Match(PERSON, (match.entity_id,), start, match.end, surface)
                spellings.append(NewSpelling(match.entity_id, surface))
                changed = True
                break
    if changed:
        document.reindex()
    return spellings
