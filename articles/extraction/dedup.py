"""One entity, one record: merging what an article says twice.

* ``merge_meetings``: reports of the same meeting inside one article (the
  same people, the same kind, compatible dates, places and larger events)
  become one meeting with every sentence as evidence; a held report wins
  over a planned one, a trusted date over a weaker one, a city over its
  country.
* ``group_names``: new names that are spellings of one another
  (``matching``) become one new person with several aliases.
"""

from dataclasses import replace

from . import dates, places
from .matching import SAME, compare_names


def _compatible(gazetteer, first, second):
    return (
        first.participants == second.participants
        and first.kind == second.kind
        and dates.compatible_dates(first.date, second.date, first.weekday, second.weekday)
        and places.compatible_places(gazetteer, first.place_id, second.place_id)
        and (first.sidelines_of is None or second.sidelines_of is None or first.sidelines_of == second.sidelines_of)
    )


# Two reports of one meeting in one article: held beats cancelled ("the meeting was called off" of a
# meeting it also says took place is another meeting's news), and cancelled beats planned.
STATUS_STRENGTH = ("held", "cancelled", "planned")


def merge_two(gazetteer, kept, other):
    """``kept`` updated with what ``other`` (a report of the same meeting) adds."""
    status = min((kept.status, other.status), key=STATUS_STRENGTH.index)
    date, source = kept.date, kept.date_source
    if dates.TRUST[other.date_source] > dates.TRUST[source]:
        date, source = other.date, other.date_source
    evidence = kept.evidence + [e for e in other.evidence if e not in kept.evidence]
    weekday = None if date is not None else (kept.weekday if kept.weekday is not None else other.weekday)
    return replace(
        kept,
        status=status,
        date=date,
        date_source=source,
        place_id=places.more_precise(gazetteer, kept.place_id, other.place_id),
        sidelines_of=kept.sidelines_of or other.sidelines_of,
        evidence=evidence,
        weekday=weekday,
    )


def merge_meetings(gazetteer, meetings):
    merged = []
    for meeting in sorted(meetings, key=lambda m: m.start):
        for index, kept in enumerate(merged):
            if _compatible(gazetteer, kept, meeting):
                merged[index] = merge_two(gazetteer, kept, meeting)
                break
        else:
            merged.append(meeting)
    return merged


def group_names(names):
    """Group names (strings) that are surely spellings of one another, keeping first-seen order."""
    groups = []
    for name in names:
        for group in groups:
            if any(compare_names(name, other).verdict == SAME for other in group):
                if name not in group:
                    group.append(name)
                break
        else:
            groups.append([name])
    return groups
