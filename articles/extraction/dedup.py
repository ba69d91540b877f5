"""One entity, one record: merging what an article says twice.

* ``merge_meetings``: reports of the same meeting inside one article (the
  same people, the same kind, compatible dates, places and larger events)
  become one meeting with every sentence as evidence; a held report wins
  over a planned one, a trusted date over a weaker one, a city over its
  country.
* ``group_names``: new names that are spellings of one another, or one
  the other with a middle name (``matching.one_person_in_one_article``),
  become one new person with several aliases.
"""

from dataclasses import replace

from . import dates, places
from .meetings import BILATERAL, CALL
from .matching import NameIndex, one_person_in_one_article


def _same_kind(first, second):
    """A call and a talk with no place of its own ("during the call they discussed …") are one call."""
    if first.kind == second.kind:
        return True
    kinds = {first.kind, second.kind}
    other = second if first.kind == CALL else first
    return kinds == {CALL, BILATERAL} and other.place_id is None


def _compatible(gazetteer, first, second):
    return (
        first.participants == second.participants
        and _same_kind(first, second)
        and dates.compatible_dates(first.date, second.date, first.weekday, second.weekday)
        and dates.compatible_periods(first, second)
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
        kind=CALL if CALL in (kept.kind, other.kind) else kept.kind,
        status=status,
        date=date,
        date_source=source,
        place_id=places.more_precise(gazetteer, kept.place_id, other.place_id),
        sidelines_of=kept.sidelines_of or other.sidelines_of,
        evidence=evidence,
        weekday=weekday,
        period=kept.period or other.period,
    )


def merge_meetings(gazetteer, meetings):
    merged = []
    by_people = {}  # participants -> indexes in ``merged``: only those can be compatible
    for meeting in sorted(meetings, key=lambda m: m.start):
        candidates = by_people.setdefault(meeting.participants, [])
        for index in candidates:
            if _compatible(gazetteer, merged[index], meeting):
                merged[index] = merge_two(gazetteer, merged[index], meeting)
                break
        else:
            candidates.append(len(merged))
            merged.append(meeting)
    return merged


# Up to this many groups every name is compared with every group; past it (a very long text naming
# thousands of people), only with the groups that share a blocking key, as the gazetteer's name index does.
_GROUPS_COMPARED_IN_FULL = 50


def group_names(names):
    """Group names (strings) that are surely spellings of one another, keeping first-seen order."""
    groups = []
    blocks = {}  # blocking key -> indexes of groups with a name under it

    def candidates(name):
        if len(groups) <= _GROUPS_COMPARED_IN_FULL:
            return range(len(groups))
        return sorted({i for key in NameIndex.blocking_keys_of(name) for i in blocks.get(key, ())})

    for name in names:
        for index in candidates(name):
            group = groups[index]
            if any(one_person_in_one_article(name, other) for other in group):
                if name not in group:
                    group.append(name)
                break
        else:
            index = len(groups)
            groups.append([name])
        for key in NameIndex.blocking_keys_of(name):
            blocks.setdefault(key, set()).add(index)
    return groups
