"""An article's body as safe HTML, with the names it mentions linked to their pages.

Every occurrence of a mention's surface form (as the article writes it:
"Rajnath Singh", "Singh", "राजनाथ सिंह") becomes a link, longest names first,
never inside a longer word. Everything else is escaped; paragraphs stay
paragraphs.
"""

import re
from dataclasses import dataclass

from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe

from .analysis import WORD_CHARACTER_RANGES

_WORD = "".join(low if low == high else f"{low}-{high}" for low, high in WORD_CHARACTER_RANGES)
_PARAGRAPHS = re.compile(r"\n\s*\n")


@dataclass(frozen=True)
class NameLink:
    surface: str
    url: str
    title: str  # the entity's name
    kind: str  # person | organisation | place


def _pattern(links):
    surfaces = sorted({link.surface for link in links if link.surface.strip()}, key=len, reverse=True)
    if not surfaces:
        return None
    alternatives = "|".join(re.escape(surface) for surface in surfaces)
    return re.compile(rf"(?<![{_WORD}])(?:{alternatives})(?![{_WORD}])")


def _paragraph_html(text, pattern, by_surface):
    if pattern is None:
        return escape(text).replace("\n", "<br>")
    pieces, position = [], 0
    for match in pattern.finditer(text):
        link = by_surface[match.group()]
        pieces.append(escape(text[position : match.start()]))
        pieces.append(
            format_html(
                '<a class="name name-{}" href="{}" title="{}">{}</a>',
                link.kind,
                link.url,
                link.title,
                match.group(),
            )
        )
        position = match.end()
    pieces.append(escape(text[position:]))
    return "".join(pieces).replace("\n", "<br>")


def linked_body(body, links):
    """``body`` as ``<p>`` paragraphs with ``links`` (``NameLink``s) applied."""
    by_surface = {}
    for link in links:
        by_surface.setdefault(link.surface, link)
    pattern = _pattern(links)
    paragraphs = [part.strip() for part in _PARAGRAPHS.split(body or "") if part.strip()]
    return mark_safe("".join(f"<p>{_paragraph_html(part, pattern, by_surface)}</p>" for part in paragraphs))
