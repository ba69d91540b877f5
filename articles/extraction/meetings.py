"""Meetings: who met whom, where, when, on the sidelines of what; held or only planned.

Each clause of each sentence is read for a meeting cue of the language (who took part is read by
``meeting_participants``; credentials ceremonies by ``credentials``):

* a **held** cue, a meeting verb in the past ("met", "held talks with",
  "called on", "मुलाकात की", "द्विपक्षीय वार्ता की", "से मिले") or a **call**
  ("spoke over the phone with", "फोन पर बात की"): a meeting that happened,
  unless negation or modality stands just before it ("never met", "may have
  met"), in which case nothing is recorded;
* a **mention** cue, a meeting verb in the base form or a meeting noun
  ("meet", "meeting with", "मुलाकात", "बैठक"): never a held meeting. With
  negation anywhere in the clause ("did not meet", "no meeting has been
  scheduled", "कोई बैठक नहीं हुई") nothing is recorded; with a cancellation
  ("was called off", "रद्द कर दी गई") a **cancelled** meeting is; with modality
  or the future ("may meet", "is expected to", "सकते हैं", "की संभावना",
  "करेंगे") a **planned** one; otherwise nothing.

The participants depend on the language's word order (``WORD_ORDER``):

* SVO (English): the subject is the person (or "he", or a nameless title
  such as "the Defence Minister") nearest before the verb in the clause,
  with anyone joined to them by "and" or commas; a possessor ("X's talks")
  and the people of a comma-enclosed aside right before the verb ("X, who
  was received by Y, met") are not the subject. The others follow the verb,
  joined by connective words, titles, places (known, or capitalised words after
  "in"/"at"), dates and commas ("met with his Tajik counterpart, Col. Gen. X
  and Y", "held talks in Samarkand with X");
* SOV (Hindi): everyone comes before the verb; "ने" (or no mark) marks the
  subject, "से" / "के साथ" the others, and "के/की/का" alone a possessor, who
  is not a participant.

Verbs joined by "and" share their subject, and each has its own objects:
"X met Y and called on Z", "X ने Y से मुलाकात की और Z से भी मिले" are two
bilateral meetings (X–Y, X–Z). A clause with no subject takes the subject of
the article's previous sentence (Hindi drops subjects freely) — but a
capitalised word right before the verb that names nobody the article knows
("Austin met …" when no Austin was found) is an unknown subject: no meeting
is made rather than give it to someone else. Two people make a bilateral
meeting, more a multilateral one, unless the clause says "separately" or
"bilateral talks" (one bilateral meeting each). The place, the date
(``dates``) and the larger event (``events``) are read from the same clause
or sentence.
"""

import bisect
import re
from dataclasses import dataclass, field

from . import dates, events, places
from .gazetteer import PLACE
from .meeting_participants import _CONVERB, ParticipantReader
from .rules import TOKEN
from .spans import SpanIndex

HELD = "held"
PLANNED = "planned"
CANCELLED = "cancelled"
# A report the article denies ("the Kremlin denied that a call took place"): never recorded, but it
# keeps another report of the same meeting in the article from being recorded as held.
DENIED = "denied"
BILATERAL = "bilateral"
MULTILATERAL = "multilateral"
CALL = "call"
BETWEEN = "between"  # a cue held only between the people the text marks so ("X और Y के बीच हुई बैठक")
# How far from a "together" word ("summit") a sidelines cue makes it the event, not the meeting.
SIDELINES_REACH = 40
SIDELINES_BEFORE = r"\b(?:sidelines|margins|fringes?)\s+of"
# How far before a held cue negation or modality still applies to it.
CUE_WINDOW_WORDS = 6


@dataclass
class ExtractedMeeting:
    participants: tuple  # person ids, sorted; negative for people new to the archive
    kind: str
    status: str
    date: object = None
    date_source: str | None = None
    place_id: int | None = None
    sidelines_of: int | None = None
    evidence: list = field(default_factory=list)
    start: int = 0
    weekday: int | None = None  # named but not resolvable to a date (no article date): still a constraint
    period: object = None  # ``dates.Period`` of an undated meeting told of a month or year ("last year in July")

    @property
    def signature(self):
        """What identifies this meeting within one extraction (for remembering editors' deletions)."""
        people = "-".join(str(p) for p in self.participants)
        return f"{self.kind}:{people}:{self.date.isoformat() if self.date else ''}"


def held_in_sentence(document, sentence, cue_start, participants, kind):
    """A held meeting of ``participants`` told in ``sentence`` alone, dated and placed as its sentence says (the
    readers of ceremonies and chaired meetings: ``credentials``, ``attended``)."""
    date, source = dates.meeting_date(document, sentence.start, sentence.end, cue_start, True)
    place_id = places.meeting_place(document, sentence.start, sentence.end) or places.place_here(
        document, sentence.start, sentence.end
    )
    return ExtractedMeeting(
        participants=tuple(sorted(participants)),
        kind=kind,
        status=HELD,
        date=date,
        date_source=source,
        place_id=place_id,
        evidence=[sentence.text],
        start=sentence.start,
    )


def _clauses(document, sentence):
    """``(start, end)`` of each clause of a sentence."""
    lowered = sentence.text.lower()
    if not any(word in lowered for word in document.rules.clause_break_words):
        return [(sentence.start, sentence.end)]
    bounds, start = [], sentence.start
    for found in document.rules.clause_break.finditer(document.text, sentence.start, sentence.end):
        if found.start() > start:
            bounds.append((start, found.start()))
        start = found.end()
    bounds.append((start, sentence.end))
    return bounds


def _window_start(text, start, position, count):
    """Where the ``count`` words before ``position`` (but not before ``start``) begin."""
    words = list(TOKEN.finditer(text, start, position))
    return words[-count].start() if len(words) >= count else start


_MEDIUM_REACH = 40  # characters from a talk to the medium after it ("held talks on Tuesday via video link")


class MeetingReader(ParticipantReader):
    """Reads a document's meetings, sentence by sentence and clause by clause (who: ``ParticipantReader``)."""

    def __init__(self, document, people, references, title_spans, chains=()):
        self.document = document
        self.chains = chains
        self.rules = document.rules
        self.module = document.rules.module
        self.people = people
        self.references = references
        self.title_spans = title_spans
        self.titles_index = SpanIndex(title_spans)
        self.chains_index = SpanIndex((c.start, c.end) for c in chains)
        self.chain_starts_by_end = {}
        for chain in chains:
            self.chain_starts_by_end.setdefault(chain.end, []).append(chain.start)
        self.last_subject = None
        # A story that reports a cancellation ("the visit has been deferred"): its plans told in the past are off.
        self.story_cancels = self.rules.cancellation.search(document.text) is not None

    # -- what -----------------------------------------------------------------

    def unfulfilled_plan(self, clause, cue):
        """Is the cue a plan told in the past ("was scheduled to meet", "मुलाकात होनी थी") in a story that
        reports a cancellation? Then the meeting is off."""
        if not self.story_cancels:
            return False
        text = self.document.text
        start = _window_start(text, clause[0], cue.start(), CUE_WINDOW_WORDS)
        end = cue.start() if self.module.WORD_ORDER == "SVO" else clause[1]
        return self.rules.unfulfilled_plan.search(text, start, end) is not None

    def present_for_future(self, clause, cue):
        """Is a present-tense held cue followed, before the clause's next cue, by the future's words?"""
        words = cue.group().lower().split()
        if not words or words[0] not in self.module.PRESENT_TENSE_CUE_WORDS:
            return False
        text = self.document.text
        sentence = self.document.sentence_at(cue.start())
        if sentence is not None and self.rules.future_frame.search(text, sentence.start, cue.start()):
            return True  # "X will begin his visit on Wednesday, when he meets Y": the present of a plan
        following = self.rules.held.search(text, cue.end(), clause[1])
        return self.rules.future_time.search(text, cue.end(), following.start() if following else clause[1]) is not None

    def status(self, clause, cue, held):
        text = self.document.text
        sentence = self.document.sentence_at(cue.start())
        if sentence is not None and self.rules.doubt.search(text, sentence.start, cue.start()):
            return None  # "I don't think I have met him", "मुझे नहीं लगता कि … बातचीत हुई है"
        if held:
            window_start = _window_start(text, clause[0], cue.start(), CUE_WINDOW_WORDS)
            if self.rules.denial.search(text, clause[0], cue.start()):
                return DENIED
            if self.rules.negation.search(text, window_start, cue.start()):
                return None
            if self.unfulfilled_plan(clause, cue):
                return CANCELLED  # "Esper was to hold discussions with Singh" — and the visit was cancelled
            if self.owned_opening(clause, cue) is not None and self.rules.cancellation.search(text, *clause):
                return CANCELLED  # "Singh cancelled his meeting with Y", "his meeting with Y was called off"
            if self.rules.modality.search(text, window_start, cue.start()):
                return None  # "may have met": not known to have happened
            if self.rules.cancellation.search(text, window_start, cue.start()):
                return None
            if self.present_for_future(clause, cue):
                return PLANNED  # "X meets Y next week", "X holds talks with Y tomorrow"
            if (
                self.module.WORD_ORDER == "SOV"
                and _CONVERB.search(cue.group())
                and self.rules.modality.search(text, cue.end(), clause[1])
            ):
                return PLANNED  # "X, Y से मिलने के बाद दिल्ली लौटेंगे": having met Y, X will return — a plan
            if self.opens_with_subordinate(cue) and (
                self.rules.cancellation.search(text, cue.end(), clause[1])
                or self.rules.negation.search(text, cue.end(), clause[1])
            ):
                return None  # "after a meeting with X was called off"
            return HELD
        if self.rules.denial.search(text, clause[0], cue.start()):
            return DENIED
        if self.rules.negated_cancellation.search(text, *clause):
            return CANCELLED  # "the meeting between X and Y will not take place after all"
        if self.rules.negation.search(text, *clause):
            return None
        if self.rules.cancellation.search(text, *clause) or self.unfulfilled_plan(clause, cue):
            return CANCELLED  # "the meeting between X and Y was called off"
        if self.rules.modality.search(text, *clause):
            return PLANNED
        return None

    def cues(self, clause):
        """``(match, held, kind)`` for each meeting cue of a clause: held and call cues, else mentions."""
        text = self.document.text
        # A call cue in the verb's plain form ("will speak by phone with", "will hold a telephone conversation") is
        # read as a mention is: its tense is told before it.
        found = [(m, not self.rules.call_plain_form.match(m.group()), CALL) for m in self.rules.call.finditer(text, *clause)]
        calls = [m.span() for m, _, _ in found]
        found += [
            (m, True, None)
            for m in self.rules.held.finditer(text, *clause)
            if not any(m.start() < end and start < m.end() for start, end in calls)  # "फोन पर बातचीत की" is a call
        ]
        if self.rules.held_after_noun is not None:
            # "उनकी मुलाकात X से हुई": the light verb after the people, the meeting noun before them.
            found += [
                (m, True, None)
                for m in self.rules.held_after_noun.finditer(text, *clause)
                if self.rules.meeting_noun.search(text, clause[0], m.start())
                and not any(m.start() < end and start < m.end() for start, end in (f[0].span() for f in found))
            ]
        taken = [m.span() for m, _, _ in found]
        found += [
            (m, True, BETWEEN)
            for m in self.rules.between_held.finditer(text, *clause)
            if not any(m.start() < end and start < m.end() for start, end in taken)
        ]
        if self.rules.call_frame is not None:
            found = self.framed_calls(clause, found)
        if not found:
            for match in self.rules.mention.finditer(text, *clause):
                after = re.compile(r"\s*").match(text, match.end()).end()
                if self.module.WORD_ORDER == "SOV" and self.rules.sidelines.match(text, after):
                    continue  # "बैठक से इतर": the larger event, not a meeting ("will meet on the sidelines of" is one)
                found.append((match, False, None))
        found.sort(key=lambda item: item[0].start())
        return found

    def with_the_cancellations_date(self, clause, skip):
        """``skip`` and the date right after a cancellation's verb ("were called off on Monday",
        ``CANCELLATION_DATE_AFTER``): the day it was called off, not the day of the meeting."""
        text = self.document.text
        for cancelled in self.rules.cancellation.finditer(text, *clause):
            when = self.rules.cancellation_date_after.match(text, cancelled.end(), clause[1])
            if when is not None:
                return [*([skip] if skip else []), (cancelled.end(), when.end())]
        return skip

    def framed_calls(self, clause, found):
        """The cues of a clause that names a call's medium (``CALL_FRAME``): a talk after it is a call ("In a phone
        call on Monday, X told Y …", "X ने फोन पर Y से बात की"), and so is what one said to the other
        (``CALL_FRAME_VERBS``), the medium's own cue then giving way to them; so is a talk right before it ("X and
        Y held talks via video link", within ``_MEDIUM_REACH``)."""
        text = self.document.text
        frame = self.rules.call_frame.search(text, *clause)
        if frame is None:
            return found
        after = [
            (m, held, CALL if kind is None and self.rules.call_frame_talk.search(m.group()) else kind)
            for m, held, kind in found
            if m.start() >= frame.end()
        ]
        after += [
            (m, True, CALL)
            for m in self.rules.call_frame_verbs.finditer(text, frame.end(), clause[1])
            if not any(m.start() < f.end() and f.start() < m.end() for f, _, _ in after)
        ]
        before = [
            # "X and Y held talks via video link": the medium right after the talk.
            (m, held, CALL)
            if kind is None and frame.start() - m.end() <= _MEDIUM_REACH and self.rules.call_frame_talk.search(m.group())
            else (m, held, kind)
            for m, held, kind in found
            if m.end() <= frame.start()
        ]
        if not any(kind == CALL for _, _, kind in before + after):
            return found
        return sorted(before + after, key=lambda item: item[0].start())

    def joined_to_previous(self, previous, cue):
        """Is this verb joined by a coordinator to the clause's previous one ("met Y on Friday and called on Z")?"""
        if previous is None:
            return False
        text, start, end = self.document.text, previous["end"], cue.start()
        gap = list(text[start:end])
        covered = [(m.start, m.end) for m in self.document.within(start, end, (PLACE,))]
        covered += [(d.start, d.end) for d in dates.find_dates(self.document, start, end)]
        for s, e in covered:
            gap[s - start : e - start] = " " * (e - s)
        rest = "".join(gap)
        words = [w.group().lower() for w in TOKEN.finditer(rest)]
        coordinators = {c.lower() for c in self.module.COORDINATORS}
        allowed = coordinators | self.module.VERB_ADVERBS | self.module.CONNECTIVE_WORDS
        return (
            any(w in coordinators for w in words)
            and all(w in allowed for w in words)
            and not set(TOKEN.sub("", rest)) - set(" ,")
        )

    def together(self, clause):
        """Does the clause say its people met together (``TOGETHER_CUES``)? Not the summit it was on the
        sidelines of: "met A and B on the sidelines of the summit", "शिखर सम्मेलन से इतर A और B से मुलाकात की"."""
        return any(
            not self.names_the_sidelines_event(found, clause)
            for found in self.rules.together.finditer(self.document.text, *clause)
        )

    def names_the_sidelines_event(self, found, clause):
        text = self.document.text
        if self.module.WORD_ORDER == "SVO":  # "on the sidelines of the G20 summit"
            before = text[max(clause[0], found.start() - SIDELINES_REACH) : found.start()]
            return re.search(rf"{SIDELINES_BEFORE}\s+(?:[\w-]+\s+){{0,4}}$", before) is not None
        after = text[found.end() : min(clause[1], found.end() + SIDELINES_REACH)].lstrip()
        rest = after.split(" ", 1)[1] if " " in after else ""  # "शिखर सम्मेलन से इतर": one more noun, then the cue
        return bool(self.rules.sidelines.match(after) or self.rules.sidelines.match(rest))

    def owned_by_pronoun(self, cue):
        """Does the cue open with a possessive pronoun ("his talks with Y")?"""
        words = cue.group().lower().split()
        return bool(words) and words[0] in self.module.POSSESSIVE_PRONOUNS

    def names_its_participants(self, cue):
        """Does the cue end with a word after which come all the participants ("meeting between")?"""
        words = cue.group().lower().split()
        if len(words) >= 2 and words[-1] in self.module.MEETING_OF_WORDS:
            return self.rules.meeting_noun.fullmatch(words[-2]) is not None  # "the meeting of X and Y"
        if self.rules.all_participants_after.search(cue.group()):
            return True  # "The talks were co-chaired by X and Y"
        return bool(words) and words[-1] in self.module.BETWEEN_CUE_WORDS

    def subordinate_opening_end(self, start, position):
        """Where a clause's opening subordinate phrase ends ("After meeting Y, …": its comma), or None."""
        first = TOKEN.match(self.document.text, start)
        words = self.module.SUBORDINATE_CUE_WORDS | self.module.EXCEPTING_OPENING_WORDS  # "Besides Putin, Modi met …"
        if first is None or first.group().lower() not in words:
            return None
        comma = self.document.text.find(",", start, position)
        return comma if comma != -1 else None

    def opens_with_subordinate(self, cue):
        first = TOKEN.match(self.document.text, cue.start())
        return first is not None and first.group().lower() in self.module.SUBORDINATE_CUE_WORDS

    def subordinate_to_previous(self, previous, cue):
        """Does this cue open a phrase that belongs to the clause's previous verb ("met Y after talks with Z")?
        Then it shares that verb's subject."""
        return previous is not None and bool(previous["subjects"]) and self.opens_with_subordinate(cue)

    def read(self):
        meetings = []
        document = self.document
        folded, offsets = document.gazetteer.folded(document.text)
        triggers = sorted(offsets[start] for start in self.rules.cue_positions(folded))
        with_cues = {document.sentence_at(position).index for position in triggers}
        for sentence in document.sentences:
            sentence_subject = None
            clauses = _clauses(document, sentence) if sentence.index in with_cues else ()
            for clause in clauses:
                first = bisect.bisect_left(triggers, clause[0])
                if first == len(triggers) or triggers[first] >= clause[1]:
                    continue  # no cue word in this clause
                previous = None  # the clause's previous verb: its subjects and where its objects end
                cues = self.cues(clause)
                for index, (cue, held, kind) in enumerate(cues):
                    status = self.status(clause, cue, held)
                    if status is None and (index == len(cues) - 1 or self.module.WORD_ORDER != "SVO"):
                        # No meeting; a later verb needs no more than where this one ends.
                        previous = {"subjects": [], "end": cue.end(), "cue_end": cue.end()}
                        continue
                    next_cue = cues[index + 1][0].start() if index + 1 < len(cues) else None
                    found, previous = self.meeting(sentence, clause, cue, status, kind, previous, next_cue)
                    for meeting, subject in found:
                        meetings.append(meeting)
                        sentence_subject = subject
            if sentence_subject is None:
                first = self.sentence_subject(sentence)
                if first is not None:
                    sentence_subject = first.entity_id
            if sentence_subject is not None:
                self.last_subject = sentence_subject
        return meetings

    def sentence_subject(self, sentence):
        """Who a sentence with no meeting is about: its first person not marked as a possessor by a genitive
        postposition ("मोदी के नेतृत्व में … जयशंकर पहली बार अमेरिका की यात्रा पर हैं" is about Jaishankar); else
        its first person."""
        text, module = self.document.text, self.module
        first = self.people.first_in(sentence.start, sentence.end)
        if not module.GENITIVE_MARKERS or first is None:
            return first
        mentions = self.people.within(sentence.start, sentence.end)
        for mention in mentions:
            after = text[mention.end : mention.end + 8]
            word = after.split()[0] if after.split() else ""
            if word in module.GENITIVE_MARKERS:
                continue  # Hindi's possessors; an English one ("Ahmed's visit") is still what the sentence is about
            return mention
        return first

    def one_each(self, clause, cue):
        """Is the cue one of meeting people one by one ("met", "मुलाकात की", "बैठकें कीं")? A cue with no meeting
        noun of its own ("… के साथ कीं") is read with the noun the clause named before it ("ये बैठकें")."""
        if self.rules.one_each.search(cue.group()):
            return True
        if self.rules.meeting_noun is None or self.rules.meeting_noun.search(cue.group()):
            return False
        nouns = list(self.rules.meeting_noun.finditer(self.document.text, clause[0], cue.start()))
        return bool(nouns) and self.rules.one_each.search(nouns[-1].group()) is not None

    def meeting(self, sentence, clause, cue, status, kind, previous=None, next_cue=None):
        """``(found, this verb)``: the meetings a cue reports (``(meeting, lead)`` pairs; none unless ``status``)
        and what a verb joined to it needs to know."""
        joined = self.joined_to_previous(previous, cue) or self.subordinate_to_previous(previous, cue)
        between_only, kind = kind == BETWEEN, (None if kind == BETWEEN else kind)
        complete = False
        if self.module.WORD_ORDER == "SVO":
            subject_items, object_items = self.participants_svo(
                clause,
                cue,
                previous["subjects"] if joined else None,
                previous_end=previous["end"] if previous and not joined else None,
                next_cue=next_cue,
            )
            if not joined and previous and not subject_items and self.owned_by_pronoun(cue):
                # "X discussed … during his talks with Y": his, the subject of the verb before.
                subject_items = list(previous["subjects"])
            listed = None if joined else self.relative_list(sentence, clause, cue, subject_items, object_items)
            if listed is not None:
                subject_items, object_items = listed
            if self.names_its_participants(cue) and len(object_items) >= 2:
                # "a meeting between X and Y": exactly X and Y, whoever the sentence is about.
                subject_items, complete = [], True
        else:
            subject_items, object_items, complete = self.participants_sov(
                clause, cue, after=previous["cue_end"] if previous else None
            )
        ends = [item.end for item in object_items if item.start >= cue.end()]
        this_verb = {"subjects": subject_items, "end": max(ends, default=cue.end()), "cue_end": cue.end()}
        if status is None or (between_only and not complete):
            return [], this_verb
        if not object_items and self.rules.needs_object.match(cue.group()):
            return [], this_verb  # "the dinner hosted on the sidelines": hosting nobody named is meeting nobody
        subjects = []
        for item in subject_items:
            for person in self.resolve_pair(item) if item.kind == "pair" else [self.resolve(item, exclude=subjects)]:
                if person is not None and person not in subjects:
                    subjects.append(person)
        if not subject_items and not complete and self.unknown_subject(clause[0], cue.start()):
            return [], this_verb  # someone the article does not let us name met them
        if not subject_items and not complete and self.last_subject is not None:
            # The subject of an earlier sentence; not for a subject the clause names but we cannot resolve
            # ("Russia's Minister of Defence later met Y" is not the last sentence's subject meeting Y).
            subjects = [self.last_subject]
        if subject_items and not subjects and not complete:
            return [], this_verb  # "he met A and B" with no "he" to name: not a meeting of A and B
        lead = subjects[0] if subjects else None
        objects, companions = [], {}  # companions: person -> the object they came with ("Y and his wife Z")
        previous_item = None
        for item in object_items:
            if item.kind == "pair":  # "दोनों नेताओं के बीच …": the two just named
                found = self.resolve_pair(item)
            else:
                found = [self.resolve(item, subject=lead, exclude=subjects + objects)]
            for person in found:
                if person is not None and person not in subjects and person not in objects:
                    if objects and previous_item is not None and self.companion(previous_item, item):
                        companions[person] = companions.get(objects[-1], objects[-1])
                    objects.append(person)
            previous_item = item
        if (
            object_items
            and not objects
            and len(subjects) >= 2
            and not complete
            and not any(item.kind == "pair" or self.resolve(item, subject=lead) is not None for item in object_items)
        ):
            return [], this_verb  # "A and B met the RBI Governor": someone unnamed, not each other
        everyone = subjects + objects
        if len(everyone) < 2:
            return [], this_verb
        text = self.document.text
        place_id = (
            places.meeting_place(self.document, *clause)
            or places.meeting_place(self.document, sentence.start, sentence.end)
            or places.place_here(self.document, *clause)
        )
        event = events.sidelines_event(self.document, sentence.start, sentence.end, place_id, None)
        background = self.background_aside(clause[0], cue.start(), subject_items)
        if status == CANCELLED:
            background = self.with_the_cancellations_date(clause, background)
        date, source = dates.meeting_date(self.document, *clause, cue.start(), status == HELD, event, background)
        if date is None:
            date, source = dates.meeting_date(
                self.document, sentence.start, sentence.end, cue.start(), status == HELD, event, background
            )
        published = self.document.published
        if status == HELD and source == dates.RELATIVE and published is not None and date > published:
            # "holds talks with Y tomorrow": a day after the story's has not come yet (a date written out may be
            # a little after a header that is a day early: ``dates.DAY_MONTH_SLACK_DAYS``)
            status = PLANNED
        weekday = None if date is not None else dates.weekday_named(self.document, *clause, background)
        period = None if date is not None else dates.find_period(self.document, *clause, status == HELD)
        if event is not None and place_id is None:
            place_id = event.place_id  # a meeting on the sidelines happens where the event does
        groups = [everyone]
        separate = self.rules.separately.search(text, *clause) or (
            # "X met A, B and C", "X called on the President, the Foreign Minister and the Defence Minister":
            # one subject meeting a list, person by person, is one meeting each; "held a meeting with A
            # and B", "met A and B at a luncheon" (``TOGETHER_CUES``) is one meeting of them all.
            len(subjects) == 1
            and not complete
            and self.one_each(clause, cue)
            and not self.together(clause)
        )
        # One meeting each: a companion ("met Y and his wife Z") is in the meeting of the one they came with.
        one_each = [[lead, other, *(c for c, of in companions.items() if of == other)] for other in objects
                    if other not in companions]
        if (
            self.rules.respectively.search(text, *clause)
            and len(subjects) == len(objects) >= 2
            and not companions
        ):
            # "A and B were received at the airport by C and D, respectively": A by C, B by D.
            groups = [[subject, other] for subject, other in zip(subjects, objects)]
        elif separate and lead is not None and len(one_each) >= 2:
            groups = one_each
        elif self.rules.separately.search(text, *clause) and len(subjects) >= 2 and len(objects) == 1:
            # "A और B ने श्री कोविंद से अलग-अलग मुलाकात की", "A and B met Y separately": each of them met Y.
            groups = [[subject, objects[0]] for subject in subjects]
        elif kind == CALL and len(everyone) > 2 and not self.together(clause):
            # "A, B and C called Y to congratulate him", "X called A and B": a telephone call is two people's.
            if len(subjects) >= 2 and len(objects) == 1:
                groups = [[subject, objects[0]] for subject in subjects]
            elif len(subjects) == 1 and len(one_each) >= 2:
                groups = one_each
        found = []
        for group in groups:
            meeting_kind = kind or (MULTILATERAL if len(group) > 2 else BILATERAL)
            meeting = ExtractedMeeting(
                participants=tuple(sorted(group)),
                kind=meeting_kind,
                status=status,
                date=date,
                date_source=source,
                place_id=place_id,
                sidelines_of=event.id if event is not None else None,
                evidence=[sentence.text],
                start=sentence.start,
                weekday=weekday,
                period=period,
            )
            found.append((meeting, lead))
        return found, this_verb


def find_meetings(document, people, references, titles, chains=()):
    """Every meeting the article reports, one ``ExtractedMeeting`` per report (not yet merged); denied
    reports have the status ``DENIED`` (see ``without_denied``)."""
    title_spans = [(t.start, t.end) for t in titles]
    return MeetingReader(document, people, references, title_spans, chains).read()


def without_denied(meetings):
    """The meetings that are not denied: a report the article denies takes with it the article's other
    reports of a meeting of the same people ("media reported that X and Y held a call; the Kremlin
    denied that a call took place")."""
    denied = {m.participants for m in meetings if m.status == DENIED}
    return [m for m in meetings if m.status != DENIED and not (m.status == HELD and m.participants in denied)]
