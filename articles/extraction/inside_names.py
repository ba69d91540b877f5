"""A person named only inside the name of something else is not a person the story names.

"the Anderson-Tendulkar Trophy", "Indira Gandhi International Airport", "the Trump
administration", "अटल बिहारी वाजपेयी स्टेडियम": the words after the name make it the
name of a trophy, an airport, an administration (``NAME_OF_THING_HEADS`` of the language).
A person all of whose mentions in the article are such is not linked to it; one also named
for themselves is ("Trump said … the Trump administration").
"""

import functools
import re

from .gazetteer import PERSON

# Names joined to the person's by hyphens ("Anderson-Tendulkar") or more name words before the head.
_JOINED = r"(?:\s*[-–]\s*[\w\u0900-\u097f]+)*(?:\s+[A-Z][\w'’.-]*){0,3}"


@functools.cache
def _after_pattern(heads):
    if not heads:
        return None
    alternatives = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
    return re.compile(rf"{_JOINED}\s+(?:{alternatives})(?![\w\u0900-\u0963\u0966-\u097f])")


def inside_a_name(document, match):
    pattern = _after_pattern(document.rules.module.NAME_OF_THING_HEADS)
    return pattern is not None and pattern.match(document.text, match.end) is not None


def drop_names_inside_other_names(document, mentions):
    """``mentions`` without the people named only inside the names of other things."""
    inside, outside = set(), set()
    for match in mentions:
        if match.kind == PERSON and match.entity_id is not None:
            (inside if inside_a_name(document, match) else outside).add(match.entity_id)
    dropped = inside - outside
    return [m for m in mentions if not (m.kind == PERSON and m.entity_id in dropped)]
