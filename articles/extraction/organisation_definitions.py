"""Bodies defined in the text: "Full Name (ACRONYM)" and its Hindi form "शंघाई सहयोग संगठन (एससीओ)".

The full name is the run of words before the bracket whose initials spell the
acronym (English), or that ends in a head word such as संगठन, परिषद (Hindi). A
Devanagari acronym is read letter by letter ("एससीओ" → S-C-O, ``LETTER_NAMES``),
which ties it to a body known by the Latin acronym. A definition whose head is
not a body's ("Line of Actual Control (LAC)") marks the name and acronym as no body.
"""

import re

from people.names import normalize_name

from .gazetteer import ORGANISATION, PERSON, PLACE, Match
from .organisation_rules import _BRACKETED, _CONNECTORS, OrganisationFind, _add_alias, _head_word, _words_before
from .qualifiers import qualifier_before

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


def _latin_definition(document, bracket, acronym):
    words = _words_before(document.text, bracket.start())
    candidates = []
    for word, start in reversed(words):
        if word[0].isupper() or word.lower() in _CONNECTORS:
            candidates.insert(0, (word, start))
        else:
            break
    # Words that give their initials only, first: "Public Private Partnership Authority (PPPA)" is not "Private
    # PartnershiP Authority"; then words that give more of their letters ("Southeast" → SE in ASEAN).
    for initials_only in (True, False):
        for count in range(1, len(candidates) + 1):
            chosen = candidates[-count:]
            if chosen[0][0].lower() in _CONNECTORS:
                continue
            if _spells(acronym, [w for w, _ in chosen], initials_only):
                return chosen[0][1]
    return None


def _spells(acronym, words, initials_only=False):
    """Do ``words`` spell ``acronym``? Each capitalised word (or hyphenated part) gives its initial,
    perhaps followed by more of its letters ("Southeast" → SE in ASEAN) unless ``initials_only``;
    connectors give their initial or nothing ("Ministry of Defence" → MoD or MD)."""
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
            if index >= len(letters) or connector or initials_only:
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
        if word in module.TRANSLITERATED_CONNECTORS and chosen:
            chosen.insert(0, (word, start))  # "… बैंक फॉर रिकन्स्ट्रक्शन एंड डेवलपमेंट (ईबीआरडी)": no letter
            continue
        if word in module.ORGANISATION_STOP_WORDS or word in module.FUNCTION_WORDS:
            break
        if document.overlapping(start, start + len(word), (PLACE, PERSON)):
            break  # a place, or a person named before the body ("शरद पवार और शिवसेना (…)")
        if _is_calendar(document, word):
            break  # a dateline's "27 अप्रैल (एपी)": the date, then an agency the gazetteer lacks
        chosen.insert(0, (word, start))
        parts += len(word.split("-"))
        if letters and parts >= len(letters):
            break
    while chosen and (chosen[0][0] in module.COORDINATORS or chosen[0][0] in module.TRANSLITERATED_CONNECTORS):
        chosen.pop(0)
    if not chosen:
        return None
    last = normalize_name(chosen[-1][0])
    if last in rules.heads or (letters and parts == len(letters)):
        return chosen[0][1]
    return None


def _is_calendar(document, word):
    """A day's number, a month or a weekday: part of a date, never of a body's name."""
    folded = normalize_name(word)
    return folded.isdigit() or folded in document.rules.months or folded in document.rules.weekdays


def _short_name_of_place(document, place, written):
    text = document.text
    found = [
        Match(PLACE, place.candidates, m.start(), m.end(), written)
        for m in re.finditer(rf"(?<!\w){re.escape(written)}(?!\w)", text)
        if document.overlapping(m.start(), m.end()) is None
    ]
    if found:
        document.add_matches(found)


def _known_body_before(document, bracket):
    """The gazetteer's organisation named right before the bracket ("सैन्य मामलों का विभाग (डीएमए)"), or None:
    its name is the one defined, though a genitive inside it would stop the reading of a new one."""
    end = bracket.start()
    while end and document.text[end - 1] == " ":
        end -= 1
    known = document.overlapping(end - 1, end, (ORGANISATION,)) if end else None
    return known if known is not None and known.end == end and known.entity_id is not None else None


def find_definitions(document, rules):
    finds = []
    for bracket in _BRACKETED.finditer(document.text):
        written = bracket.group("acronym")
        known = document.overlapping(bracket.start("acronym"), bracket.end("acronym"), (ORGANISATION,))
        if known is not None and known.start < bracket.start():
            continue  # "शिवसेना (यूबीटी)", "Shiv Sena (UBT)": the bracket is part of a known body's name
        named = _known_body_before(document, bracket)
        if written[0].isascii():
            latin = written
            if named is not None:
                start = named.start  # "सैन्य मामलों का विभाग (DMA)": the known name, whatever words it has
            elif document.rules.module.NAMES_CAPITALISED:
                start = _latin_definition(document, bracket, latin)
            else:
                start = _uncased_definition(document, bracket, latin, rules)
        else:
            latin = spell_acronym(rules.letters, written)
            if len(latin) < 2:
                continue  # "26 जुलाई (ए)": one letter is an agency's credit or a list's item, no acronym
            start = named.start if named is not None else _uncased_definition(document, bracket, latin, rules)
        if start is None:
            continue
        end = bracket.start()
        while document.text[end - 1] == " ":
            end -= 1
        name = document.text[start:end]
        place = document.overlapping(start, end, (PLACE,))
        initials = "".join(w[0] for w in name.split() if w.lower() not in _CONNECTORS).upper()
        if place is not None and place.start <= start and place.end >= end:
            if initials == latin.upper():
                # "United Arab Emirates (UAE)", "Papua New Guinea (PNG)": a country with its short name, which
                # names the place wherever the article writes it.
                _short_name_of_place(document, place, written)
            continue  # "ANKARA (AA) -": a dateline's city and its agency, no body named after a place alone
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
