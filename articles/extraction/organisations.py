"""Organisations the gazetteer does not know yet, and which body another belongs to.

Four readers, in order of trust (a later one never takes text an earlier one read):

* **definitions**: "Full Name (ACRONYM)" and its Hindi form "शंघाई सहयोग
  संगठन (एससीओ)". The full name is the run of words before the bracket whose
  initials spell the acronym (English), or that ends in a head word such as
  संगठन, परिषद (Hindi). A Devanagari acronym is read letter by letter
  ("एससीओ" → S-C-O, ``LETTER_NAMES``), which ties it to a body known by the
  Latin acronym.
* **ministries**: "Ministry of Defence", "Defence Ministry", "रक्षा मंत्रालय",
  with the country that qualifies them ("Tajikistan's", "बेलारूस के"); an
  unqualified ministry is the archive's home country's (see
  ``Gazetteer.home_country_id``), as a newspaper writes it.
* **armed forces**: "Indian Army", "Tajikistan's Air Force", "चीनी सेना": only
  with a country, never a bare "the army".
* **named bodies**: a capitalised name ending in a head word ("National
  Security Council", "Collective Security Treaty Organization"); in Hindi,
  only after a country or demonym ("भारत की राष्ट्रीय सुरक्षा परिषद");
* **bodies before their office**: the words right before an office only
  organisations have ("UN Secretary-General", "संयुक्त राष्ट्र महासचिव").

Each find is then resolved: the body the gazetteer already knows (by the
name, by the acronym, by ministry or force and country, or by a confident
fuzzy match of the name) or a new one. Bodies named side by side say which
belongs to which: "RATS of the SCO", "the SCO's RATS", "एससीओ के …",
"एससीओ और इसके …".
"""

import re
from dataclasses import dataclass, field

from people.names import normalize_name

from .gazetteer import DEMONYM, ORGANISATION, PERSON, PLACE, Match, fold
from .languages import CATALOGUE_LANGUAGE, LANGUAGES
from .matching import resolve
from .qualifiers import qualifier_before
from .rules import NOT_AFTER, NOT_BEFORE, TOKEN, phrase_pattern
from .transliteration import latin_form
from .undefined_acronyms import join_undefined_acronyms

MINISTRY = "ministry"
ARMED_FORCE = "armed_force"
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
        self.heads = {normalize_name(h): kind for h, kind in module.ORGANISATION_HEADS.items()}
        self.non_heads = {normalize_name(h) for h in module.NON_ORGANISATION_HEADS}
        self.generic_names = {normalize_name(n) for n in module.GENERIC_BODY_NAMES}
        self.child_first = [re.compile(p, flags) for p in module.PART_OF_CHILD_FIRST]
        self.parent_first = [re.compile(p, flags) for p in module.PART_OF_PARENT_FIRST]
        self.letters = sorted(module.LETTER_NAMES.items(), key=lambda item: -len(item[0]))
        heads = "|".join(phrase_pattern(h) for h in sorted(module.ORGANISATION_HEADS, key=len, reverse=True))
        self.head = re.compile(rf"{NOT_BEFORE}(?:{heads}){NOT_AFTER}")
        # Words one of which must occur for each reader to have anything to read.
        self.ministry_words = _folded_words((*module.MINISTRY_WORDS, *module.MINISTRY_WORDS_AFTER_DOMAIN))
        self.force_words = _folded_words(p for phrases in module.ARMED_FORCES.values() for p in phrases)
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


# -- acronyms ------------------------------------------------------------------------


def spell_acronym(letters, acronym):
    """The Latin letters a Devanagari acronym spells ("एससीओ" → "SCO"), or "" if it is not one."""
    memo = {}

    def spell(index):
        if index == len(acronym):
            return ""
        if index in memo:
            return memo[index]
        memo[index] = None
        for written, latin in letters:
            if acronym.startswith(written, index):
                rest = spell(index + len(written))
                if rest is not None:
                    memo[index] = latin + rest
                    break
        return memo[index]

    return spell(0) or ""


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


def _latin_definition(document, bracket, acronym):
    words = _words_before(document.text, bracket.start())
    candidates = []
    for word, start in reversed(words):
        if word[0].isupper() or word.lower() in _CONNECTORS:
            candidates.insert(0, (word, start))
        else:
            break
    for count in range(1, len(candidates) + 1):
        chosen = candidates[-count:]
        if chosen[0][0].lower() in _CONNECTORS:
            continue
        names = [w for w, _ in chosen]
        if _spells(acronym, names):
            return chosen[0][1]
    return None


def _spells(acronym, words):
    """Do ``words`` spell ``acronym``? Each capitalised word (or hyphenated part) gives its initial,
    perhaps followed by more of its letters ("Southeast" → SE in ASEAN); connectors give their
    initial or nothing ("Ministry of Defence" → MoD or MD)."""
    letters = acronym.upper()
    parts = [part for word in words for part in word.split("-") if part]

    def spell(part_index, letter_index):
        if part_index == len(parts):
            return letter_index == len(letters)
        part = parts[part_index]
        connector = part.lower() in _CONNECTORS
        if connector and spell(part_index + 1, letter_index):
            return True
        if letter_index >= len(letters) or part[0].upper() != letters[letter_index]:
            return False
        # The initial, then optionally further letters of the same word, in order.
        position, index = 1, letter_index + 1
        while True:
            if spell(part_index + 1, index):
                return True
            if index >= len(letters) or connector:
                return False
            found = part.upper().find(letters[index], position)
            if found == -1:
                return False
            position, index = found + 1, index + 1

    return len(parts) <= 12 and spell(0, 0)


def _uncased_definition(document, bracket, letters, rules):
    module = rules.module
    words = _words_before(document.text, bracket.start())
    chosen, parts = [], 0
    for word, start in reversed(words):
        if word in module.COORDINATORS and chosen and letters and parts < len(letters):
            # "रक्षा अनुसंधान एवं विकास संगठन (डीआरडीओ)": an "and" inside the name, short of the letters.
            chosen.insert(0, (word, start))
            continue
        if word in module.ORGANISATION_STOP_WORDS or word in module.FUNCTION_WORDS:
            break
        if document.overlapping(start, start + len(word), (PLACE,)):
            break
        chosen.insert(0, (word, start))
        parts += len(word.split("-"))
        if letters and parts >= len(letters):
            break
    while chosen and chosen[0][0] in module.COORDINATORS:
        chosen.pop(0)
    if not chosen:
        return None
    last = normalize_name(chosen[-1][0])
    if last in rules.heads or (letters and parts == len(letters)):
        return chosen[0][1]
    return None


def _head_word(name, rules):
    """The head noun of a name, normalised: in a capitalised script the word before the first "of",
    "for" or "on" ("Line of Actual Control" → line), else the last word ("… Agreement", "… रेखा")."""
    words = name.split()
    if rules.module.NAMES_CAPITALISED:
        for index, word in enumerate(words[1:], 1):
            if word.lower() in _INNER_CONNECTORS - {"and"}:
                return normalize_name(words[index - 1])
    return normalize_name(words[-1])


def find_definitions(document, rules):
    finds = []
    for bracket in _BRACKETED.finditer(document.text):
        written = bracket.group("acronym")
        if written[0].isascii():
            latin = written
            if document.rules.module.NAMES_CAPITALISED:
                start = _latin_definition(document, bracket, latin)
            else:
                start = _uncased_definition(document, bracket, latin, rules)
        else:
            latin = spell_acronym(rules.letters, written)
            start = _uncased_definition(document, bracket, latin, rules)
        if start is None:
            continue
        end = bracket.start()
        while document.text[end - 1] == " ":
            end -= 1
        name = document.text[start:end]
        if _head_word(name, rules) in rules.non_heads:
            # "Line of Actual Control (LAC)": defined like a body, but a line — and so is "LAC" later on.
            document.not_bodies.update({normalize_name(name), normalize_name(written)})
            document.not_body_spans.append((start, bracket.end()))
            continue
        last = normalize_name(name.split()[-1])
        find = OrganisationFind(start, end, name, kind=rules.heads.get(last, "other"), acronym=latin.upper())
        find.spans = [(start, end), (bracket.start("acronym"), bracket.end("acronym"))]
        _add_alias(find, name)
        _add_alias(find, written)
        if written != latin.upper() and latin:
            _add_alias(find, latin.upper())
        qualifier = qualifier_before(document, start)
        find.country_id = qualifier.country_id
        if qualifier.organisation_id is not None:
            find.parent = qualifier.organisation_id
        finds.append(find)
    return finds


# -- ministries and armed forces ---------------------------------------------------------


def _country_after(document, position):
    pattern = document.rules.country_after_title
    found = pattern.match(document.text, position) if pattern is not None else None
    if not found:
        return None, position
    match = document.starting_at(found.end(), (PLACE, DEMONYM))
    if match is None or not document.is_country(match):
        return None, position
    return document.country_of(match), match.end


def _national(document, found, facet, kind, mapping_name, require_country):
    start, end = found.span()
    qualifier = qualifier_before(document, start)
    if qualifier.unresolved:
        if not qualifier.unresolved_name:
            return None  # "Iranian Defence Ministry": whose, the gazetteer cannot say
        return _national_of_unknown_country(document, found, facet, kind, mapping_name, qualifier)
    country_id = qualifier.country_id if qualifier.organisation_id is None else None
    if country_id is None:
        country_id, after = _country_after(document, end)
        if country_id is not None:
            end = after
    if country_id is None and not require_country:
        country_id = document.gazetteer.home_country_id
    if country_id is None:
        return None
    qualified_name = end != found.end()  # "Ministry of Defence of Tajikistan"
    if qualifier.attached and qualifier.country_id is not None:
        start = qualifier.qualifier_start  # "Indian Army" is the body's name as written
        qualified_name = True
    country = document.gazetteer.places.get(country_id)
    country_name = country.name if country else str(country_id)
    if kind == MINISTRY:
        name = f"Ministry of {_ministry_name(facet, country_name)} ({country_name})"
    else:
        name = f"{_catalogue(mapping_name, facet)} ({country_name})"
    find = OrganisationFind(start, end, name, kind=kind, country_id=country_id, facet=facet)
    find.spans = [(start, end)]
    if qualified_name:
        _add_alias(find, document.text[start:end])  # a qualified name is a name; "Defence Ministry" alone is not
    return find


def _ministry_name(facet, country_name):
    """The domain a national ministry is named by in the archive: "External Affairs" in India, else
    "Foreign Affairs" (``MINISTRY_NAMES``); the catalogue's phrase for other domains ("Defence")."""
    names = LANGUAGES[CATALOGUE_LANGUAGE].MINISTRY_NAMES.get(facet)
    if names:
        return names.get(country_name, names[""])
    return _catalogue("MINISTRY_DOMAINS", facet)


def _national_of_unknown_country(document, found, facet, kind, mapping_name, qualifier):
    """A national body of a country the gazetteer does not know ("जापान के रक्षा मंत्रालय").

    It is named after the country as written, in Latin letters ("Ministry of
    Defence (Japan)"), so that English and Hindi reports meet in one record;
    its country stays empty for an editor to set.
    """
    written = qualifier.unresolved_name
    country = latin_form(written).title() if not written.isascii() else written
    body = _ministry_name(facet, country) if kind == MINISTRY else _catalogue(mapping_name, facet)
    name = f"Ministry of {body} ({country})" if kind == MINISTRY else f"{body} ({country})"
    find = OrganisationFind(qualifier.qualifier_start, found.end(), name, kind=kind, facet=None)
    find.spans = [(found.start(), found.end())]
    _add_alias(find, name)
    return find


def find_ministries(document, rules):
    finds = []
    if not document.mentions_any(rules.ministry_words):
        return finds
    for found in rules.ministry.finditer(document.text):
        phrase = found.group("d2") if found.group("d2") is not None else found.group("d1")
        facet = rules.domains.get(normalize_name(phrase.replace("-", " ")))
        if facet is not None:
            find = _national(document, found, facet, MINISTRY, "MINISTRY_DOMAINS", require_country=False)
            if find is not None:
                finds.append(find)
    return finds


def find_armed_forces(document, rules):
    finds = []
    if not document.mentions_any(rules.force_words):
        return finds
    for found in rules.force.finditer(document.text):
        facet = rules.forces.get(normalize_name(found.group("force").replace("-", " ")))
        if facet is None:
            continue
        if document.rules.module.NAMES_CAPITALISED and not found.group()[0].isupper():
            continue  # "the army" in prose
        find = _national(document, found, facet, ARMED_FORCE, "ARMED_FORCES", require_country=True)
        if find is not None:
            finds.append(find)
    return finds


# -- other named bodies ------------------------------------------------------------------


def find_named_bodies(document, rules):
    """Capitalised names ending in a head word; in Hindi, qualified ones only."""
    module, text = rules.module, document.text
    finds = []
    if not document.mentions_any(rules.head_words):
        return finds
    for head in rules.head.finditer(text):
        known = document.overlapping(head.start(), head.end(), (ORGANISATION,))
        if known is not None and (known.start < head.start() or known.end > head.end()):
            continue  # a word inside a known body's name ("… Treaty Organisation") heads nothing of its own
        words = _words_before(text, head.start(), limit=MAX_NAME_WORDS)
        chosen = []
        if module.NAMES_CAPITALISED:
            backwards = list(reversed(words))
            for index, (word, start) in enumerate(backwards):
                before = backwards[index + 1][0].lower() if index + 1 < len(backwards) else ""
                calendar = normalize_name(word) in document.rules.weekdays or normalize_name(word) in document.rules.months
                if word[0].isupper() and word not in module.ORGANISATION_STOP_WORDS and not calendar:
                    chosen.insert(0, (word, start))
                elif chosen and word.lower() in _CONNECTORS_BEFORE_HEAD:
                    chosen.insert(0, (word, start))  # "Research and Analysis Wing"
                elif chosen and word.lower() == "the" and before in _CONNECTORS_BEFORE_HEAD:
                    chosen.insert(0, (word, start))  # "Court of the Union"
                else:
                    break
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
        # A known body or a country written first is the qualifier, not the name.
        qualifier = qualifier_before(document, start)
        inner = document.within(start, end, (ORGANISATION, PLACE, DEMONYM))
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
        if module.NAMES_CAPITALISED and len(text[start:end].split()) < 2:
            continue
        name = text[start:end]
        if module.NAMES_CAPITALISED and _head_word(name, rules) in rules.non_heads:
            continue  # "Vice Chief of Australian Defence Forces", "Secretary of the … Council": an office
        if normalize_name(name) in rules.generic_names and qualifier.country_id is None and qualifier.organisation_id is None:
            continue  # "the two Air Forces": a kind of body
        kind = rules.heads.get(normalize_name(head.group()), "other")
        if kind == MINISTRY and after > head.end():
            find = _named_ministry(document, start, end, head, qualifier, inner)
            if find is not None:
                finds.append(find)
            continue
        find = OrganisationFind(start, end, name, kind=kind)
        find.country_id = qualifier.country_id
        country_id, after = _country_after(document, end)
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
    for word in _TAIL_WORD.finditer(found.group()):
        text = word.group()
        if text[0].isupper():
            calendar = normalize_name(text) in document.rules.months or normalize_name(text) in document.rules.weekdays
            if text in module.ORGANISATION_STOP_WORDS or calendar:
                break
            end = position + word.end()
        elif text.lower() not in _CONNECTORS_AFTER_HEAD:
            break
    if end == position:
        return position
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


# -- resolving and relating ----------------------------------------------------------------


class _KnownBodies:
    """The gazetteer's organisations by acronym and by (kind, country, facet); rebuilt when it changes."""

    def __init__(self):
        self._version = None
        self._gazetteer = None

    def refresh(self, gazetteer, all_rules):
        if self._gazetteer is gazetteer and self._version == gazetteer.version:
            return
        self._gazetteer, self._version = gazetteer, gazetteer.version
        self.by_acronym, self.by_facet = {}, {}
        for organisation_id, fact in gazetteer.organisations.items():
            if fact.acronym:
                self.by_acronym.setdefault(fact.acronym.upper(), set()).add(organisation_id)
            if fact.kind in (MINISTRY, ARMED_FORCE) and fact.country_id is not None:
                for facet in self._facets(gazetteer, organisation_id, fact, all_rules):
                    self.by_facet.setdefault((fact.kind, fact.country_id, facet), set()).add(organisation_id)

    @staticmethod
    def _facets(gazetteer, organisation_id, fact, all_rules):
        facets = set()
        for name in gazetteer.written_names_of(ORGANISATION, organisation_id) | {fact.name}:
            for rules in all_rules:
                pattern, lookup = (rules.ministry, rules.domains) if fact.kind == MINISTRY else (rules.force, rules.forces)
                for found in pattern.finditer(name):
                    group = next(g for g in found.groups() if g)
                    facet = lookup.get(normalize_name(group.replace("-", " ")))
                    if facet:
                        facets.add(facet)
        return facets


_KNOWN = _KnownBodies()


def _resolve(document, find, index):
    covering = document.within(find.start, find.end, (ORGANISATION,))
    if len(covering) == 1 and (covering[0].start, covering[0].end) == (find.start, find.end) and find.facet is None:
        find.organisation_id = covering[0].entity_id
        return
    if find.facet is not None:
        ids = _KNOWN.by_facet.get((find.kind, find.country_id, find.facet), set())
        if len(ids) == 1:
            find.organisation_id = next(iter(ids))
        return
    if len(covering) == 1 and covering[0].entity_id is not None and covering[0].start == find.start:
        # The full name is known; the bracket adds an acronym.
        find.organisation_id = covering[0].entity_id
        return
    if find.acronym:
        ids = _KNOWN.by_acronym.get(find.acronym, set())
        if len(ids) == 1:
            find.organisation_id = next(iter(ids))
            return
    if not find.name:
        return
    comparisons = index.compare(find.name)
    found, _ = resolve(comparisons)
    if found is not None:
        find.organisation_id = found
    else:
        find.unsure = [(other, comparison.score) for other, comparison in comparisons]


def _relate(document, rules, bodies):
    """Set ``parent`` from "X of the Y" / "Y's X" / "Y के X" between adjacent bodies."""
    ordered = sorted(bodies, key=lambda item: item[0])
    for (_, end, first), (next_start, _, second) in zip(ordered, ordered[1:]):
        if first is second:
            continue
        gap = document.text[end:next_start].lstrip(")")  # "The Joint Staff (JS) of the CSTO"
        if any(p.fullmatch(gap) for p in rules.child_first):
            child, parent = first, second
        elif any(p.fullmatch(gap) for p in rules.parent_first):
            child, parent = second, first
        else:
            continue
        if isinstance(child, OrganisationFind) and child.parent is None and child is not parent:
            child.parent = parent.organisation_id if parent.organisation_id is not None else parent


def find_organisations(document, titles=()):
    """Organisations named in ``document``: ``[OrganisationFind]``, known ones resolved, new ones to create."""
    module = document.rules.module
    rules = organisation_rules(module)
    _KNOWN.refresh(document.gazetteer, [organisation_rules(m) for m in LANGUAGES.values()])
    index = document.gazetteer.organisation_index
    finds, taken = [], []
    from .tagged import find_tagged_bodies  # the tagger's proposals, read last (tagged imports this module)

    readers = (
        find_definitions,
        find_ministries,
        find_armed_forces,
        find_named_bodies,
        lambda document, rules: find_office_bodies(document, rules, titles),
    )
    for reader in readers:
        first_new = len(finds)
        _read(document, reader(document, rules), index, finds, taken)
        # Every later naming of what this reader found is taken before the next reader looks: "Royal
        # Australian Navy (RAN)" defined, its later "Royal Australian Navy" is not an "Australian Navy".
        _add_occurrences(document, finds, first_new)
        taken = [span for f in finds for span in f.spans]
    # The tagger's proposals come last, after every naming of the rules' finds is taken ("the CSTO said").
    taken = [span for f in finds for span in f.spans]
    names = {normalize_name(alias) for f in finds for alias in [f.name, *f.aliases]}
    proposed = [f for f in find_tagged_bodies(document, rules, titles) if normalize_name(f.name) not in names]
    first_new = len(finds)
    _read(document, proposed, index, finds, taken)
    _add_occurrences(document, finds, first_new)
    join_undefined_acronyms(document, finds, _add_alias)  # "the Indian Air Force … the IAF said"
    bodies = [(start, end, f) for f in finds for start, end in f.spans]
    taken_spans = {span for f in finds for span in f.spans}
    for match in document.matches:
        if match.kind == ORGANISATION and match.entity_id is not None and (match.start, match.end) not in taken_spans:
            if not any(match.start < f.end and f.start < match.end for f in finds):
                bodies.append((match.start, match.end, _Known(match.entity_id)))
    _relate(document, rules, bodies)
    return finds


def _read(document, found, index, finds, taken):
    """Resolve the finds of one reader and keep those no earlier reader took (into ``finds``, ``taken``)."""
    for find in found:
        if any(find.start < end and start < find.end for start, end in taken):
            continue
        sentence = document.sentence_at(find.start)
        find.evidence = sentence.text if sentence else ""
        _resolve(document, find, index)
        known = document.overlapping(find.start, find.end, (ORGANISATION,))
        if (
            known is not None
            and known.entity_id == find.organisation_id
            and known.start <= find.start
            and find.end <= known.end
            and all(
                normalize_name(alias) in document.gazetteer.names_of(ORGANISATION, known.entity_id)
                for alias in find.aliases
            )
        ):
            continue  # the gazetteer found this very body here already, under every name given
        finds.append(find)
        taken.append((find.start, find.end))


def _add_occurrences(document, finds, first=0):
    """Every later naming of a new organisation ("… the CSTO said") is a mention of it too."""
    new = [(index, find) for index, find in enumerate(finds) if find.organisation_id is None and index >= first]
    if not new:
        return
    for start, end, index in document.occurrences({index: find.aliases for index, find in new}):
        if any(start < f_end and f_start < end for f in finds for f_start, f_end in f.spans):
            continue
        finds[index].spans.append((start, end))


@dataclass(frozen=True)
class _Known:
    organisation_id: int


def organisation_matches(document, finds):
    """Mention ``Match``es for every find: known ids, or the finds' negative keys once assigned."""
    matches = []
    for find in finds:
        key = find.organisation_id if find.organisation_id is not None else find.key
        if key is None:
            continue
        for start, end in find.spans:
            matches.append(Match(ORGANISATION, (key,), start, end, document.text[start:end]))
    return matches
