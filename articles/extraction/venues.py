"""A body named by its building is a place when the text says "at" it.

"The White House said …" and "क्रेमलिन ने कहा" name the body; "talks at the White House",
"व्हाइट हाउस में मुलाकात" name the building where something happened, a venue like any
other. A mention of a body known by its building (``BUILDING_BODIES``) with the language's
locative words right before (``VENUE_BEFORE``, English) or after it (``VENUE_AFTER``, Hindi)
is not linked as an organisation.
"""

import functools
import re

from .gazetteer import ORGANISATION

BUILDING_BODIES = frozenset(
    {"White House", "Kremlin", "Department of Defense (United States)", "Prime Minister's Office (United Kingdom)"}
)
_WINDOW = 20


@functools.cache
def _patterns(before, after):
    return (re.compile(before, re.IGNORECASE) if before else None, re.compile(after) if after else None)


def is_venue(document, match):
    fact = document.gazetteer.organisations.get(match.entity_id)
    if fact is None or fact.name not in BUILDING_BODIES:
        return False
    module, text = document.rules.module, document.text
    before, after = _patterns(module.VENUE_BEFORE, module.VENUE_AFTER)
    return bool(
        (before is not None and before.search(text[max(0, match.start - _WINDOW) : match.start]))
        or (after is not None and after.match(text[match.end : match.end + _WINDOW]))
    )


def drop_venues(document, mentions):
    """``mentions`` without the bodies named only as the building where something happened."""
    return [m for m in mentions if not (m.kind == ORGANISATION and m.entity_id and is_venue(document, m))]
