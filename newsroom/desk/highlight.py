"""Evidence with the names the importer read highlighted, escaped everywhere else."""

from django.utils.html import escape
from django.utils.safestring import mark_safe

from people.teaching import occurrences


def highlight(text, names):
    """``text`` as HTML with every occurrence of ``names`` (folded spelling, whole words) in ``<mark>``."""
    spans = []
    for name in {name for name in names if name}:
        spans.extend(occurrences(text, name))
    spans.sort(key=lambda span: (span[0], -span[1]))
    pieces, position = [], 0
    for start, end in spans:
        if start < position:
            continue  # inside a longer name already marked
        pieces.append(escape(text[position:start]))
        pieces.append(f"<mark>{escape(text[start:end])}</mark>")
        position = end
    pieces.append(escape(text[position:]))
    return mark_safe("".join(pieces))
