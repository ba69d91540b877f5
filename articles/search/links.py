"""Plain, shareable search URLs: add a filter, remove one, go to a page.

Every change of filters drops ``page`` (the results change) and ``format``.
"""

import datetime
import re
from dataclasses import dataclass

from django.http import QueryDict
from django.utils.formats import date_format
from django.utils.translation import gettext

from .constants import DATE_OF_CHOICES, DATE_OF_EITHER

RESET_ON_CHANGE = ("page", "format")


def _copy(params):
    copy = QueryDict(mutable=True)
    for key, values in params.lists():
        if key not in RESET_ON_CHANGE:
            copy.setlist(key, [value for value in values if value != ""])
    return copy


def query_dict(params):
    """``params`` as a plain copy, without ``page`` and ``format``."""
    return _copy(params)


def encode(params):
    encoded = params.urlencode()
    return f"?{encoded}" if encoded else "?"


def adding(params, extra):
    """``params`` with each (key, value) of ``extra`` added (replacing dates and ``undated``)."""
    copy = _copy(params)
    for key, value in extra.items():
        if key in ("date_from", "date_to", "undated"):
            for date_key in ("date_from", "date_to", "undated"):
                if date_key not in extra:
                    copy.pop(date_key, None)
            copy.setlist(key, [value])
        elif value not in copy.getlist(key):
            copy.appendlist(key, value)
    return encode(copy)


def removing(params, key, value=None):
    """``params`` without ``key`` (or without one of its values)."""
    copy = _copy(params)
    if value is None:
        copy.pop(key, None)
    else:
        copy.setlist(key, [item for item in copy.getlist(key) if item != value])
    return encode(copy)


def removing_keys(params, *keys):
    copy = _copy(params)
    for key in keys:
        copy.pop(key, None)
    return encode(copy)


def with_page(params, page):
    copy = params.copy()
    copy.pop("format", None)
    copy["page"] = str(page)
    return encode(copy)


def with_format(params, output_format):
    copy = _copy(params)
    copy["format"] = output_format
    return encode(copy)


def named_period(start, end):
    """ "July 2021" or "2021" when the range is exactly that month or year, else None."""
    if not (start and end):
        return None
    if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31) and start.year == end.year:
        return str(start.year)
    following = datetime.date(start.year + start.month // 12, start.month % 12 + 1, 1)
    if start.day == 1 and end == following - datetime.timedelta(days=1):
        return date_format(start, "F Y")
    return None


@dataclass
class Chip:
    """A selected filter, shown with a link that removes it."""

    kind: str
    label: str
    remove_url: str


def chips(filterset, params, fixed=None, script="Latn"):
    """The removable chips of a search's valid, selected filters.

    ``fixed`` ({parameter: {id, …}}) names filters a page imposes (the person
    of a person page), which get no chip.
    """
    fixed = fixed or {}
    found = []
    query = filterset.query
    if query:
        found.append(Chip(gettext("Search"), query.text, removing(params, "q")))
    for name, kind in (
        ("person", gettext("Person")),
        ("organisation", gettext("Organisation")),
        ("meeting", gettext("Meeting")),
        ("place", gettext("Place")),
        ("tag", gettext("Tag")),
    ):
        for item in filterset.selected(name):
            if item.pk in fixed.get(name, ()):
                continue
            # Remove whichever spelling (id or slug) the URL used.
            spellings = {str(item.pk), getattr(item, "slug", None)}
            copy = _copy(params)
            copy.setlist(name, [value for value in copy.getlist(name) if value not in spellings])
            label = str(item)
            if script != "Latn" and name in ("person", "organisation", "place"):
                from people.lookup import name_in_script

                label = name_in_script(name, item.pk, label, script)
            found.append(Chip(kind, label, encode(copy)))
    labels = dict(filterset.filters["language"].extra["choices"])
    for code in filterset.selected("language"):
        found.append(Chip(gettext("Language"), labels.get(code, code), removing(params, "language", code)))
    start, end = filterset.cleaned.get("date_from"), filterset.cleaned.get("date_to")
    period = named_period(start, end)
    if period:
        found.append(Chip(gettext("Date"), period, removing_keys(params, "date_from", "date_to")))
    else:
        if start:
            found.append(Chip(gettext("From"), start.isoformat(), removing(params, "date_from")))
        if end:
            found.append(Chip(gettext("To"), end.isoformat(), removing(params, "date_to")))
    if filterset.cleaned.get("undated"):
        found.append(Chip(gettext("Date"), gettext("Undated only"), removing(params, "undated")))
    if filterset.cleaned.get("date_of") and filterset.date_of != DATE_OF_EITHER:
        labels = dict(DATE_OF_CHOICES)
        found.append(Chip(gettext("Dates"), labels[filterset.date_of], removing(params, "date_of")))
    return found


def facet_url(params, facet_name, value):
    """The link of a facet value: adds it, or removes it when selected."""
    if not value.selected:
        return adding(params, value.params)
    copy = _copy(params)
    if facet_name == "date":
        for key in ("date_from", "date_to", "undated"):
            copy.pop(key, None)
    else:
        spellings = set(value.spellings) | {value.value}
        copy.setlist(facet_name, [item for item in copy.getlist(facet_name) if item not in spellings])
    return encode(copy)


def set_facet_urls(params, facets):
    for name, facet in facets.items():
        for value in facet.values:
            value.url = facet_url(params, name, value)
    return facets


def sort_links(params, current, choices):
    copy = _copy(params)
    found = []
    for value, label in choices:
        copy["sort"] = value
        found.append({"value": value, "label": label, "url": encode(copy), "current": value == current})
    return found


def pagination(params, page):
    """Links to pages around ``page``: [{"number", "url", "current"}], None for a gap."""
    if page is None or page.paginator.num_pages <= 1:
        return []
    found = []
    for number in page.paginator.get_elided_page_range(page.number, on_each_side=2, on_ends=1):
        if number == page.paginator.ELLIPSIS:
            found.append(None)
        else:
            found.append(
                {"number": number, "url": with_page(params, number), "current": number == page.number}
            )
    return found


def hidden_fields(params, drop):
    """(name, value) pairs of ``params`` for hidden inputs, without the names in ``drop``."""
    return [
        (key, value)
        for key, values in params.lists()
        if key not in drop and key not in RESET_ON_CHANGE
        for value in values
        if value != ""
    ]


def replacing_in_query(params, typed, replacement):
    """``params`` with ``typed`` (words as the query has them) replaced by ``replacement`` in ``q``."""
    copy = _copy(params)
    pattern = r"\s+".join(re.escape(word) for word in typed.split())
    copy["q"] = re.sub(pattern, lambda match: replacement, copy.get("q", ""), count=1)
    return encode(copy)


def suggestion_links(params, suggestions, entity_url):
    """The name suggestions of a search, each candidate with the search for its full name and its page."""
    return [
        {
            "typed": suggestion.typed,
            "reason": suggestion.reason,
            "candidates": [
                {
                    "candidate": candidate,
                    "search_url": replacing_in_query(params, suggestion.typed, candidate.label),
                    "page_url": entity_url(candidate),
                }
                for candidate in suggestion.candidates
            ],
        }
        for suggestion in suggestions
    ]
