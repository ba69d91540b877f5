"""The archive's source format: an optional ``date YYYY-MM-DD`` header, then the text.

The header is the first thing in the file (after optional white space) and
runs straight into the body on the same line::

     date 2021-07-29 Defence Minister Rajnath Singh …

A file without it has no known date (never "today"). A header whose date is
not a real ``YYYY-MM-DD`` date is an error, not a silently undated article.
"""

import datetime
import re
from dataclasses import dataclass

from .sources import SourceError

HEADER = re.compile(r"\A\s*date[ \t]+(?P<value>\d[\d\-/.]*\d)(?=\s|\Z)[ \t]*\n?", re.IGNORECASE)
ISO_DATE = re.compile(r"\A\d{4}-\d{2}-\d{2}\Z")


@dataclass(frozen=True)
class ParsedSource:
    published: datetime.date | None
    text: str  # what follows the header


def parse_source(text):
    """Split the date header from the text; raise ``SourceError`` for a malformed header."""
    match = HEADER.match(text)
    if not match:
        return ParsedSource(published=None, text=text)
    value = match.group("value")
    if not ISO_DATE.match(value):
        raise SourceError(f"malformed date header {value!r}: expected YYYY-MM-DD")
    try:
        published = datetime.date.fromisoformat(value)
    except ValueError as error:
        raise SourceError(f"malformed date header {value!r}: {error}") from error
    return ParsedSource(published=published, text=text[match.end() :])
