"""A person named only inside the name of something else is not a person the story names.

"the Anderson-Tendulkar Trophy", "Indira Gandhi International Airport", "the Trump
administration", "अटल बिहारी वाजपेयी स्टेडियम": the words after the name make it the
name of a trophy, an airport, an administration (``NAME_OF_THING_HEADS`` of the language).
A person all of whose mentions in the article are such is not linked to it; one also named
for themselves is ("Trump said … the Trump administration"), and so is one named in full before a term
of office ("the Donald Trump administration", ``TERM_OF_OFFICE_HEADS``).
"""

import functools
import re

from .gazetteer import PERSON

# Names joined to the person's by hyphens ("Anderson-Tendulkar") or more name words before the head.
_JOINED = r"(?:\s*[-–]\s*[\w\u0900-\u097f]+)*(?:\s+[A-Z][\w'’.-]*){0,3}"


@functools.cache
def _after_pattern(heads, descriptors=frozenset()):
    if not heads:
        return None
    alternatives = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
    # Words that describe an institution may stand between: "महात्मा गांधी केंद्रीय विश्वविद्यालय".
    described = rf"(?:\s+(?:{'|'.join(re.escape(d) for d in sorted(descriptors))})){{0,2}}" if descriptors else ""
    return re.compile(rf"{_JOINED}{described}\s+(?P<head>{alternatives})(?![\w\u0900-\u0963\u0966-\u097f])")


def inside_a_name(document, match):
    module = document.rules.module
    pattern = _after_pattern(module.NAME_OF_THING_HEADS, module.INSTITUTION_DESCRIPTORS)
    found = pattern.match(document.text, match.end) if pattern is not None else None
    if found is None:
        return False
    # "the Donald Trump administration" names the president in full; "the Trump administration" only the
    # government (what the news counts: the person in the first, not in the second).
    return not (found.group("head") in module.TERM_OF_OFFICE_HEADS and len(match.surface.split()) >= 2)


def drop_names_inside_other_names(document, mentions):
    """``mentions`` without the people named only inside the names of other things."""
    inside, outside = set(), set()
    for match in mentions:
        if match.kind == PERSON and match.entity_id is not None:
            (inside if inside_a_name(document, match) else outside).add(match.entity_id)
    dropped = inside - outside
    return [m for m in mentions if not (m.kind == PERSON and m.entity_id in dropped)]
