"""Who took part: the people, nameless titles and pronouns a meeting cue's clause names, and whom they
stand for (``MeetingReader`` in ``meetings`` reads with these). English is read subject–verb–object
(``participants_svo``), Hindi subject–object–verb with its case markers (``participants_sov``); the
gaps between the people say whether they are listed together (``connective``, ``appositive``)."""

import functools
import re
from dataclasses import dataclass

from . import dates
from .attributions import is_attribution
from .gazetteer import DEMONYM, ORGANISATION, PLACE
from .rules import TOKEN
from .trailing_groups import trailing_group_role

_GAP_CHARACTERS = set(" ,.'’\"“”-–—:")
_CAPITALISED = re.compile(r"[A-Z][\w'’-]*")
_PARENTHETICAL = re.compile(r"\([^()\n]{1,60}\)")
_QUOTED_NICKNAME = re.compile(r"[‘'\"“][^‘’'\"“”\n]{1,30}[’'\"”]")  # "पुष्प कमल दहल ‘प्रचंड’ के साथ"
# An office named after a person in a list of those met: at most this long, of these small words.
APPOSITIVE_CHARACTERS = 90
# How long the group named before "including" may be ("several delegates and diplomats on the sidelines of UNGA,").
INCLUDING_GAP_CHARACTERS = 100
APPOSITIVE_WORDS = frozenset({"of", "the", "and", "for"})
_LONGEST_MEETING_NOUN = 20  # characters: "शिखर वार्ता", "मुलाक़ातें"
_CUE_WITH_ITS_MARKER = re.compile(r"(?:से|के\s+साथ)\s")  # Hindi cues that open with the other side's marker
# Hindi "having done", "after the meeting": the subject may come after the cue.
_CONVERB = re.compile(r"(?:कर|करके|के\s+बाद|के\s+दौरान)$")


@dataclass(frozen=True)
class Item:
    """Someone the clause may name as a participant: a person, a nameless title or a pronoun."""

    start: int
    end: int
    kind: str  # person | title | pronoun | pair ("the two ministers")
    person_id: int | None = None
    chain: object = None



@functools.lru_cache(maxsize=None)
def _genitive_after(markers):
    """The language's genitive markers right after a word, with "भी" (also) after them."""
    alternatives = "|".join(re.escape(m) for m in markers) or r"(?!x)x"
    return re.compile(rf"\s*(?:{alternatives})(?:\s+भी)?(?=\s)")


class ParticipantReader:
    """The participants' half of ``meetings.MeetingReader``: its ``document``, ``rules``, ``module``, ``people``,
    ``references``, ``titles_index``, ``chains_index``, ``chain_starts_by_end`` and ``last_subject``."""

    def items(self, start, end):
        found = [Item(m.start, m.end, "person", m.entity_id) for m in self.people.within(start, end)]
        for chain in self.references:
            if start <= chain.titles_start and chain.end <= end:
                found.append(Item(chain.titles_start, chain.end, "title", chain=chain))
        people = [(item.start, item.end) for item in found]
        for pronoun in self.rules.pronoun.finditer(self.document.text, start, end):
            if not any(s <= pronoun.start() < e for s, e in people):  # "He Lifeng": a name, not "he"
                found.append(Item(pronoun.start(), pronoun.end(), "pronoun"))
        if self.rules.owner_pronoun is not None:
            # "उनकी मुलाकात X से हुई": his meeting — the pronoun is the meeting's subject.
            # The meeting noun may be the cue right after the range: "उनकी पुतिन से बातचीत हुई".
            reach = min(len(self.document.text), end + _LONGEST_MEETING_NOUN)
            for owner in self.rules.owner_pronoun.finditer(self.document.text, start, reach):
                if owner.end("pronoun") <= end:
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

    def relative_list(self, sentence, clause, cue, subject_items, object_items):
        """``(subjects, objects)`` of a cue in a relative clause that names who met someone around it, or None:
        "The Governors who called on President Murmu were A, Governor of X; B, …" (the list after the verb,
        one meeting each with the one they called on), "A was the first who called on President Murmu"."""
        rules, text = self.rules, self.document.text
        if rules.relative_before_cue is None or not object_items:
            return None
        relative = rules.relative_before_cue.search(text, max(clause[0], cue.start() - 40), cue.start())
        if relative is None:
            return None
        named_before = [i for i in subject_items if i.kind == "person" and i.end <= relative.start()]
        if named_before:
            # "A was the first (among the Governors) who called on Y": A, if "was" follows A.
            last = named_before[-1]
            if rules.subject_before_relative.match(text, last.end, relative.start()):
                return [last], object_items
            return None
        after = object_items[-1].end
        verb = rules.listed_after_relative.search(text, after, min(sentence.end, after + APPOSITIVE_CHARACTERS))
        if verb is None or re.search(r"[.;!?]", text[after : verb.start()]):
            return None
        listed, position = [], verb.end()
        for item in self.items(verb.end(), sentence.end):
            if item.start - position > APPOSITIVE_CHARACTERS:
                break
            if item.kind == "person":
                listed.append(item)
                position = item.end
        return (object_items[:1], listed) if listed else None

    def companion(self, before, item):
        """Is ``item`` named as the companion of ``before``: "Y and his wife Z", "Y और उनकी पत्नी Z"?"""
        gap = self.rules.companion_gap
        return gap is not None and gap.fullmatch(self.document.text, before.end, item.start) is not None

    def including(self, start, end):
        """Does ``text[start:end]`` name a group and then "including" the people named after it ("met several
        delegates on the sidelines of UNGA, including …")? A short gap, one clause, ending with the cue."""
        rules = self.rules
        if rules.including is None or end - start > 2 * INCLUDING_GAP_CHARACTERS:
            return False
        gap = self.document.text[start:end]
        cues = list(rules.including.finditer(gap))
        if not cues or cues[-1].start() > INCLUDING_GAP_CHARACTERS or re.search(r"[.;:!?\"“”]", gap[: cues[-1].start()]):
            return False
        # After the cue, only what may stand before a name: "including Kazakhstan's Foreign Minister …",
        # "including the Prime Minister's defence adviser Maj Gen (retd.)".
        return self.connective(start + cues[-1].end(), end)

    def connective(self, start, end):
        """Is ``text[start:end]`` only connective words, titles, places, demonyms, organisations and commas?"""
        text = self.document.text
        covered = self.titles_index.overlapping(start, end) + self.chains_index.overlapping(start, end)
        covered += [(m.start, m.end) for m in self.document.within(start, end, (PLACE, DEMONYM, ORGANISATION))]
        covered += [(d.start, d.end) for d in dates.find_dates(self.document, start, end)]
        covered += [m.span() for m in self.rules.delegation_leader_opening.finditer(text, start, end)]  # "met a delegation led by"
        if self.rules.place_after_locative is not None:
            covered += [m.span("place") for m in self.rules.place_after_locative.finditer(text, start, end)]
        gap = list(text[start:end])
        for s, e in covered:
            gap[max(s, start) - start : min(e, end) - start] = " " * (min(e, end) - max(s, start))
        rest = "".join(gap)
        office_starts = {s for s, _ in self.titles_index.overlapping(start, end + 1)}  # one may begin at `end`
        for token in TOKEN.finditer(rest):
            words = re.split(r"['’]", token.group().lower())
            if not all(word in self.module.CONNECTIVE_WORDS for word in words if word):
                if not self._body_before_office(rest, start, token, office_starts):
                    return False
        return not (set(TOKEN.sub("", rest)) - _GAP_CHARACTERS)

    def _body_before_office(self, rest, start, token, office_starts):
        """Is ``token`` of the gap a capitalised word of a body's name right before an office ("met Adobe CEO X",
        "Qualcomm chief executive Y": a company the archive does not know yet, whose officer is met)?"""
        if not self.module.NAMES_CAPITALISED or not token.group()[:1].isupper():
            return False
        position = start + token.end()
        following = re.compile(r"(?:\s+[A-Z][\w&.'’-]*)?\s+").match(self.document.text, position)
        if following is not None and following.end() in office_starts:
            return True
        alone = re.compile(r"\s+").match(self.document.text, position)  # "Adobe CEO": the office right after
        return alone is not None and alone.end() in office_starts

    def genitive_end(self, item):
        """Where the genitive marker right after an item ends ("ऑस्टिन का (भी) …"), else the item's end."""
        found = _genitive_after(tuple(self.module.GENITIVE_MARKERS)).match(self.document.text, item.end)
        return found.end() if found else item.end

    def only_titles_between(self, start, end):
        """Is ``text[start:end]`` blank but for titles ("राष्ट्रपति पुतिन से मिले पीएम मोदी": "पीएम")?"""
        gap = list(self.document.text[start:end])
        for title_start, title_end in self.titles_index.overlapping(start, end):
            title_start, title_end = max(title_start, start), min(title_end, end)
            gap[title_start - start : title_end - start] = " " * (title_end - title_start)
        return not "".join(gap).strip()

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
                    ("subject", module.ERGATIVE_MARKERS + module.LEADER_MARKERS),
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
        bracket = _PARENTHETICAL.match(rest) or _QUOTED_NICKNAME.match(rest)
        if bracket:
            rest = rest[bracket.end() :].lstrip(" ")  # "वांग यी (Wang Yi) से": the name again, in brackets
        if rest.startswith(","):
            return "and"  # "X, Y और Z से": a list
        if rest[:1] in "-–":
            return "and"  # "मोदी-सुनक बैठक", "जयशंकर-लावरोव की मुलाकात": the pair, joined by a hyphen
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

    def speaker_before(self, item):
        """The person marked as the subject earlier in the pronoun's sentence, whom it stands for: "सिंह ने कहा
        कि उनकी Y से बातचीत हुई" — Singh's talks (a language that marks its subjects: ``ERGATIVE_MARKERS``)."""
        markers = self.module.ERGATIVE_MARKERS
        sentence = self.document.sentence_at(item.start)
        if not markers or sentence is None:
            return None
        text = self.document.text
        for mention in self.people.before(item.start):
            if mention.start < sentence.start:
                return None
            after = text[mention.end : mention.end + 8].split()
            if mention.entity_id is not None and after and after[0] in markers:
                return mention.entity_id
        return None

    def resolve(self, item, subject=None, exclude=()):
        if item.kind == "person":
            return item.person_id
        if item.kind in ("pronoun", "object_pronoun"):
            speaker = self.speaker_before(item) if item.kind == "pronoun" else None
            if speaker is not None:
                return speaker
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
        if closing == -1:
            return None
        between = text[closing + 1 : position]  # "X, who …, is scheduled to call on": the auxiliaries are the verb's
        allowed = self.module.VERB_ADVERBS | self.module.AUXILIARY_WORDS
        if TOKEN.sub("", between).strip() or any(w.group().lower() not in allowed for w in TOKEN.finditer(between)):
            return None
        opening = text.rfind(",", start, closing)
        if opening == -1:
            return None
        inside = text[opening + 1 : closing]
        people = self.people.within(opening + 1, closing)
        if len(people) == 1 and inside.strip() == text[people[0].start : people[0].end]:
            return None  # "X and his Chinese counterpart, Wang Yi, discussed …": the name of the office before it
        return opening

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
        # "After meeting Y, X …", "looks forward to meeting Y": the verb's gerund, its object right after it.
        gerund = (len(words) == 2 and words[0] in self.module.SUBORDINATE_CUE_WORDS) or " ".join(words).endswith(
            self.module.GERUND_CUE_ENDINGS
        )
        if words and words[-1] in self.module.NOUN_CUE_ENDS and not gerund:
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
        named_before = bool(self.items(clause[0], cue.start()))
        for item in after:
            if (
                item.kind == "title"
                and objects
                and objects[-1].kind == "person"
                and self.appositive(position, item.start, bare=True)
            ):
                continue  # "met Mirzo, Chief of Navy, and Z": the office of the person before, not another one
            joined = (
                self.connective(position, item.start)
                or (objects and self.appositive(position, item.start))
                or (not objects and self.including(position, item.start))
            )
            if item.kind == "title" and self.possessor(item):
                continue  # "met the Prime Minister's defence adviser Maj Gen X": X, whom the gap is read up to
            if named_before and is_attribution(self.document, position, item):
                break  # "X met Y on Friday, adviser Z said": Z is the source ("During talks with Y, Z said": Z met)
            if not joined or self.possessor(item):
                break  # "met Mirzo's deputy", "received Mirzo's letter": not Mirzo
            objects.append(item)
            position = item.end
        if shared is not None:
            return list(shared), objects
        owner = self.owner_of_the_meeting(clause, cue)
        if owner is not None:
            return [owner], objects  # "Singh's meeting with Y": Singh's
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
            inside = [item for item in before if item.start >= aside]
            outside = [item for item in before if item.end <= aside]
            if outside and outside[-1].kind == "pair" and len(inside) >= 2 and all(i.kind == "person" for i in inside):
                before = outside[:-1] + inside  # "The two leaders, A and B, held talks": the pair, named in the aside
            else:
                before = outside or before
        if not before:
            return [], objects
        if (
            len(before) >= 2
            and before[-1].kind == "title"
            and before[-2].kind == "person"
            and (
                self.appositive(before[-2].end, before[-1].start, bare=True)
                or not self.document.text[before[-2].end : before[-1].start].strip(" #")  # "General X #COAS met Y"
            )
        ):
            # "Lt Gen X, PVSM, AVSM, General Officer Commanding-in-Chief, Northern Command, called on Y": the office
            # after the name (and the decorations before it) is X's, not someone else's.
            before = before[:-1]
        subjects = [before[-1]]
        for previous in reversed(before[:-1]):
            if not self.connective(previous.end, subjects[0].start):
                break
            subjects.insert(0, previous)
        return subjects, objects

    def owned_opening(self, clause, cue):
        """The words saying whose meeting a cue's meeting noun is ("his ", "'s bilateral "), or None."""
        text = self.document.text
        noun = self.rules.meeting_noun.search(text, cue.start(), cue.end())
        if noun is None:
            return None
        return self.rules.owned_meeting.search(text, max(clause[0], noun.start() - 60), noun.start())

    def owner_of_the_meeting(self, clause, cue):
        """The person or title right before "'s" that owns the meeting ("Singh's talks with Y"), or None."""
        opening = self.owned_opening(clause, cue)
        if opening is None or opening.group()[:1] not in "'’":
            return None
        return next((item for item in self.items(clause[0], cue.start()) if item.end == opening.start()), None)

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
        blanks = [(item.start, item.end) for item in later]
        # "मोदी की (रूस के) राष्ट्रपति पुतिन से …": the guest's title, with the country whose office it is
        blanks += self.titles_index.overlapping(offset, cue.start()) + self.chains_index.overlapping(offset, cue.start())
        # "X और Y की मंगलवार को (होने वाली) बैठक": when the meeting was, between its owners and its noun
        blanks += [(d.start, d.end) for d in dates.find_dates(self.document, offset, cue.start())]
        # "X की दुशांबे में Y से मुलाकात": where the meeting was, between its owner and the guest
        blanks += [(m.start, m.end) for m in self.document.within(offset, cue.start(), (PLACE,))]
        for start, end in blanks:
            start, end = max(start, offset), min(end, cue.start())
            gap[start - offset : end - offset] = " " * (end - start)
        words = "".join(gap).split()
        markers = {
            word
            for marker in (
                *self.module.GENITIVE_MARKERS,
                *self.module.OBJECT_MARKERS,
                *self.module.BETWEEN_MARKERS,
                *self.module.MEETING_NOUN_MODIFIERS,
                *self.module.LOCATIVE_AFTER,
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
        if roles and roles[-1] == "and":  # "X ने A और अन्य अधिकारियों से मुलाकात की": a group nobody names
            roles[-1] = trailing_group_role(self.document.text, before[-1].end, cue.start(), self.module) or "and"
        # A coordinated item takes the role of the next one: "X और Y से".
        for index in range(len(roles) - 2, -1, -1):
            if roles[index] == "and":
                roles[index] = roles[index + 1]
        self.possessor_of_the_meeting(before, roles, cue, markers)  # markers: who is coordinated with whom
        if self.rules.guest_before_host.match(cue.group()):
            for index in range(len(before) - 1):
                # "ऑस्टिन का रक्षा मंत्री राजनाथ सिंह ने … स्वागत किया": the guest, right before the host.
                if (
                    roles[index] == "possessor"
                    and roles[index + 1] == "subject"
                    and self.only_titles_between(self.genitive_end(before[index]), before[index + 1].start)
                ):
                    roles[index] = "object"
        for index, item in enumerate(before):
            # "Y का स्वागत किया": a cue that opens with the genitive marks its guest, not a possessor.
            if roles[index] == "possessor" and not self.document.text[item.end : cue.start()].strip():
                roles[index] = "object"
                joined = index  # "X ने A और B की मेजबानी की": A, joined to the guest B, is a guest too
                while joined > 0 and markers[joined - 1] == "and":
                    joined -= 1
                    roles[joined] = "object"
        subjects = [item for item, role in zip(before, roles) if role == "subject"]
        if not subjects and _CONVERB.search(cue.group()):
            # "Y से बातचीत कर जयशंकर ने प्रसन्नता जताई": having talked to Y, Jaishankar — the subject follows;
            # "Y के साथ बैठक के बाद जयशंकर ने ट्वीट किया" too.
            following = self.items(cue.end(), clause[1])
            subjects = [item for item in following if self.marker_after(item, clause[1]) == "subject"][:1]
            if not subjects and following and self.marker_after(following[0], clause[1]) is None:
                subjects = following[:1]  # "… मुलाकात के बाद केजरीवाल दिल्ली चले गए": an intransitive verb's subject
        if not subjects and self.rules.headline_subject_after.match(cue.group()):
            # "जयशंकर से मिले ब्लिंकन, …": a headline's subject, right after the verb, with no marker after it.
            following = self.items(cue.end(), clause[1])
            if (
                following
                and following[0].kind == "person"
                and self.only_titles_between(cue.end(), following[0].start)  # "… से मिले पीएम मोदी"
                and (self.marker_after(following[0], clause[1]) is None or len(following) == 1)
            ):
                subjects = following[:1]  # (the headline's comma is no list: "…, सीमा पर चर्चा")
        between = [item for item, role in zip(before, roles) if role == "between"]
        if after is not None:
            between = [item for item in between if item.start >= after]
        if len(between) >= 2 and not subjects:
            return [], between, True
        if not subjects:
            unmarked = [index for index, role in enumerate(roles) if role is None]
            attending = self.rules.attending_after.match(self.document.text, cue.end())  # "… इस बैठक में शामिल होंगे"
            if unmarked and attending:
                subjects = [before[unmarked[0]]]  # those who will attend someone's meeting, not a meeting of theirs
            elif unmarked:
                # "A और B अगले सप्ताह बैठक करेंगे": a subject with no ergative, and those coordinated with it.
                first = unmarked[0]
                while first > 0 and markers[first - 1] == "and" and roles[first - 1] is None:
                    first -= 1
                subjects = [before[first]]
                index = first
                while markers[index] == "and" and index + 1 < len(before) and roles[index + 1] is None:
                    index += 1
                    subjects.append(before[index])
        objects = [item for item, role in zip(before, roles) if role in ("object", "between")]
        if after is not None:
            objects = [item for item in objects if item.start >= after]
        if subjects and not objects and _CONVERB.search(cue.group()):
            # "X ने टेलीफोन पर बातचीत कर Y से कहा": having talked, X told Y — the other side follows the converb.
            following = self.items(cue.end(), clause[1])
            if following and self.marker_after(following[0], clause[1]) == "object":
                objects = following[:1]
        if self.rules.bare_meeting_verb.match(cue.group()) and (objects or len(subjects) < 2):
            # "A और B दिल्ली में मिले" met each other; "A और B को कई पत्र मिले" is what they received.
            return [], [], False
        if _CUE_WITH_ITS_MARKER.match(cue.group()) and before and roles[-1] == "object":
            # "X ने Z को Y के साथ हुई बैठक के बारे में बताया", "X ने Y से की मुलाकात": the cue's own marker
            # names the other side — Y (and those joined to Y), not Z, whom X told.
            index = len(before) - 1
            while index > 0 and markers[index - 1] == "and":
                index -= 1
            objects = [item for item in before[index:] if item not in subjects]
        return subjects, objects, False
