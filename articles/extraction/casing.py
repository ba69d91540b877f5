"""Lines written in headline case, where a capital letter says nothing about a name.

"PM Narendra Modi Meets with Australian counterpart, Discusses Trade and Defence": in a
headline every important word is capitalised, so "Discusses Trade" looks like a name.
Names the archive knows are still found there; new names are read only from prose. A line
is in headline case when it does not end as a sentence does and most of its longer words
(four letters or more, other than the language's function words) are capitalised.

A line that is a list of names ("India: Yashasvi Jaiswal, Rohit Sharma (c), Shubman Gill, …", a
team sheet, a cabinet, the leaders at a table) is capitalised because names are: it is no
headline, and its names are read as in prose. So are the lines of a table: a results list or a
scorecard ("2. Anita Verma (Kenya) 15:05.21", one finisher a line) is a run of lines, each
capitalised because it names someone and each with its figures, where a headline stands alone (a
headline and its subheading are two lines): ``MIN_TABLE_LINES`` such lines with a digit in a row
(blank lines between them aside) are a table. Lines in capitals and lines without a digit (a
headline, a subheading, a dateline line) are headlines however many there are. A line of more
than ``MAX_HEADLINE_WORDS`` words is no headline either: it is such a table whose short lines the
cleaning joined as wrapped prose.
"""

import re

_WORD = re.compile(r"[^\W\d_]{4,}")
_ANY_WORD = re.compile(r"[^\W\d_]+")
_DIGIT = re.compile(r"\d")
_SENTENCE_END = tuple(".!?\"”’:;)")
MIN_WORDS = 3
MIN_CAPITALISED_SHARE = 0.7
# A list: at least this many comma-separated items, nearly all of a few words each.
MIN_LIST_ITEMS = 4
MAX_LIST_ITEM_WORDS = 3
MIN_SHORT_ITEM_SHARE = 0.8
# A table: at least this many consecutive lines in headline case (not in capitals).
MIN_TABLE_LINES = 3
MAX_HEADLINE_WORDS = 30


def headline_case_spans(text, function_words, min_words=MIN_WORDS):
    """``(start, end)`` of each line of ``text`` in headline case (with at least ``min_words`` longer words)."""
    spans, run = [], []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        stripped = line.strip()
        if stripped and not stripped.endswith(_SENTENCE_END):
            words = [w for w in _WORD.findall(stripped) if w.lower() not in function_words]
            capitalised = sum(w[0].isupper() for w in words)
            if len(words) >= min_words and capitalised / len(words) >= MIN_CAPITALISED_SHARE:
                if not is_a_list(stripped) and len(_ANY_WORD.findall(stripped)) <= MAX_HEADLINE_WORDS:
                    if stripped.isupper() or not _DIGIT.search(stripped):
                        spans.append((start, end))  # a headline, a table's heading: the run goes on
                    else:
                        run.append((start, end))
                    start = end + 1
                    continue
        if stripped:  # prose ends a run; a blank line (between the importer's paragraphs) does not
            spans += _headlines_of(run)
            run = []
        start = end + 1
    return sorted(spans + _headlines_of(run))


def _headlines_of(run):
    """A run of consecutive headline-case lines: headlines when few, else a table's lines (none)."""
    return run if len(run) < MIN_TABLE_LINES else []


def is_a_list(line):
    """Whether ``line`` is a comma-separated list of short items (names), not a headline."""
    items = [item.split() for item in line.split(",")]
    if len(items) < MIN_LIST_ITEMS:
        return False
    short = sum(1 <= len(words) <= MAX_LIST_ITEM_WORDS for words in items)
    return short / len(items) >= MIN_SHORT_ITEM_SHARE
