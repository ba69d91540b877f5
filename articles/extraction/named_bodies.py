"""Named bodies: a capitalised name ending in a head word ("National Security Council") or going on
after it ("Department of Space"); in Hindi only a qualified one ("भारत की राष्ट्रीय सुरक्षा परिषद");
the organ of a known body ("आरएटीएस की परिषद"); and the body before an office only organisations have
("UN Secretary-General", "संयुक्त राष्ट्र महासचिव")."""

import re

from people.names import normalize_name

from .gazetteer import DEMONYM, ORGANISATION, PERSON, PLACE, fold
from .organisation_rules import (
    _CONNECTORS,
    _CONNECTORS_BEFORE_HEAD,
    MAX_NAME_WORDS,
    MINISTRY,
    OrganisationFind,
    _add_alias,
    _head_word,
    _words_before,
)
from .qualifiers import after_possessive_country, country_after, qualifier_before

def _in_an_office(text, titles, position):
    """Is ``position`` inside a title that is not an owner ("Press Secretary Air Force": an office, then the
    officer's service; "Chief Minister's Office" is a body of the office's)?"""
    for title in titles:
        if title.start <= position < title.end:
            return _POSSESSIVE_AFTER.match(text, title.end) is None
    return False


_POSSESSIVE_AFTER = re.compile(r"['’]s?\b")


def find_named_bodies(document, rules, titles=()):
    """Capitalised names ending in a head word; in Hindi, qualified ones only."""
    module, text = rules.module, document.text
    finds = []
    if not document.mentions_any(rules.head_words):
        return finds
    for head in rules.head.finditer(text):
        known = document.overlapping(head.start(), head.end(), (ORGANISATION,))
        if known is not None and (known.start < head.start() or known.end > head.end()):
            continue  # a word inside a known body's name ("… Treaty Organisation") heads nothing of its own
        if not module.NAMES_CAPITALISED and any(t.start <= head.start() < t.end for t in titles):
            continue  # "भाजपा के प्रदेश संगठन महामंत्री X": the head is a word of an office, which names no body
        words = _words_before(text, head.start(), limit=MAX_NAME_WORDS)
        chosen = []
        if module.NAMES_CAPITALISED:
            backwards = list(reversed(words))
            for index, (word, start) in enumerate(backwards):
                before = backwards[index + 1][0].lower() if index + 1 < len(backwards) else ""
                calendar = normalize_name(word) in document.rules.weekdays or normalize_name(word) in document.rules.months
                if titles and _in_an_office(text, titles, start):
                    break  # "Pentagon Press Secretary Air Force Brig. Gen. X": no body's name goes through an office
                owner = _POSSESSIVE_END.search(word) if chosen else None
                if owner is not None and _owns_a_body(document, word[: owner.start()], start, rules):
                    break  # "the Indian Navy's Western Naval Command": the owner is the qualifier, not the name
                if word[0].isupper() and word not in module.ORGANISATION_STOP_WORDS and not calendar:
                    if word in module.MEMBERS_OF_A_BODY and chosen and chosen[0][0].lower() == "of":
                        break  # "Officials of the Border Roads Organisation": its people, not its name
                    chosen.insert(0, (word, start))
                elif chosen and word.lower() in _CONNECTORS_BEFORE_HEAD:
                    chosen.insert(0, (word, start))  # "Research and Analysis Wing"
                elif chosen and word.lower() == "the" and before in _CONNECTORS_BEFORE_HEAD:
                    chosen.insert(0, (word, start))  # "Court of the Union"
                else:
                    break
            joins = [i for i, (word, _) in enumerate(chosen) if word == "and"]
            if joins and any(_heads_a_body(word, rules) for word, _ in chosen[: joins[-1]]):
                # "Indian Institute of Science and Tata Memorial Hospital", "Bank of India and Punjab National
                # Bank": a head word before the "and" ends a body of its own; this one begins after it.
                chosen = chosen[joins[-1] + 1 :]
            while chosen and chosen[0][0].lower() in _CONNECTORS:
                chosen.pop(0)
        else:
            for word, start in reversed(words):
                if (
                    word in module.ORGANISATION_STOP_WORDS
                    or word in module.FUNCTION_WORDS
                    or document.overlapping(start, start + len(word))
                ):
                    break
                chosen.insert(0, (word, start))
        after = _name_after_head(document, head.end(), rules, bool(chosen)) if module.NAMES_CAPITALISED else head.end()
        if not chosen and after == head.end():
            organ = _organ_of_known_body(document, head, rules)
            if organ is not None:
                finds.append(organ)
            continue
        start, end = (chosen[0][1] if chosen else head.start()), after
        if module.NAMES_CAPITALISED and chosen:
            # "CEO and MD of Development Bank …", "Chairman of Tata Sons": the body after its officer's "of".
            officer = None
            for officer in rules.officer_of.finditer(text, start, head.start()):
                pass
            if officer is not None:
                start = officer.end()
            start = after_possessive_country(document, start, head.start())  # "Japan's Maritime Self-Defense Force"
        # A known body or a country written first is the qualifier, not the name.
        qualifier = qualifier_before(document, start)
        inner = document.within(start, end, (ORGANISATION, PLACE, DEMONYM))
        if any(m.kind == PLACE and m.start == start and m.end == end for m in inner):
            continue  # "the West Bank", "the Gold Coast": a known place written like a body is the place
        if any(m.kind == PLACE and m.start != start and m.end <= head.start() for m in inner):
            continue  # "Leaders in Dushanbe Water Council": a place inside is no body's name ("of India" after is)
        if any(m.kind == ORGANISATION and m.end == end for m in inner):
            continue  # "Leaders of the Shanghai Cooperation Organisation": the known body itself
        if inner and inner[0].start == start:
            first = inner[0]
            if first.kind == ORGANISATION and first.entity_id is not None:
                qualifier.organisation_id = first.entity_id
            elif document.is_country(first):
                qualifier.country_id = document.country_of(first)
        if not module.NAMES_CAPITALISED and qualifier.country_id is None and qualifier.organisation_id is None:
            continue
        if not module.NAMES_CAPITALISED and chosen and qualifier.attached and qualifier.qualifier_start is not None:
            demonym = document.starting_at(qualifier.qualifier_start, (DEMONYM,))
            if demonym is not None and demonym.end <= start:
                # "भारतीय कृषि अनुसंधान परिषद", "भारतीय मानक ब्यूरो": a people's adjective written straight
                # before is part of the body's name, as "Indian" is of "Indian Council of …"
                start = qualifier.qualifier_start
        if module.NAMES_CAPITALISED and len(text[start:end].split()) < 2:
            continue
        name = text[start:end]
        if module.NAMES_CAPITALISED and _head_word(name, rules) in rules.non_heads:
            continue  # "Vice Chief of Australian Defence Forces", "Secretary of the … Council": an office
        if normalize_name(name) in rules.generic_names and qualifier.country_id is None and qualifier.organisation_id is None:
            continue  # "the two Air Forces": a kind of body
        if normalize_name(name) in rules.descriptive_names:
            continue  # "पाकिस्तान की खुफिया एजेंसी आईएसआई": what the body is; its name follows
        kind = rules.heads.get(normalize_name(head.group()), "other")
        if kind == MINISTRY and rules.ministry.fullmatch(name):
            continue  # "the Defence Ministry" whose country the story does not say: no body of its own
        if kind == MINISTRY and after > head.end():
            find = _named_ministry(document, start, end, head, qualifier, inner)
            if find is not None:
                finds.append(find)
            continue
        find = OrganisationFind(start, end, name, kind=kind)
        find.country_id = qualifier.country_id
        country_id, after = country_after(document, end)
        if country_id is not None and module.NAMES_CAPITALISED:
            find.country_id, find.end = country_id, after
            find.name = text[start:after]
        if qualifier.organisation_id is not None:
            find.parent = qualifier.organisation_id
        find.spans = [(find.start, find.end)]
        _add_alias(find, find.name)
        finds.append(find)
    finds.sort(key=lambda f: -(f.end - f.start))  # "European Union Council" before "European Union"
    return finds


def _name_after_head(document, position, rules, named_before):
    """Where a body's name that goes on after its head word ends: "Department of Space", "Commission for
    the Investigation of Abuse of Authority" (capitalised words joined by "of", "for", "on", "and", "the");
    ``position`` when nothing follows, or a person, or only a place after a bare head ("Union of India" is
    the country; "High Commission of India", ``named_before``, is a body)."""
    found = _HEAD_FIRST_TAIL.match(document.text, position)
    if not found:
        return position
    module, end = rules.module, position
    previous = ""
    for word in _TAIL_WORD.finditer(found.group()):
        text = word.group()
        if previous == "and" and (text == "the" or _ACRONYM.fullmatch(text)):
            break  # "Council of Medical Research and the National Institute of …", "… and AIIMS": another body
        previous = text.lower()
        if text[0].isupper():
            calendar = normalize_name(text) in document.rules.months or normalize_name(text) in document.rules.weekdays
            if text in module.ORGANISATION_STOP_WORDS or calendar:
                break
            end = position + word.end()
            possessive = _POSSESSIVE_END.search(text)
            if possessive is not None:
                end -= len(possessive.group())
                break  # "the Bar Council of India's members": the name ends before its possessive
        elif text.lower() not in _CONNECTORS_AFTER_HEAD:
            break
    if end == position:
        return position
    for joined in reversed(list(_AND_THEN_HEAD.finditer(document.text, position, end))):
        if any(_heads_a_body(w, rules) for w in document.text[joined.end() : end].split()):
            # "Indian Institute of Science and Tata Memorial Hospital": two bodies, each with its head (the last
            # such "and": "Ministry of Road Transport and Highways and …" keeps its own "and")
            end = joined.start()
            break
    only = document.within(position, end, (PLACE, DEMONYM, PERSON))
    tail_start = found.start("tail")
    if any(m.kind == PERSON for m in only) or (
        not named_before and len(only) == 1 and only[0].start == tail_start and only[0].end == end
    ):
        return position  # "Council of Ministers" stays, "Union of India" or "Commission of Rajnath Singh" does not
    return end


def _named_ministry(document, start, end, head, qualifier, inner):
    """A ministry or department with a domain outside the catalogue ("Ministry of Health", "India's
    Department of Space"): named with its country, "Ministry of Health (India)", when a country qualifies
    it, or for a ministry the archive's home country; a department no country qualifies keeps its name
    ("Department of Transportation": whose, the text does not say)."""
    text = document.text
    body_start = start
    if inner and inner[0].start == start and document.is_country(inner[0]):
        body_start = inner[0].end
        possessive = re.match(r"['’]s\s+|\s+", text[body_start:end])
        body_start += possessive.end() if possessive else 0
    body = " ".join(text[body_start:end].split())
    if body_start > start and body.split()[0] != head.group():
        return None  # "Indian Space Research Department of …": not a ministry's name
    country_id = qualifier.country_id
    if body_start > start:
        country_id = document.country_of(inner[0])
    if country_id is None and normalize_name(head.group()) == normalize_name(document.rules.module.MINISTRY_WORDS[0]):
        country_id = document.gazetteer.home_country_id
    country = document.gazetteer.places.get(country_id) if country_id is not None else None
    name = f"{body} ({country.name})" if country is not None else body
    find = OrganisationFind(start, end, name, kind=MINISTRY, country_id=country_id)
    find.spans = [(start, end)]
    _add_alias(find, text[start:end])
    _add_alias(find, body)
    return find


_HEAD_FIRST_TAIL = re.compile(r"\s+(?:of|for|on)\s+(?:the\s+)?(?P<tail>[A-Z][^\s,.;:()]*(?:\s+[^\s,.;:()]+){0,7})")
_TAIL_WORD = re.compile(r"[^\s]+")
_AND_THEN_HEAD = re.compile(r"\s+and\s+")
_ACRONYM = re.compile(r"[A-Z]{2,}")


def _owns_a_body(document, word, start, rules):
    """Does a possessive ``word`` end a body's or a place's name ("Navy's", "Ministry's", "India's"), not a
    word of this one's ("People's Liberation Army", "Prime Minister's Office")?"""
    if _heads_a_body(word, rules) or fold(word)[0] in rules.force_words:
        return True
    return document.overlapping(start, start + len(word), (ORGANISATION, PLACE)) is not None


def _heads_a_body(word, rules):
    """Is ``word`` a body's head ("Council", "Ministry") or an institution's ("Hospital", "University")?"""
    return bool(rules.head.fullmatch(word)) or word in rules.module.INSTITUTION_HEADS
_POSSESSIVE_END = re.compile(r"['’]s?$")
_CONNECTORS_AFTER_HEAD = frozenset("of for on and the &".split())


def _organ_of_known_body(document, head, rules):
    """"आरएटीएस की परिषद": a head word alone after a known body and a genitive is that body's organ,
    named after it ("आरएटीएस परिषद") and its child. (English writes these as names: "RATS Council".)"""
    if document.rules.module.NAMES_CAPITALISED:
        return None
    qualifier = qualifier_before(document, head.start())
    if qualifier.organisation_id is None or qualifier.attached:
        return None
    owner = document.text[qualifier.qualifier_start : _owner_end(document, qualifier)]
    name = f"{owner} {head.group()}"
    find = OrganisationFind(head.start(), head.end(), name, kind=rules.heads.get(normalize_name(head.group()), "other"))
    find.spans = [(head.start(), head.end())]
    find.parent = qualifier.organisation_id
    _add_alias(find, name)
    return find


def _owner_end(document, qualifier):
    match = document.starting_at(qualifier.qualifier_start, (ORGANISATION,))
    return match.end if match is not None else qualifier.qualifier_start


def find_office_bodies(document, rules, titles):
    """The body named right before an office only organisations have: "UN Secretary-General",
    "संयुक्त राष्ट्र महासचिव". A known body there is simply that body."""
    module, text = rules.module, document.text
    offices = set(module.ORGANISATION_OFFICES)
    title_spans = [(t.start, t.end) for t in titles]
    finds = []
    for title in titles:
        if title.kind != "office" or title.concept not in offices:
            continue
        end = title.start
        while end > 0 and text[end - 1] == " ":
            end -= 1
        if document.ending_at(end) is not None:
            continue  # a known body, country or person: nothing new
        chosen = []
        for word, start in reversed(_words_before(text, end, limit=4)):
            stop = (
                word in module.ORGANISATION_STOP_WORDS
                or word in module.FUNCTION_WORDS
                or normalize_name(word) in document.rules.weekdays
                or normalize_name(word) in document.rules.months
                or document.overlapping(start, start + len(word)) is not None
                or any(s <= start < e for s, e in title_spans)
                or (module.NAMES_CAPITALISED and not word[0].isupper())
                or word.endswith(("'s", "’s"))
            )
            if stop:
                break
            chosen.insert(0, (word, start))
        if not chosen:
            continue
        start = chosen[0][1]
        name = text[start:end]
        find = OrganisationFind(start, end, name, kind="intergovernmental")
        find.spans = [(start, end)]
        _add_alias(find, name)
        finds.append(find)
    return finds
