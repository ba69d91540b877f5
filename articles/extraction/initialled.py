"""People named by initials and a surname, with no title: "T R Baalu", "B L Santhosh", "BL Santhosh", "R K Singh".

Indian English news writes many people so, in lists above all ("leaders including Sharad
Pawar, T R Baalu and Sanjay Raut"), and the statistical tagger, trained on 1996 Reuters,
knows the pattern poorly (it tags "T R Baalu" an organisation, or only "L Santhosh"). Two or
three initials, dotted or not, before a capitalised word are a person's name — read with
``persons.read_capitalised_name``, so a name ending in an organisation's head word ("U S
Army", "U N Security Council") or a stop word is none. One undotted initial is not enough ("A Tajik delegation").
Names the gazetteer knows, titles, names already read and headline-case lines are left alone.
"""

import re

from .common_words import person_name_words
from .gazetteer import DEMONYM, ORGANISATION, PERSON, PLACE
from .persons import TitledName, read_capitalised_name
from .spans import SpanIndex
from .tagged import tag_document

# Two or three initials ("T R ", "T. R. ", "T.R. "), or two written together ("BL Santosh", "KC Venugopal": three
# capitals together are an acronym as often as initials, "AAP", "TMC"), and the capital of a name word of three
# letters or more.
_INITIALS_AND_NAME = re.compile(
    r"(?<![\w.’'])(?:(?:[A-Z](?:\.\s?|\s)){2,3}|[A-Z]{2}\s)(?=[A-Z][a-z]{2,})"
)
_CAPITALISED_AFTER = re.compile(r" [A-Z]")
_KNOWN_KINDS = (PERSON, PLACE, ORGANISATION, DEMONYM)


def initialled_people(document, titles, titled):
    """``TitledName``s (with no title chain) for the untitled names written with initials."""
    if not document.rules.module.NAMES_CAPITALISED:
        return []
    title_index = SpanIndex((t.start, t.end) for t in titles)
    read = SpanIndex((t.start, t.end) for t in titled)
    found = []
    for match in _INITIALS_AND_NAME.finditer(document.text):
        start = match.start()
        span = read_capitalised_name(document, start)
        if span is None:
            continue
        end = span[1]
        if (
            _CAPITALISED_AFTER.match(document.text, end)  # the reading stopped at a body or a known name
            or read.overlapping(start, end)
            or title_index.overlapping(start, end)
            or document.headline_case.covers(start)
            or document.overlapping(start, end, _KNOWN_KINDS) is not None
        ):
            continue
        if _names_a_body(document.rules.module, document.text[match.end() : end]):
            continue  # "UP Police", "AI Summit": a state's or a field's acronym before a body or a thing
        if (
            "." not in match.group()
            and " " not in match.group().strip()
            and not _name_words(document, document.text[match.end() : end])
            and _tagged_other_than_a_person(document, titles, start, end)
        ):
            continue  # two capitals together are a company's or a club's as often: "LM Ericsson", "SC Freiburg"
        found.append(TitledName(None, start, end, document.text[start:end]))
    return found


def _name_words(document, words):
    """Is every word a given name or a family name the language's lists know ("Santosh", "Maurya")?"""
    given, family = person_name_words(document.language)
    return all(word.lower() in given or word.lower() in family for word in words.split())


def _tagged_other_than_a_person(document, titles, start, end):
    return any(
        span.label != "PER" and span.start < end and start < span.end for span in tag_document(document, titles)
    )


def _names_a_body(module, words):
    heads = (
        set(module.ORGANISATION_HEADS) | set(module.LOCAL_BODY_HEADS) | module.NON_ORGANISATION_HEADS
        | module.NAME_OF_THING_HEADS | set(module.COMPANY_SUFFIXES)
    )
    return any(word in heads for word in words.split())
