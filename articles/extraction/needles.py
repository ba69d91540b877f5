"""A faster search for the rules' long lists of cues: run only the cues whose words are in the clause.

A list of cues (``HELD_CUES`` has about forty) is compiled into one alternation, and Python's engine tries
every branch at every position of a clause, though most clauses hold the words of two or three of them. Most
cues need a word that every match of theirs contains ("talks", "met", "मुलाकात"): their *needles*, read from
the parsed pattern (``re._parser``, as ``first_characters`` does). One Aho-Corasick pass over the searched
range finds which needles are there; the alternation of only the cues that can match there (in their order,
compiled once per set and kept) is what runs. A cue with no needle always runs.

This changes no match. A cue whose needles are all missing from the range cannot match in it: a needle is a
run of literal characters that every match consumes (look-arounds, which may read outside the range, give
none). Under ``IGNORECASE`` the range and the needles are compared case-folded, as the engine compares them
(``str.casefold``, which also folds "ſ" and the Kelvin sign as the engine does).
"""

import functools
import re

import ahocorasick

from .first_characters import with_first_character_test

try:  # the standard library's parser of patterns (Python 3.11+)
    from re import _constants as constants
    from re import _parser as parser
except ImportError:  # pragma: no cover - another Python: every cue always runs
    parser = constants = None

MIN_NEEDLE = 3  # shorter runs ("की", "to") are in nearly every clause: no use as needles
MIN_CUES = 10  # a shorter list is as fast as one alternation (``bench``: negation, 9 cues, ran slower)


def needles(pattern, flags=0):
    """A set of strings one of which every match of ``pattern`` contains, or None when none can be told."""
    if parser is None or (not flags & re.IGNORECASE and "(?i" in pattern):
        return None  # a case-blind part of a case-sensitive pattern: its needles would be compared as written
    try:
        items = parser.parse(pattern, flags)
    except (re.error, TypeError, ValueError):
        return None
    found = _sequence(list(items))
    if found is None:
        return None
    if flags & re.IGNORECASE:
        found = {needle.casefold() for needle in found}
    return found


def _shortest(choice):
    return min(len(needle) for needle in choice) if choice else 0


def _sequence(items):
    """The best needle set of a sequence: of its literal runs and its elements' sets, the one whose
    shortest needle is longest."""
    best, run = None, ""

    def consider(choice):
        nonlocal best
        if choice and _shortest(choice) >= MIN_NEEDLE and (best is None or _shortest(choice) > _shortest(best)):
            best = choice

    for op, argument in items:
        if op is constants.LITERAL:
            run += chr(argument)
            continue
        consider({run} if run else None)
        run = ""
        if op is constants.SUBPATTERN:
            consider(_sequence(list(argument[-1])))
        elif op in (constants.MAX_REPEAT, constants.MIN_REPEAT):
            least, _, repeated = argument
            if least >= 1:
                consider(_sequence(list(repeated)))
        elif op is constants.BRANCH:
            union = set()
            for branch in argument[1]:
                choice = _sequence(list(branch))
                if choice is None:
                    union = None
                    break
                union |= choice
            consider(union)
        # anything else (a class, a look-around, an anchor …) consumes no known literal: no needle
    consider({run} if run else None)
    return best


class CueList:
    """Compiled like ``re.compile("|".join(f"(?:{p})" for p in patterns))``, with the same ``search``,
    ``match`` and ``finditer``; each call runs the alternation of only the cues whose needles are in the
    range searched."""

    def __init__(self, patterns, flags=0):
        self.patterns = tuple(patterns)
        self.flags = flags
        self.whole = _alternation(self.patterns, flags)
        self.pattern = self.whole.pattern
        self._fold = bool(flags & re.IGNORECASE)
        self._always = []
        self._automaton = ahocorasick.Automaton()
        cues_of = {}
        for index, pattern in enumerate(self.patterns):
            found = needles(pattern, flags)
            if found is None:
                self._always.append(index)
            else:
                for needle in found:
                    cues_of.setdefault(needle, []).append(index)
        for needle, cues in cues_of.items():
            self._automaton.add_word(needle, tuple(cues))
        self._automaton.make_automaton()
        self._always = frozenset(self._always)
        self._compiled = functools.lru_cache(maxsize=512)(self._compile)

    def _compile(self, cues):
        if len(cues) == len(self.patterns):
            return self.whole
        return _alternation([self.patterns[index] for index in sorted(cues)], self.flags)

    def _for(self, text, pos, endpos):
        searched = text[pos:endpos]
        if self._fold:
            searched = searched.casefold()
        cues = set(self._always)
        for _, found in self._automaton.iter(searched):
            cues.update(found)
        return self._compiled(frozenset(cues))

    def search(self, text, pos=0, endpos=None):
        endpos = len(text) if endpos is None else endpos
        return self._for(text, pos, endpos).search(text, pos, endpos)

    def match(self, text, pos=0, endpos=None):
        endpos = len(text) if endpos is None else endpos
        return self._for(text, pos, endpos).match(text, pos, endpos)

    def finditer(self, text, pos=0, endpos=None):
        endpos = len(text) if endpos is None else endpos
        return self._for(text, pos, endpos).finditer(text, pos, endpos)


_NEVER = re.compile(r"(?!x)x")


def _alternation(patterns, flags):
    if not patterns:
        return _NEVER
    return with_first_character_test(re.compile("|".join(f"(?:{p})" for p in patterns), flags))


def cue_list(patterns, flags=0):
    """``CueList`` for a long list of cues, else the plain alternation (the same matches either way)."""
    patterns = tuple(patterns)
    if len(patterns) < MIN_CUES or parser is None:
        return _alternation(patterns, flags)
    return CueList(patterns, flags)
