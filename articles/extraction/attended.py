"""Meetings someone chaired and others attended, told in one sentence.

"X की अध्यक्षता में हुई बैठक में A और B शामिल हुए" (A and B took part in the meeting X chaired), "X ने
बैठक की अध्यक्षता की, जिसमें A और B ने भाग लिया": everyone the sentence names met, once, together
(``ATTENDED_MEETING_CUES`` of the language: the chair, a meeting noun, the attendance verb). English
says it with a held cue of its own ("X chaired a meeting attended by A and B"). Negation and modality
stay as strict as for other cues: a sentence that denies or plans it makes no meeting.

Reporting also tells the meeting in one sentence and who attended it in the next ("X chaired a
high-level meeting on Thursday. The meeting was attended by A, B and C."; "X ने गुरुवार को एक बैठक की। इस
बैठक में A और B मौजूद थे।"): ``attended_next`` makes that meeting one of the chair (or of everyone the
first sentence's meeting already has) and the attendees, dated and placed by the first sentence.
"""

from dataclasses import replace

from .meetings import BILATERAL, HELD, MULTILATERAL, held_in_sentence


def attended_meetings(document, people):
    """``[ExtractedMeeting]``: one held meeting of the people each chaired-and-attended sentence names."""
    rules, text = document.rules, document.text
    meetings = []
    for sentence in document.sentences:
        cue = rules.attended_meeting.search(text, sentence.start, sentence.end)
        if cue is None:
            continue
        if any(p.search(text, sentence.start, sentence.end) for p in (rules.negation, rules.modality)):
            continue  # "बैठक में शामिल नहीं हुए", "शामिल होंगे"
        present = []
        for mention in people.within(sentence.start, cue.end()):
            if mention.entity_id is not None and mention.entity_id not in present:
                present.append(mention.entity_id)
        if len(present) < 2:
            continue
        kind = MULTILATERAL if len(present) > 2 else BILATERAL
        meetings.append(held_in_sentence(document, sentence, cue.start(), present, kind))
    return meetings


def attended_next(document, people, found):
    """``found`` with each meeting a sentence introduces and the next one tells the attendance of joined by its
    attendees: the meeting ``found`` already has in the first sentence grows, or a new one of the chair and the
    attendees is added. Two such pairs of cues: a meeting held and who attended it (``MEETING_INTRODUCED_CUES``,
    ``ATTENDED_NEXT_CUES``), a delegation that met someone and who was in it (``DELEGATION_MET_CUES``,
    ``DELEGATION_MEMBERS_NEXT_CUES``: "A delegation of MPs met Y on Wednesday. The delegation included A and B.")."""
    rules, text = document.rules, document.text
    found = list(found)
    # The chair is named before the meeting's cue ("X chaired a meeting"); whom a delegation met, anywhere in it.
    pairs = (
        (rules.meeting_introduced, rules.attended_next, False),
        (rules.delegation_met, rules.delegation_members_next, True),
    )
    for first, second in zip(document.sentences, document.sentences[1:]):
        if rules.attended_meeting.search(text, second.start, second.end):
            continue  # a chaired meeting told whole in its own sentence (``attended_meetings``)
        for introducing, attending, whole_sentence in pairs:
            if attending.search(text, second.start, second.end) is None:
                continue
            introduced = introducing.search(text, first.start, first.end)
            if introduced is None or not _plainly_held(document, first) or not _plainly_held(document, second):
                continue
            found = _joined(document, people, found, first, second, introduced, whole_sentence)
            break
    return found


def _joined(document, people, found, first, second, introduced, whole_sentence):
    """``found`` with the people ``second`` names joined to the meeting ``first`` introduces."""
    attendees = _people_in(people, second.start, second.end)
    earlier = [
        index for index, meeting in enumerate(found) if meeting.status == HELD and first.start <= meeting.start < first.end
    ]
    if earlier:
        index = earlier[-1]
        meeting = found[index]
        participants = set(meeting.participants) | set(attendees)
        if len(participants) > len(meeting.participants):
            found[index] = replace(
                meeting,
                participants=tuple(sorted(participants)),
                kind=MULTILATERAL if len(participants) > 2 else meeting.kind,
                evidence=[*meeting.evidence, second.text],
            )
        return found
    participants = _people_in(people, first.start, first.end if whole_sentence else introduced.end())
    participants += [person for person in attendees if person not in participants]
    if len(participants) >= 2:
        meeting = held_in_sentence(
            document, first, introduced.start(), participants, MULTILATERAL if len(participants) > 2 else BILATERAL
        )
        found.append(replace(meeting, evidence=[first.text, second.text]))
    return found


def _plainly_held(document, sentence):
    """No negation and no modality in ``sentence``: "were not present", "will attend"."""
    rules, text = document.rules, document.text
    return not any(p.search(text, sentence.start, sentence.end) for p in (rules.negation, rules.modality))


def _people_in(people, start, end):
    """The known or new people mentioned in ``[start, end)``, each once, in text order."""
    found = []
    for mention in people.within(start, end):
        if mention.entity_id is not None and mention.entity_id not in found:
            found.append(mention.entity_id)
    return found
