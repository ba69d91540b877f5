"""Stage 2: tell the language of a text, from its script and its function words.

The script decides between the languages the archive reads (Latin → English,
Devanagari → Hindi); the language's own function words must then make up a
plausible share of the words, or the text is recorded as undetermined
("und") rather than guessed (a French or Marathi text is not English or Hindi).
"""

import re
import unicodedata

from ..constants import Language
from .languages import LANGUAGES

WORD = re.compile(r"(?:[^\W\d_]|[\u0900-\u0963\u0971-\u097f])+")

# Share of a text's letters that must be in one script, and share of its
# words that must be that language's function words.
MIN_SCRIPT_SHARE = 0.6
MIN_FUNCTION_WORD_SHARE = 0.15
MIN_WORDS = 3


def _script_of_letter(char):
    if "\u0900" <= char <= "\u097f":
        return "Deva"
    if char.isascii() or "\u00c0" <= char <= "\u024f":
        return "Latn"
    return unicodedata.name(char, "UNKNOWN").split(" ")[0]


def detect_language(text):
    """The ISO 639-1 code of ``text``'s language, or "und" when it cannot be told."""
    letters = [char for char in text if char.isalpha() or "\u0900" <= char <= "\u097f"]
    if not letters:
        return Language.UNDETERMINED
    counts = {}
    for char in letters:
        script = _script_of_letter(char)
        counts[script] = counts.get(script, 0) + 1
    script, count = max(counts.items(), key=lambda item: item[1])
    if count / len(letters) < MIN_SCRIPT_SHARE:
        return Language.UNDETERMINED
    words = [word.lower() for word in WORD.findall(text)]
    if len(words) < MIN_WORDS:
        return Language.UNDETERMINED
    for rules in LANGUAGES.values():
        if rules.SCRIPT != script:
            continue
        counted = words
        if rules.NAMES_CAPITALISED:
            # Names are capitalised: a one-sentence brief of titles and names ("Defence Minister Rajnath
            # Singh met US Secretary of Defense Lloyd Austin in New Delhi") is judged by its other words.
            lowercase = [word for word in WORD.findall(text) if not word[0].isupper()]
            if len(lowercase) >= MIN_WORDS:
                counted = [word.lower() for word in lowercase]
            else:
                # One or two words besides the names ("X met Y on Monday"): they and any capitalised
                # function words ("I", a sentence's "We") alone decide, with the words such a brief is
                # made of counted as the language's own ("Macron a rencontré Modi" is not English).
                telling = [w.lower() for w in WORD.findall(text) if not w[0].isupper() or w.lower() in rules.FUNCTION_WORDS]
                if telling:
                    known = sum(word in rules.FUNCTION_WORDS or word in rules.BRIEF_WORDS for word in telling)
                    if all(word.isascii() for word in telling) and known * 3 >= len(telling):
                        return Language(rules.CODE)
                    continue
        share = sum(word in rules.FUNCTION_WORDS for word in counted) / len(counted)
        if share >= MIN_FUNCTION_WORD_SHARE:
            return Language(rules.CODE)
    return Language.UNDETERMINED
