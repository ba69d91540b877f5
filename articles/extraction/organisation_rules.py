"""What the organisation readers share: the find they return, each language's compiled patterns, and
the small helpers every reader uses (the words before a position, a name's head word; a country after
a body's name is ``qualifiers.country_after``). See ``organisations`` for the readers and how their finds are resolved."""

import re
from dataclasses import dataclass, field

from people.names import normalize_name

from .gazetteer import fold
from .languages import CATALOGUE_LANGUAGE, LANGUAGES
from .rules import NOT_AFTER, NOT_BEFORE, TOKEN, phrase_pattern

MINISTRY = "ministry"
ARMED_FORCE = "armed_force"
MISSION = "government"  # an embassy, a high commission, a consulate: its government's
MAX_NAME_WORDS = 8
_CONNECTORS = frozenset("of for and the on in de des la".split())
_INNER_CONNECTORS = frozenset("of for and on".split())
# Before the head word, a body's name joins words with these only ("Research and Analysis Wing"):
# "Vladivostok for the Eastern Economic Forum" is a city and a forum.
_CONNECTORS_BEFORE_HEAD = frozenset("of and".split())
_LATIN_ACRONYM = r"[A-Z][A-Za-z&]{1,9}"
_BRACKETED = re.compile(rf"\((?P<acronym>{_LATIN_ACRONYM}|[\u0900-\u097f]+)\)")


@dataclass
class OrganisationFind:
    """An organisation named in the text, known (``organisation_id``) or to be created."""

    start: int
    end: int
    name: str  # the name to create it under
    kind: str = "other"
    acronym: str = ""  # in Latin letters
    country_id: int | None = None
    facet: str | None = None  # ministry domain or kind of armed force
    spans: list = field(default_factory=list)  # (start, end) of every naming in the text
    organisation_id: int | None = None
    unsure: list = field(default_factory=list)  # (known organisation id, similarity): perhaps the same
    parent: object = None  # an organisation id or another find
    evidence: str = ""
    key: int | None = None  # stands for a new organisation until it is saved
    aliases: list = field(default_factory=list)  # its names as written


def _add_alias(find, name):
    name = " ".join(name.split())
    if name and normalize_name(name) not in {normalize_name(a) for a in find.aliases}:
        find.aliases.append(name)


def _class_pattern(mapping, flags):
    """``(pattern, {phrase key: facet})`` for a dict of facet -> phrases."""
    lookup = {normalize_name(p.replace("-", " ")): facet for facet, phrases in mapping.items() for p in phrases}
    phrases = sorted({p for phrases in mapping.values() for p in phrases}, key=len, reverse=True)
    return "|".join(phrase_pattern(p) for p in phrases), lookup


class OrganisationRules:
    """The compiled organisation patterns of one language."""

    def __init__(self, module):
        self.module = module
        flags = 0 if module.SCRIPT == "Deva" else re.IGNORECASE
        domains, self.domains = _class_pattern(module.MINISTRY_DOMAINS, flags)
        ministry_words = "|".join(phrase_pattern(w) for w in module.MINISTRY_WORDS)
        after_domain = "|".join(phrase_pattern(w) for w in (*module.MINISTRY_WORDS, *module.MINISTRY_WORDS_AFTER_DOMAIN))
        patterns = [rf"{NOT_BEFORE}(?P<d2>{domains})\s+(?:{after_domain}){NOT_AFTER}"]
        if module.MINISTRY_OF:
            patterns.insert(0, rf"{NOT_BEFORE}(?:{ministry_words}){module.MINISTRY_OF}(?P<d1>{domains}){NOT_AFTER}")
        self.ministry = re.compile("|".join(patterns), flags)
        forces, self.forces = _class_pattern(module.ARMED_FORCES, flags)
        self.force = re.compile(rf"{NOT_BEFORE}(?P<force>{forces}){NOT_AFTER}", flags)
        missions, self.missions = _class_pattern(module.DIPLOMATIC_MISSIONS, flags)
        self.mission = re.compile(rf"{NOT_BEFORE}(?P<mission>{missions}){NOT_AFTER}", flags)
        self.host_after = re.compile(module.MISSION_HOST_AFTER) if module.MISSION_HOST_AFTER else None
        self.host_before = re.compile(rf"(?:{module.MISSION_HOST_BEFORE})$") if module.MISSION_HOST_BEFORE else None
        self.heads = {normalize_name(h): kind for h, kind in module.ORGANISATION_HEADS.items()}
        # An officer of a company or body and its "of", before the body's name ("MD of", "Chairman of").
        officers = sorted((*module.ROLE_TITLES.get("head", ()), *module.COMPANY_OFFICERS), key=len, reverse=True)
        self.officer_of = re.compile(
            rf"\b(?:{'|'.join(re.escape(o) for o in officers)})\s+of\s+(?:the\s+)?" if officers else r"(?!x)x"
        )
        self.non_heads = {normalize_name(h) for h in module.NON_ORGANISATION_HEADS}
        self.generic_names = {normalize_name(n) for n in module.GENERIC_BODY_NAMES}
        self.descriptive_names = {normalize_name(n) for n in module.DESCRIPTIVE_BODY_NAMES}
        self.child_first = [re.compile(p, flags) for p in module.PART_OF_CHILD_FIRST]
        self.parent_first = [re.compile(p, flags) for p in module.PART_OF_PARENT_FIRST]
        self.letters = sorted(module.LETTER_NAMES.items(), key=lambda item: -len(item[0]))
        heads = "|".join(phrase_pattern(h) for h in sorted(module.ORGANISATION_HEADS, key=len, reverse=True))
        self.head = re.compile(rf"{NOT_BEFORE}(?:{heads}){NOT_AFTER}")
        # Words one of which must occur for each reader to have anything to read.
        self.ministry_words = _folded_words((*module.MINISTRY_WORDS, *module.MINISTRY_WORDS_AFTER_DOMAIN))
        self.force_words = _folded_words(p for phrases in module.ARMED_FORCES.values() for p in phrases)
        self.mission_words = _folded_words(p for phrases in module.DIPLOMATIC_MISSIONS.values() for p in phrases)
        self.force_office_after = re.compile(module.FORCE_OFFICE_AFTER) if module.FORCE_OFFICE_AFTER else None
        self.head_words = _folded_words(module.ORGANISATION_HEADS)


def _folded_words(words):
    return tuple({fold(word)[0].split()[-1] for word in words if fold(word)[0].strip()})


_RULES = {}


def organisation_rules(module):
    if module.CODE not in _RULES:
        _RULES[module.CODE] = OrganisationRules(module)
    return _RULES[module.CODE]


def _catalogue(mapping_name, facet):
    phrases = getattr(LANGUAGES[CATALOGUE_LANGUAGE], mapping_name).get(facet, ())
    return phrases[0] if phrases else facet


def _words_before(text, position, limit=MAX_NAME_WORDS + 2):
    """The words (with their starts) right before ``position``, nearest last; stops at punctuation."""
    words = []
    index = position
    while len(words) < limit:
        while index > 0 and text[index - 1] == " ":
            index -= 1
        end = index
        while index > 0 and (TOKEN.match(text[index - 1]) or text[index - 1] in "-'’"):
            index -= 1
        if index == end:
            break
        words.append((text[index:end], index))
    words.reverse()
    return words


def _head_word(name, rules):
    """The head noun of a name, normalised: in a capitalised script the word before the first "of",
    "for" or "on" ("Line of Actual Control" → line), else the last word ("… Agreement", "… रेखा")."""
    words = name.split()
    if rules.module.NAMES_CAPITALISED:
        for index, word in enumerate(words[1:], 1):
            if word.lower() in _INNER_CONNECTORS - {"and"}:
                return normalize_name(words[index - 1])
    return normalize_name(words[-1])
