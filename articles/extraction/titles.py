"""Offices, ranks, honorifics and "counterpart": how articles introduce people.

``find_titles`` finds every title phrase of the language's rules; adjacent
titles form a ``TitleChain`` ("Tajikistan's Minister of Defence, Col. Gen.",
"बेलारूसी समकक्ष लेफ्टिनेंट जनरल"), with what qualifies it: a country
("Tajikistan's", "Belarus", "बेलारूस के", the demonym "बेलारूसी"), an
organisation ("SCO Secretary-General"), a possessive ("his", "अपने") or a
definite article ("the Defence Minister"). A name may follow the chain
(``persons``); when none does, the chain refers to someone named elsewhere
(``references``).
"""

import functools
import itertools
import re
from dataclasses import dataclass

import ahocorasick

from .common_words import person_name_words
from .gazetteer import DEMONYM, ORGANISATION, PERSON, PLACE, fold, is_word_char
from .qualifiers import country_after, qualifier_before
from .rules import COUNTERPART, OFFICE, RANK, phrase_key

# "Maj Gen (retd.) Tareq …": a retired officer keeps his rank, with the mark after it; "National Security
# Advisor (NSA) Ajit Doval", "सलाहकार(NSA) निकोलाई …": the office's acronym. Both are part of the title.
_RETIRED_MARK = r"\((?:[Rr]etd|[Rr]etired|सेवानिवृत्त|रिटायर्ड|से\.नि)\.?\)"
# A party office's branch in brackets is part of it too: "BJP general secretary (organisation) BL Santosh".
_BRANCH_MARK = r"\((?:[Oo]rgani[sz]ation|संगठन)\)"
_RETIRED_AFTER = re.compile(r"\s*(?:" + _RETIRED_MARK + "|" + _BRANCH_MARK + r"|\([A-Z]{2,6}\))")
_OPENING_BRACKET = re.compile(r"\s*\(")
_GAP_BETWEEN_TITLES = re.compile(r"\s*,?\s*(?:" + _RETIRED_MARK + r"\s*,?\s*)?")
_GAP_BEFORE_NAME = re.compile(r"\s*,?\s*")


@dataclass(frozen=True)
class Title:
    start: int
    end: int
    kind: str  # office | rank | honorific | counterpart
    concept: str
    text: str


@dataclass
class TitleChain:
    titles: list[Title]
    start: int  # of the qualifier when there is one
    end: int  # after the last title (and an "of <country>" after it)
    country_id: int | None = None
    organisation_id: int | None = None
    possessive: bool = False  # "his counterpart", "अपने समकक्ष"
    definite: bool = False  # "the Defence Minister"
    unresolved: bool = False  # qualified by a country the gazetteer does not know

    @property
    def office(self):
        """The last office title of the chain (the role), or None."""
        offices = [t for t in self.titles if t.kind == OFFICE]
        return offices[-1] if offices else None

    @property
    def counterpart(self):
        return any(t.kind == COUNTERPART for t in self.titles)

    @property
    def titles_start(self):
        return self.titles[0].start


# Devanagari writes a nasal before a consonant either as the anusvara or as the consonant's own nasal with
# a virama: "मंत्री" and "मन्त्री", "संबंध" and "सम्बन्ध" are one word.
_HOMORGANIC_NASALS = {
    **dict.fromkeys("कखगघ", "ङ्"), **dict.fromkeys("चछजझ", "ञ्"), **dict.fromkeys("टठडढ", "ण्"),
    **dict.fromkeys("तथदधन", "न्"), **dict.fromkeys("पफबभम", "म्"),
}
_ANUSVARA_BEFORE_CONSONANT = re.compile("ं(?=[" + "".join(_HOMORGANIC_NASALS) + "])")


def _nasal_spelling(word):
    """``word`` with each anusvara before a consonant written as that consonant's nasal ("मन्त्री")."""
    return _ANUSVARA_BEFORE_CONSONANT.sub(lambda m: _HOMORGANIC_NASALS[word[m.end()]], word)


def _variants(phrase):
    """Spellings of a title phrase: with and without the full stop of each abbreviation, with and without
    the hyphens, and a Devanagari nasal either way."""
    options = []
    for word in phrase.split():
        forms = {word}
        if word.endswith("."):
            forms.add(word[:-1])
        if "-" in word:
            forms |= {form.replace("-", " ") for form in forms}
        forms |= {_nasal_spelling(form) for form in forms}
        options.append(sorted(forms))
    return {" ".join(words) for words in itertools.product(*options)}


_CAPITALS = "capitals"


class TitleMatcher:
    """All title phrases of a language in one Aho-Corasick automaton over folded text."""

    def __init__(self, rules):
        module = rules.module
        exact = module.SCRIPT == "Latn"
        # An office written as an acronym matches only in capitals: "MD", not the "Md" of "Md Jashim Uddin".
        entries = [
            (t, _CAPITALS if exact and t.isupper() else False) for titles in module.ROLE_TITLES.values() for t in titles
        ]
        entries += [(t, False) for t in module.COUNTERPART_WORDS]
        entries += [(t, exact) for t in (*module.RANKS, *module.HONORIFICS)]
        entries += [(t, exact and t[0].isupper()) for t in module.KIN_WORDS]  # "First Lady", but "his wife"
        self.automaton = ahocorasick.Automaton()
        for phrase, exact_case in entries:
            entry = rules.title_entries[phrase_key(phrase)]
            for variant in _variants(phrase):
                key = fold(variant)[0]
                if key not in self.automaton:
                    self.automaton.add_word(key, (len(key), entry, exact_case))
        self.automaton.make_automaton()

    def find(self, document):
        folded, offsets = document.gazetteer.folded(document.text)
        text = document.text
        found = []
        for end_index, (length, entry, exact_case) in self.automaton.iter(folded):
            start, end = offsets[end_index - length + 1], offsets[end_index + 1]
            end = start + len(text[start:end].rstrip())
            if start > 0 and is_word_char(text[start - 1]):
                continue
            if end < len(text) and is_word_char(text[end]) and text[end - 1] != ".":
                continue
            if exact_case and not text[start].isupper():
                continue  # "General" is a rank, "general" is not
            if exact_case is _CAPITALS and not text[start:end].isupper():
                continue  # "MD" is an office, "Md" (Mohammed) is a name's
            found.append(Title(start, end, entry.kind, entry.concept, text[start:end]))
        return found


def find_titles(document):
    """Every title phrase in the document, non-overlapping, in order."""
    rules = document.rules
    matcher = getattr(rules, "title_matcher", None)
    if matcher is None:
        matcher = rules.title_matcher = TitleMatcher(rules)
    found = matcher.find(document)
    found.sort(key=lambda t: (t.start, -(t.end - t.start)))
    titles, last_end = [], -1
    for title in found:
        if title.start >= last_end:
            titles.append(title)
            last_end = title.end
    # A title inside a known name ("President Hotel" is a name, not a title).
    titles = [t for t in titles if not _inside_name(document, t)]
    if rules.module.NAMES_CAPITALISED:
        titles = [t for t in titles if not _rank_as_surname(document, t)]
        titles = [_rank_as_office(document, t) for t in titles]
        titles = [_domain_before(document, t) for t in titles]
        starts = [t.start for t in titles]
        titles = [_with_domain(document, t, starts) for t in titles]
    return titles


@functools.lru_cache(maxsize=None)
def _domains_before(domains):
    alternatives = "|".join(re.escape(d) for d in sorted(domains, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})\s+$")


def _domain_before(document, title):
    """An office with the domain it is named after written before it: "Road Transport and Highways Minister
    Nitin Gadkari", "Jal Shakti Minister X" (``OFFICE_DOMAINS``; the office alone was found, and the domain's
    "and" would otherwise read as a list before it)."""
    if title.kind != OFFICE or title.text != "Minister":
        return title
    before = _domains_before(document.rules.module.OFFICE_DOMAINS).search(
        document.text, max(0, title.start - _LONGEST_DOMAIN), title.start
    )
    if before is None:
        return title
    return Title(before.start(), title.end, title.kind, title.concept, document.text[before.start() : title.end])


_LONGEST_DOMAIN = 60  # characters, with the space before the office


_WORD_BEFORE = re.compile(r"([A-Z][a-z]+)\s+$")
_NAME_AFTER = re.compile(r"\s+[A-Z]")


def _rank_as_surname(document, title):
    """A one-word rank after a given name and before no name is a family name: "Prime Minister John Major
    says …" ("Major General X", "Col. X" are ranks: a name follows them)."""
    if title.kind != RANK or " " in title.text or _NAME_AFTER.match(document.text, title.end):
        return False
    before = _WORD_BEFORE.search(document.text, max(0, title.start - 30), title.start)
    return before is not None and before.group(1).lower() in person_name_words(document.language)[0]


def _rank_as_office(document, title):
    """A rank followed by "of" and a capitalised name is that body's office (``RANKS_AS_OFFICES``): "the
    Commander of US Indo-Pacific Command, Admiral X" heads the command; "Commander X" is a rank."""
    concept = document.rules.module.RANKS_AS_OFFICES.get(title.text) if title.kind == RANK else None
    if concept is None or _DOMAIN_START.match(document.text, title.end) is None:
        return title
    return Title(title.start, title.end, OFFICE, concept, title.text)


_DOMAIN_START = re.compile(r"\s+(?P<preposition>of|for|to)\s+(?:the\s+)?(?=[A-Z])")
_DOMAIN_WORD = re.compile(r"\s*([A-Z][\w'’&.-]*|and|of|for|the|&)(?=[\s,.;:)]|$)")
_DOMAIN_CONNECTORS = frozenset("and of for the &".split())


def _with_domain(document, title, starts):
    """An office with the domain it is named after: "Minister for Parliamentary Affairs", "Chief of US Naval
    Operations", "Ambassador to the United Nations" (capitalised words after "of"/"for"/"to", up to a comma,
    another title, a known person, or the end of a known body). A country alone is the office's qualifier,
    not its domain ("Minister of Defence of Tajikistan", "Ambassador to India")."""
    if title.kind != OFFICE:
        return title
    text = document.text
    opening = _DOMAIN_START.match(text, title.end)
    if opening is None:
        return title
    first = document.starting_at(opening.end(), (PLACE,))
    if first is not None and (
        not document.is_country(first) or title.concept not in document.rules.module.OFFICES_WITH_A_DOMAIN
    ):
        # "Governor of Punjab Banwarilal Purohit", "Mayor of London Sadiq Khan", "Foreign Minister of Ethiopia
        # Demeke Mekonnen": the place is whose office, a name follows ("Chief of US Naval Operations" is a domain).
        return title
    later = [s for s in starts if s > title.start]
    stop = min(later, default=len(text))
    position, end = opening.end(), title.end
    while position < stop:
        word = _DOMAIN_WORD.match(text, position)
        if word is None or word.end() > stop:
            break
        if word.group(1)[0].isupper():
            if document.overlapping(word.start(1), word.end(1), (PERSON,)) is not None:
                break  # "Minister for Home Affairs Amit Shah": the name is no part of the office
            body = document.overlapping(word.start(1), word.end(1), (ORGANISATION,))
            if body is not None and body.end > word.start(1):
                end = position = max(body.end, word.end())
                break  # "Ambassador to the United Nations Kelly Craft": after a known body, a name
            end = word.end()
        elif word.group(1) not in _DOMAIN_CONNECTORS:
            break
        position = word.end()
    if end == title.end:
        return title
    end = _known_domain_end(document.rules.module, text, opening.end(), end)
    domain = document.within(opening.end(), end, (PLACE, DEMONYM))
    if len(domain) == 1 and domain[0].start == opening.end() and domain[0].end == end:
        return title  # "… of Tajikistan": whose office, read by the chain; "Ambassador to India", where
    if opening.group("preposition") == "to" and not document.within(opening.end(), end, (ORGANISATION,)):
        return title  # "Ambassador to the United Nations": posted to a body, not named after a domain
    return Title(title.start, end, title.kind, title.concept, text[title.start : end])


def _known_domain_end(module, text, start, end):
    """Where the domain ``text[start:end]`` ends when it is a known domain and a new name after it ("for Commerce
    Anupriya Patel": two or more capitalised words after "Commerce"), else ``end``."""
    written = text[start:end]
    for known in sorted(module.OFFICE_DOMAINS, key=len, reverse=True):
        if written.startswith(known + " "):
            rest = written[len(known) :].split()
            if len(rest) >= 2 and not any(word in _DOMAIN_CONNECTORS for word in rest):
                return start + len(known)
            break
    return end


def _inside_name(document, title):
    match = document.overlapping(title.start, title.end)
    return match is not None and (match.start < title.start or match.end > title.end)


def chain_titles(document, titles):
    """Group adjacent titles into chains and read their qualifiers."""
    chains = []
    for title in titles:
        if chains:
            previous = chains[-1]
            gap = document.text[previous.end : title.start]
            if _GAP_BETWEEN_TITLES.fullmatch(gap):
                previous.titles.append(title)
                previous.end = title.end
                continue
            if _OPENING_BRACKET.fullmatch(gap) and document.text[title.end : title.end + 1] == ")":
                previous.titles.append(title)  # "National Security Advisor (NSA)": the office and its acronym
                previous.end = title.end + 1
                continue
            # "Minister of Defence of Tajikistan, Col. Gen. …"
            country_id, end = country_after(document, previous.end)
            if country_id is not None and _GAP_BETWEEN_TITLES.fullmatch(document.text[end : title.start]):
                previous.country_id = country_id
                previous.titles.append(title)
                previous.end = title.end
                continue
        chains.append(TitleChain([title], title.start, title.end))
    for chain in chains:
        retired = _RETIRED_AFTER.match(document.text, chain.end)
        if retired is not None:
            chain.end = retired.end()  # the mark is part of the title: "Maj Gen (retd.)", "Advisor (NSA)"
        _qualify(document, chain)
    return chains


def _qualify(document, chain):
    junior = document.rules.junior_before.search(document.text, max(0, chain.start - 30), chain.start)
    if junior is not None:
        chain.start = junior.start()  # "US Under Secretary X", "Japan's Deputy Foreign Minister X": the country's
    qualifier = qualifier_before(document, chain.start)
    chain.start = qualifier.start
    chain.country_id = qualifier.country_id if qualifier.country_id is not None else chain.country_id
    chain.organisation_id = qualifier.organisation_id
    chain.possessive = qualifier.possessive
    chain.definite = qualifier.definite
    chain.unresolved = qualifier.unresolved
    if chain.country_id is None:
        country_id, end = country_after(document, chain.end, regions=chain.office is not None)
        if country_id is not None:
            chain.country_id = country_id
            chain.end = end
    if chain.office is not None and chain.office.concept == "ambassador":
        posting = _POSTED_TO.match(document.text, chain.end)
        place = document.starting_at(posting.end(), (PLACE,)) if posting is not None else None
        if place is not None and document.is_country(place):
            chain.end = place.end  # "US Ambassador to India, Eric Garcetti": where the envoy serves, before the name


_POSTED_TO = re.compile(r"\s+to\s+(?:the\s+)?")


def name_start(document, chain):
    """Where a name after ``chain`` would start: after white space and at most one comma."""
    found = _GAP_BEFORE_NAME.match(document.text, chain.end)
    return found.end()

