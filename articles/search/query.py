"""The query syntax people know from web search, parsed once for both databases.

    defence talks            both words (stemmed: "talks" finds "talk")
    "defence ministers"      the phrase, words in this order
    Dushanbe OR Minsk        either word
    -terrorism               articles without the word (also -"a phrase")

Words and phrases next to each other must all match. A word written with
inner punctuation ("cross-border", "Singh's") is a phrase of its parts, as in
PostgreSQL's ``websearch_to_tsquery``. The parser never fails: an unclosed
quote runs to the end, a dangling OR is ignored. Limits on length are checked
by the search form before parsing.
"""

import re
from dataclasses import dataclass, field

from .analysis import WORD_IN_ORIGINAL, words

OR = "OR"
_PIECES = re.compile(r'(-?)"([^"]*)"?|(\S+)')


@dataclass(frozen=True)
class Term:
    """A word or a phrase: ``text`` as typed, ``words`` as the index sees them."""

    text: str
    words: tuple

    @property
    def is_phrase(self):
        return len(self.words) > 1


@dataclass(frozen=True)
class Any:
    """At least one of ``terms`` (one term when there is no OR)."""

    terms: tuple

    @property
    def parts(self):
        return self.terms


@dataclass(frozen=True)
class All:
    """Every one of ``parts`` (terms or ``Any`` clauses)."""

    parts: tuple


@dataclass(frozen=True)
class Query:
    """Clauses that must all match, and terms that must not."""

    text: str
    clauses: tuple = ()
    excluded: tuple = ()
    # Runs of terms typed next to each other without quotes or OR, and each
    # quoted phrase alone: where the entity-aware search looks for names.
    runs: tuple = field(default=(), compare=False)

    def __bool__(self):
        return bool(self.clauses or self.excluded)

    @property
    def positive_terms(self):
        return [term for clause in self.clauses for term in clause.terms]

    @property
    def term_count(self):
        return len(self.positive_terms) + len(self.excluded)


def _term(text):
    found = tuple(words(text))
    return Term(text=text.strip(), words=found) if found else None


def parse_query(text):
    """Parse ``text`` into a ``Query``."""
    text = (text or "").strip()
    pieces = []  # (negated, quoted, raw text)
    for match in _PIECES.finditer(text):
        if match.group(3) is not None:
            raw = match.group(3)
            negated = raw.startswith("-") and len(raw) > 1 and WORD_IN_ORIGINAL.search(raw[1:]) is not None
            pieces.append((negated, False, raw[1:] if negated else raw))
        else:
            pieces.append((bool(match.group(1)), True, match.group(2)))

    clauses, excluded, runs = [], [], []
    current_run = []
    pending_or = False
    for index, (negated, quoted, raw) in enumerate(pieces):
        if raw == OR and not quoted and not negated:
            pending_or = bool(clauses) and not excluded_last(pieces, index)
            continue
        term = _term(raw)
        if term is None:
            pending_or = False
            continue
        if negated:
            excluded.append(term)
            pending_or = False
            _close_run(runs, current_run)
            continue
        if pending_or and clauses:
            previous = clauses.pop()
            clauses.append(Any(previous.terms + (term,)))
            pending_or = False
            # A clause with OR is not part of a name.
            if current_run and current_run[-1] is previous.terms[0]:
                current_run.pop()
            _close_run(runs, current_run)
            continue
        clauses.append(Any((term,)))
        if quoted:
            _close_run(runs, current_run)
            runs.append((term,))
        else:
            current_run.append(term)
    _close_run(runs, current_run)
    return Query(text=text, clauses=tuple(clauses), excluded=tuple(excluded), runs=tuple(runs))


def excluded_last(pieces, index):
    """Whether the piece before an OR was an exclusion ("-a OR b" has no OR)."""
    return index > 0 and pieces[index - 1][0]


def _close_run(runs, current_run):
    if current_run:
        runs.append(tuple(current_run))
        current_run.clear()
