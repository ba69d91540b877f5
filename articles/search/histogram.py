"""The histogram of a search's results over time, drawn from its date facet (no extra query)."""

import datetime

from django.utils.formats import date_format
from django.utils.translation import ngettext

from people.pictures import Bar, bar_chart


def results_histogram(date_facet):
    """A ``Chart`` of the date facet's years (every year from the first to the last) or of one
    year's twelve months; None when no result is dated. Each bar links to its year or month."""
    if date_facet is None:
        return None
    values = [value for value in date_facet.values if value.value != "undated"]
    if not values:
        return None
    by_value = {value.value: value for value in values}
    if len(values[0].value) == 4:
        years = sorted(int(value.value) for value in values)
        keys = [(str(year), str(year)) for year in range(years[0], years[-1] + 1)]
    else:
        year = int(values[0].value[:4])
        keys = [
            (f"{year}-{month:02d}", date_format(datetime.date(year, month, 1), "M")) for month in range(1, 13)
        ]
    bars = []
    for key, short in keys:
        value = by_value.get(key)
        count = value.count if value else 0
        label = value.label if value else (key if len(key) == 4 else date_format(datetime.date(int(key[:4]), int(key[5:]), 1), "F Y"))
        title = ngettext("%(label)s: %(count)d article", "%(label)s: %(count)d articles", count) % {
            "label": label,
            "count": count,
        }
        bars.append(Bar(short, count, value.url if value and count else "", title))
    return bar_chart(bars)
