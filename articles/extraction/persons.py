"""People introduced by a title, known or new: "Defence Minister Rajnath Singh", "समकक्ष … विक्टर ख्रेनिन".

After a title chain (``titles``) comes either a name the gazetteer knows,
a name it does not know yet, or no name at all (the chain then refers to
someone named elsewhere: "the Defence Minister met …").

How a new name is read depends on the script, as the language's rules say:

* capitalised scripts (English): a run of capitalised words and initials
  ("S. Jaishankar", "Mohammed bin Salman"), ending at the first other word,
  at punctuation or at a possessive ("Khrenin's"); never a weekday, a month,
  an acronym, a stop word or a known place, organisation or demonym;
* scripts without capitals (Hindi): the words up to the first postposition
  or function word (ने, से, के, …), punctuation or known name; a name never
  contains a stop word (numbers, common nouns, verbs) or an adjective ending
  ("-ीय").

A new name has two to ``MAX_NAME_WORDS`` words: a single word after a title
("Defence Minister Singh") is a short mention of someone already named
(``coreference``) or the one known holder of that office with that name
(``find_titled_surnames``), never a new person. Ranks and titles are never
part of the name.
"""

import re
from dataclasses import dataclass, field

from people.names import normalize_name

from .common_words import is_common_word, person_name_words
from .dedup import group_names
from .gazetteer import DEMONYM, ORGANISATION, PERSON, PLACE, Match
from .languages import CATALOGUE_LANGUAGE, canonical_title
from .matching import resolve
from .organisation_definitions import spell_acronym
from .organisation_rules import organisation_rules
from .rules import TOKEN, phrase_key
from .titles import TitleChain, name_start

MIN_NAME_WORDS = 2
MAX_NAME_WORDS = 3  # full words; initials and particles come on top
MAX_UNCASED_NAME_WORDS = 4

# A capitalised word, or a family name after the Arabic article written in lower case ("Ayman al-Safadi",
# "Khalil al-Hayya": ``ARTICLE_PREFIXED_NAME``).
ARTICLE_PREFIXED_NAME = re.compile(r"(?:al|el|ad|ar|as|ash|at|az|ul|ud|ut)-[A-Z][\w]*(?:['’\-][\w]+)*")
_CAPITALISED_WORD = re.compile(r"[A-Z]\.|[A-Z][\w]*(?:['’\-][\w]+)*|" + ARTICLE_PREFIXED_NAME.pattern)
_LOWER_WORD = re.compile(r"[a-z]+(?=\s)")
_OTHER_NAMES = (PLACE, ORGANISATION, DEMONYM)


@dataclass(frozen=True)
class TitledName:
    """A name right after a title chain; ``known`` when the gazetteer found it (``person_id`` unless ambiguous)."""

    chain: TitleChain
    start: int
    end: int
    surface: str
    known: bool = False
    person_id: int | None = None


def _is_calendar_word(rules, word):
    lowered = word.lower().rstrip(".")
    return lowered in rules.weekdays or lowered in rules.months or lowered in rules.relative_days


def _month_as_surname(rules, text, words, bare, end):
    """A month after a first name is a surname ("Dong Jun", "Theresa May"), unless a day follows ("May 5")."""
    return (
        words >= 1
        and bare.lower() in rules.months
        and not re.match(r"\s*\d", text[end : end + 4])
    )


def _month_as_given_name(rules, text, words, bare, end):
    """A month first in a name, a family name after it, is a given name ("Vice Admiral Jun Takeda", "April
    Ryan"); not a date ("Jun 5", "May 2024") nor a month before another calendar word."""
    if words or bare.lower() not in rules.months or text[end : end + 1] == ".":
        return False
    following = _FAMILY_NAME_AFTER.match(text, end)
    return following is not None and not _is_calendar_word(rules, following.group(1))


_FAMILY_NAME_AFTER = re.compile(r" ([A-Z][a-z]+)\b")
_NAME_WORD_AFTER = re.compile(r"(?: [A-Z]{1,3})* [A-Z][a-z]")
_ONE_NAME_WORD_AFTER = re.compile(r" [A-Z][a-z]")
_MORE_INITIALS_AFTER = re.compile(r"(?: [A-Z]{1,3})+ [A-Z][a-z]")
_INITIAL_BEFORE = re.compile(r"(?<![\w.’'])[A-Z]\.? $")


def _undotted_initials(text, found, words):
    """Initials written without full stops before the first name word ("S Jaishankar", "JP Nadda", "RKS
    Bhadauria", "S V Raju"), or one between name words ("Bela M Trivedi")."""
    word = found.group()
    if not (word.isupper() and word.isalpha()):
        return False
    if words == 0:
        return 1 <= len(word) <= 3 and _NAME_WORD_AFTER.match(text, found.end()) is not None
    return len(word) == 1 and _ONE_NAME_WORD_AFTER.match(text, found.end()) is not None


def read_capitalised_name(document, position, title_starts=frozenset()):
    """``(start, end)`` of a name of capitalised words at ``position``, or None."""
    text, rules = document.text, document.rules
    module = rules.module
    words, initials, end, index = 0, 0, position, position
    while True:
        particle = _LOWER_WORD.match(text, index)
        if particle and particle.group() in module.NAME_PARTICLES and words:
            index = particle.end() + 1
            continue
        found = _CAPITALISED_WORD.match(text, index)
        if not found:
            break
        word = found.group()
        possessive = False
        for suffix in ("'s", "’s"):
            if word.endswith(suffix):
                word, possessive = word[: -len(suffix)], True
        word_end = found.start() + len(word)
        bare = word.rstrip(".")
        undotted = _undotted_initials(text, found, words)
        # "A. P. Singh", "A K Bharti": an initial, not the article ("A Tajik delegation" stays the article).
        initial = (len(bare) == 1 and word.endswith(".")) or (
            undotted
            and (
                _MORE_INITIALS_AFTER.match(text, found.end()) is not None
                # "M A Yusuff Ali", "A K Antony" after another initial: the last initial, not the article.
                or (
                    initials
                    and len(word) == 1
                    and _INITIAL_BEFORE.search(text, max(0, found.start() - 3), found.start()) is not None
                )
            )
        )
        if (
            (bare in module.NAME_STOP_WORDS and not initial)
            or (
                _is_calendar_word(rules, bare)
                and not _month_as_surname(rules, text, words, bare, word_end)
                and not _month_as_given_name(rules, text, words, bare, word_end)
            )
            or (len(bare) > 1 and bare.isupper() and not undotted)
            or found.start() in title_starts
            or document.overlapping(found.start(), word_end, _OTHER_NAMES)
        ):
            break
        if undotted or len(bare) == 1:
            if not (undotted or word.endswith(".")):
                break
            initials += 1
            if word.endswith(".") and text[word_end : word_end + 1].isupper():
                end = index = word_end  # "S.Somanath": an initial written close against the name
                continue
        elif bare.lower() in module.NAME_PARTICLES and words:
            pass  # "Mohamed bin Zayed Al Nahyan": a particle, capitalised or not, is not a name word
        else:
            words += 1
            if words > MAX_NAME_WORDS:
                return None  # a run of capitalised words is a heading, not a name
        end = index = word_end
        if possessive or text[index : index + 1] != " ":
            break
        index += 1
    last = text[position:end].split()[-1] if end > position else ""
    if words < 1 or words + initials < MIN_NAME_WORDS or len(last.rstrip(".")) == 1:
        return None
    if last in module.ORGANISATION_HEADS:
        return None  # "…-in-Chief, Western Command": a body after the office, not the person
    return position, end


# After a month, these say it is a name's last word ("दोंग जून ने", "… जून से मुलाकात"); "जून में", "जून तक" a date.
_MARKERS_AFTER_A_SURNAME = frozenset("ने को के की का से और ,".split())


def _uncased_month_as_surname(document, word, end):
    """A month after a given name is a family name ("चीनी रक्षा मंत्री दोंग जून ने"), unless a day, a year or
    "में" follows it ("जून में", "जून 2024")."""
    if word not in document.rules.months:
        return False
    following = TOKEN.match(document.text, end + 1) if document.text[end : end + 1] == " " else None
    if following is None:
        return document.text[end : end + 1] in (",", "")
    return following.group() in _MARKERS_AFTER_A_SURNAME


def _uncased_stop(document, word, start, title_starts):
    module, rules = document.rules.module, document.rules
    return (
        word in module.NAME_STOP_WORDS
        or word in module.ORGANISATION_HEADS  # "सीएम तीरथ सिंह रावत सचिवालय में": the secretariat is no name word
        or word.endswith(tuple(module.NAME_STOP_SUFFIXES))
        or _is_calendar_word(rules, word)
        or start in title_starts
        or not any("\u0900" <= char <= "\u097f" for char in word)
    )


def _initials_word(module, word):
    """Is ``word`` two or three letters' names written together ("एपी", "वीआर", "आरकेएस")?"""
    if not module.LETTER_NAMES or word in module.LETTER_NAMES:
        return False
    return 2 <= len(spell_acronym(organisation_rules(module).letters, word)) <= 3


def _initials_run_end(document, end):
    """Where a run of letters' names that begins before ``end`` ends, if a name word follows it, else None."""
    text, module = document.text, document.rules.module
    while text[end : end + 1] == " ":
        following = TOKEN.match(text, end + 1)
        if following is None:
            return None
        if following.group() not in module.LETTER_NAMES:
            return end if following.group() not in module.NAME_ENDERS else None
        end = following.end()
    return None


def _name_word_follows(document, end):
    """Is the next token, after one space, a word that may go on a name (no postposition or function word)?"""
    text = document.text
    if text[end : end + 1] != " ":
        return False
    following = TOKEN.match(text, end + 1)
    return following is not None and following.group() not in document.rules.module.NAME_ENDERS


def read_uncased_name(document, position, title_starts=frozenset()):
    """``(start, end)`` of a name that runs until a postposition or function word, or None."""
    text, module = document.text, document.rules.module
    words, initials, end, index = 0, 0, position, position
    while True:
        while index < len(text) and text[index] == " ":
            index += 1
        found = TOKEN.match(text, index)
        if not found:
            break  # punctuation or the end of the text ends a name
        word = found.group()
        if word in module.LETTER_NAMES and text[found.end() : found.end() + 1] == ".":
            # "सैमुअल जे. पापारो", "एस. के. पथिराना": a letter's name before a full stop is an initial, even
            # one that is also a postposition (के); the name goes on after it.
            if document.overlapping(found.start(), found.end(), (*_OTHER_NAMES, PERSON)):
                break
            words, initials = words + 1, initials + 1
            end = index = found.end() + 1
            continue
        if words == initials and word in module.LETTER_NAMES and word not in module.NAME_ENDERS:
            # "एन एस राजा सुब्रमणि", "वी के सिंह": letters' names with no full stops (one may be a postposition too,
            # "के"), a name word after them, are initials.
            run_end = _initials_run_end(document, found.end())
            if run_end is not None:
                letters = len(document.text[found.start() : run_end].split())
                words, initials = words + letters, initials + letters
                end = index = run_end
                continue
        if not words and _initials_word(module, word) and _name_word_follows(document, found.end()):
            # "एयर चीफ मार्शल एपी सिंह": the initials of a name, written as one word, though an acronym too (AP).
            words, initials = 1, 1
            end = index = found.end()
            continue
        if word in module.NAME_ENDERS or document.overlapping(found.start(), found.end(), (*_OTHER_NAMES, PERSON)):
            break
        if word in module.NAME_PARTICLES and words:
            # "मोहम्मद बिन जायद अल नाहयान": inside the name, not counted; a name never ends with one.
            following = TOKEN.match(text, found.end() + 1)
            if text[found.end() : found.end() + 1] == " " and following and following.group() not in module.NAME_ENDERS:
                index = found.end()
                continue
            break
        if _uncased_stop(document, word, found.start(), title_starts) and not (
            words and _uncased_month_as_surname(document, word, found.end())
        ) and not (
            # "एन.एस. राजा सुब्रमणि": after initials alone, a word that is also a title ("राजा") is the name's.
            words and words == initials and found.start() in title_starts and _name_word_follows(document, found.end())
        ):
            if words >= MIN_NAME_WORDS:
                break
            return None
        words += 1
        if words > MAX_UNCASED_NAME_WORDS:
            return None
        end = index = found.end()
    if words < MIN_NAME_WORDS or words == initials:
        return None
    return position, end


def find_titled_names(document, chains, titles):
    """``(names, references)``: the names after title chains, and the chains with no name after them."""
    title_starts = frozenset(t.start for t in titles)
    reader = read_capitalised_name if document.rules.module.NAMES_CAPITALISED else read_uncased_name
    rules = document.rules
    names, references = [], []
    for chain in chains:
        position = name_start(document, chain)
        plural = phrase_key(chain.titles[-1].text) in rules.plural_titles
        found = []
        while True:
            name = _name_at(document, chain, position, reader, titles)
            if name is None:
                break
            found.append(name)
            separator = rules.list_separator.match(document.text, name.end)
            if not plural or separator is None:
                break  # "his counterparts X, Y and Z" is a list; "Minister X and Y" is not
            position = separator.end()
        names.extend(found)
        if not found:
            before = _name_before(document, chain, title_starts) if rules.module.NAMES_CAPITALISED else None
            if before is not None:
                names.append(before)  # "Marje Luup, Ambassador of Estonia;": the name, then its office
            elif not plural or chain.counterpart:
                references.append(chain)  # "Union Ministers" with no names after it stands for no one
    return _split_run_on_names(document, names), references


# A name, a comma, then the office: "A, Ambassador of Ukraine; B, High Commissioner of Rwanda".
_NAME_THEN_COMMA = re.compile(r"(?:^|(?<=[;:,(\n])|(?<=\band\s)|(?<=\bwere\s)|(?<=\bare\s))\s*(?P<name>[A-Z][^,;:()\n]{3,60}?),\s*$")
_OFFICE_THEN_WHOSE = re.compile(r"\s+(?:of|to)\s+")


def _name_before(document, chain, title_starts):
    """The name right before an office that names no one after it, in a list of people and their offices
    ("Those who presented their credentials were A, Ambassador of Ukraine; B, Ambassador of Norway …")."""
    office = chain.office
    if office is None or not _OFFICE_THEN_WHOSE.match(document.text, office.end):
        return None  # only "…, Ambassador of X": an office that says whose
    text = document.text
    window_start = max(0, chain.start - 70)
    found = _NAME_THEN_COMMA.search(text, window_start, chain.start)
    if found is None:
        return None
    start = found.start("name")
    span = read_capitalised_name(document, start, title_starts)
    if span is None or span[1] != found.end("name") or document.overlapping(*span) is not None:
        return None
    return TitledName(chain, span[0], span[1], text[span[0] : span[1]])


def _split_run_on_names(document, names):
    """A new name that runs on into another the article names after a title of its own ("प्रमुख शिवपाल यादव
    आजम खां से मिले", after "विधायक आजम खां"): two people with no comma between, cut where the other begins."""
    whole = {normalize_name(n.surface) for n in names if not n.known}
    result = []
    for name in names:
        words = name.surface.split()
        if not name.known and len(words) >= 4:
            for cut in range(2, len(words) - 1):
                tail = " ".join(words[cut:])
                if normalize_name(tail) in whole:
                    head = " ".join(words[:cut])
                    name = TitledName(name.chain, name.start, name.start + len(head), head)
                    break
        result.append(name)
    return result


def _name_at(document, chain, position, reader, titles):
    title_starts = frozenset(t.start for t in titles)
    known = document.starting_at(position, (PERSON,))
    if known is not None:
        return TitledName(chain, known.start, known.end, known.surface, True, known.entity_id)
    span = reader(document, position, title_starts) or _family_name_among_stop_words(document, position, title_starts)
    last = chain.titles[-1]
    if span is None and phrase_key(last.text) in document.rules.name_honorifics:
        # "Prime Minister Sheikh Hasina", "प्रधानमंत्री शेख हसीना": with one word after it, Sheikh is the name's.
        span = reader(document, last.start, title_starts - {last.start})
    if span is None or document.headline_case.covers(span[0]):
        return None  # in a headline's capitals a new name cannot be told from other words
    start, end = span
    if phrase_key(last.text) in document.rules.adjective_titles and not _a_name_begins(document, start, titles):
        return None  # "एक प्रमुख उद्देश्य …", "प्रमुख खनिज कोयला": an adjective before a noun, no title before a name
    if not document.rules.module.NAMES_CAPITALISED:
        document.drop_matches_inside([(start, end)], ORGANISATION)  # "एपी सिंह": initials, not the agency AP
    return TitledName(chain, start, end, document.text[start:end])


_FAMILY_THEN_GIVEN_NAME = re.compile(r"(?P<family>[A-Z][a-z]+) (?P<given>[A-Z][a-z]+)(?=['’]s\b|(?![\w'’-]))(?! [A-Z])")


def _family_name_among_stop_words(document, position, title_starts):
    """``(start, end)`` of a two-word name after a title whose family name is also a stop word ("Vice Premier
    He Lifeng": ``SURNAMES_AMONG_STOP_WORDS``), or None. Only with one capitalised given name after it, and
    none after that: "Minister He said" and "Minister. He Met" stay no names."""
    found = _FAMILY_THEN_GIVEN_NAME.match(document.text, position)
    module = document.rules.module
    if (
        found is None
        or found.group("family") not in module.SURNAMES_AMONG_STOP_WORDS
        or found.group("given") in module.NAME_STOP_WORDS
        or found.start("given") in title_starts
        or document.overlapping(found.start("given"), found.end(), _OTHER_NAMES)
    ):
        return None
    return found.span()


def _a_name_begins(document, start, titles):
    """After a title that is also an adjective ("प्रमुख"), does a name begin at ``start``? When its first word
    is a given or family name, or the tagger reads a person there, and it is no common word of the language."""
    from .tagged import PERSON_LABEL, tag_document  # the tagger's stage imports this module

    first = TOKEN.match(document.text, start)
    if first is None or is_common_word(document.language, first.group()):
        return False
    given, family = person_name_words(document.language)
    if first.group().lower() in given or first.group().lower() in family:
        return True
    return any(s.label == PERSON_LABEL and s.start <= start < s.end for s in tag_document(document, titles))


def _single_name_word(document, position, title_starts):
    """``(start, end)`` of a name of exactly one word at ``position``, or None."""
    text, module = document.text, document.rules.module
    if module.NAMES_CAPITALISED:
        found = _CAPITALISED_WORD.match(text, position)
        if not found or len(found.group()) < 2 or found.group().isupper():
            return None
        word = found.group()
        following = _CAPITALISED_WORD.match(text, found.end() + 1) if text[found.end() : found.end() + 1] == " " else None
        if (
            word in module.NAME_STOP_WORDS
            or _is_calendar_word(document.rules, word)
            or (following and following.group().rstrip(".") not in module.NAME_STOP_WORDS)
        ):
            return None
    else:
        found = TOKEN.match(text, position)
        if not found or found.group() in module.NAME_ENDERS:
            return None
        if _uncased_stop(document, found.group(), found.start(), title_starts):
            return None
        following = TOKEN.match(text, found.end() + 1) if text[found.end() : found.end() + 1] == " " else None
        if (
            following
            and following.group() not in module.NAME_ENDERS
            and not _uncased_stop(document, following.group(), following.start(), title_starts)
        ):
            return None  # a longer name, which the reader of names did not take
    if found.start() in title_starts or document.overlapping(found.start(), found.end(), (*_OTHER_NAMES, PERSON)):
        return None
    return found.start(), found.end()


def find_titled_surnames(document, chains, titles):
    """Names of one word after an office that only one known holder of that office bears.

    "External Affairs Minister Jaishankar", "विदेश मंत्री जयशंकर": the archive
    knows "S. Jaishankar" (एस जयशंकर) as External Affairs Minister, and nobody
    else with that office has a name beginning or ending with that word, so it
    is him. A rank alone ("General Chauhan"), another office, or two holders
    of the office with that name leave the word alone. Returns
    ``(titled_names, person_matches, chains_still_without_a_name)``.
    """
    title_starts = frozenset(t.start for t in titles)
    gazetteer = document.gazetteer
    titled, matches, remaining = [], [], []
    for chain in chains:
        office = chain.office
        span = _single_name_word(document, name_start(document, chain), title_starts) if office else None
        holders = set()
        if span is not None:
            for person_id in gazetteer.people_with_name_word(normalize_name(document.text[span[0] : span[1]])):
                for role in gazetteer.roles.get(person_id, ()):
                    if role.concept == office.concept and (
                        chain.country_id is None or role.country_id in (None, chain.country_id)
                    ):
                        holders.add(person_id)
        if len(holders) != 1:
            remaining.append(chain)
            continue
        (person_id,) = holders
        start, end = span
        surface = document.text[start:end]
        titled.append(TitledName(chain, start, end, surface, True, person_id))
        matches.append(Match(PERSON, (person_id,), start, end, surface))
    return titled, matches, remaining


# -- known or new ---------------------------------------------------------------------------


@dataclass(frozen=True)
class RoleClaim:
    """The office a text gives a person: "Tajikistan's Minister of Defence" → Minister of Defence, Tajikistan."""

    title: str
    concept: str
    country_id: int | None = None
    organisation_id: int | None = None


@dataclass
class NewPerson:
    """A person the archive does not know yet; ``key`` (negative) stands for them until they are saved."""

    key: int
    name: str
    aliases: list
    evidence: str
    roles: list = field(default_factory=list)
    unsure: list = field(default_factory=list)  # (known person id, similarity): perhaps the same person


@dataclass(frozen=True)
class NewSpelling:
    """A name that is surely another spelling of a known person ("Sergey" for "Sergei")."""

    person_id: int
    name: str


def _occurrences(document, names_by_id):
    """Person ``Match``es for every occurrence of the given names not already covered by a match.

    A name read after a title holds the shorter person matches inside it, which it replaces: "Ms Jill
    Biden" is not Joe Biden, whose alias "Biden" the gazetteer matched (the comparison with the known
    people has already said whether the longer name is one of them)."""
    found = document.occurrences(names_by_id, over=(PERSON,))
    document.drop_matches_inside([(start, end) for start, end, _ in found], PERSON)
    return [Match(PERSON, (entity_id,), start, end, document.text[start:end]) for start, end, entity_id in found]


def resolve_titled_names(document, titled, next_key):
    """Decide, for every name after a title the gazetteer did not know, who it is.

    Returns ``(new_persons, spellings, matches)``: people to create (with a
    negative key), new spellings of known people, and person ``Match``es for
    every occurrence of those names in the text.
    """
    index = document.gazetteer.person_index
    surfaces = []
    for name in titled:
        if not name.known and name.surface not in surfaces:
            surfaces.append(name.surface)
    new_persons, spellings, names_by_id = [], [], {}
    for group in group_names(surfaces):
        found, unsure = None, {}
        for surface in group:
            comparisons = index.compare(surface)
            person_id, _ = resolve(comparisons)
            if person_id is not None:
                found = person_id
                break
            for other, comparison in comparisons:
                unsure[other] = max(unsure.get(other, 0.0), comparison.score)
        if found is not None:
            spellings.extend(NewSpelling(found, surface) for surface in group)
            names_by_id.setdefault(found, []).extend(group)
            continue
        first = next(t for t in titled if t.surface in group)
        sentence = document.sentence_at(first.start)
        person = NewPerson(
            next_key(), group[0], list(group), sentence.text if sentence else "", unsure=sorted(unsure.items())
        )
        new_persons.append(person)
        names_by_id[person.key] = list(group)
    return new_persons, spellings, _occurrences(document, names_by_id)


def _pronoun_subject(document, start, end):
    """Does a subject pronoun ("he", "उन्होंने") stand in ``[start, end)``?"""
    pronouns = document.rules.module.SUBJECT_PRONOUNS
    return any(token.group().lower() in pronouns for token in TOKEN.finditer(document.text, start, end))


def role_claim(document, chain, people, person_id):
    """The ``RoleClaim`` a title chain gives the person named after it, or None (a rank alone is no office)."""
    office = chain.office
    if office is not None:
        concept = office.concept
        written = " ".join(office.text.split())
        catalogue = document.language == CATALOGUE_LANGUAGE and written[:1].isupper()
        title = written if catalogue else canonical_title(concept)
    elif chain.counterpart:
        sentence = document.sentence_at(chain.start)
        concept = None
        for mention in people.before(chain.start):
            if sentence is not None and mention.start < sentence.start:
                # "He held talks with his Japanese counterpart …": he is the person named before.
                if _pronoun_subject(document, sentence.start, chain.start) and mention.entity_id != person_id:
                    concept = people.office_of(mention.entity_id)
                break
            if mention.entity_id != person_id and people.office_of(mention.entity_id):
                concept = people.office_of(mention.entity_id)
                break
        if concept is None:
            return None
        title = canonical_title(concept)
    else:
        return None
    return RoleClaim(title, concept, chain.country_id, chain.organisation_id)
