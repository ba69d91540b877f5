"""Lines written in headline case, where a capital letter says nothing about a name.

"PM Narendra Modi Meets with Australian counterpart, Discusses Trade and Defence": in a
headline every important word is capitalised, so "Discusses Trade" looks like a name.
Names the archive knows are still found there; new names are read only from prose. A line
is in headline case when it does not end as a sentence does and most of its longer words
(four letters or more, other than the language's function words) are capitalised.
"""

import re

_WORD = re.compile(r"[^\W\d_]{4,}")
_SENTENCE_END = tuple(".!?\"”’:;)")
MIN_WORDS = 3
MIN_CAPITALISED_SHARE = 0.7


def headline_case_spans(text, function_words, min_words=MIN_WORDS):
    """``(start, end)`` of each line of ``text`` in headline case (with at least ``min_words`` longer words)."""
    spans = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        stripped = line.strip()
        if stripped and not stripped.endswith(_SENTENCE_END):
            words = [w for w in _WORD.findall(stripped) if w.lower() not in function_words]
            capitalised = sum(w[0].isupper() for w in words)
            if len(words) >= min_words and capitalised / len(words) >= MIN_CAPITALISED_SHARE:
                spans.append((start, end))
        start = end + 1
    return spans
