"""How text becomes searchable words: the one definition both databases follow.

PostgreSQL builds each article's ``tsvector`` in a generated column
(migration ``articles.0002``) with these steps, and this module repeats them
in Python for the SQLite index, for queries and for highlighting:

1. cut the body at ``INDEXED_BODY_CHARS`` and normalise it to Unicode NFC;
2. drop the characters in ``IGNORED_CHARACTERS`` (the Devanagari nukta and
   the zero-width (non-)joiners), so that "मिर्ज़ा" and "मिर्जा" are one word;
3. lower-case it (full Unicode, as ICU does on PostgreSQL);
4. split it into words: runs of ``WORD_CHARACTER_RANGES``; everything else
   (punctuation, quotes, the danda, symbols) separates words;
5. turn each word into a lexeme with the text search configuration of the
   article's language (``CONFIGURATIONS``): PostgreSQL's ``english``,
   ``hindi`` or ``simple``, which are Snowball stemmers plus, for English,
   PostgreSQL's stop word list. ``snowballstemmer`` runs the same Snowball
   algorithms in Python.

Steps 1–4 are frozen in the migration's SQL; change them only together with
a new migration (and the PostgreSQL consistency test will say if they drift).
"""

import functools
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import snowballstemmer

from .constants import INDEXED_BODY_CHARS

# Letters, digits and combining marks of the scripts the archive reads:
# Latin (with its extensions, for transliterated names), Cyrillic and
# Devanagari. The danda (।, ॥) and the Devanagari abbreviation sign are
# punctuation and are left out.
WORD_CHARACTER_RANGES = (
    ("0", "9"),
    ("A", "Z"),
    ("a", "z"),
    ("\u00c0", "\u00d6"),
    ("\u00d8", "\u00f6"),
    ("\u00f8", "\u024f"),
    ("\u0300", "\u036f"),
    ("\u0400", "\u0481"),
    ("\u0483", "\u0487"),
    ("\u048a", "\u052f"),
    ("\u0900", "\u0963"),
    ("\u0966", "\u096f"),
    ("\u0971", "\u097f"),
    ("\u1e00", "\u1eff"),
    ("\ua8e0", "\ua8f7"),
    ("\ua8fb", "\ua8ff"),
)
IGNORED_CHARACTERS = "\u093c\u200c\u200d"  # nukta, zero-width non-joiner, zero-width joiner

# PostgreSQL's parser ignores words longer than this (in UTF-8 bytes), and
# its Snowball dictionaries do not stem words longer than STEM_MAX_BYTES.
WORD_MAX_BYTES = 2047
STEM_MAX_BYTES = 1000

# Stands in the SQLite index for a word the configuration drops (a stop word),
# so that word positions, and hence phrases, match PostgreSQL's.
DROPPED_WORD = "\ue002"


def _character_class(ranges):
    return "".join(low if low == high else f"{low}-{high}" for low, high in ranges)


WORD = re.compile(f"[{_character_class(WORD_CHARACTER_RANGES)}]+")
# In original (unprepared) text the ignored characters belong to the word
# around them, so a word keeps its nukta when highlighted.
WORD_IN_ORIGINAL = re.compile(f"[{_character_class(WORD_CHARACTER_RANGES)}{IGNORED_CHARACTERS}]+")
_IGNORED = str.maketrans("", "", IGNORED_CHARACTERS)


def prepare(text, limit=INDEXED_BODY_CHARS):
    """Steps 1–3: the text as the index sees it, before splitting."""
    if limit is not None:
        text = text[:limit]
    return unicodedata.normalize("NFC", text).translate(_IGNORED).lower()


def words(text, limit=INDEXED_BODY_CHARS):
    """Steps 1–4: the words of ``text``, in order."""
    return WORD.findall(prepare(text, limit))


@dataclass(frozen=True)
class Dictionary:
    """What PostgreSQL's dictionary does to a word: drop it, stem it, or keep it."""

    name: str
    stemmer: str | None = None
    stopwords: frozenset = frozenset()

    def lexeme(self, word):
        if word in self.stopwords:
            return None
        if self.stemmer is None or len(word.encode()) > STEM_MAX_BYTES:
            return word
        return _stem(self.stemmer, word)


@functools.lru_cache(maxsize=200_000)
def _stem(algorithm, word):
    return _stemmer(algorithm).stemWord(word)


@functools.cache
def _stemmer(algorithm):
    return snowballstemmer.stemmer(algorithm)


def _read_stopwords(name):
    path = Path(__file__).with_name("stopwords") / f"{name}.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


SIMPLE = Dictionary("simple")
ENGLISH_STEM = Dictionary("english_stem", "english", _read_stopwords("english"))
HINDI_STEM = Dictionary("hindi_stem", "hindi")

# PostgreSQL's token types, as its default parser assigns them to the words
# step 4 leaves (in a database whose LC_CTYPE is C: every non-ASCII character
# is a letter).
INT, NUMWORD, ASCIIWORD, WORD_TYPE = "int", "numword", "asciiword", "word"


def token_type(word):
    if word.isascii():
        if word.isdigit():
            return INT
        if word.isalpha():
            return ASCIIWORD
        return NUMWORD
    if any("0" <= char <= "9" for char in word):
        return NUMWORD
    return WORD_TYPE


@dataclass(frozen=True)
class Configuration:
    """A PostgreSQL text search configuration, and the same mapping in Python."""

    name: str
    dictionaries: dict

    def lexeme(self, word):
        """The lexeme of one prepared word, or None if the configuration drops it."""
        if len(word.encode()) > WORD_MAX_BYTES:
            return None
        return self.dictionaries.get(token_type(word), SIMPLE).lexeme(word)

    def lexemes(self, text, limit=INDEXED_BODY_CHARS):
        """Lexemes of ``text`` in order, None where a word is dropped."""
        return [self.lexeme(word) for word in words(text, limit)]

    def document(self, text, limit=INDEXED_BODY_CHARS):
        """``text`` as the SQLite index stores it: lexemes, DROPPED_WORD for dropped words."""
        return " ".join(lexeme or DROPPED_WORD for lexeme in self.lexemes(text, limit))

    def __hash__(self):
        return hash(self.name)


# The configurations, as data: PostgreSQL's own, with the dictionaries its
# catalogue maps to each token type (see ``\dF+ english`` and ``\dF+ hindi``).
ENGLISH = Configuration(
    "english", {INT: SIMPLE, NUMWORD: SIMPLE, ASCIIWORD: ENGLISH_STEM, WORD_TYPE: ENGLISH_STEM}
)
# Hindi: the Snowball Hindi stemmer (a light suffix stripper) for Devanagari
# words, English stemming for Latin words quoted in Hindi text. Chosen over
# ``simple`` because Hindi news inflects the words readers search for
# (मंत्री/मंत्रियों, बैठक/बैठकों); the price is that a few unrelated words share
# a stem (मंत्र, "mantra", with मंत्री, "minister").
HINDI = Configuration("hindi", {INT: SIMPLE, NUMWORD: SIMPLE, ASCIIWORD: ENGLISH_STEM, WORD_TYPE: HINDI_STEM})
# Text whose language the importer could not tell: words as written, lower-cased.
SIMPLE_CONFIGURATION = Configuration("simple", {})

CONFIGURATIONS = {"en": ENGLISH, "hi": HINDI}
ALL_CONFIGURATIONS = (ENGLISH, HINDI, SIMPLE_CONFIGURATION)


def configuration_for(language):
    return CONFIGURATIONS.get(language, SIMPLE_CONFIGURATION)


def configurations_for(languages):
    """The configurations a query must be run in to find articles in ``languages`` (all when empty)."""
    if not languages:
        return ALL_CONFIGURATIONS
    found = []
    for language in languages:
        configuration = configuration_for(language)
        if configuration not in found:
            found.append(configuration)
    return tuple(found)


def distinct_configurations(configurations, words_of_query):
    """``configurations`` without those that would give the same lexemes as an earlier one.

    English and Hindi both stem Latin words with ``english_stem``, so for a
    query of Latin words only one of them is needed: a shorter ``tsquery``,
    and a better row estimate for PostgreSQL's planner.
    """
    kept, seen = [], set()
    for configuration in configurations:
        signature = tuple(
            configuration.dictionaries.get(token_type(word), SIMPLE).name for word in words_of_query
        )
        if signature not in seen:
            seen.add(signature)
            kept.append(configuration)
    return tuple(kept)


def sqlite_document(text, language):
    """The SQL function the SQLite index's triggers call (see backends/sqlite.py)."""
    if text is None:
        return ""
    return configuration_for(language).document(text)


def pg_word_class():
    """The character class of step 4, in PostgreSQL's regular expression syntax."""
    return "".join(
        f"\\u{ord(low):04x}" if low == high else f"\\u{ord(low):04x}-\\u{ord(high):04x}"
        for low, high in WORD_CHARACTER_RANGES
    )
