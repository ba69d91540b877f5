"""When a meeting happened: date expressions in a sentence, resolved against the article's date.

Resolution rules, in order of trust:

* an **explicit date** ("29 July 2021", "2021-07-29") is the date;
* a **day and month** ("July 28", "28 जुलाई") takes its year from the
  article's date: the latest such day on or before publication for a past
  meeting, the next one on or after it for a planned one; without an article
  date, from the year of the larger event the meeting was on the sidelines of;
* "today" / "आज" is the article's date, "yesterday" the day before,
  "tomorrow" the day after; "कल" is the day before for a past meeting and the
  day after for a planned one;
* a **weekday** ("on Wednesday", "बुधवार को") is the most recent such day on
  or before the article's date for a past meeting (the next one for a planned
  meeting). Without an article date, it is the one day with that name inside
  the larger event's date range, when the meeting was on its sidelines
  ("a Wednesday during the SCO meeting of 27–29 July 2021" is 28 July).

Anything else is unknown: a date is never guessed from the import day.

A **period** ("last year", "in July", "in July last year", "in 2019", "पिछले साल", "जुलाई में") gives no
day, but says which month or year a meeting is of (``find_period``): a meeting told with a period before
the article's month is another meeting than the one the story reports, however alike its people
(``compatible_periods``), and is looked for in the archive inside its period only (``period_range``).
"""

import datetime
import re
import unicodedata
from dataclasses import dataclass

from people.names import normalize_name

EXPLICIT = "explicit"
DAY_MONTH = "day-month"
RELATIVE = "relative"
WEEKDAY = "weekday"
EVENT = "event"
# How much each source is trusted when two reports of one meeting disagree.
TRUST = {EXPLICIT: 4, DAY_MONTH: 3, RELATIVE: 3, WEEKDAY: 2, EVENT: 1, None: 0}


_DIGIT = re.compile(r"[0-9\u0966-\u096f]")
# A wire dateline's date: after a place and a comma that open the line, before the agency's credit in
# brackets or the dateline's colon or dash ("New Delhi, April 29 (PTI) …", "नयी दिल्ली, 29 अप्रैल (भाषा) …").
_DATELINE_BEFORE = re.compile(r"(?:^|\n)[ \t]*[^\s,.:;\n][^,.:;\n]{0,30},[ \t]*$")
_DATELINE_AFTER = re.compile(r"[ \t]*(?:\([^()\n]{1,25}\)|:|[-–—]+\s)")


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    kind: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    offset: int | None = None  # RELATIVE: days, None = "कल" (yesterday or tomorrow); WEEKDAY: weeks from the article's


@dataclass(frozen=True)
class Period:
    """A month or year a meeting is told of, without its day; ``year`` or ``month`` may be unknown."""

    year: int | None
    month: int | None
    before_report: bool  # wholly before the article's month ("last year", or "in March" of a May article)


def _number(text):
    return int("".join(str(unicodedata.digit(char)) for char in text))


def _week_shift(document, weekday):
    """Weeks from the article's week a weekday's phrase says ("Monday last week": -1), or None."""
    text = document.text
    for after, before, weeks in document.rules.week_shifts:
        if after.match(text, weekday.end()) or before.search(text, max(0, weekday.start() - 40), weekday.start()):
            return weeks
    return None


def find_dates(document, start, end):
    """Date expressions inside ``document.text[start:end]``, in order, non-overlapping."""
    rules, text = document.rules, document.text
    found = []
    has_digits = _DIGIT.search(text, start, end) is not None
    for pattern in rules.dates if has_digits else ():  # every date pattern has a day number
        for match in pattern.finditer(text, start, end):
            groups = match.groupdict()
            try:
                day = _number(groups["day"])
                if groups.get("month"):
                    month = int(groups["month"])
                else:
                    month = rules.months[normalize_name(groups["monthname"].rstrip("."))]
                year = _number(groups["year"]) if groups.get("year") else None
                datetime.date(year or 2000, month, day)  # a real day?
            except (KeyError, ValueError):
                continue
            kind = EXPLICIT if year else DAY_MONTH
            found.append(DateMention(match.start(), match.end(), kind, year, month, day))
    lowered = text[start:end].lower()
    if any(word in lowered for word in rules.calendar_words):
        for match in rules.weekday.finditer(text, start, end):
            weekday = rules.weekdays[normalize_name(match.group())]
            found.append(DateMention(match.start(), match.end(), WEEKDAY, weekday=weekday, offset=_week_shift(document, match)))
        for match in rules.relative_day.finditer(text, start, end):
            offset = rules.relative_days[normalize_name(match.group())]
            found.append(DateMention(match.start(), match.end(), RELATIVE, offset=offset))
    found.sort(key=lambda d: (d.start, -(d.end - d.start)))
    kept, last_end = [], -1
    for mention in found:
        if mention.start >= last_end:
            kept.append(mention)
            last_end = mention.end
    return kept


# How many days after (before) the article's date a day and month of a held (planned) meeting is still
# in the article's year.
DAY_MONTH_SLACK_DAYS = 3


def _in_range(day, event):
    end = event.end_date or event.date
    return event.date is not None and event.date <= day <= end


def resolve(mention, published, held, event=None):
    """``(date, source)`` for one ``DateMention``; ``(None, None)`` when it cannot be told."""
    if mention.kind == EXPLICIT:
        return datetime.date(mention.year, mention.month, mention.day), EXPLICIT
    if mention.kind == DAY_MONTH:
        if published is not None:
            try:
                candidate = datetime.date(published.year, mention.month, mention.day)
            except ValueError:
                return None, None  # 29 February in another year
            # A day just after the header's date is that day: a header is often a day early (a dateline
            # "May 25" over a header of 24 May), never a report of a meeting a year before.
            slack = datetime.timedelta(days=DAY_MONTH_SLACK_DAYS)
            try:
                if held and candidate > published + slack:
                    candidate = candidate.replace(year=published.year - 1)
                elif not held and candidate < published - slack:
                    candidate = candidate.replace(year=published.year + 1)
            except ValueError:
                return None, None
            return candidate, DAY_MONTH
        if event is not None and event.date is not None:
            return datetime.date(event.date.year, mention.month, mention.day), DAY_MONTH
        return None, None
    if mention.kind == RELATIVE:
        if published is None:
            return None, None
        offset = mention.offset if mention.offset is not None else (-1 if held else 1)
        return published + datetime.timedelta(days=offset), RELATIVE
    if mention.kind == WEEKDAY:
        if published is not None and mention.offset:
            # "on Monday last week": that weekday of the calendar week before (after) the article's
            monday = published - datetime.timedelta(days=published.weekday()) + datetime.timedelta(weeks=mention.offset)
            return monday + datetime.timedelta(days=mention.weekday), WEEKDAY
        if published is not None:
            if held:
                back = (published.weekday() - mention.weekday) % 7
                return published - datetime.timedelta(days=back), WEEKDAY
            ahead = (mention.weekday - published.weekday()) % 7
            return published + datetime.timedelta(days=ahead), WEEKDAY
        if event is not None and event.date is not None:
            end = event.end_date or event.date
            days = [
                event.date + datetime.timedelta(days=n)
                for n in range((end - event.date).days + 1)
                if (event.date + datetime.timedelta(days=n)).weekday() == mention.weekday
            ]
            if len(days) == 1:
                return days[0], EVENT
        return None, None
    return None, None


def _outside(mentions, skip):
    """``mentions`` but those inside ``skip``: one ``(start, end)`` or a list of them."""
    if not skip:
        return mentions
    spans = [skip] if isinstance(skip[0], int) else skip
    return [m for m in mentions if not any(start <= m.start and m.end <= end for start, end in spans)]


def _of_the_report(document, mentions):
    """``mentions`` but those that date the report, not the meeting: "PTI reported on Thursday", "the ministry said on
    Monday that …", "अधिकारियों ने शुक्रवार को बताया" (``REPORT_DATE_BEFORE``, ``REPORT_DATE_AFTER``)."""
    rules, text = document.rules, document.text
    return [
        m
        for m in mentions
        if not (
            rules.report_date_before.search(text[max(0, m.start - 40) : m.start])
            or rules.report_date_after.match(text, m.end)
        )
    ]


def _in_a_dateline(text, mention):
    """Is ``mention`` the date of a wire dateline, which dates the report ("New Delhi, April 29 (PTI) X met Y
    on Friday": Friday, not April 29)?"""
    return bool(
        _DATELINE_BEFORE.search(text, max(0, mention.start - 40), mention.start)
        and _DATELINE_AFTER.match(text, mention.end)
    )


def meeting_date(document, start, end, anchor, held, event=None, skip=None):
    """The best ``(date, source)`` for a meeting reported in ``[start, end)``, nearest to ``anchor`` first.

    Dates inside ``skip`` (a background aside: "Singh, who arrived on Tuesday, met …") do not count.
    """
    mentions = _of_the_report(document, _outside(find_dates(document, start, end), skip))
    # A wire dateline's date comes last: it dates the report, and the meeting only when nothing else does.
    text = document.text
    mentions.sort(
        key=lambda m: (_in_a_dateline(text, m), -TRUST[m.kind], min(abs(m.start - anchor), abs(m.end - anchor)))
    )
    for mention in mentions:
        date, source = resolve(mention, document.published, held, event)
        if date is not None:
            return date, source
    if event is not None and event.date is not None and (event.end_date in (None, event.date)):
        return event.date, EVENT  # a one-day event: its side meetings are on that day
    return None, None


def weekday_named(document, start, end, skip=None):
    """The weekday named in ``[start, end)`` (0 = Monday), or None; not one inside ``skip``."""
    found = [m for m in _of_the_report(document, _outside(find_dates(document, start, end), skip)) if m.kind == WEEKDAY]
    return found[0].weekday if found else None


def compatible_dates(first, second, first_weekday=None, second_weekday=None):
    """Can two reports of a meeting, dated ``first`` and ``second`` (or None), be of the same meeting?

    An undated report that names a weekday ("बुधवार को") still rules out dates on other weekdays.
    """
    if first is not None and second is not None:
        return first == second
    if first is not None and second_weekday is not None:
        return first.weekday() == second_weekday
    if second is not None and first_weekday is not None:
        return second.weekday() == first_weekday
    if first_weekday is not None and second_weekday is not None:
        return first_weekday == second_weekday
    return True


def _previous_month(day):
    return (day.year - 1, 12) if day.month == 1 else (day.year, day.month - 1)


def find_period(document, start, end, held=True):
    """The ``Period`` that ``document.text[start:end]`` tells a held meeting of, or None (see the module)."""
    if not held:
        return None
    rules, text, published = document.rules, document.text, document.published
    last_year = rules.last_year.search(text, start, end)
    month_match = rules.month_period.search(text, start, end)
    if month_match is not None:
        month = rules.months[normalize_name(month_match.group("monthname"))]
        if month_match.group("year"):
            year = _number(month_match.group("year"))
        elif last_year is not None:
            year = published.year - 1 if published else None
        elif published is not None:
            year = published.year if month <= published.month else published.year - 1
        else:
            year = None
        if published is not None and year is not None:
            before = (year, month) < (published.year, published.month)
        else:
            before = last_year is not None
        return Period(year, month, before)
    if last_year is not None:
        return Period(published.year - 1 if published else None, None, True)
    if rules.last_month.search(text, start, end) is not None:
        if published is None:
            return Period(None, None, True)
        year, month = _previous_month(published)
        return Period(year, month, True)
    year_match = rules.year_period.search(text, start, end)
    if year_match is not None:
        year = _number(year_match.group("year"))
        return Period(year, None, published is not None and year < published.year)
    return None


def _within(day, period):
    return (period.year is None or day.year == period.year) and (period.month is None or day.month == period.month)


def compatible_periods(first, second):
    """Can two reports of a meeting (``first`` told before ``second`` in the text: objects with ``date`` and
    ``period``) be of the same meeting? A later report told as of an earlier period than the story's days is
    of another meeting than an earlier report with no date or period: the story's news comes first, its
    background after it ("… met on Friday. Last year in July, they met on the sidelines of …")."""
    a, b = first.period, second.period
    if a is not None and b is not None:
        return (a.year is None or b.year is None or a.year == b.year) and (
            a.month is None or b.month is None or a.month == b.month
        )
    if a is not None and second.date is not None:
        return _within(second.date, a)
    if b is not None and first.date is not None:
        return _within(first.date, b)
    if b is not None and b.before_report and a is None:
        return False
    return True


def period_range(period, published=None):
    """``(first day, last day)`` of a period, either None when unbounded; None for no period."""
    if period is None:
        return None
    if period.year is None:
        latest = published - datetime.timedelta(days=1) if published is not None and period.before_report else None
        return None, latest
    if period.month is None:
        return datetime.date(period.year, 1, 1), datetime.date(period.year, 12, 31)
    first = datetime.date(period.year, period.month, 1)
    after = datetime.date(period.year + (period.month == 12), period.month % 12 + 1, 1)
    return first, after - datetime.timedelta(days=1)
