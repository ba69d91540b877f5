"""News agencies credited by the name of their Hindi service: "नयी दिल्ली, 18 दिसंबर (भाषा)", "(वार्ता)",
"इनपुट: भाषा"; and in English by letters that name other things elsewhere: "ANKARA (AA) -", "(AP)".

Hindi copy credits PTI as "भाषा" and UNI as "वार्ता" — common words elsewhere ("language", "talks"), so the
gazetteer cannot hold them as aliases of the agencies. Written as a credit they name the agency: in
brackets on their own, or after "इनपुट" (input). ``AGENCY_CREDITS`` (per language) maps each credit word to
a name of the agency the gazetteer knows; a credit whose agency the archive does not know is left alone.
"""

import re

from .gazetteer import ORGANISATION, Match
from .languages import rules_for


def _pattern(words):
    alternatives = "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))
    return re.compile(rf"\(\s*(?P<credit>{alternatives})\s*\)|इनपुट\s*[:\-–—]?\s*(?P<input>{alternatives})(?![\w\u0900-\u097f])")


_PATTERNS = {}
_WORDS_BEFORE = re.compile(r"(?:[A-Z][\w'’-]*\s+){1,4}$")


def _spelled_before(text, position, credit):
    """Do the words right before the bracket spell the credit ("Andhra Pradesh (AP)"): a short name, no credit?"""
    found = _WORDS_BEFORE.search(text, max(0, position - 80), position)
    if found is None or not credit.isascii():
        return False
    initials = "".join(word[0] for word in found.group().split())
    return initials.endswith(credit.upper())


def credited_agencies(text, matches, gazetteer, language):
    """``matches`` plus a mention of the agency for each credit word of the language in ``text``."""
    module = rules_for(language)
    credits = getattr(module, "AGENCY_CREDITS", None) if module is not None else None
    if not credits:
        return matches
    if language not in _PATTERNS:
        _PATTERNS[language] = _pattern(credits)
    taken = [(m.start, m.end) for m in matches]
    added = []
    for found in _PATTERNS[language].finditer(text):
        group = "credit" if found.group("credit") is not None else "input"
        start, end = found.span(group)
        if any(s < end and start < e for s, e in taken) or _spelled_before(text, found.start(), found.group(group)):
            continue
        agencies = {i for kind, i in gazetteer.entities_named(credits[found.group(group)]) if kind == ORGANISATION}
        if len(agencies) == 1:
            added.append(Match(ORGANISATION, tuple(agencies), start, end, found.group(group)))
    return sorted([*matches, *added], key=lambda m: m.start) if added else matches
