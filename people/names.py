"""Normalising names for matching, in any script.

The normalised form of a name is what the archive compares: two aliases
with the same normalised form are the same alias. The rules keep one output
character per input character wherever they can, so that matches found in
normalised text map back to offsets in the original (see ``fold_with_offsets``).
"""

import functools
import re
import unicodedata

NUKTA = "\u093c"
# Characters that are dropped when folding: the Devanagari nukta (ज़/ज are one
# letter for matching), zero-width joiners, and combining accents on Latin
# letters (Sergéi/Sergei).
_DROP = {NUKTA, "\u200c", "\u200d"}
_TRANSLATE = {
    "\u2019": "'",  # right single quotation mark
    "\u2018": "'",
    "\u02bc": "'",
    "\u2010": "-",  # hyphen
    "\u2011": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u00a0": " ",
    "\u0964": ".",  # Devanagari danda
}
_SPACES = re.compile(r"\s+")


def _fold_char(char):
    """Return the folded form of one character ('' to drop it)."""
    if char in _DROP:
        return ""
    if char in _TRANSLATE:
        return _TRANSLATE[char]
    if char.isspace():
        return " "
    lowered = char.lower()
    if len(lowered) != 1:
        lowered = char
    if "a" <= lowered <= "z" or lowered < "\u00c0":
        return lowered
    if unicodedata.category(lowered) == "Mn" and not ("\u0900" <= lowered <= "\u097f"):
        return ""  # a combining accent on a Latin letter
    decomposed = unicodedata.normalize("NFD", lowered)
    if len(decomposed) > 1 and decomposed[0].isascii() and not ("\u0900" <= lowered <= "\u097f"):
        return decomposed[0]  # é -> e, ö -> o
    return lowered


def fold_with_offsets(text):
    """Fold ``text`` for matching and return ``(folded, offsets)``.

    ``offsets[i]`` is the index in ``text`` of the character that produced
    ``folded[i]``; ``offsets`` has one extra entry, ``len(text)``, so that an
    end offset maps back too. ``text`` must already be NFC (the importer
    normalises every body); runs of white space fold to one space.
    """
    folded = []
    offsets = []
    for index, char in enumerate(text):
        out = _fold_char(char)
        if not out or (out == " " and folded and folded[-1] == " "):
            continue  # dropped, or a run of white space folded to one space
        if "\u0900" <= char <= "\u097f":
            # Precomposed nukta letters (U+0958..U+095F) decompose under NFD.
            out = unicodedata.normalize("NFD", out).replace(NUKTA, "")
        folded.append(out)
        offsets.extend([index] * len(out))
    offsets.append(len(text))
    return "".join(folded), offsets


@functools.lru_cache(maxsize=65536)
def normalize_name(name):
    """The normalised form of a name: folded, single-spaced, trimmed (cached: names recur)."""
    folded, _ = fold_with_offsets(unicodedata.normalize("NFC", name))
    return _SPACES.sub(" ", folded).strip(" .,'\"")


def script_of(text):
    """ISO 15924 code of the script most letters in ``text`` are written in."""
    counts = {}
    for char in text:
        if not char.isalpha() and unicodedata.category(char) not in {"Mn", "Mc"}:
            continue
        if "\u0900" <= char <= "\u097f":
            script = "Deva"
        elif char.isascii() or "\u00c0" <= char <= "\u024f":
            script = "Latn"
        elif "\u0400" <= char <= "\u04ff":
            script = "Cyrl"
        else:
            script = "Zyyy"
        counts[script] = counts.get(script, 0) + 1
    if not counts:
        return "Zyyy"
    return max(counts, key=counts.get)
