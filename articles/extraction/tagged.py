"""The names the statistical tagger proposes, after the rules and the gazetteer have had their say.

The gazetteer is authoritative for known names and a title chain says who holds an office;
the tagger (``tagger.tag_text``) finds the people and organisations real news names without
either: two cabinet members in a list, a footballer who scored, a new Hindi name before "ने",
a club, a company, an agency. What it proposes is cleaned here and handed to the same stages
as the rules' finds (``persons.resolve_titled_names``, ``organisations.find_organisations``):

* a proposal overlapping a name the gazetteer, a title chain or a rule already read is left
  to them; titles, ranks and honorifics at its edges are cut off ("General Manoj Pande" is
  the rank and Manoj Pande), as is a possessive;
* an office, rank or title is never a person or an organisation: a proposal that is all title
  words ("National Security Advisor", "Chief of Army Staff") or whose head is an office is
  dropped;
* a new person has at least two words (a single word is a short mention of someone named in
  full, for ``coreference``, or left alone); a new organisation whose head is no body's
  (``NON_ORGANISATION_HEADS``: agreements, lines, offices) is dropped;
* proposals in a headline's capitals (``casing``) are left out, as are those below the
  confidence thresholds, chosen on the development data (``bench/realnews``).
"""

import re

from people.names import normalize_name

from .common_words import is_common_word, person_name_words
from .gazetteer import DEMONYM, ORGANISATION, PERSON, PLACE
from .organisation_rules import OrganisationFind, _add_alias, _head_word
from .persons import ARTICLE_PREFIXED_NAME, MAX_UNCASED_NAME_WORDS, MIN_NAME_WORDS, TitledName
from .qualifiers import after_possessive_country
from .rules import TOKEN, lower_word_after
from .spans import SpanIndex
from .tagger import tag_text

PERSON_LABEL = "PER"
ORGANISATION_LABEL = "ORG"
MIN_PERSON_CONFIDENCE = 0.85
# A proposal followed by a verb only a person does (``PERSON_VERBS_AFTER``) needs less: "Kim Yong Chol met …".
MIN_SUBJECT_PERSON_CONFIDENCE = 0.5
# So does one that begins with a known given name ("Ray Lankford went 4-for-5"), chosen on CoNLL-2003 eng.testa.
MIN_GIVEN_NAME_PERSON_CONFIDENCE = 0.5
MIN_ORGANISATION_CONFIDENCE = 0.9
# A one-word organisation must be surer still, and not a word the article also writes in lower case.
MIN_ONE_WORD_ORGANISATION_CONFIDENCE = 0.97
MAX_PERSON_WORDS = 5
MAX_ORGANISATION_WORDS = 8
_EDGE_PUNCTUATION = " \t\n,.;:!?'\"“”‘’()[]-–—|/"
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")


_KNOWN_KINDS = (PERSON, PLACE, ORGANISATION, DEMONYM)


def tag_document(document, titles):
    """The tagger's spans for the whole article, once (``document.tagged``).

    What the tagger proposes inside a name the gazetteer found is never used (``_blocked``), nor
    inside a title, rank or honorific (cut off a person; an organisation mostly of title words is an
    office). So the tagger is told those spans and leaves out the sentences with no word outside
    them that could begin or be part of a new name (``tagger.prefilter``)."""
    if document.tagged is None:
        known = [(m.start, m.end) for m in document.matches if m.kind in _KNOWN_KINDS]
        known += [(t.start, t.end) for t in titles]
        document.tagged = tag_text(document.text, document.language, known=known)
    return document.tagged


def _trim(document, start, end, titles):
    """``(start, end)`` without titles, ranks, honorifics, possessives and punctuation at the edges."""
    text = document.text
    changed = True
    while changed and start < end:
        changed = False
        for title_start, title_end in titles.overlapping(start, end):
            if title_start <= start < title_end:
                start, changed = title_end, True
            elif title_start < end <= title_end:
                end, changed = title_start, True
        while start < end and text[start] in _EDGE_PUNCTUATION:
            start, changed = start + 1, True
        while start < end and text[end - 1] in _EDGE_PUNCTUATION:
            end, changed = end - 1, True
        possessive = _POSSESSIVE.search(text, start, end)
        if possessive is not None and possessive.start() > start:
            end, changed = possessive.start(), True
    return start, end


def _words(text):
    return [token.group() for token in TOKEN.finditer(text)]


def _blocked(document, start, end, kinds):
    return document.overlapping(start, end, kinds) is not None


# One initial with its full stop before a capitalised surname: "K. Annamalai", "J. Russell" (Indian English
# writes many so); without the stop one capital is a word ("A Tajik delegation"). Cf. ``initialled``.
_DOTTED_INITIAL_AND_SURNAME = re.compile(r"[A-Z]\.\s?[A-Z][a-z]+(?:[-'’][A-Za-z][a-z]+)?")


def _person_words_ok(document, words, surface=""):
    module = document.rules.module
    not_names = module.NAME_OF_THING_HEADS | module.PLACE_NAME_HEADS | module.COMPANY_SUFFIXES
    if any(w in not_names for w in words):
        return False  # "Rashtrapati Bhawan", "Staff College Shivpuri", "Tiananmen Square"; "Pirelli SpA"
    if module.NAMES_CAPITALISED:
        full = [w for w in words if w.lower() not in module.NAME_PARTICLES and len(w) > 1]
        if any(w in module.NAME_STOP_WORDS for w in words) or any(
            not w[:1].isupper() and not ARTICLE_PREFIXED_NAME.fullmatch(w) for w in full
        ):
            return False
        if any(len(w) > 3 and w.isupper() for w in words):
            return False  # an acronym is no part of a person's name
    else:
        full = [w for w in words if w not in module.NAME_PARTICLES]
        if any(w in module.NAME_STOP_WORDS or w in module.NAME_ENDERS for w in words):
            return False
    limit = MAX_UNCASED_NAME_WORDS + 1 if not module.NAMES_CAPITALISED else MAX_PERSON_WORDS
    if module.NAMES_CAPITALISED and _DOTTED_INITIAL_AND_SURNAME.fullmatch(surface):
        return len(full) == 1 and full[0] not in module.NAME_STOP_WORDS
    return MIN_NAME_WORDS <= len(full) <= limit and not any(ch.isdigit() for w in words for ch in w)


def looks_like_a_person(words, language):
    """A given name first and a family name last (``person_names.json``): "Ishant Sharma", "Ram Prakash
    Bhatia" — what the tagger sometimes calls an organisation is a person's name."""
    full = [w for w in words if len(w.rstrip(".")) > 1]
    if len(full) < 2:
        return False
    given, family = person_name_words(language)
    return full[0].lower() in given and full[-1].lower() in family


MIN_HEADLINE_PERSON_CONFIDENCE = 0.95


def _a_person_in_capitals(document, start, end, confidence):
    """A proposal in a headline's capitals (or a results table's) that is a person all the same: a given and
    a family name, or a very sure one none of whose words the article also writes in lower case."""
    words = _words(document.text[start:end])
    if looks_like_a_person(words, document.language):
        return True
    if confidence < MIN_HEADLINE_PERSON_CONFIDENCE or not document.rules.module.NAMES_CAPITALISED:
        return False
    return not any(re.search(rf"\b{re.escape(w.lower())}\b", document.text) for w in words)


def _proposed_people(document, titles):
    """The tagger's person spans, sure ones, less sure ones that open a meeting or begin with a given name, or
    any that are a given and a family name, and its organisation spans that are a given and a family name."""
    for span in tag_document(document, titles):
        if span.label == PERSON_LABEL and span.confidence >= MIN_PERSON_CONFIDENCE:
            yield span
        elif span.label == PERSON_LABEL and span.confidence >= MIN_SUBJECT_PERSON_CONFIDENCE and _opens_a_meeting(
            document, span
        ):
            yield span
        elif span.label == PERSON_LABEL and span.confidence >= MIN_GIVEN_NAME_PERSON_CONFIDENCE and _opens_with_a_given_name(
            document, span, titles
        ):
            yield span
        elif span.label in (PERSON_LABEL, ORGANISATION_LABEL) and looks_like_a_person(
            _words(span.text), document.language
        ):
            yield span


def _opens_with_a_given_name(document, span, titles):
    """Does the proposal of two or more words begin with a given name of ``person_names.json`` ("Mike Oquist",
    "Ray Lankford": a family name no list has)?"""
    words = _words(span.text)
    given, _ = person_name_words(document.language)
    if len(words) < 2 or words[0].lower() not in given or len(set(words)) < len(words):
        return False  # "मनीषा मनीषा": a sign-off's names run together
    return not after_a_name_word(document, span.start, titles)


def after_a_name_word(document, start, titles):
    """Does the word right before ``start`` (one space between, no title) look like part of the same, longer
    name — a capitalised word (English: "Bharat Bhushan Babu", its first word read as a place), a given name, or
    in Hindi any word that is none of the language's common or function words and no postposition ("जमशेद
    गोदरेज", the tagger's span only its last word)? Then what starts at ``start`` is no name of its own."""
    text, module = document.text, document.rules.module
    if start < 2 or text[start - 1] != " ":
        return False
    before = _LAST_WORD.search(text, max(0, start - 40), start - 1)
    if before is None or any(t.start <= before.start() < t.end for t in titles):
        return False  # "King Abdullah II", "कप्तान कोहली"
    word = before.group()
    given, _ = person_name_words(document.language)
    if word.lower() in given:
        return True
    if module.NAMES_CAPITALISED:
        return word[:1].isupper()
    return not (
        is_common_word(document.language, word) or word in module.FUNCTION_WORDS or word in module.NAME_ENDERS
    )


def _opens_a_meeting(document, span):
    """Does ``span`` open its sentence, with a verb of meeting someone right after it ("Kim Yong Chol met")?"""
    verbs = document.rules.module.PERSON_VERBS_AFTER
    if not verbs:
        return False
    sentence = document.sentence_at(span.start)
    if sentence is None or document.text[sentence.start : span.start].strip(" \"“‘'"):
        return False
    return lower_word_after(document.text, span.end) in verbs


def _without_common_edges(document, start, end):
    """A Hindi span without the common words the tagger took in at its edges ("बनाए धवन", "पत्नी मिशेल": made,
    wife): words of the model's common-word list that no name list has as a given or family name."""
    if document.rules.module.NAMES_CAPITALISED:
        return start, end
    words = list(TOKEN.finditer(document.text, start, end))
    while words and is_common_word(document.language, words[0].group()):
        words.pop(0)
    while words and is_common_word(document.language, words[-1].group()):
        words.pop()
    return (words[0].start(), words[-1].end()) if words else (start, start)


_PREFIXED_AFTER = re.compile(r" (?:" + ARTICLE_PREFIXED_NAME.pattern + r")")
_WORD_BEFORE = re.compile(r"(\w+)\W{0,2}$")
_LAST_WORD = re.compile(r"[\w.'’-]+$")


def _names_a_thing(document, start, surface):
    """Is the proposal a ship's, a fleet's or an exercise's name: its first word, or the word right before it,
    one of ``THING_WORDS_BEFORE_NAMES`` or ``VESSEL_PREFIXES`` ("Naval Ships Sahyadri", "Exercise Yudh Abhyas")?"""
    module = document.rules.module
    things = module.THING_WORDS_BEFORE_NAMES | module.VESSEL_PREFIXES
    words = _words(surface)
    if words and words[0] in things:
        return True
    before = _WORD_BEFORE.search(document.text, max(0, start - 30), start)
    return before is not None and before.group(1) in things


def tagged_people(document, titles, titled):
    """``TitledName``s (with no title chain) for the people the tagger proposes and nothing else read."""
    title_index = SpanIndex((t.start, t.end) for t in titles)
    read = SpanIndex((t.start, t.end) for t in titled)
    found = []
    for span in _proposed_people(document, titles):
        start, end = _trim(document, span.start, span.end, title_index)
        if start >= end or read.overlapping(start, end):
            continue
        if document.headline_case.covers(start) and not _a_person_in_capitals(document, start, end, span.confidence):
            continue
        if _blocked(document, start, end, (PERSON, PLACE, ORGANISATION, DEMONYM)):
            continue  # the gazetteer's: known people are linked by it, places and bodies are not people
        start, end = _without_common_edges(document, start, end)
        prefixed = _PREFIXED_AFTER.match(document.text, end)
        if prefixed is not None and document.rules.module.NAMES_CAPITALISED:
            end = prefixed.end()  # "Khalil al-Hayya": the tagger stops before a family name in lower case
        surface = document.text[start:end]
        if title_index.overlapping(start, end) or not _person_words_ok(document, _words(surface), surface):
            continue
        if _names_a_thing(document, start, surface):
            continue
        found.append(TitledName(None, start, end, surface))
    return found


_HANDLE = re.compile(r"[#@][\w]*$")


def _not_a_body(document, start, end, name, words, confidence, rules):
    """What the tagger takes for a body but is none: a handle or hashtag, a credit ("Photo via AP"), a
    time, an operation or exercise, a plan, a ship, a building or park, a one-word heading ("National", "Defence")."""
    module, text = rules.module, document.text
    if _HANDLE.search(text[max(0, start - 1) : start]) or "/" in name or any(ch.isdigit() for ch in name):
        return True
    if normalize_name(name) in document.not_bodies or any(s < end and start < e for s, e in document.not_body_spans):
        return True  # "LAC", after "Line of Actual Control (LAC)"; "Basic Exchange" inside "… Agreement (BECA)"
    first = normalize_name(words[0])
    if (first in rules.non_heads and words[0] not in module.COMPASS_WORDS) or normalize_name(words[-1]) in rules.non_heads:
        return True  # "Minister of …", "… Agreement"; but "North American Equity Services" ("the Global South" is none)
    if words[0] in module.VESSEL_PREFIXES or any(w in module.NOT_BODY_WORDS for w in words):
        return True  # "INS Sahyadri", a ship; "Flagship Exercise Milan", an exercise
    if all(w in module.POST_NOMINALS for w in words):
        return True  # "Rear Admiral X, AVSM, NM, …": decorations after a name
    things = module.NAME_OF_THING_HEADS - module.INSTITUTION_HEADS
    if any(w in things for w in words) or normalize_name(name) in rules.generic_names | rules.descriptive_names:
        return True  # "… Stadium"; "the two Air Forces" (but "… University", an institution, is a body)
    if rules.ministry.fullmatch(name):
        return True  # "Defence Ministry": the ministries' reader's, with its country or not at all
    calendar = document.rules.months.keys() | document.rules.weekdays.keys()
    if any(normalize_name(w) in calendar for w in words):
        return True  # "जुलाई", "Monday": a date, not a body
    if len(words) == 1:
        word = words[0]
        acronym = module.NAMES_CAPITALISED and word.isupper() and 2 <= len(word) <= 6
        if (
            confidence < MIN_ONE_WORD_ORGANISATION_CONFIDENCE
            or word in module.NAME_STOP_WORDS
            or word in module.GENERIC_BODY_WORDS
            or word in module.JUNIOR_TITLE_MODIFIERS  # "Additional", "Deputy": an office's modifier
        ):
            return True
        if module.NAMES_CAPITALISED and not acronym:
            sentence = document.sentence_at(start)
            if sentence is not None and sentence.start == start:
                return True  # a capital at a sentence's or heading's start says nothing
            if re.search(rf"\b{re.escape(word.lower())}\b", text):
                return True  # the article writes it as a common word too
    return False


def _named_for_its_place(document, start, end):
    """Is the tagger's body ``[start, end)`` a body of its own, although the gazetteer read names inside it?

    "New York Stock Exchange", "China Daily", "Bank of China": a place or a people inside a body's
    name is part of the name. "Kurdistan Democratic Party", "Nepali Congress", "Liberal Democratic
    Party": a known body's name ("Democratic Party", "Congress") after a place, a people or a
    capitalised word of another country is a body of its own, named for them; "US Democratic Party",
    "Indian Youth Congress" (the known body's own country before it) are the known body. Only places,
    peoples and one known body ending the span may be inside, and the span must have capitalised words
    of its own, not only a generic one ("Union of India" is the country)."""
    if not document.rules.module.NAMES_CAPITALISED:
        return False
    inside = document.within(start, end)
    if any(m.start < end and start < m.end and m not in inside for m in document.matches):
        return False  # a name across the span's edge
    bodies = [m for m in inside if m.kind == ORGANISATION]
    places = [m for m in inside if m.kind in (PLACE, DEMONYM)]
    if len(bodies) + len(places) != len(inside) or len(bodies) > 1:
        return False
    if bodies:
        body = bodies[0]
        if body.end != end or body.start <= start or body.entity_id is None or any(m.end > body.start for m in places):
            return False
        own = document.country_of(body)
        if any(own is not None and document.country_of(m) == own for m in places):
            return False  # "US Democratic Party": the Democratic Party, with its country
        words = _words(document.text[start : body.start])
    else:
        text, position, words = document.text, start, []
        for place in places:
            words += _words(text[position : place.start])
            position = place.end
        words += _words(text[position:end])
        words = [w for w in words if w.lower() not in document.rules.module.FUNCTION_WORDS]
        if all(w in document.rules.module.GENERIC_BODY_WORDS for w in words):
            return False  # "Union of India", "Government of India": the country, or its government's readers'
    return bool(words) and all(w[:1].isupper() for w in words)


def find_tagged_bodies(document, rules, titles):
    """``OrganisationFind``s for the organisations the tagger proposes (the last reader, least trusted)."""
    module = rules.module
    title_index = SpanIndex((t.start, t.end) for t in titles)
    finds = []
    for span in tag_document(document, titles):
        if span.label != ORGANISATION_LABEL or span.confidence < MIN_ORGANISATION_CONFIDENCE:
            continue
        start, end = _trim(document, span.start, span.end, SpanIndex())
        if module.NAMES_CAPITALISED:
            for officer in rules.officer_of.finditer(document.text, start, end):
                start = officer.end()  # "MD of Lulu Group International": the body after its officer's "of"
            start = after_possessive_country(document, start, end)
        if start >= end or document.headline_case.covers(start):
            continue
        name = document.text[start:end]
        words = _words(name)
        if not words or len(words) > MAX_ORGANISATION_WORDS:
            continue
        covered = title_index.overlapping(start, end)
        if covered and sum(e - s for s, e in covered) >= (end - start) * 0.6:
            continue  # "National Security Advisor", "Chief of Army Staff": an office
        if _blocked(document, start, end, (ORGANISATION, PERSON, PLACE, DEMONYM)) and not _named_for_its_place(
            document, start, end
        ):
            continue
        if _head_word(name, rules) in rules.non_heads:
            continue
        if module.NAMES_CAPITALISED and not any(w[:1].isupper() for w in words):
            continue
        if _not_a_body(document, start, end, name, words, span.confidence, rules):
            continue
        if looks_like_a_person(words, document.language):
            continue  # a person's name (``tagged_people``)
        kind = rules.heads.get(normalize_name(words[-1]), "other")
        find = OrganisationFind(start, end, name, kind=kind)
        find.spans = [(start, end)]
        _add_alias(find, name)
        finds.append(find)
    return finds

