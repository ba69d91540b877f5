"""Snippets with the matched words highlighted, safe to put in HTML.

The same code runs on both databases, on the first ``SNIPPET_SOURCE_CHARS``
of each body of the page shown (never on every match). A word is
highlighted when its lexeme, in the configuration of the article's language
(``analysis.py``), is one of the query's; so "talks" lights up "talk", and
"मिर्जा" lights up "मिर्ज़ा". Mentions of an entity the query named light up
as written ("राजनाथ सिंह" for "Rajnath Singh").

Safety: highlighting inserts private-use marker characters (after removing
any the text already has), the whole snippet is then HTML-escaped, and only
then do the markers become ``<mark>`` and ``</mark>``. No text from an
article or a query can reach the page unescaped.
"""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

from .analysis import WORD_CHARACTER_RANGES, WORD_IN_ORIGINAL, configuration_for, words
from .constants import MARK_END, MARK_START, SNIPPET_CHARS

_MARKERS = str.maketrans("", "", MARK_START + MARK_END)
_SPACES = re.compile(r"\s+")
_WORD_CHARS = "".join(low if low == high else f"{low}-{high}" for low, high in WORD_CHARACTER_RANGES)
CONTEXT_BEFORE = 60
ELLIPSIS = "…"


def query_lexemes(terms, language):
    """The lexemes of ``terms`` in the configuration of ``language``."""
    configuration = configuration_for(language)
    found = set()
    for term in terms:
        for word in term.words:
            lexeme = configuration.lexeme(word)
            if lexeme:
                found.add(lexeme)
    return frozenset(found)


def matching_spans(text, lexemes, language, surfaces=()):
    """(start, end) of the words of ``text`` to highlight, sorted, not overlapping."""
    configuration = configuration_for(language)
    spans = []
    if lexemes:
        for match in WORD_IN_ORIGINAL.finditer(text):
            if any(configuration.lexeme(word) in lexemes for word in words(match.group(), None)):
                spans.append((match.start(), match.end()))
    for surface in surfaces:
        if not surface.strip():
            continue
        pattern = rf"(?<![{_WORD_CHARS}]){re.escape(surface)}(?![{_WORD_CHARS}])"
        spans.extend((found.start(), found.end()) for found in re.finditer(pattern, text))
    spans.sort()
    merged = []
    for start, end in spans:
        # Overlapping matches, or matches only white space apart ("Rajnath Singh"), make one mark.
        if merged and (start <= merged[-1][1] or text[merged[-1][1] : start].isspace()):
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def marked_to_html(marked):
    """Escape ``marked`` text, then turn its markers into ``<mark>`` tags."""
    return mark_safe(escape(marked).replace(MARK_START, "<mark>").replace(MARK_END, "</mark>"))


def _insert_markers(text, spans):
    pieces, position = [], 0
    for start, end in spans:
        pieces.extend([text[position:start], MARK_START, text[start:end], MARK_END])
        position = end
    pieces.append(text[position:])
    return "".join(pieces)


def _clean(text):
    return _SPACES.sub(" ", (text or "").translate(_MARKERS))


def highlight(text, lexemes, language, surfaces=()):
    """All of ``text`` (a title, say) as safe HTML with the matches marked."""
    text = _clean(text)
    return marked_to_html(_insert_markers(text, matching_spans(text, lexemes, language, surfaces)))


def _word_start_at_or_before(text, index):
    while index > 0 and not text[index - 1].isspace():
        index -= 1
    return index


def _word_end_at_or_before(text, index):
    if index >= len(text):
        return len(text)
    cut = text.rfind(" ", 0, index)
    return cut if cut > 0 else index


def snippet(text, lexemes, language, surfaces=(), length=SNIPPET_CHARS):
    """About ``length`` characters of ``text`` around its best cluster of matches, as safe HTML."""
    text = _clean(text).strip()
    spans = matching_spans(text, lexemes, language, surfaces)
    start = 0
    if spans:
        best_start, best_count = 0, -1
        for span_start, _ in spans:
            window = _word_start_at_or_before(text, max(0, span_start - CONTEXT_BEFORE))
            count = sum(
                1
                for other_start, other_end in spans
                if other_start >= window and other_end <= window + length
            )
            if count > best_count:
                best_start, best_count = window, count
        start = best_start
    end = start + length
    if end < len(text):
        end = _word_end_at_or_before(text, end)
        # Never cut through a highlighted word.
        for span_start, span_end in spans:
            if span_start < end < span_end:
                end = span_start
    else:
        end = len(text)
    inside = [(max(s, start) - start, min(e, end) - start) for s, e in spans if s >= start and e <= end]
    marked = _insert_markers(text[start:end].rstrip(), inside)
    if start > 0:
        marked = ELLIPSIS + marked
    if end < len(text):
        marked = marked + " " + ELLIPSIS
    return marked_to_html(marked)
