"""Institutions named by the uncommon words before their head, in a script with no capitals.

"दिल्ली विश्वविद्यालय", "मोहनलाल सुखाड़िया विश्वविद्यालय", "सफदरजंग अस्पताल": Hindi's named bodies need a
country before them (``named_bodies``), and a university seldom has one. An institution's head
(``INSTITUTION_HEADS``) after one to four words that are no common word, function word or stop word is a
body, unless those words only describe it (``INSTITUTION_DESCRIPTORS``: "केंद्रीय विश्वविद्यालय", "जिला
अस्पताल" name no one of them). English names are found by their capitals (``named_bodies``).
"""

from .common_words import is_common_word
from .organisation_rules import OrganisationFind, _add_alias, _words_before
from .rules import word_ends_at

MAX_NAME_WORDS = 4


def find_institutions(document, rules):
    module = rules.module
    if module.NAMES_CAPITALISED or not module.INSTITUTION_HEADS:
        return []
    text, finds = document.text, []
    for head in module.INSTITUTION_HEADS:
        position = text.find(head)
        while position != -1:
            end = position + len(head)
            if word_ends_at(text, position, end):
                start = _name_start(document, module, position)
                if start is not None:
                    name = text[start:end]
                    find = OrganisationFind(start, end, name, kind="other")
                    find.spans = [(start, end)]
                    _add_alias(find, name)
                    finds.append(find)
            position = text.find(head, end)
    return sorted(finds, key=lambda find: find.start)


def _name_start(document, module, head_start):
    """Where the institution's name before its head begins, or None when no word names it."""
    chosen = []
    for word, start in reversed(_words_before(document.text, head_start)):
        if len(chosen) == MAX_NAME_WORDS or not _a_name_word(document.language, module, word):
            break
        if start + len(word) != (chosen[0][1] if chosen else head_start) - 1:
            break  # "दिल्ली, विश्वविद्यालय": a comma or two spaces between are no name
        chosen.insert(0, (word, start))
    if not chosen or all(word in module.INSTITUTION_DESCRIPTORS for word, _ in chosen):
        return None
    return chosen[0][1]


def _a_name_word(language, module, word):
    return not (
        word in module.FUNCTION_WORDS
        or word in module.NAME_STOP_WORDS
        or word in module.ORGANISATION_STOP_WORDS
        or is_common_word(language, word)
        or any(char.isdigit() for char in word)
    )
