"""Tokens of raw article text, with character offsets, cut the way the training data is cut.

English follows CoNLL-2003 (Reuters): punctuation is split off; hyphenated words ("Amir-Abdollahian",
"1996-08-22", "F-16") and names with an apostrophe ("O'Brien") stay whole; the clitics "'s", "'re",
"'ve", "'ll", "'d", "'m" and "n't" are tokens of their own ("Russia 's", "does n't"); dotted
acronyms ("U.S.", "U.N."), single capital initials ("S.") and the language's abbreviations ("Lt.",
"Gen.", "Mr.") keep their full stop; decimal and grouped numbers ("14.2", "17,000") stay whole.

Hindi follows IL-NER: words are split at white space and punctuation, the danda "।" included;
Devanagari vowel signs, virama, nukta, anusvara and the zero-width (non-)joiners stay inside the
word; an initial ("एस.") and the abbreviations ("डॉ.", "रु.") keep their full stop.

One set of rules serves both scripts (an article may mix them).

``sentences`` cuts a text's tokens into sentences: a sentence ends at a token ".", "!", "?", "।"
or "॥" (closing quotes and brackets right after it stay with it) and at a paragraph break. An
abbreviation or an initial keeps its full stop inside its token ("Lt.", "S.", "एस."), so it never
ends a sentence: the same decisions as ``articles.extraction.sentences.split_sentences``, made on
the tokens in the same pass.
"""

import re
from typing import NamedTuple

from articles.extraction.languages import LANGUAGES

# Word characters: letters and digits of any script (and "_"), Devanagari signs (not the dandas),
# Latin combining accents, and the zero-width joiners. One character class: fast to match.
_W = r"[\w\u0900-\u0963\u0966-\u096f\u0971-\u097f\u0300-\u036f\u200c\u200d]"
_TOKEN = re.compile(
    rf"""
    (?:[A-Za-z]\.){{2,}}(?![A-Za-z])           # U.S. U.N. e.g.
    | \d+(?:[.,:]\d+)+{_W}*                      # 14.2 17,000 10:30 (1.5bn)
    | {_W}+(?:[-'’&]{_W}+)*                      # words, hyphenated and with inner apostrophes
    | -{{2,}} | \.{{2,}} | …                     # dashes and ellipses
    | \S                                         # any other character
    """,
    re.VERBOSE,
)
_CLITICS = frozenset({"s", "re", "ve", "ll", "d", "m"})
_ABBREVIATIONS = frozenset(
    word.replace(".", "") for module in LANGUAGES.values() for word in module.ABBREVIATIONS
) | frozenset({"sen", "rep", "gov", "rev", "ft", "bros", "रु", "प्रो", "ले", "डॉ", "श्री"})
# A Devanagari initial: a consonant with its nukta, vowel sign and anusvara ("सी", "डी", "के"), or
# the letters of an English one ("एस" S, "एम" M, "आर" R, "आई" I, "ए" A).
_DEVANAGARI_INITIAL = re.compile(
    r"[\u0915-\u0939\u0958-\u095f]\u093c?[\u093e-\u094c]?\u0902?|[\u0905-\u0914][\u0915-\u0939\u0908\u0902]?"
)
# Hindi words that end sentences ("है.", "थे."): never initials.
_HINDI_WORDS = (
    LANGUAGES["hi"].FUNCTION_WORDS | LANGUAGES["hi"].NAME_ENDERS | frozenset("दी दिए गई गए".split())
)


class Token(NamedTuple):
    text: str
    start: int
    end: int


def tokenize(text, start=0, end=None):
    """The tokens of ``text[start:end]`` with their offsets in ``text``."""
    if end is None:
        end = len(text)
    tokens = []
    append = tokens.append
    make = tuple.__new__  # Token(word, start, end) without the keyword handling: tokens are many
    skip = -1  # a full stop already joined to the token before it
    for match in _TOKEN.finditer(text, start, end):
        word_start, word_end = match.span()
        word = match.group()
        if word_start == skip:
            if len(word) > 1:  # "Lt.." : the other dots stay a token
                append(make(Token, (word[1:], word_start + 1, word_end)))
            continue
        if word_end < end and text[word_end] == "." and keeps_full_stop(word):
            append(make(Token, (word + ".", word_start, word_end + 1)))
            skip = word_end
        elif "'" in word or "’" in word:
            tokens.extend(_split_clitic(word, word_start))
        else:
            append(make(Token, (word, word_start, word_end)))
    return tokens


_ENDS = frozenset({".", "!", "?", "।", "॥"})
_CLOSERS = frozenset({'"', "'", "”", "’", "»", ")", "]"})
_PARAGRAPH = re.compile(r"\n\s*\n")


def sentences(text, start=0, end=None):
    """The tokens of ``text[start:end]``, sentence by sentence (a list of lists of ``Token``)."""
    result = []
    current = []
    ended = False
    previous_end = None
    breaks = [match.start() for match in _PARAGRAPH.finditer(text, start, len(text) if end is None else end)]
    next_break = breaks.pop(0) if breaks else None
    for token in tokenize(text, start, end):
        word, token_start, token_end = token
        if next_break is not None and token_start > next_break:
            while breaks and breaks[0] < token_start:
                breaks.pop(0)
            next_break = breaks.pop(0) if breaks else None
            if current:
                result.append(current)
                current, ended = [], False
        elif ended and not (word in _CLOSERS and token_start == previous_end):
            result.append(current)
            current, ended = [], False
        current.append(token)
        ended = word in _ENDS or (ended and word in _CLOSERS)
        previous_end = token_end
    if current:
        result.append(current)
    return result


def keeps_full_stop(word):
    """Is ``word`` an initial or an abbreviation, whose full stop is part of the token?"""
    if len(word) == 1 and word.isalpha() and word.isupper():
        return True  # an initial: "S. Jaishankar"
    if "\u0900" <= word[0] <= "\u097f":
        return word in _ABBREVIATIONS or (
            word not in _HINDI_WORDS and _DEVANAGARI_INITIAL.fullmatch(word) is not None
        )
    return word.lower() in _ABBREVIATIONS and word[0].isupper()


def _split_clitic(word, start):
    apostrophe = max(word.rfind("'"), word.rfind("’"))
    if apostrophe <= 0:
        return [Token(word, start, start + len(word))]
    lower = word.lower()
    if lower.endswith(("n't", "n’t")) and len(word) > 3:
        cut = len(word) - 3
    elif lower[apostrophe + 1 :] in _CLITICS:
        cut = apostrophe
    else:
        return [Token(word, start, start + len(word))]
    return [Token(word[:cut], start, start + cut), Token(word[cut:], start + cut, start + len(word))]
