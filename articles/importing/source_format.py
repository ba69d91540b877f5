"""The archive's source format: an optional ``date YYYY-MM-DD`` header, then the text.

The header is the first thing in the file (after optional white space) and
runs straight into the body on the same line::

     date 2021-07-29 Defence Minister Rajnath Singh …

A file without it has no known date (never "today"). ``date:`` with a colon
and an ISO date with a time (``2021-03-12T10:00``, the time ignored) are read
too. A header whose date is not a real ``YYYY-MM-DD`` date, or not a
plausible date of a news article (``PUBLISHED_MIN`` to a year from today), is
an error, not a silently undated or misdated article.
"""

import datetime
import re
from dataclasses import dataclass

from ..constants import PUBLISHED_MAX_DAYS_AHEAD, PUBLISHED_MIN
from .sources import SourceError

# "date", an optional colon, then whatever follows up to white space: a value
# that starts with a digit is a header, to be a date or an error.
HEADER = re.compile(r"\A\s*date[ \t]*(?::[ \t]*|[ \t]+)(?P<value>\d\S*)[ \t]*\n?", re.IGNORECASE)
ISO_DATE = re.compile(
    r"\A(?P<date>\d{4}-\d{2}-\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\Z"
)


@dataclass(frozen=True)
class ParsedSource:
    published: datetime.date | None
    text: str  # what follows the header


def plausible_published(value, today=None):
    """Raise ``SourceError`` unless ``value`` is a date a news article can have."""
    latest = (today or datetime.date.today()) + datetime.timedelta(days=PUBLISHED_MAX_DAYS_AHEAD)
    if value < PUBLISHED_MIN:
        raise SourceError(
            f"implausible date {value.isoformat()} in the header: before {PUBLISHED_MIN.isoformat()}"
        )
    if value > latest:
        raise SourceError(f"implausible date {value.isoformat()} in the header: after {latest.isoformat()}")
    return value


def parse_source(text):
    """Split the date header from the text; raise ``SourceError`` for a malformed header."""
    match = HEADER.match(text)
    if not match:
        return ParsedSource(published=None, text=text)
    value = match.group("value")
    iso = ISO_DATE.match(value)
    if not iso:
        raise SourceError(f"malformed date header {value[:40]!r}: expected YYYY-MM-DD")
    try:
        published = datetime.date.fromisoformat(iso.group("date"))
    except ValueError as error:
        raise SourceError(f"malformed date header {value!r}: {error}") from error
    return ParsedSource(published=plausible_published(published), text=text[match.end() :])
