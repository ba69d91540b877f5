"""A meeting the next sentence calls a telephone call is a call.

"X ने Y से बात की। टेलीफोन पर हुई इस बातचीत में …" (in this conversation, held by telephone): the first
sentence says only that they talked; the second, pointing back, says how (``CALL_REFERENCE_CUES``). The held
meetings the first sentence has become calls.
"""

from dataclasses import replace

from .meetings import CALL, HELD, MULTILATERAL


def calls_told_after(document, found):
    """``found`` with the held meetings of a sentence the next one calls a telephone call made calls."""
    rules, text = document.rules, document.text
    found = list(found)
    for first, second in zip(document.sentences, document.sentences[1:]):
        if rules.call_reference.search(text, second.start, second.end) is None:
            continue
        for index, meeting in enumerate(found):
            if meeting.status == HELD and meeting.kind not in (CALL, MULTILATERAL) and first.start <= meeting.start < first.end:
                found[index] = replace(meeting, kind=CALL, evidence=[*meeting.evidence, second.text])
    return found
