"""Stage 1: clean the text of an article.

* Unicode is normalised to NFC (so "ज़" typed two ways is one string);
* scraped promos for other stories ("Also Read - …") are removed, and only
  they: a promo starts at its marker, even when glued to the previous
  sentence ("…बात की.Also Read - …"), and runs to the end of its line;
* paragraphs (separated by blank lines, or by a line break after a headline
  or a sentence's end, see ``paragraphs``) are kept, white space inside a
  paragraph is collapsed.
"""

import functools
import re
import unicodedata
from dataclasses import dataclass

from ..constants import TITLE_MAX_CHARS
from .casing import headline_case_spans
from .languages import LANGUAGES, promo_bar_markers, promo_markers

_PROMO_SEPARATOR = r"\s*[-–—:|]"


def _promo_pattern():
    markers = sorted({unicodedata.normalize("NFC", m) for m in promo_markers()}, key=len, reverse=True)
    alternatives = "|".join(re.escape(marker) for marker in markers)
    # The marker must be followed by a dash, colon or bar ("Also Read - …"):
    # "he also read the report" is prose, not a promo.
    return re.compile(rf"[ \t]*(?:{alternatives}){_PROMO_SEPARATOR}[^\n]*")


PROMO = _promo_pattern()
# "Read | …": a short marker, a promo only with a bar after it.
PROMO_BAR = re.compile(
    rf"^[ \t]*(?:{'|'.join(re.escape(m) for m in promo_bar_markers())})[ \t]*\|[^\n]*", re.MULTILINE
)
# A marker alone on its line heads a block of promo headlines: the lines after it that do not end as
# sentences do, up to a blank line or prose.
PROMO_BLOCK = re.compile(
    rf"^[ \t]*(?:{'|'.join(re.escape(unicodedata.normalize('NFC', m)) for m in promo_markers())})[ \t]*$"
    r"(?:\n[^\n]*[^\s.!?।\"”’][ \t]*$){0,8}",
    re.MULTILINE,
)
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_INLINE_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class CleanText:
    body: str
    promos: tuple[str, ...]


def normalize_unicode(text):
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n")).replace("\ufeff", "")


# HTML some sources leave in their text: links (their words stay, the address goes) and inline tags.
_MARKUP_TAG = re.compile(
    r"</?(?:a|b|i|u|em|strong|span|font|sup|sub|small|big|mark|abbr|cite|q|ins|del)(?:\s[^<>]{0,2000})?>"
    r"|<br\s*/?>|</?p(?:\s[^<>]{0,500})?>",
    re.IGNORECASE,
)
_BLOCK_TAG = re.compile(r"<br\s*/?>|</?p(?:\s[^<>]{0,500})?>", re.IGNORECASE)
_ENTITIES = {"&amp;": "&", "&quot;": '"', "&#39;": "'", "&apos;": "'", "&nbsp;": " ", "&lt;": "<", "&gt;": ">"}
_ENTITY = re.compile("|".join(map(re.escape, _ENTITIES)))


def strip_markup(text):
    """``text`` without the HTML tags a source left in it (a link's words are kept, its address is not
    read as text); entities decoded only where there was markup."""
    if "<" not in text or not _MARKUP_TAG.search(text):
        return text
    text = _BLOCK_TAG.sub("\n\n", text)
    text = _MARKUP_TAG.sub("", text)
    return _ENTITY.sub(lambda match: _ENTITIES[match.group()], text)


def strip_promos(text):
    """Return ``(text without promos, the promos removed)``: blocks of headlines under a marker, then
    promos that run from a marker to the end of their line."""
    promos = []
    for pattern in (PROMO_BLOCK, PROMO_BAR, PROMO):
        promos += [match.group().strip() for match in pattern.finditer(text)]
        text = pattern.sub("", text)
    return text, tuple(promos)


# A line this long is a paragraph written on one line, not a line of wrapped prose.
UNWRAPPED_LINE = 100
HEADLINE_LINE_WORDS = 5
_LINE_END = tuple(".!?।॥\"'”’»):;")
# An item of a numbered list or a results table: "2. Meron Tesfaye (Ethiopia) 15:05.21", "4 - Anil Rao", "6= ".
_NUMBERED_ITEM = re.compile(r"\d{1,3}(?:[.)=]| -)\s+\S")


def _ends_paragraph(line, following):
    """Does a single line break end a paragraph (a headline, a dateline line, a line written whole), rather
    than wrap prose ("Rajnath\nSingh")? It does after a sentence's end, and before or after a line written
    on one line, and before an item of a numbered list; a short line followed by short lines is wrapped
    prose."""
    line, following = line.strip(), following.strip()
    if not line or not following:
        return True
    return (
        line.endswith(_LINE_END)
        or len(following) > UNWRAPPED_LINE
        or len(line) > UNWRAPPED_LINE
        or bool(_NUMBERED_ITEM.match(following))
        # A headline of a few words more than a wrapped run of names and titles ("Defence Minister Rajnath").
        or bool(headline_case_spans(line, _cased_function_words(), min_words=HEADLINE_LINE_WORDS))
    )


@functools.cache
def _cased_function_words():
    """The function words of the languages that capitalise names (a headline's lower-case words)."""
    return frozenset().union(*(rules.FUNCTION_WORDS for rules in LANGUAGES.values() if rules.NAMES_CAPITALISED))


def paragraphs(text):
    """The non-empty paragraphs of ``text``, white space collapsed inside each.

    Paragraphs are separated by blank lines, and by single line breaks that do not wrap prose
    (``_ends_paragraph``): a headline on its own line is not the start of the first sentence.
    """
    found = []
    for part in _PARAGRAPH_BREAK.split(text):
        lines = part.split("\n")
        current = [lines[0]]
        for line, following in zip(lines, lines[1:]):
            if _ends_paragraph(line, following):
                found.append(" ".join(current))
                current = []
            current.append(following)
        found.append(" ".join(current))
    parts = (_INLINE_SPACE.sub(" ", part).strip() for part in found)
    return [part for part in parts if part]


def clean(text):
    """Normalise, strip promos and keep paragraphs: the body the archive stores."""
    text, promos = strip_promos(strip_markup(normalize_unicode(text)))
    return CleanText(body="\n\n".join(paragraphs(text)), promos=promos)


def derive_title(first_sentence, max_chars=TITLE_MAX_CHARS):
    """A title from an article's first sentence, cut at a word boundary."""
    title = _INLINE_SPACE.sub(" ", first_sentence).strip()
    title = title.rstrip(".।").strip()
    if len(title) <= max_chars:
        return title
    cut = title[: max_chars - 1]
    if " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:–-") + "…"
