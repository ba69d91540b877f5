"""Meetings: who met whom, where, when, on the sidelines of what; held or only planned.

Each clause of each sentence is read for a meeting cue of the language:

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
from .gazetteer import DEMONYM, ORGANISATION, PLACE
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
# How far before a held cue negation or modality still applies to it.
CUE_WINDOW_WORDS = 6
_GAP_CHARACTERS = set(" ,.'’\"“”-–—:")
_CAPITALISED = re.compile(r"[A-Z][\w'’-]*")
_PARENTHETICAL = re.compile(r"\([^()\n]{1,60}\)")
# An office named after a person in a list of those met: at most this long, of these small words.
APPOSITIVE_CHARACTERS = 90
APPOSITIVE_WORDS = frozenset({"of", "the", "and", "for"})
_CUE_WITH_ITS_MARKER = re.compile(r"(?:से|के\s+साथ)\s")  # Hindi cues that open with the other side's marker
_CONVERB = re.compile(r"(?:कर|करके)$")  # Hindi "having done": its subject may come after it


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

    @property
    def signature(self):
        """What identifies this meeting within one extraction (for remembering editors' deletions)."""
        people = "-".join(str(p) for p in self.participants)
        return f"{self.kind}:{people}:{self.date.isoformat() if self.date else ''}"


@dataclass(frozen=True)
class Item:
    """Someone the clause may name as a participant: a person, a nameless title or a pronoun."""

    start: int
    end: int
    kind: str  # person | title | pronoun | pair ("the two ministers")
    person_id: int | None = None
    chain: object = None


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


class MeetingReader:
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

    # -- items and gaps -------------------------------------------------------

    def items(self, start, end):
        found = [Item(m.start, m.end, "person", m.entity_id) for m in self.people.within(start, end)]
        for chain in self.references:
            if start <= chain.titles_start and chain.end <= end:
                found.append(Item(chain.titles_start, chain.end, "title", chain=chain))
        for pronoun in self.rules.pronoun.finditer(self.document.text, start, end):
            found.append(Item(pronoun.start(), pronoun.end(), "pronoun"))
        if self.rules.owner_pronoun is not None:
            # "उनकी मुलाकात X से हुई": his meeting — the pronoun is the meeting's subject.
            for owner in self.rules.owner_pronoun.finditer(self.document.text, start, end):
                found.append(Item(owner.start("pronoun"), owner.end("pronoun"), "pronoun"))
        if self.rules.object_pronoun is not None:
            # "X ने उनसे मुलाकात की", "… उनके साथ बैठक की": him, whom the subject met.
            for other in self.rules.object_pronoun.finditer(self.document.text, start, end):
                found.append(Item(other.start(), other.end(), "object_pronoun"))
        if self.rules.pair_reference is not None:
            for pair in self.rules.pair_reference.finditer(self.document.text, start, end):
                found.append(Item(pair.start(), pair.end(), "pair"))
        found.sort(key=lambda item: item.start)
        return found

    def connective(self, start, end):
        """Is ``text[start:end]`` only connective words, titles, places, demonyms, organisations and commas?"""
        text = self.document.text
        covered = self.titles_index.overlapping(start, end) + self.chains_index.overlapping(start, end)
        covered += [(m.start, m.end) for m in self.document.within(start, end, (PLACE, DEMONYM, ORGANISATION))]
        covered += [(d.start, d.end) for d in dates.find_dates(self.document, start, end)]
        if self.rules.place_after_locative is not None:
            covered += [m.span("place") for m in self.rules.place_after_locative.finditer(text, start, end)]
        gap = list(text[start:end])
        for s, e in covered:
            gap[max(s, start) - start : min(e, end) - start] = " " * (min(e, end) - max(s, start))
        rest = "".join(gap)
        for token in TOKEN.finditer(rest):
            words = re.split(r"['’]", token.group().lower())
            if not all(word in self.module.CONNECTIVE_WORDS for word in words if word):
                return False
        return not (set(TOKEN.sub("", rest)) - _GAP_CHARACTERS)

    def appositive(self, start, end, bare=False):
        """Is ``text[start:end]`` an aside naming the previous person's office between commas (", Chief of
        Navy, Royal Australian Navy (RAN), "): capitalised words, "of"/"the"/"and", brackets and commas only?

        A list of the people someone met often gives each one's post after the name; the list goes on.
        """
        if not self.module.NAMES_CAPITALISED:
            return False
        text = self.document.text[start:end]
        if not text.lstrip().startswith(",") or len(text) > APPOSITIVE_CHARACTERS:
            return False
        if bare:  # before an office: ", the Chief of Navy", ", Vice Chief of …" — not ", and the Chief"
            words = [token.group().lower() for token in TOKEN.finditer(text)]
            if "and" in words:
                return False
        for token in TOKEN.finditer(text):
            word = token.group()
            if not (word[0].isupper() or word.lower() in APPOSITIVE_WORDS):
                return False
        return not (set(TOKEN.sub("", text)) - _GAP_CHARACTERS - set("()"))

    def _marker_patterns(self):
        """``[(role, pattern)]`` for the language's case markers, compiled once per language."""
        patterns = getattr(self.rules, "marker_patterns", None)
        if patterns is None:
            module = self.module
            patterns = [
                (role, re.compile("|".join(rf"{re.escape(m)}(?![\w\u0900-\u097f])" for m in markers)))
                for role, markers in (
                    ("between", module.BETWEEN_MARKERS),
                    ("subject", module.ERGATIVE_MARKERS),
                    ("object", module.OBJECT_MARKERS),
                    ("and", module.COORDINATORS),
                    ("possessor", module.GENITIVE_MARKERS),
                )
                if markers
            ]
            self.rules.marker_patterns = patterns
        return patterns

    def marker_after(self, item, limit):
        """The postposition right after an item (SOV): between, ergative, object, coordinator, genitive or None."""
        rest = self.document.text[item.end : limit].lstrip(" ")
        if rest.startswith(")"):
            rest = rest[1:].lstrip(" ")  # the name again, in brackets: "मिर्जा (Sherali Mirzo) और …"
        bracket = _PARENTHETICAL.match(rest)
        if bracket:
            rest = rest[bracket.end() :].lstrip(" ")  # "वांग यी (Wang Yi) से": the name again, in brackets
        if rest.startswith(","):
            return "and"  # "X, Y और Z से": a list
        rest = rest.lstrip(" ,")
        for role, pattern in self._marker_patterns():
            if pattern.match(rest):
                return role
        return None

    # -- who ----------------------------------------------------------------

    def resolve_pair(self, item):
        """The two people "the two ministers" means: the only two named in its sentence before it and the
        sentence before that; nobody when the text named more or fewer."""
        sentence = self.document.sentence_at(item.start)
        previous = self.document.sentence_at(sentence.start - 1) if sentence and sentence.start > 0 else None
        start = (previous or sentence).start if sentence else 0
        named = []
        for mention in self.people.before(item.start):
            if mention.start < start:
                break
            if mention.entity_id is not None and mention.entity_id not in named:
                named.append(mention.entity_id)
        return named if len(named) == 2 else []

    def resolve(self, item, subject=None, exclude=()):
        if item.kind == "person":
            return item.person_id
        if item.kind in ("pronoun", "object_pronoun"):
            if self.last_subject is not None:
                return self.last_subject
            before = self.people.before(item.start)
            return before[0].entity_id if before else None
        chain = item.chain
        if chain.counterpart:
            if chain.unresolved:
                return None
            return self.people.resolve_counterpart(chain.start, subject, chain.country_id)
        concept = chain.office.concept if chain.office is not None else None
        if concept is None or chain.unresolved:
            return None  # "the Japanese Defence Minister", when the gazetteer knows no Japan
        if self.rules.junior_before.search(self.document.text, max(0, chain.office.start - 30), chain.office.start):
            return None  # "Deputy Assistant Secretary of State …" holds another office than the Secretary's
        return self.people.resolve_title(chain.start, concept, chain.country_id, exclude)

    def possessor(self, item):
        """Is the item followed by a genitive ("Jaishankar's talks"): someone's, not someone acting?"""
        text = self.document.text
        return any(text.startswith(suffix, item.end) for suffix in self.module.POSSESSIVE_SUFFIXES)

    def aside_start(self, start, position):
        """Where a comma-enclosed aside ends right before ``position`` begins ("X, who met Y, met"), or None."""
        text = self.document.text
        closing = text.rfind(",", start, position)
        if closing == -1 or text[closing + 1 : position].strip():
            return None
        opening = text.rfind(",", start, closing)
        return opening if opening != -1 else None

    def background_aside(self, start, position, subject_items=()):
        """``(start, end)`` of what tells background before the verb, or None: an aside right before it
        (", who arrived …,"), or a participle right before the subject ("… दुशांबे पहुंचे सिंह ने")."""
        text = self.document.text
        for item in subject_items:
            # The subject with its title: "… पहुंचे रक्षा मंत्री राजनाथ सिंह ने".
            blank = len(text[start : item.start].rstrip())  # chains ending in the blank before the subject
            titled = [
                chain_start
                for chain_end in range(start + blank, item.start + 1)
                for chain_start in self.chain_starts_by_end.get(chain_end, ())
            ]
            before = text[start : min([item.start, *titled])].rstrip()
            if before.endswith(tuple(f" {word}" for word in self.module.BACKGROUND_PARTICIPLES)):
                return start, start + len(before)
        opening = self.aside_start(start, position)
        if opening is None:
            return None
        first = TOKEN.match(self.document.text, opening + 1) or TOKEN.search(self.document.text, opening + 1, position)
        if first is None or first.group().lower() not in self.module.BACKGROUND_ASIDE_WORDS:
            return None
        return opening, position

    def unknown_subject(self, start, position):
        """Does a capitalised word that names nobody stand right before the verb at ``position``?

        "Austin met Doval" where no Austin was found: the subject is someone
        the article does not let us name, not the previous sentence's subject.
        """
        if not self.module.NAMES_CAPITALISED:
            return False
        words = list(TOKEN.finditer(self.document.text, start, position))
        while words and words[-1].group().lower() in self.module.VERB_ADVERBS:
            words.pop()
        if not words:
            return False
        word = words[-1]
        bare = re.split(r"['’]", word.group())[0]
        return bool(
            _CAPITALISED.fullmatch(bare)
            and bare not in self.module.NAME_STOP_WORDS
            and bare.lower() not in self.module.FUNCTION_WORDS
            and bare.lower() not in self.rules.weekdays
            and bare.lower() not in self.rules.months
            and bare.lower() not in self.module.SUBJECT_PRONOUNS
            and self.document.overlapping(word.start(), word.end()) is None
            and not self.titles_index.covers(word.start())
        )

    def participants_svo(self, clause, cue, shared=None, previous_end=None, next_cue=None):
        """``(subjects, objects)`` items of an SVO clause; ``shared``: the subjects of a verb this one is joined to;
        ``previous_end``: where the clause's previous verb's objects end (none of them is this verb's subject);
        ``next_cue``: where the clause's next meeting verb starts (its objects are its own: "After meeting Y,
        X called on A, B and C")."""
        after = self.items(cue.end(), min(clause[1], next_cue if next_cue is not None else clause[1]))
        objects = []
        position = cue.end()
        words = cue.group().lower().split()
        if words and words[-1] in self.module.NOUN_CUE_ENDS:
            # "held three election meetings, Patra said": after a meeting noun the others come with "with".
            with_at = re.search(r"\bwith\b", self.document.text[cue.end() : clause[1]])
            if with_at is None:
                after = []
            else:
                # "held long discussions on terrorism with Y": whatever the talks were about, Y comes after "with".
                first = cue.end() + with_at.start()
                if any(item.start < first for item in after):
                    after = []  # someone named before the "with" is not who the talks were with
                else:
                    position = cue.end() + with_at.end()
                    if after and not self.connective(position, after[0].start):
                        after = []
        for item in after:
            if (
                item.kind == "title"
                and objects
                and objects[-1].kind == "person"
                and self.appositive(position, item.start, bare=True)
            ):
                continue  # "met Mirzo, Chief of Navy, and Z": the office of the person before, not another one
            joined = self.connective(position, item.start) or (objects and self.appositive(position, item.start))
            if not joined or self.possessor(item):
                break  # "met Mirzo's deputy", "received Mirzo's letter": not Mirzo
            objects.append(item)
            position = item.end
        if shared is not None:
            return list(shared), objects
        before = [item for item in self.items(clause[0], cue.start()) if not self.possessor(item)]
        if previous_end is not None:
            before = [item for item in before if item.start >= previous_end]
        opening = self.subordinate_opening_end(clause[0], cue.start())
        if opening is not None and any(item.start > opening for item in before):
            # "After meeting Y, X called on A": Y is the opening phrase's, X the subject.
            before = [item for item in before if item.start > opening]
        if not before and self.opens_with_subordinate(cue):
            # "After talks with Z, X met Y": the phrase ends at its comma; X, after it, is its subject too.
            comma = self.document.text.find(",", cue.end(), clause[1])
            if comma != -1 and any(item.start > comma for item in objects):
                main = [item for item in objects if item.start > comma]
                return main[:1], [item for item in objects if item.end <= comma]
        aside = self.aside_start(clause[0], cue.start())
        if aside is not None and any(item.start >= aside for item in before):
            before = [item for item in before if item.end <= aside] or before
        if not before:
            return [], objects
        subjects = [before[-1]]
        for previous in reversed(before[:-1]):
            if not self.connective(previous.end, subjects[0].start):
                break
            subjects.insert(0, previous)
        return subjects, objects

    def possessor_of_the_meeting(self, before, roles, cue, coordinated=None):
        """Make the subject the person whose meeting it is: "मोदी की (हसीना से) मुलाकात" — Modi's meeting.

        A possessor is no participant in general ("सिंह की अध्यक्षता में बैठक", chaired by Singh), but
        one followed by nothing but the meeting's other people and their case markers owns the meeting.
        """
        if "subject" in roles or "possessor" not in roles:
            return
        index = len(roles) - 1 - roles[::-1].index("possessor")
        later = before[index + 1 :]
        if any(role not in ("object", "between") for role in roles[index + 1 :]):
            return
        text = self.document.text
        gap = list(text[before[index].end : cue.start()])
        offset = before[index].end
        for item in later:
            gap[item.start - offset : item.end - offset] = " " * (item.end - item.start)
        words = "".join(gap).split()
        markers = {
            word
            for marker in (
                *self.module.GENITIVE_MARKERS,
                *self.module.OBJECT_MARKERS,
                *self.module.BETWEEN_MARKERS,
                *self.module.MEETING_NOUN_MODIFIERS,
            )
            for word in marker.split()
        }
        if words and words[0] in self.module.GENITIVE_MARKERS and all(word in markers for word in words):
            roles[index] = "subject"
            # "X और Y की … बातचीत हुई": the people coordinated with the owner own the meeting too.
            while index > 0 and coordinated and coordinated[index - 1] == "and":
                index -= 1
                roles[index] = "subject"

    def participants_sov(self, clause, cue, shared=None, after=None):
        """``(subjects, objects, complete)`` items of an SOV clause; the objects of a second verb ("… मुलाकात
        की और Z से भी मिले") are those after the first verb, the subject is the clause's. ``complete``: the
        people "X और Y के बीच" are all the participants, with no subject to look for elsewhere."""
        before = self.items(clause[0], cue.start())
        markers = [self.marker_after(item, clause[1]) for item in before]
        roles = ["object" if item.kind == "object_pronoun" else marker for item, marker in zip(before, markers)]
        # A coordinated item takes the role of the next one: "X और Y से".
        for index in range(len(roles) - 2, -1, -1):
            if roles[index] == "and":
                roles[index] = roles[index + 1]
        self.possessor_of_the_meeting(before, roles, cue, markers)  # markers: who is coordinated with whom
        for index, item in enumerate(before):
            # "Y का स्वागत किया": a cue that opens with the genitive marks its guest, not a possessor.
            if roles[index] == "possessor" and not self.document.text[item.end : cue.start()].strip():
                roles[index] = "object"
        subjects = [item for item, role in zip(before, roles) if role == "subject"]
        if not subjects and _CONVERB.search(cue.group()):
            # "Y से बातचीत कर जयशंकर ने प्रसन्नता जताई": having talked to Y, Jaishankar — the subject follows.
            following = self.items(cue.end(), clause[1])
            subjects = [item for item in following if self.marker_after(item, clause[1]) == "subject"][:1]
        between = [item for item, role in zip(before, roles) if role == "between"]
        if after is not None:
            between = [item for item in between if item.start >= after]
        if len(between) >= 2 and not subjects:
            return [], between, True
        if not subjects:
            subjects = [item for item, role in zip(before, roles) if role is None][:1]
        objects = [item for item, role in zip(before, roles) if role in ("object", "between")]
        if after is not None:
            objects = [item for item in objects if item.start >= after]
        if _CUE_WITH_ITS_MARKER.match(cue.group()) and before and roles[-1] == "object":
            # "X ने Z को Y के साथ हुई बैठक के बारे में बताया", "X ने Y से की मुलाकात": the cue's own marker
            # names the other side — Y (and those joined to Y), not Z, whom X told.
            index = len(before) - 1
            while index > 0 and markers[index - 1] == "and":
                index -= 1
            objects = [item for item in before[index:] if item not in subjects]
        return subjects, objects, False

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
            if self.rules.modality.search(text, window_start, cue.start()):
                return None  # "may have met": not known to have happened
            if self.rules.cancellation.search(text, window_start, cue.start()):
                return None
            if self.opens_with_subordinate(cue) and (
                self.rules.cancellation.search(text, cue.end(), clause[1])
                or self.rules.negation.search(text, cue.end(), clause[1])
            ):
                return None  # "after a meeting with X was called off"
            return HELD
        if self.rules.denial.search(text, clause[0], cue.start()):
            return DENIED
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
        found = [(m, True, CALL) for m in self.rules.call.finditer(text, *clause)]
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
        if not found:
            for match in self.rules.mention.finditer(text, *clause):
                after = re.compile(r"\s*").match(text, match.end()).end()
                if self.rules.sidelines.match(text, after):
                    continue  # "बैठक से इतर": the larger event, not a meeting
                found.append((match, False, None))
        found.sort(key=lambda item: item[0].start())
        return found

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

    def names_its_participants(self, cue):
        """Does the cue end with a word after which come all the participants ("meeting between")?"""
        words = cue.group().lower().split()
        return bool(words) and words[-1] in self.module.BETWEEN_CUE_WORDS

    def subordinate_opening_end(self, start, position):
        """Where a clause's opening subordinate phrase ends ("After meeting Y, …": its comma), or None."""
        first = TOKEN.match(self.document.text, start)
        if first is None or first.group().lower() not in self.module.SUBORDINATE_CUE_WORDS:
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
        if not subjects and not complete and self.last_subject is not None:
            subjects = [self.last_subject]  # the subject of an earlier sentence
        if subject_items and not subjects and not complete:
            return [], this_verb  # "he met A and B" with no "he" to name: not a meeting of A and B
        lead = subjects[0] if subjects else None
        objects = []
        for item in object_items:
            if item.kind == "pair":  # "दोनों नेताओं के बीच …": the two just named
                found = self.resolve_pair(item)
            else:
                found = [self.resolve(item, subject=lead, exclude=subjects + objects)]
            for person in found:
                if person is not None and person not in subjects and person not in objects:
                    objects.append(person)
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
        date, source = dates.meeting_date(self.document, *clause, cue.start(), status == HELD, event, background)
        if date is None:
            date, source = dates.meeting_date(
                self.document, sentence.start, sentence.end, cue.start(), status == HELD, event, background
            )
        weekday = None if date is not None else dates.weekday_named(self.document, *clause, background)
        if event is not None and place_id is None:
            place_id = event.place_id  # a meeting on the sidelines happens where the event does
        groups = [everyone]
        separate = self.rules.separately.search(text, *clause) or (
            # "X met A, B and C", "X called on the President, the Foreign Minister and the Defence Minister":
            # one subject meeting a list, person by person, is one meeting each; "held a meeting with A
            # and B", "met A and B at a luncheon" (``TOGETHER_CUES``) is one meeting of them all.
            len(subjects) == 1
            and not complete
            and self.rules.one_each.search(cue.group())
            and not self.rules.together.search(text, *clause)
        )
        if separate and lead is not None and len(objects) >= 2:
            groups = [[lead, other] for other in objects]
        elif kind == CALL and len(everyone) > 2 and not self.rules.together.search(text, *clause):
            # "A, B and C called Y to congratulate him", "X called A and B": a telephone call is two people's.
            if len(subjects) >= 2 and len(objects) == 1:
                groups = [[subject, objects[0]] for subject in subjects]
            elif len(subjects) == 1 and len(objects) >= 2:
                groups = [[subjects[0], other] for other in objects]
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
