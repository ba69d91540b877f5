"""A name coordinated with a group nobody names, before an SOV meeting verb.

"X ने A और तीनों सेनाओं के अध्यक्षों से मुलाकात की" (X met A and the three service chiefs): A is joined by
"और" to words that name no one, and the object marker after them is A's too. Without this A's role
stays "and" (a coordinator with nobody after it) and the meeting is lost.
"""

import functools
import re

_LONGEST_GROUP = 6  # words between the coordinator and the marker: "तीनों सेनाओं के अध्यक्षों", "अन्य वरिष्ठ अधिकारियों"


@functools.lru_cache(maxsize=None)
def _pattern(coordinators, objects, between, ergatives):
    def words(markers):
        return "|".join(re.escape(marker).replace(r"\ ", r"\s+") for marker in sorted(markers, key=len, reverse=True))

    not_a_subject = rf"(?!(?:{words(ergatives)})(?![\w\u0900-\u097f]))" if ergatives else ""
    return re.compile(
        rf"\s*(?:{words(coordinators)})\s+(?:{not_a_subject}[^\s।,;()]+\s+){{1,{_LONGEST_GROUP}}}?"
        rf"(?:(?P<between>{words(between) or '(?!x)x'})|(?P<object>{words(objects)}))\s*$"
    )


def trailing_group_role(text, item_end, cue_start, module):
    """"object" or "between" when the text from a name to its meeting verb is a coordinator, a group
    nobody names and that role's marker ("… और अन्य अधिकारियों से"), else None."""
    if not module.COORDINATORS or not module.OBJECT_MARKERS:
        return None
    pattern = _pattern(
        tuple(module.COORDINATORS),
        tuple(module.OBJECT_MARKERS),
        tuple(module.BETWEEN_MARKERS),
        tuple(module.ERGATIVE_MARKERS),
    )
    found = pattern.match(text, item_end, cue_start)
    if found is None or found.end() != cue_start:
        return None
    return "between" if found.group("between") else "object"
