"""Pictures drawn on the server as SVG, from data these functions compute (no JavaScript).

- ``bar_chart``: bars of counts with a link each (the search's results over time, a person's
  meetings by year), laid out on a fixed canvas;
- ``meetings_by_year``: a person's or organisation's meetings counted per year and status;
- ``meeting_graph``: who met whom — the people of some meetings as nodes on a circle around the
  one the page is about, an edge per pair that met, its width growing with their held meetings.

Each picture has a text equivalent on its page (a table or the list it summarises); the templates
in ``templates/pictures/`` draw them. The numbers are tested (``tests/test_pictures.py``).
"""

import math
from dataclasses import dataclass, field

from django.db.models import Count, F
from django.db.models.functions import ExtractYear

from .models import Meeting, Person

# Canvas sizes in SVG user units; the SVG scales to the width of its box.
CHART_WIDTH, CHART_HEIGHT, CHART_AXIS = 640, 160, 22
MAX_SLOT = 64  # a bar's slot at most: a few years do not become slabs
GRAPH_WIDTH, GRAPH_HEIGHT, GRAPH_RADIUS = 560, 380, 140
GRAPH_MAX_NODES = 12
MAX_EDGE_WIDTH, MIN_EDGE_WIDTH = 9.0, 1.5


@dataclass
class Bar:
    label: str  # "2023", "Jun"
    count: int
    url: str = ""
    title: str = ""  # what a pointer or a screen reader hears: "June 2023: 4 articles"
    x: float = 0
    y: float = 0
    width: float = 0
    height: float = 0
    segments: list = field(default_factory=list)  # [(css class, y, height)] of a stacked bar

    @property
    def label_x(self):
        return self.x + self.width / 2

    @property
    def count_y(self):
        return self.y - 3


@dataclass
class Chart:
    bars: list
    width: int = CHART_WIDTH
    height: int = CHART_HEIGHT
    axis: int = CHART_AXIS
    largest: int = 0

    @property
    def baseline(self):
        return self.height - self.axis

    @property
    def label_y(self):
        return self.height - 6

    @property
    def label_every(self):
        """Label every n-th bar so that labels do not overlap (about 34 units each)."""
        return max(1, math.ceil(len(self.bars) * 34 / self.width))


def bar_chart(bars, stacks=None, width=CHART_WIDTH, height=CHART_HEIGHT, axis=CHART_AXIS):
    """Lay ``bars`` out left to right, heights in proportion to the largest count.

    ``stacks`` (one {css class: count} per bar, in drawing order bottom up) splits each bar.
    """
    largest = max((bar.count for bar in bars), default=0)
    width = min(width, MAX_SLOT * max(1, len(bars)))
    chart = Chart(bars, width, height, axis, largest)
    if not bars:
        return chart
    slot = width / len(bars)
    gap = min(6.0, slot * 0.2)
    usable = height - axis - 14  # room above the tallest bar for its count
    for index, bar in enumerate(bars):
        bar.width = slot - gap
        bar.x = index * slot + gap / 2
        bar.height = usable * bar.count / largest if largest else 0
        if bar.count and bar.height < 2:
            bar.height = 2  # a bar of one among thousands stays visible
        bar.y = chart.baseline - bar.height
        if stacks:
            top = chart.baseline
            for css_class, count in stacks[index].items():
                if not count:
                    continue
                part = bar.height * count / bar.count if bar.count else 0
                top -= part
                bar.segments.append((css_class, top, part))
    return chart


# -- meetings by year -------------------------------------------------------------------------

STATUS_ORDER = (Meeting.Status.HELD, Meeting.Status.PLANNED, Meeting.Status.CANCELLED)


def meetings_by_year(meetings):
    """{year: {status: count}} of a queryset of meetings (dated ones), one grouped query."""
    rows = (
        meetings.filter(date__isnull=False)
        .annotate(year=ExtractYear("date"))
        .values("year", "status")
        .annotate(count=Count("pk", distinct=True))
        .order_by()
    )
    found = {}
    for row in rows:
        found.setdefault(row["year"], {status: 0 for status in STATUS_ORDER})[row["status"]] = row["count"]
    return found


def timeline_chart(by_year, url_of_year):
    """A bar per year from the first to the last (years without meetings included), stacked by status."""
    if not by_year:
        return None
    years = range(min(by_year), max(by_year) + 1)
    empty = {status: 0 for status in STATUS_ORDER}
    counts = [by_year.get(year, empty) for year in years]
    bars = []
    for year, statuses in zip(years, counts):
        total = sum(statuses.values())
        parts = ", ".join(f"{count} {status}" for status, count in statuses.items() if count)
        bars.append(
            Bar(
                str(year),
                total,
                url_of_year(year) if total else "",
                f"{year}: {total} meeting{'s' if total != 1 else ''}" + (f" ({parts})" if parts else ""),
            )
        )
    stacks = [{f"status-{status}": statuses[status] for status in STATUS_ORDER} for statuses in counts]
    return bar_chart(bars, stacks)


# -- who met whom --------------------------------------------------------------------------------


@dataclass
class Node:
    person: Person
    meetings: int  # held meetings with the centre (or in all, without a centre)
    x: float = 0
    y: float = 0
    centre: bool = False

    @property
    def label_anchor(self):
        if self.centre:
            return "middle"
        if abs(self.x - GRAPH_WIDTH / 2) < 1:
            return "middle"  # straight above or below the centre
        return "start" if self.x > GRAPH_WIDTH / 2 else "end"

    @property
    def label_x(self):
        if self.label_anchor == "middle":
            return self.x
        return self.x + (11 if self.label_anchor == "start" else -11)

    @property
    def label_y(self):
        if self.centre:
            return self.y + 26
        if self.label_anchor == "middle":
            return self.y - 13 if self.y < GRAPH_HEIGHT / 2 else self.y + 22
        return self.y + 4


@dataclass
class Edge:
    a: Node
    b: Node
    meetings: int
    width: float = 0


@dataclass
class Graph:
    nodes: list
    edges: list
    width: int = GRAPH_WIDTH
    height: int = GRAPH_HEIGHT
    more: int = 0  # people left out (beyond GRAPH_MAX_NODES)


def held_pairs(meetings):
    """({(person id, person id): held meetings together}, {person id: held meetings}) among
    ``meetings``; one query."""
    through = Meeting.participants.through
    rows = (
        through.objects.filter(meeting__in=meetings.filter(status=Meeting.Status.HELD).values("pk"))
        .values_list("meeting_id", "person_id")
        .order_by("meeting_id", "person_id")
    )
    by_meeting = {}
    for meeting_id, person_id in rows:
        by_meeting.setdefault(meeting_id, []).append(person_id)
    pairs, each = {}, {}
    for people in by_meeting.values():
        for person_id in people:
            each[person_id] = each.get(person_id, 0) + 1
        for i, first in enumerate(people):
            for second in people[i + 1 :]:
                key = (first, second) if first < second else (second, first)
                pairs[key] = pairs.get(key, 0) + 1
    return pairs, each


def meeting_graph(meetings, centre=None, limit=GRAPH_MAX_NODES):
    """Who met whom among ``meetings`` (held ones): around ``centre`` when given.

    With a centre, the nodes are its counterparts with most held meetings (at most ``limit``),
    on a circle, and an edge joins each to the centre and any two of them that met. Without one
    (an organisation's meetings), the people with most held meetings, on a circle.
    """
    pairs, each = held_pairs(meetings)
    if not pairs:
        return None
    weight = {}
    for (first, second), count in pairs.items():
        if centre is None or centre.pk in (first, second):
            for person_id in (first, second):
                if centre is None or person_id != centre.pk:
                    weight[person_id] = weight.get(person_id, 0) + count
    people = Person.objects.in_bulk(list(weight))
    if centre is None:
        weight = {pk: each.get(pk, 0) for pk in weight}  # the people with most held meetings
    ranked = sorted(weight, key=lambda pk: (-weight[pk], people[pk].name, pk))
    chosen, more = ranked[:limit], max(0, len(ranked) - limit)
    middle_x, middle_y = GRAPH_WIDTH / 2, GRAPH_HEIGHT / 2
    nodes = {}
    if centre is not None:
        nodes[centre.pk] = Node(centre, each.get(centre.pk, 0), middle_x, middle_y, centre=True)
    for index, pk in enumerate(chosen):
        angle = -math.pi / 2 + 2 * math.pi * index / len(chosen)
        nodes[pk] = Node(
            people[pk],
            weight[pk] if centre is not None else each.get(pk, 0),
            round(middle_x + GRAPH_RADIUS * math.cos(angle), 1),
            round(middle_y + GRAPH_RADIUS * math.sin(angle), 1),
        )
    edges = [
        Edge(nodes[first], nodes[second], count)
        for (first, second), count in sorted(pairs.items())
        if first in nodes and second in nodes
    ]
    heaviest = max((edge.meetings for edge in edges), default=1)
    for edge in edges:
        edge.width = round(MIN_EDGE_WIDTH + (MAX_EDGE_WIDTH - MIN_EDGE_WIDTH) * (edge.meetings - 1) / max(1, heaviest - 1), 2)
    ordered = ([nodes[centre.pk]] if centre is not None else []) + [nodes[pk] for pk in chosen]
    return Graph(ordered, edges, more=more)


def year_counts(meetings):
    """[(year or None, count)] of ``meetings``, newest first, undated last: the timeline's year headings."""
    rows = (
        meetings.annotate(year=ExtractYear("date"))
        .values("year")
        .annotate(count=Count("pk", distinct=True))
        .order_by(F("year").desc(nulls_last=True))
    )
    return [(row["year"], row["count"]) for row in rows]
