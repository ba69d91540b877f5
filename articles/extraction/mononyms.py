"""People known by one name, introduced by their office: "Chief Minister Jayalalithaa", "Emperor Naruhito",
"मुख्यमंत्री जयललिता ने".

A single word after a title is normally a short mention of someone the article names in full ("Defence
Minister Singh" after "Rajnath Singh": ``coreference``) or the one known holder of that office
(``persons.find_titled_surnames``). When it is neither — no person of the article or of the archive has that
word in a name — the article knows the person by that one name, and so does the archive: it is a new person
(unreviewed, like every new one). Only after an office (a rank alone, "General Motors", stays no title), only
a word written with its capital (English) and never in lower case elsewhere in the article, never in a
headline's capitals, never a word the language's rules stop names at, and only where the name tagger reads
a person (at any confidence: the office says the rest).
"""

import re

from people.names import normalize_name

from .common_words import is_common_word
from .coreference import MIN_ONE_WORD_NAME_LENGTH as MIN_LETTERS  # "Lula", "Modi"; shorter: initials, codes
from .gazetteer import DEMONYM, ORGANISATION, PERSON, PLACE
from .persons import TitledName, _single_name_word
from .rules import TOKEN
from .tagged import PERSON_LABEL, _names_a_thing, after_a_name_word, tag_document
from .titles import name_start

_POSSESSIVE = re.compile(r"['’]s$")
_KNOWN_KINDS = (PERSON, PLACE, ORGANISATION, DEMONYM)
_ACRONYM_AFTER = re.compile(r"\s*\([A-Z]{2,}\)")  # "Office (CMO)": a body's name, given its acronym


def _name_words(document, names):
    """The normalised words of every person's name the article already gives (known or new)."""
    words = set()
    for match in document.matches:
        if match.kind == PERSON:
            words.update(normalize_name(match.surface).split())
    for name in names:
        words.update(normalize_name(name.surface).split())
    return words


def _ends_a_name(document, word, end):
    """Does the name end with ``word``? English: it is no head word of a body or a thing ("Chief Minister
    Office (CMO)"); Hindi: a postposition or punctuation follows ("मुख्यमंत्री जयललिता ने", not "मुख्यमंत्री
    माणिक सरकार", a longer name cut at a word that is also a noun)."""
    module, text = document.rules.module, document.text
    if module.NAMES_CAPITALISED:
        return word not in module.MONONYM_STOP_WORDS and not _ACRONYM_AFTER.match(text, end)
    following = TOKEN.match(text, end + 1) if text[end : end + 1] == " " else None
    return following is None or following.group() in module.NAME_ENDERS


def _uncommon_uncased_word(document, word):
    """In a script without capitals, a word after a country's office that is none of the language's common
    words ("बेलारूस के रक्षा मंत्री गोर्सेड और …") is a name even where the tagger reads none: the common words
    (``common_words``) are what follows an office that is not a name ("बनने", "पद", "स्तर")."""
    return not document.rules.module.NAMES_CAPITALISED and not is_common_word(document.language, word)


def titled_mononyms(document, references, titles, names):
    """``(mononyms, references_left)``: the one-word names right after the office chains in ``references``
    (chains with no name after them), as ``TitledName``s; ``names`` are the names already found."""
    text, module = document.text, document.rules.module
    title_starts = frozenset(t.start for t in titles)
    taken = _name_words(document, names)
    tagged = None
    found, left = [], []
    for chain in references:
        span = _single_name_word(document, name_start(document, chain), title_starts) if chain.office else None
        if span is not None:
            start, end = span
            word = _POSSESSIVE.sub("", text[start:end])
            end = start + len(word)
            key = normalize_name(word)
            if (
                len(word) >= MIN_LETTERS
                and _ends_a_name(document, word, end)
                and key not in taken
                and not document.gazetteer.people_with_name_word(key)
                and not document.headline_case.covers(start)
                and not (module.NAMES_CAPITALISED and re.search(rf"(?<!\w){re.escape(word.lower())}(?!\w)", text))
            ):
                if tagged is None:
                    tagged = [s for s in tag_document(document, titles) if s.label == PERSON_LABEL]
                if not any(s.start <= start < s.end for s in tagged) and not (
                    chain.country_id is not None and _uncommon_uncased_word(document, word)
                ):
                    left.append(chain)  # "Chief Minister's Office", "मुख्यमंत्री बनने": the tagger reads no person
                    continue
                found.append(TitledName(chain, start, end, word))
                taken.add(key)
                continue
        left.append(chain)
    return found, left


_QUOTES = "'\"‘’“”"


def _names_a_thing_or_a_body(document, start, end, word):
    """Is the one word the name of something else: in quotes ("'वरुण' अभ्यास"), after a word that says what
    thing it names ("Exercise Shakti", ``tagged._names_a_thing``), or before a body's or a thing's head word
    ("गोदरेज समूह के", "Marchetti Group")?"""
    text, module = document.text, document.rules.module
    if start and end < len(text) and text[start - 1] in _QUOTES and text[end] in _QUOTES:
        return True
    if _names_a_thing(document, start, word):
        return True
    following = TOKEN.match(text, end + 1) if text[end : end + 1] == " " else None
    heads = set(module.ORGANISATION_HEADS) | module.NAME_OF_THING_HEADS | module.COMPANY_SUFFIXES
    return following is not None and following.group() in heads


def untitled_mononyms(document, titles, names):
    """One-word names no title introduces that the tagger is sure are a person's, as ``TitledName``s with no
    chain: "Muralitharan took three wickets", "Lebed said …", "कोहली ने …" — a person the story only ever calls
    by one name. Never a word of a name the article already gives in full (``coreference`` reads those), nor
    of a known person's name, nor a known place or body, nor in a headline's capitals, nor a word the article
    also writes in lower case (English) or one of the language's common words (Hindi); the tagger's confidence
    at least the language's ``UNTITLED_MONONYM_CONFIDENCE``."""
    text, module = document.text, document.rules.module
    read = [(n.start, n.end) for n in names] + [(t.start, t.end) for t in titles]
    taken = _name_words(document, names)
    title_ends = {t.end + gap for t in titles for gap in (1, 2)}
    found = []
    for span in tag_document(document, titles):
        if span.label != PERSON_LABEL or span.confidence < module.UNTITLED_MONONYM_CONFIDENCE:
            continue
        word = _POSSESSIVE.sub("", span.text.strip())
        start = span.start + span.text.find(word)
        end = start + len(word)
        if not TOKEN.fullmatch(word) or len(word) < MIN_LETTERS or any(ch.isdigit() for ch in word):
            continue
        if any(s < end and start < e for s, e in read) or document.overlapping(start, end, _KNOWN_KINDS):
            continue
        key = normalize_name(word)
        if key in taken or document.gazetteer.people_with_name_word(key) or document.headline_case.covers(start):
            continue
        if word in module.NAME_STOP_WORDS or word in module.MONONYM_STOP_WORDS or word in module.NAME_ENDERS:
            continue
        if _names_a_thing_or_a_body(document, start, end, word) or after_a_name_word(document, start, titles):
            continue
        if start in title_ends:
            continue  # after an office: ``titled_mononyms`` and ``persons.find_titled_surnames`` decide
        if module.NAMES_CAPITALISED:
            if not word[:1].isupper() or word.isupper():
                continue  # an acronym or a table's capitals ("BALTIMORE 70 63")
            if re.search(rf"(?<!\w){re.escape(word.lower())}(?!\w)", text):
                continue  # "Green", "Given": a word the article also writes as a word
        elif is_common_word(document.language, word):
            continue
        found.append(TitledName(None, start, end, word))
    return found
