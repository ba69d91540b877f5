"""Sets of text spans with fast overlap queries, so that no stage scans every span of an article per lookup.

Extraction asks many times per article "is this position inside a title?" or "which chains end
here?"; over a long text, a scan of every span per question is quadratic. These structures
answer in logarithmic time.
"""

import bisect


class SpanIndex:
    """Fixed ``(start, end)`` spans (they may overlap) sorted by start: which overlap a range?"""

    def __init__(self, spans=()):
        self.spans = sorted(spans)
        self._starts = [start for start, _ in self.spans]
        self._longest = max((end - start for start, end in self.spans), default=0)

    def overlapping(self, start, end):
        """The spans overlapping ``[start, end)``, in order of their starts."""
        low = bisect.bisect_left(self._starts, start - self._longest)
        high = bisect.bisect_left(self._starts, end)
        return [(s, e) for s, e in self.spans[low:high] if e > start]

    def covers(self, position):
        """Does a span contain ``position``?"""
        return bool(self.overlapping(position, position + 1))


class DisjointSpans:
    """Non-overlapping spans added one by one: does a new one overlap any taken so far?"""

    def __init__(self):
        self._starts, self._ends = [], []

    def overlaps(self, start, end):
        index = bisect.bisect_left(self._starts, end) - 1
        # Disjoint spans sorted by start are sorted by end too: only the last one starting before
        # ``end`` can reach past ``start``.
        return index >= 0 and self._ends[index] > start

    def add(self, start, end):
        index = bisect.bisect_left(self._starts, start)
        self._starts.insert(index, start)
        self._ends.insert(index, end)
