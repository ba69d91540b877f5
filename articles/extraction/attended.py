"""Meetings someone chaired and others attended, told in one sentence.

"X की अध्यक्षता में हुई बैठक में A और B शामिल हुए" (A and B took part in the meeting X chaired), "X ने
बैठक की अध्यक्षता की, जिसमें A और B ने भाग लिया": everyone the sentence names met, once, together
(``ATTENDED_MEETING_CUES`` of the language: the chair, a meeting noun, the attendance verb). English
says it with a held cue of its own ("X chaired a meeting attended by A and B"). Negation and modality
stay as strict as for other cues: a sentence that denies or plans it makes no meeting.
"""

from .meetings import BILATERAL, MULTILATERAL, held_in_sentence


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
