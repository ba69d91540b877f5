"""The company or body named right before one of its officers: "Foxconn chairman Young Liu", "IBM Chairman and
CEO Arvind Krishna", "Hyundai Motor India MD Unsoo Kim", "Lulu Group chairman M A Yusuff Ali"; and the one after
an officer's "of" ("Raj Subramaniam, President and CEO of FedEx", "Harvey Schwartz, CEO of Carlyle Group").

Business news names most companies only so, and the gazetteer cannot know them all. The words right before a
company officer's title (``COMPANY_OFFICE_TITLES``), capitalised and no one's name the gazetteer knows, are a
body of the story's; a known body there is simply that body (the gazetteer's match), a country or a demonym
alone makes the office a national one ("US President"), and a word that qualifies the officer is none ("Former
chairman X", "Group CEO X": ``OFFICER_MODIFIERS``); with other words a place is part of a company's name
("Hyundai Motor India", "US Steel").
"""

import re

from people.names import normalize_name

from .common_words import is_common_word
from .gazetteer import DEMONYM, PLACE
from .organisation_rules import MAX_NAME_WORDS, OrganisationFind, _add_alias, _words_before

MAX_BODY_WORDS = 4
_AND = ("and", "&")
_PLACE_KINDS = (PLACE, DEMONYM)
_OF = re.compile(r"\s+of\s+(?:the\s+)?")
_APPOSITION_END = re.compile(r"[,;:.()\n]|\s(?:in|on|at|for|said|and\s+(?:his|her|the))\s")
_WORD = re.compile(r"[\w&'’.-]+")
_CONNECTORS = frozenset(("and", "&", "of"))


def find_officer_bodies(document, rules, titles):
    module, text = rules.module, document.text
    officers = {normalize_name(t) for t in module.COMPANY_OFFICE_TITLES}
    if not officers:
        return []
    if not module.NAMES_CAPITALISED:
        return _genitive_bodies(document, module, titles, officers)
    title_spans = [(t.start, t.end) for t in titles]
    finds, seen = [], set()
    for index, title in enumerate(titles):
        if title.kind != "office" or normalize_name(title.text) not in officers:
            continue
        start = _first_title_of_run(text, titles, index)
        end = start
        while end > 0 and text[end - 1] == " ":
            end -= 1
        if end in seen:
            continue
        chosen = _body_words(document, module, _words_before(text, end, limit=MAX_NAME_WORDS + 1), title_spans)
        if not chosen:
            continue
        seen.add(end)
        finds.append(_find(chosen[0][1], end, text[chosen[0][1] : end], title))
    for title in titles:
        officer = _OF.split(title.text, maxsplit=1)[0]
        if title.kind == "office" and normalize_name(officer) in officers:
            found = _body_after(document, module, title, title_spans)
            if found is not None and found[0] not in seen:
                seen.add(found[0])
                finds.append(_find(*found, title))
    return finds


def _find(start, end, name, title):
    find = OrganisationFind(start, end, name, kind="company" if title.concept != "head" else "other")
    find.spans = [(start, end)]
    _add_alias(find, name)
    return find


def _body_after(document, module, title, title_spans):
    """``(start, end, name)`` of the body after an officer's "of" ("CEO of Carlyle Group", "President and CEO of
    FedEx"), up to the punctuation that closes the apposition; None for a country's office ("President of
    India"), a known body (the gazetteer's) or words that are not all capitalised."""
    text = document.text
    inside = _OF.search(text, title.start, title.end)  # the title's domain: "CEO of Carlyle Group"
    joint = inside if inside is not None else _OF.match(text, title.end)
    if joint is None:
        return None
    start = joint.end()
    close = _APPOSITION_END.search(text, start)
    end = close.start() if close else len(text)
    words = [(m.group(), m.start()) for m in _WORD.finditer(text, start, end)]
    if not words or len(words) > MAX_BODY_WORDS + 1:
        return None
    for word, position in words:
        if not word[0].isupper() and word.lower() not in _CONNECTORS:
            return None
        if position >= title.end and any(s <= position < e for s, e in title_spans):
            return None
        if document.overlapping(position, position + len(word)) is not None:
            return None  # a place ("President of India"), a known body, a person
        if word in module.FUNCTION_WORDS and word.lower() not in _CONNECTORS:
            return None
    if words[-1][0].lower() in _CONNECTORS:
        return None
    end = words[-1][1] + len(words[-1][0])
    return start, end, text[start:end]


def _first_title_of_run(text, titles, index):
    """Where "Chairman and CEO" begins, from its last title: titles joined by "and" are one officer's."""
    start = titles[index].start
    for previous in reversed(titles[:index]):
        gap = text[previous.end : start].strip().lower()
        if gap not in _AND and gap not in (",", ""):
            break
        if previous.kind != "office":
            break
        start = previous.start
    return start


def _body_words(document, module, words, title_spans):
    """The capitalised words that name the body, in order, with the connectors inside its name ("Gujarat Chamber of
    Commerce and Industry"); none when they are all a place or a demonym ("US President", "Senegalese President"),
    or when a name the gazetteer knows, other than a place, runs into them ("Vedanta Resources": the known body's
    name goes on, "Singh's" is a person's). A title, a possessive or a word in lower case ends them."""
    chosen = []
    for word, start in reversed(words):
        end = start + len(word)
        known = document.overlapping(start, end)
        if word.lower() in _CONNECTORS and chosen:
            chosen.insert(0, (word, start))  # read on: a capitalised word must come before it
            continue
        if known is not None and known.kind not in _PLACE_KINDS:
            if chosen and chosen[0][0].lower() in _CONNECTORS:
                break  # "Siddaramaiah and Biocon chairperson": the connector joined two names, not a body's words
            return []
        stop = (
            word in module.ORGANISATION_STOP_WORDS
            or word in module.FUNCTION_WORDS
            or word in module.OFFICER_MODIFIERS
            or normalize_name(word) in document.rules.weekdays
            or normalize_name(word) in document.rules.months
            or any(s <= start < e for s, e in title_spans)
            or not word[0].isupper()
            or word.endswith(("'s", "’s"))
        )
        if stop:
            break
        chosen.insert(0, (word, start))
    while chosen and chosen[0][0].lower() in _CONNECTORS:
        chosen.pop(0)
    if len(chosen) > MAX_NAME_WORDS:
        return []
    if all(document.overlapping(s, s + len(w), _PLACE_KINDS) is not None for w, s in chosen):
        return []
    if len(chosen) == 1 and (chosen[0][0] in module.NAME_STOP_WORDS or _demonym_like(document, chosen[0][0])):
        return []  # "The CEO", "Army chief", a demonym the gazetteer lacks: no body ("Air India" is a name)
    last, last_start = chosen[-1] if chosen else ("", 0)
    if chosen and (
        document.overlapping(last_start, last_start + len(last), (DEMONYM,)) is not None
        or _demonym_like(document, last)
    ):
        return []  # "received at Cairo Airport Turkish President X": a national office, the words before it no body's
    return chosen


def _demonym_like(document, word):
    """Is ``word`` written like a demonym ("Senegalese", "Kyrgyz" is not), not an acronym ("IBM")?"""
    return not word.isupper() and document.rules.demonym_like.match(word) is not None


def _genitive_bodies(document, module, titles, officers):
    """Hindi names the body, then its officer after a genitive: "टाटा संस के चेयरमैन एन चंद्रशेखरन", "आदित्य बिड़ला
    समूह के सीईओ", "किसान यूनियन के अध्यक्ष" (with a word that qualifies the officer between: "… के पूर्व अध्यक्ष").
    With no capitals to go by, the body's words are those before the genitive that are no common word of the
    language (``common_words``), no word that ends a name (``NAME_STOP_WORDS``: "देश के प्रमुख", "पार्टी के
    अध्यक्ष") and no name the gazetteer knows but a place's; a head alone ("कंपनी के सीईओ") is none."""
    text = document.text
    title_spans = [(t.start, t.end) for t in titles]
    heads = {normalize_name(h) for h in (*module.ORGANISATION_HEADS, *module.OFFICER_BODY_GENERICS)}
    finds, seen = [], set()
    for title in titles:
        if title.kind != "office" or normalize_name(title.text) not in officers:
            continue
        words = _words_before(text, title.start, limit=MAX_BODY_WORDS + 4)
        while words and words[-1][0] in module.OFFICER_MODIFIERS:
            words.pop()
        if not words or words[-1][0] not in module.GENITIVE_MARKERS:
            continue
        words.pop()
        chosen = []
        for word, start in reversed(words):
            known = document.overlapping(start, start + len(word))
            if (
                word in module.FUNCTION_WORDS
                or word in module.NAME_STOP_WORDS
                or word in module.ORGANISATION_STOP_WORDS
                or is_common_word(document.language, word)
                or any(ch.isdigit() for ch in word)
                or any(s <= start < e for s, e in title_spans)
                or len(chosen) == MAX_BODY_WORDS
            ):
                break
            if known is not None and known.kind not in _PLACE_KINDS:
                chosen = []  # "पेटीएम पेमेंट्स बैंक": a known body's name runs on; left to the other readers
                break
            chosen.insert(0, (word, start))
        if not chosen or chosen[0][1] in seen:
            continue
        if all(document.overlapping(s, s + len(w), _PLACE_KINDS) is not None for w, s in chosen):
            continue  # "भारत के राष्ट्रपति": a country's office
        if all(normalize_name(w) in heads for w, _ in chosen):
            continue  # "कंपनी के सीईओ", "संगठन के अध्यक्ष": which, the text does not say here
        start, end = chosen[0][1], chosen[-1][1] + len(chosen[-1][0])
        seen.add(start)
        finds.append(_find(start, end, text[start:end], title))
    return finds
