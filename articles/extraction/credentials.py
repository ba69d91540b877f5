"""Credentials ceremonies: each envoy who presents credentials meets the head of state who receives them.

A ceremony is reported as a list: "President X accepted credentials from the Ambassadors of four
countries … Those who presented their credentials were A, Ambassador of Ukraine; B, Ambassador of
Norway and C, …", "राजदूतों ने राष्ट्रपति X को परिचय पत्र सौंपे". The receiver is the person named
right after "credentials to" or right before "accepted credentials" (``CREDENTIALS_RECEIVER_AFTER``,
``CREDENTIALS_RECEIVER_BEFORE``); every other person named in a sentence about credentials
(``CREDENTIALS_WORDS``) presented theirs: one held meeting each with the receiver, dated and placed as
any meeting of that sentence. Negation and modality stay as strict as for other cues: a sentence that
denies or only plans it ("will present credentials") makes no meeting.
"""

from .meetings import BILATERAL, held_in_sentence


def _receiver(document, people):
    rules, text = document.rules, document.text
    for found in rules.credentials_receiver_after.finditer(text):
        person = people.first_in(found.end(), found.end() + 80)
        if person is not None and person.entity_id is not None:
            return person.entity_id
    for found in rules.credentials_receiver_before.finditer(text):
        before = people.before(found.start())
        if before and found.start() - before[0].end <= 3 and before[0].entity_id is not None:
            return before[0].entity_id
    return None


def credentials_meetings(document, people):
    """``[ExtractedMeeting]``: a held meeting of the receiver with each envoy the ceremony's sentences name."""
    rules, text = document.rules, document.text
    if not rules.credentials.search(text):
        return []
    receiver = _receiver(document, people)
    if receiver is None:
        return []
    meetings, seen = [], set()
    for sentence in document.sentences:
        cue = rules.credentials.search(text, sentence.start, sentence.end)
        if cue is None:
            continue
        if any(p.search(text, sentence.start, sentence.end) for p in (rules.negation, rules.modality)):
            continue  # "will present her credentials", "has not yet presented"
        envoys = [m.entity_id for m in people.within(sentence.start, sentence.end) if m.entity_id not in (None, receiver)]
        if not envoys:
            continue
        for envoy in envoys:
            if envoy in seen:
                continue
            seen.add(envoy)
            meetings.append(held_in_sentence(document, sentence, cue.start(), (envoy, receiver), BILATERAL))
    return meetings
