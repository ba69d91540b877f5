"""Words a language's running text writes outside names, that no list of names has.

The Hindi model's lexicon lists the words of IL-NER's training text that are nearly never part of a
name there (``tagger.lexicon.common_words``: "ने", "उद्देश्य", "प्राथमिकता"); a word of that list that
``person_names.json`` has as a given or family name ("जगत", "चरण") is not counted as common. English
names are told by their capitals and have no such list.
"""

from functools import lru_cache

from .tagger.lexicon import fold_word, read_person_names
from .tagger.model import get_model


@lru_cache(maxsize=None)
def person_name_words(language):
    """``(given, family)``: the lower-cased given and family names of ``person_names.json``."""
    lists = read_person_names().get(language, {})
    given, family = lists.get("given", ()), lists.get("family", ())
    return frozenset(w.lower() for w in given), frozenset(w.lower() for w in family)


def is_common_word(language, word):
    """Is ``word`` a common word of ``language``'s text and no name word?"""
    model = get_model(language)
    if model is None or not model.lexicon.common:
        return False
    given, family = person_name_words(language)
    return fold_word(word) in model.lexicon.common and word.lower() not in given and word.lower() not in family
