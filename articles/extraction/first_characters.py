"""A faster search for the rules' long alternations: test the first character before every branch.

Python's regular-expression engine tries each branch of an alternation at every position of the
text. The rules' cues are alternations of dozens of branches that each begin with a word boundary
or a look-behind, so that at most positions every branch is started before one of them fails. A
look-ahead for the characters a match can begin with, in front of the whole pattern, rejects those
positions with one test of a character class: ``HELD_CUES`` runs about twice as fast in English
and in Hindi (``bench/extraction.py``).

The set is read from the parsed pattern (``re._parser``, the standard library's own parser) and is
never smaller than the characters a match can begin with: a pattern whose first character could be
anything (``.``, ``\\w``, a negated class, a group that may match nothing first) is left as it is.
So the look-ahead changes no match, only how soon a position is rejected.
"""

import re

try:  # the standard library's parser of patterns: Python 3.11+ (``sre_parse`` before)
    from re import _constants as constants
    from re import _parser as parser
except ImportError:  # pragma: no cover - another Python: patterns stay as they are
    parser = constants = None

_ZERO_WIDTH = () if constants is None else (constants.AT, constants.ASSERT, constants.ASSERT_NOT)


def first_characters(pattern, flags=0):
    """The characters a match of ``pattern`` can begin with, or None when any could (or when the
    pattern cannot be read)."""
    if parser is None:
        return None
    try:
        items = parser.parse(pattern, flags)
    except (re.error, TypeError, ValueError):
        return None
    found = _first(list(items))
    if found is None or found[1]:
        return None
    return found[0]


def with_first_character_test(compiled):
    """``compiled`` with a look-ahead for its first characters in front, when they can be known."""
    characters = first_characters(compiled.pattern, compiled.flags)
    if not characters:
        return compiled
    character_class = "".join(re.escape(character) for character in sorted(characters))
    try:
        # The same flags: under IGNORECASE the class folds case exactly as the pattern's own letters do.
        return re.compile(f"(?=[{character_class}])(?:{compiled.pattern})", compiled.flags)
    except re.error:  # e.g. a global inline flag, which must stay at the start
        return compiled


def _first(items):
    """``(characters, may be empty)`` for a sequence of parsed items, or None when not known."""
    characters = set()
    for op, argument in items:
        if op in _ZERO_WIDTH:
            continue
        if op is constants.LITERAL:
            characters.add(chr(argument))
            return characters, False
        if op is constants.IN:
            members = _class_members(argument)
            if members is None:
                return None
            return characters | members, False
        if op is constants.SUBPATTERN:
            found = _first(list(argument[-1]))
        elif op is constants.BRANCH:
            found = (set(), False)
            for branch in argument[1]:
                first = _first(list(branch))
                if first is None:
                    return None
                found = (found[0] | first[0], found[1] or first[1])
        elif op in (constants.MAX_REPEAT, constants.MIN_REPEAT):
            least, _, repeated = argument
            found = _first(list(repeated))
            if found is not None:
                found = (found[0], found[1] or least == 0)
        else:  # any character, a category, a back-reference, a conditional, an atomic group ...
            return None
        if found is None:
            return None
        characters |= found[0]
        if not found[1]:
            return characters, False
    return characters, True


def _class_members(members):
    """The characters of a parsed character class, or None for a negated class or a category."""
    characters = set()
    for op, argument in members:
        if op is constants.LITERAL:
            characters.add(chr(argument))
        elif op is constants.RANGE:
            low, high = argument
            if high - low > 5000:
                return None
            characters.update(chr(code) for code in range(low, high + 1))
        else:
            return None
    return characters
