"""The language rules of ``languages/``, compiled once per language into regular expressions.

Phrases in the rules are written as in text. ``phrase_pattern`` turns one
into a pattern: any run of white space or a hyphen between words matches,
and the full stop after an abbreviation is optional ("Col. Gen." matches
"Col Gen" and "Col.Gen."). Every pattern is bounded by word boundaries that
know Devanagari vowel signs are part of a word.
"""

import functools
import re
from dataclasses import dataclass

import ahocorasick

from people.names import normalize_name

from .first_characters import with_first_character_test
from .needles import cue_list
from .languages import rules_for
from .spans import DisjointSpans

WORD_CHAR = r"[\w\u0900-\u0963\u0966-\u097f]"
NOT_BEFORE = rf"(?<!{WORD_CHAR})"
NOT_AFTER = rf"(?!{WORD_CHAR})"
_FEW_NEEDLES = 8
TOKEN = re.compile(r"[\w\u0900-\u0963\u0966-\u097f]+(?:[-'’][\w\u0900-\u0963\u0966-\u097f]+)*")


def _is_word_char(char):
    return char.isalnum() or char == "_" or "\u0900" <= char <= "\u0963" or "\u0966" <= char <= "\u097f"


_LOWER_WORD_AFTER = re.compile(r"\s*([a-z]+)\b")


def lower_word_after(text, position):
    """The lower-case Latin word right after ``position`` ("met" after a name), or None."""
    found = _LOWER_WORD_AFTER.match(text, position)
    return found.group(1) if found else None


def word_ends_at(text, start, end):
    """Is ``text[start:end]`` a whole word (Devanagari vowel signs are part of a word)?"""
    return (start == 0 or not _is_word_char(text[start - 1])) and (end == len(text) or not _is_word_char(text[end]))


def find_words(text, needles):
    """``(start, end, needle)`` of every whole-word occurrence of ``needles`` in ``text``, longest first,
    non-overlapping, in text order. A few needles are found with ``str.find``; many in one Aho-Corasick
    pass, so that the time grows with the text and the needles, not with their product."""
    needles = {needle for needle in needles if needle}
    candidates = []
    if len(needles) <= _FEW_NEEDLES:
        for needle in needles:
            position = text.find(needle)
            while position != -1:
                candidates.append((position, position + len(needle), needle))
                position = text.find(needle, position + 1)
    elif needles:
        automaton = ahocorasick.Automaton()
        for needle in needles:
            automaton.add_word(needle, needle)
        automaton.make_automaton()
        for last, needle in automaton.iter(text):
            candidates.append((last + 1 - len(needle), last + 1, needle))
    # Longest first, then left to right: a longer name wins over the shorter one inside it.
    candidates.sort(key=lambda found: (found[0] - found[1], found[0]))
    found, taken = [], DisjointSpans()
    for position, end, needle in candidates:
        if word_ends_at(text, position, end) and not taken.overlaps(position, end):
            found.append((position, end, needle))
            taken.add(position, end)
    found.sort()
    return found


def phrase_pattern(phrase):
    parts = []
    for word in phrase.split():
        if word.endswith("."):
            parts.append(re.escape(word[:-1]) + r"\.?")
        else:
            parts.append(re.escape(word).replace(r"\-", r"[\s\-]*"))
    return r"(?:\s+|\s*-\s*|(?<=\.))".join(parts)


@functools.lru_cache(maxsize=4096)
def phrase_key(text):
    """How a matched phrase is looked up: folded, without full stops, hyphens as spaces."""
    return normalize_name(re.sub(r"[.\-]", " ", text))


def alternation(phrases, flags=0):
    """One bounded pattern matching any of ``phrases``, longest first."""
    phrases = sorted(set(phrases), key=len, reverse=True)
    if not phrases:
        return re.compile(r"(?!x)x")
    body = "|".join(phrase_pattern(p) for p in phrases)
    return with_first_character_test(re.compile(rf"{NOT_BEFORE}(?:{body}){NOT_AFTER}", flags))


def _compile(pattern, flags=0):
    return with_first_character_test(re.compile(pattern, flags))


def any_of(patterns, flags=0):
    """One pattern matching any of the regular expressions ``patterns`` (a long list runs only the cues whose
    words are in the text searched: ``needles``)."""
    return cue_list(patterns, flags)


@dataclass(frozen=True)
class TitleEntry:
    kind: str  # office | rank | honorific | counterpart
    concept: str  # office concept, or the phrase key for others


OFFICE = "office"
RANK = "rank"
HONORIFIC = "honorific"
COUNTERPART = "counterpart"


class CompiledRules:
    """Regular expressions and lookups for one language, built from its rules module."""

    def __init__(self, module):
        self.module = module
        flags = 0 if module.SCRIPT == "Deva" else re.IGNORECASE
        self.title_entries = {}
        for concept, titles in module.ROLE_TITLES.items():
            for title in titles:
                self.title_entries.setdefault(phrase_key(title), TitleEntry(OFFICE, concept))
        for kind, phrases in (
            (RANK, module.RANKS), (HONORIFIC, module.HONORIFICS), (HONORIFIC, module.KIN_WORDS),
            (COUNTERPART, module.COUNTERPART_WORDS),
        ):
            for phrase in phrases:
                self.title_entries.setdefault(phrase_key(phrase), TitleEntry(kind, phrase_key(phrase)))

        self.held = any_of(module.HELD_CUES, flags)
        self.mention = any_of(module.MENTION_CUES, flags)
        self.call = any_of(module.CALL_CUES, flags)
        self.between_held = any_of(module.BETWEEN_HELD_CUES, flags)
        self._cue_words = module.CUE_WORDS
        self._cue_automaton = None
        self.modality = any_of(module.MODALITY_CUES, flags)
        self.future_time = any_of(module.FUTURE_TIME_CUES, flags)
        self.negation = any_of(module.NEGATION_CUES, flags)
        self.cancellation = any_of(module.CANCELLATION_CUES, flags)
        self.negated_cancellation = any_of(module.NEGATED_CANCELLATION_CUES, flags)
        self.unfulfilled_plan = any_of(module.UNFULFILLED_PLAN_CUES, flags)
        self.name_honorifics = frozenset(phrase_key(h) for h in module.NAME_HONORIFICS)
        self.adjective_titles = frozenset(phrase_key(t) for t in module.ADJECTIVE_TITLES)
        self.separately = any_of(module.SEPARATELY_CUES, flags)
        self.respectively = any_of(module.RESPECTIVELY_CUES, flags)
        self.together = any_of(module.TOGETHER_CUES, flags)
        self.denial = any_of(module.DENIAL_CUES, flags)
        self.doubt = any_of(module.DOUBT_CUES, flags)
        self.here = any_of(module.HERE_WORDS, flags)
        self.credentials = any_of(module.CREDENTIALS_WORDS, flags)
        self.attended_meeting = any_of(module.ATTENDED_MEETING_CUES, flags)
        self.meeting_introduced = any_of(module.MEETING_INTRODUCED_CUES, flags)
        self.attended_next = any_of(module.ATTENDED_NEXT_CUES, flags)
        self.all_participants_after = any_of(module.ALL_PARTICIPANTS_AFTER_CUES, flags)
        self.future_frame = _compile(module.FUTURE_FRAME_BEFORE or r"(?!x)x", flags)
        self.call_frame = _compile(module.CALL_FRAME, flags) if module.CALL_FRAME else None
        self.call_frame_talk = _compile(module.CALL_FRAME_TALK or r"(?!x)x", flags)
        self.call_frame_verbs = _compile(module.CALL_FRAME_VERBS or r"(?!x)x", flags)
        self.headline_subject_after = _compile(module.HEADLINE_SUBJECT_AFTER or r"(?!x)x", flags)
        self.cancellation_date_after = _compile(module.CANCELLATION_DATE_AFTER or r"(?!x)x", flags)
        self.call_plain_form = _compile(module.CALL_PLAIN_FORMS or r"(?!x)x", flags)
        self.bare_meeting_verb = _compile(module.BARE_MEETING_VERBS or r"(?!x)x", flags)
        self.guest_before_host = _compile(module.GUEST_BEFORE_HOST or r"(?!x)x", flags)
        self.attending_after = _compile(module.ATTENDING_AFTER_MEETING_NOUN or r"(?!x)x", flags)
        self.call_reference = any_of(module.CALL_REFERENCE_CUES, flags)
        self.delegation_met = any_of(module.DELEGATION_MET_CUES, flags)
        self.delegation_members_next = any_of(module.DELEGATION_MEMBERS_NEXT_CUES, flags)
        self.credentials_receiver_after = any_of(module.CREDENTIALS_RECEIVER_AFTER, flags)
        self.credentials_receiver_before = any_of(module.CREDENTIALS_RECEIVER_BEFORE, flags)
        junior = "|".join(phrase_pattern(w) for w in module.JUNIOR_TITLE_MODIFIERS)
        self.junior_before = _compile(rf"(?:{junior})\s+$", flags) if junior else _compile(r"(?!x)x")
        self.report_date_before = _compile(f"(?:{module.REPORT_DATE_BEFORE})$", flags) if module.REPORT_DATE_BEFORE else _compile(r"(?!x)x")
        self.report_date_after = _compile(module.REPORT_DATE_AFTER, flags) if module.REPORT_DATE_AFTER else _compile(r"(?!x)x")
        self.needs_object = any_of(module.NEEDS_OBJECT_CUES, flags)
        self.one_each = any_of(module.ONE_EACH_CUES, flags)
        self.sidelines = any_of(module.SIDELINES_CUES, flags)
        self.sidelines_of_the_event_before = any_of(module.SIDELINES_OF_THE_EVENT_BEFORE, flags)
        self.clause_break = any_of(module.CLAUSE_BREAKS, flags)
        self.clause_break_words = tuple(w.lower() for w in module.CLAUSE_BREAK_WORDS)
        self.event_nouns = alternation(module.EVENT_NOUNS, flags)
        # One named group per kind of summit ("kind0", …), and the archive's title for each.
        self.summit_titles = {f"kind{i}": title for i, title in enumerate(module.SUMMIT_PHRASES)}
        self.summit = (
            _compile(
                "|".join(
                    rf"{NOT_BEFORE}(?P<kind{i}>{pattern}){NOT_AFTER}" for i, pattern in enumerate(module.SUMMIT_PHRASES.values())
                ),
                flags,
            )
            if module.SUMMIT_PHRASES
            else None
        )
        self.weekday = alternation(module.WEEKDAYS, re.IGNORECASE)
        self.weekdays = {normalize_name(k): v for k, v in module.WEEKDAYS.items()}
        # Lower-case words to look for before running the calendar patterns at all.
        self.calendar_words = tuple({k.lower() for k in (*module.WEEKDAYS, *module.RELATIVE_DAYS)})
        self.months = {normalize_name(k): v for k, v in module.MONTHS.items()}
        month_names = alternation(module.MONTHS, re.IGNORECASE).pattern
        self.relative_day = alternation(module.RELATIVE_DAYS, re.IGNORECASE)
        # (compiled "right after the weekday", compiled "right before it", weeks) per ``WEEK_SHIFTS``
        self.week_shifts = tuple(
            (_compile(rf"\s*,?\s*{pattern}\b", flags), _compile(rf"\b{pattern}\s+(?:on\s+)?$", flags), weeks)
            for pattern, weeks in module.WEEK_SHIFTS
        )
        self.relative_days = {normalize_name(k): v for k, v in module.RELATIVE_DAYS.items()}
        day = r"(?P<day>[0-3]?[0-9\u0966-\u096f]{1,2})(?:st|nd|rd|th)?"
        year = r"(?P<year>[12][0-9\u0966-\u096f]{3})"
        self.dates = [
            _compile(r"(?<![\d-])(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})(?![\d-])"),
            # "28 July 2021", "28 जुलाई", "28th of July"
            _compile(
                rf"{NOT_BEFORE}{day}\s+(?:of\s+)?(?P<monthname>{month_names})\.?(?:,?\s+{year})?{NOT_AFTER}",
                re.IGNORECASE,
            ),
            # "July 28, 2021", "July 28"
            _compile(rf"(?P<monthname>{month_names})\.?\s+{day}(?:,?\s+{year})?{NOT_AFTER}", re.IGNORECASE),
        ]
        # A legislature's name in an election's ("Lok Sabha elections": ``elections``).
        election_words = "|".join(sorted(module.ELECTION_WORDS_AFTER, key=len, reverse=True))
        self.election_after = _compile(
            rf"[\s-]*(?:{election_words})(?![\w\u0900-\u097f])", re.IGNORECASE if module.NAMES_CAPITALISED else 0
        ) if module.ELECTION_WORDS_AFTER else None
        # A city's or a state's bodies after its name ("Delhi Police": ``local_bodies``).
        local_heads = sorted(module.LOCAL_BODY_HEADS, key=len, reverse=True)
        self.local_body_head = _compile(
            r"\s+(?P<head>{})(?![\w\u0900-\u097f])".format("|".join(re.escape(h).replace(r"\ ", r"\s+") for h in local_heads)),
            re.IGNORECASE,  # "the Delhi police"
        ) if local_heads else None
        # Periods before the report's days (``dates.find_period``).
        self.last_year = alternation(module.LAST_YEAR_WORDS, re.IGNORECASE)
        self.last_month = alternation(module.LAST_MONTH_WORDS, re.IGNORECASE)
        written_months = sorted(
            {m.capitalize() if module.NAMES_CAPITALISED else m for m in module.MONTHS}, key=len, reverse=True
        )
        period_fields = {"months": "|".join(re.escape(m) for m in written_months), "year": r"[12][0-9\u0966-\u096f]{3}"}
        self.month_period = _compile(module.MONTH_PERIOD.format(**period_fields))
        self.year_period = _compile(module.YEAR_PERIOD.format(**period_fields))
        self.including = (
            _compile(rf"(?:^|[\s,])(?:{'|'.join(module.INCLUDING_CUES)})\b", flags) if module.INCLUDING_CUES else None
        )
        self.relative_before_cue = _compile(module.RELATIVE_BEFORE_CUE, flags) if module.RELATIVE_BEFORE_CUE else None
        self.listed_after_relative = _compile(module.LISTED_AFTER_RELATIVE, flags) if module.LISTED_AFTER_RELATIVE else None
        self.subject_before_relative = (
            _compile(module.SUBJECT_BEFORE_RELATIVE, flags) if module.SUBJECT_BEFORE_RELATIVE else None
        )
        self.pronoun = alternation(module.SUBJECT_PRONOUNS, flags)
        self.owner_pronoun = any_of(module.OWNER_PRONOUN_CUES, flags) if module.OWNER_PRONOUN_CUES else None
        self.object_pronoun = any_of(module.OBJECT_PRONOUN_CUES, flags) if module.OBJECT_PRONOUN_CUES else None
        self.held_after_noun = any_of(module.HELD_AFTER_NOUN_CUES, flags) if module.HELD_AFTER_NOUN_CUES else None
        self.meeting_noun = any_of(module.MEETING_NOUNS, flags)
        self.owned_meeting = any_of(module.OWNED_MEETING_OPENINGS, flags)
        self.pair_reference = any_of(module.PAIR_REFERENCES, flags)
        self.delegation_leader_opening = any_of(module.DELEGATION_LEADER_OPENINGS, flags)
        self.plural_titles = {phrase_key(t) for t in module.PLURAL_TITLES}
        self.demonym_like = _compile(rf"(?:{module.DEMONYM_LIKE})$")
        coordinators = "|".join(phrase_pattern(c) for c in module.COORDINATORS)
        self.list_separator = _compile(rf"\s*(?:,\s*(?:(?:{coordinators})\s+)?|\s+(?:{coordinators})\s+)", flags)
        # "… and his wife Y", "और उनकी पत्नी Y": the gap before a companion of the person named before.
        possessives = "|".join(phrase_pattern(p) for p in module.POSSESSIVE_PRONOUNS)
        kin = "|".join(phrase_pattern(k) for k in sorted(module.KIN_WORDS, key=len, reverse=True))
        self.companion_gap = _compile(
            rf"[\s,]*(?:{coordinators})\s+(?:(?:{possessives})\s+)?(?:{kin})[\s,]*", flags
        ) if module.KIN_WORDS else None
        self.country_after_title = _compile(module.COUNTRY_AFTER_TITLE, flags) if module.COUNTRY_AFTER_TITLE else None
        # "in Samarkand", "at Hyderabad House": capitalised words after a locative name a place, known or not.
        self.place_after_locative = None
        if module.NAMES_CAPITALISED and module.LOCATIVE_BEFORE:
            locatives = "|".join(re.escape(w) for w in sorted(module.LOCATIVE_BEFORE))
            self.place_after_locative = _compile(
                rf"{NOT_BEFORE}(?i:{locatives})\s+(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)"
            )


    def cue_positions(self, folded):
        """Start offsets, in folded text, of the language's meeting cue words (whole words only)."""
        if self._cue_automaton is None:
            from .gazetteer import fold

            automaton = ahocorasick.Automaton()
            for word in self._cue_words:
                key = fold(word)[0]
                automaton.add_word(key, len(key))
            automaton.make_automaton()
            self._cue_automaton = automaton
        found = []
        for end, length in self._cue_automaton.iter(folded):
            start = end - length + 1
            if (start == 0 or not _is_word_char(folded[start - 1])) and (
                end + 1 == len(folded) or not _is_word_char(folded[end + 1])
            ):
                found.append(start)
        return found


@functools.cache
def compiled(code):
    """The ``CompiledRules`` of a language code, or None for an undetermined language."""
    module = rules_for(code)
    return CompiledRules(module) if module is not None else None
