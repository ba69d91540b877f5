"""The archive's source format: an optional ``date`` header, then the text.

The header is the first thing in the file (after optional white space) and
runs straight into the body on the same line::

     date 2021-07-29 Defence Minister Rajnath Singh …

Its date is a day (``YYYY-MM-DD``), a month (``YYYY-MM``) or a year
(``YYYY``); the article keeps the precision the source gives. ``date:`` with
a colon is read too, and a day with a time (``2021-03-12T10:00``, the time
dropped). A header glued to the text (`` date 2023-06-06Defence …``) is still
a header. A file without one has no known date (never "today"). A header
whose date is not one of these forms, not a real date, or not a plausible
date of a news article (``PUBLISHED_MIN`` to a year from today: no
``0001-01-01`` or ``9999-12-31`` placeholders), is an error, not a silently
undated or misdated article.
"""

import datetime
import re
from dataclasses import dataclass

from ..constants import PUBLISHED_MAX_DAYS_AHEAD, PUBLISHED_MIN, DatePrecision
from .sources import SourceError

# The value ends at white space or the end, or where the text starts with a letter
# (a header glued to the body); an ISO time after a day ("T10:00") is part of it.
HEADER = re.compile(
    r"\A\s*date[ \t]*(?::[ \t]*|[ \t]+)(?P<value>\d[\d\-/.]*\d)"
    r"(?P<time>T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
    r"(?=\s|\Z|[^\W\d_])[ \t]*\n?",
    re.IGNORECASE,
)
FORMS = (
    (re.compile(r"\A\d{4}-\d{2}-\d{2}\Z"), DatePrecision.DAY),
    (re.compile(r"\A\d{4}-\d{2}\Z"), DatePrecision.MONTH),
    (re.compile(r"\A\d{4}\Z"), DatePrecision.YEAR),
)


@dataclass(frozen=True)
class ParsedSource:
    published: datetime.date | None  # the first day of the day, month or year
    text: str  # what follows the header
    precision: str = DatePrecision.DAY


def parse_date_value(value):
    """(first day, precision) of a header's value; raise ``SourceError`` for a malformed one."""
    for pattern, precision in FORMS:
        if pattern.match(value):
            break
    else:
        raise SourceError(f"malformed date header {value[:40]!r}: expected YYYY-MM-DD, YYYY-MM or YYYY")
    year, month, day = (int(part) for part in (value.split("-") + ["1", "1"])[:3])
    try:
        return datetime.date(year, month, day), precision
    except ValueError as error:
        raise SourceError(f"malformed date header {value!r}: {error}") from error


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
    published, precision = parse_date_value(value)
    if match.group("time") and precision != DatePrecision.DAY:
        raise SourceError(f"malformed date header {value + match.group('time')!r}: a time needs a day")
    return ParsedSource(published=plausible_published(published), text=text[match.end() :], precision=precision)
