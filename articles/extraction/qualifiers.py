"""What stands right before a title or a body's name and says whose it is.

"Tajikistan's Minister", "Belarus Defence Minister", "his Tajik counterpart",
"the Chinese Defence Minister", "बेलारूस के रक्षा मंत्री", "ताजिकिस्तान के
अपने समकक्ष", "अपने बेलारूसी समकक्ष", "SCO Secretary-General", "Indian Army":
reading backwards from a position, an optional possessive pronoun or
definite article, an optional genitive (the English "'s" or a Hindi
postposition), and a country, a demonym or an organisation the gazetteer
knows, then once more an optional pronoun or article.
"""

import re
from dataclasses import dataclass

from .gazetteer import DEMONYM, ORGANISATION, PERSON, PLACE

_STOPS = ",.;:!?।\"“”()"


@dataclass
class Qualifier:
    start: int  # where the qualifying words start (``position`` when there are none)
    country_id: int | None = None
    organisation_id: int | None = None
    possessive: bool = False  # "his", "अपने"
    definite: bool = False  # "the"
    attached: bool = False  # the qualifier is written straight before ("Indian Army", "Belarus Defence Minister")
    qualifier_start: int | None = None  # of the country, demonym or organisation named
    # Something qualifies, but the gazetteer does not know it ("Japan's", "जापान के",
    # "Iranian"): the body or office is someone's, not the home country's.
    unresolved: bool = False
    unresolved_name: str = ""  # the word, when it names a place ("Japan", "जापान"), not an adjective


def word_before(text, position):
    """``(word, start)`` of the word ending at ``position`` (white space skipped), or ``("", position)``."""
    index = position
    while index > 0 and text[index - 1].isspace():
        index -= 1
    end = index
    while index > 0 and not text[index - 1].isspace() and text[index - 1] not in _STOPS:
        index -= 1
    return text[index:end], index


def qualifier_before(document, position):
    text, module = document.text, document.rules.module
    pronouns = {p.lower() for p in module.POSSESSIVE_PRONOUNS}
    articles = {a.lower() for a in module.DEFINITE_ARTICLES}
    found = Qualifier(position)
    cursor = position

    def take_pronoun():
        nonlocal cursor
        word, start = word_before(text, cursor)
        if word.lower() in pronouns:
            found.possessive = True
        elif word.lower() in articles:
            found.definite = True
        else:
            return False
        cursor = found.start = start
        return True

    took_pronoun = take_pronoun()
    end = cursor
    linked = False
    word, start = word_before(text, cursor)
    if word in module.GENITIVE_MARKERS:
        end, linked = start, True
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if linked and text[end - 1 : end] == ")" and document.ending_at(end - 1, (ORGANISATION,)) is not None:
        end -= 1  # "क्षेत्रीय आतंकवाद-रोधी ढांचे (आरएटीएस) की …": the body in brackets
    if not linked:
        for suffix in sorted(module.POSSESSIVE_SUFFIXES, key=len, reverse=True):
            if text.endswith(suffix, 0, end) and end > len(suffix) and text[end - len(suffix) - 1].isalnum():
                end, linked = end - len(suffix), True
                break
    match = document.ending_at(end, (PLACE, DEMONYM, ORGANISATION, PERSON))
    if match is not None and match.kind == PERSON:
        return found  # "Singh's counterpart": whose counterpart is for the meeting to say
    if match is None or match.entity_id is None:
        word, start = word_before(text, end)
        if linked and word and word not in module.FUNCTION_WORDS:
            found.unresolved = True  # "Japan's Ministry", "जापान के रक्षा मंत्रालय"
            found.start = found.qualifier_start = start
            previous, _ = word_before(text, start)
            inside_a_name = module.NAMES_CAPITALISED and previous[:1].isupper()  # "Vietnam People's Navy"
            if (
                word not in module.NAME_STOP_WORDS
                and module.NAMES_CAPITALISED  # every country is known: an unknown Hindi word is none
                and word[0].isupper()
                and not inside_a_name
            ):
                found.unresolved_name = word
        elif word and word not in module.FUNCTION_WORDS and document.rules.demonym_like.match(word):
            found.unresolved = True  # "Iranian President"
            found.start = found.qualifier_start = start
            cursor = start
            if not took_pronoun:
                take_pronoun()
        return found
    if match.kind == ORGANISATION:
        found.organisation_id = match.entity_id
        found.country_id = document.country_of(match)
    elif document.is_country(match):
        found.country_id = document.country_of(match)
    else:
        found.unresolved = linked  # "Dushanbe's mayor": a city's, not the home country's
        return found
    found.attached = not linked and not took_pronoun
    found.start = found.qualifier_start = match.start
    cursor = match.start
    if not took_pronoun:
        take_pronoun()
    return found


def country_after(document, position, regions=False):
    """``(country_id, end)`` for a country named right after a title or a body's name ("… of Tajikistan",
    ``COUNTRY_AFTER_TITLE``), else ``(None, position)``; ``regions``: a state or province too, standing for
    its country ("Governor of Punjab Banwarilal Purohit": the name starts after the state)."""
    pattern = document.rules.country_after_title
    found = pattern.match(document.text, position) if pattern is not None else None
    if not found:
        return None, position
    match = document.starting_at(found.end(), (PLACE, DEMONYM))
    if match is None or not (document.is_country(match) or (regions and document.is_region(match))):
        return None, position
    country_id = document.country_of(match)
    return (country_id, match.end) if country_id is not None else (None, position)


_POSSESSIVE_AFTER = re.compile(r"['’]s\s+")


def after_possessive_country(document, start, end):
    """"Japan's Maritime Self-Defense Force": the body's name starts after its country's possessive."""
    place = document.starting_at(start, (PLACE,))
    if place is not None and document.is_country(place):
        possessive = _POSSESSIVE_AFTER.match(document.text, place.end, end)
        if possessive is not None and possessive.end() < end:
            return possessive.end()
    return start
