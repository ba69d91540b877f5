"""Evidence with the names the importer read highlighted, escaped everywhere else.

One regular expression per text finds every name at once, case-insensitively, across
runs of white space and with or without the Devanagari nukta — the spellings the
archive folds for matching, except Latin accents (a highlight, not a match: reading
the text letter by letter in Python cost more than the rest of the review queue).
"""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

NUKTA = "\u093c"
_LETTER = r"[\w\u0900-\u097f]"


def _pattern(name):
    pieces = []
    for char in " ".join(name.replace(NUKTA, "").split()):
        if char == " ":
            pieces.append(r"\s+")
        elif "\u0900" <= char <= "\u097f":
            pieces.append(re.escape(char) + NUKTA + "?")
        else:
            pieces.append(re.escape(char))
    return "".join(pieces)


def highlight(text, names):
    """``text`` as HTML with every occurrence of ``names`` (whole words) in ``<mark>``."""
    names = sorted({name.strip() for name in names if name and name.strip()}, key=len, reverse=True)
    if not text or not names:
        return escape(text or "")
    expression = re.compile(
        rf"(?<!{_LETTER})(?:{'|'.join(_pattern(name) for name in names)})(?!{_LETTER})", re.IGNORECASE
    )
    pieces, position = [], 0
    for match in expression.finditer(text):
        pieces.append(escape(text[position : match.start()]))
        pieces.append(f"<mark>{escape(match.group())}</mark>")
        position = match.end()
    pieces.append(escape(text[position:]))
    return mark_safe("".join(pieces))
