"""Word lists the tagger's features look words up in, gathered from the project's own data.

Classes of words and phrases, per language: offices (``title``), military ``rank``, ``honorific``,
the head nouns of organisations (``orghead``), ``country``, ``city``, ``demonym``, ``month``,
``weekday``, and for Hindi the ``postposition`` and the other ``function`` words. They come from the
language rules (``articles/extraction/languages/<code>.py``) and the gazetteer files
(``people/gazetteer/countries.json``, ``cities.json`` and the places of ``starter.json``).

A model is trained with one lexicon and must be run with the same one: training writes the lexicon
beside the model (``models/<language>.lexicon.json``) and the model reads it from there, so a later
change to the gazetteer changes nothing until the model is trained again.
"""

import json
from pathlib import Path

from articles.extraction.languages import rules_for
from people.gazetteer import read_cities, read_countries, read_starter

from .tokens import tokenize

CLASSES = (
    "title", "rank", "honorific", "orghead", "country", "city", "demonym", "month", "weekday",
    "postposition", "function",
)

# Hindi postpositions (and the compound ones' first words): a name is often followed by one.
HINDI_POSTPOSITIONS = (
    "ने", "से", "के", "की", "का", "को", "में", "पर", "तक", "द्वारा", "वाले", "वाली", "वाला", "समेत", "सहित",
    "जी", "साहब",
)
# Office words Hindi news writes without the rules' multi-word titles.
HINDI_TITLE_WORDS = ("मंत्री", "सांसद", "विधायक", "अध्यक्ष", "सचिव", "नेता", "महासचिव", "उपाध्यक्ष", "कप्तान", "कोच")
ENGLISH_TITLE_WORDS = (
    "Minister", "President", "Chairman", "Chief", "Secretary", "Senator", "Sen.", "Rep.", "Governor", "Mayor",
    "Ambassador", "Spokesman", "Spokeswoman", "Spokesperson", "Director", "Coach", "Captain", "Judge",
    "Pope", "Prince", "Princess", "Queen", "King", "Chancellor", "Premier", "Leader", "Commissioner",
)


class Lexicon:
    """Words and phrases (tuples of lower-cased tokens) by class; looked up token by token."""

    def __init__(self, phrases):
        # phrases: {class: [phrase, …]} with each phrase a string of space-separated tokens
        self.phrases = {name: sorted(set(items)) for name, items in phrases.items()}
        self.words = {}
        self.starts = {}
        for name, items in self.phrases.items():
            for phrase in items:
                tokens = tuple(phrase.split(" "))
                if len(tokens) == 1:
                    self.words.setdefault(tokens[0], set()).add(name)
                else:
                    self.starts.setdefault(tokens[0], set()).add((tokens, name))
        self.words = {word: tuple(sorted(names)) for word, names in self.words.items()}
        self.starts = {
            word: sorted(entries, key=lambda entry: (-len(entry[0]), entry)) for word, entries in self.starts.items()
        }

    def classes_of_word(self, lower):
        """The classes of one lower-cased word on its own."""
        return self.words.get(lower, ())

    def phrase_classes(self, lowers):
        """For each token of a sentence (lower-cased), ``(class, position)`` pairs of the longest phrases
        that cover it: position ``B`` for a phrase's first token, ``I`` for the others."""
        marks = [None] * len(lowers)
        index = 0
        while index < len(lowers):
            entries = self.starts.get(lowers[index])
            matched = 0
            if entries:
                for tokens, name in entries:
                    size = len(tokens)
                    if tuple(lowers[index:index + size]) == tokens:
                        if not matched:
                            matched = size
                        if size == matched:
                            marks[index] = (marks[index] or ()) + ((name, "B"),)
                            for inner in range(index + 1, index + size):
                                marks[inner] = (marks[inner] or ()) + ((name, "I"),)
            index += matched or 1
        return marks

    def to_json(self):
        return {name: self.phrases[name] for name in sorted(self.phrases)}

    def save(self, path):
        Path(path).write_text(json.dumps(self.to_json(), ensure_ascii=False, indent=0) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path):
        with Path(path).open(encoding="utf-8") as handle:
            return cls(json.load(handle))


def build_lexicon(language):
    """The lexicon of a language from the project's rules and gazetteer files (for training)."""
    rules = rules_for(language)
    if rules is None:
        raise ValueError(f"no language rules for {language!r}")
    phrases = {name: set() for name in CLASSES}

    def add(name, text):
        tokens = [token.text.lower() for token in tokenize(text)]
        if tokens:
            phrases[name].add(" ".join(tokens))

    function_words = set(rules.FUNCTION_WORDS)
    for titles in rules.ROLE_TITLES.values():
        for title in titles:
            for token in tokenize(title):
                if token.text.lower() not in function_words and token.text.isalpha():
                    add("title", token.text)
    for word in ENGLISH_TITLE_WORDS if language == "en" else HINDI_TITLE_WORDS:
        add("title", word)
    for rank in rules.RANKS:
        add("rank", rank)
        for token in tokenize(rank):
            add("rank", token.text)
    for honorific in rules.HONORIFICS:
        add("honorific", honorific)
    for head in rules.ORGANISATION_HEADS:
        add("orghead", head)
    for month in rules.MONTHS:
        add("month", month)
    for weekday in rules.WEEKDAYS:
        add("weekday", weekday)
    if language == "hi":
        for word in HINDI_POSTPOSITIONS:
            add("postposition", word)
    for word in function_words:
        add("function", word)

    script = rules.SCRIPT
    places = read_countries()["places"] + read_cities()["places"] + read_starter()["places"]
    for place in places:
        kind = "country" if place.get("kind") == "country" else "city"
        for name in [place["name"], *place.get("aliases", ())]:
            if _in_script(name, script):
                add(kind, name)
        for demonym in place.get("demonyms", ()):
            if _in_script(demonym, script):
                add("demonym", demonym)
    return Lexicon({name: sorted(items) for name, items in phrases.items() if items})


def _in_script(text, script):
    devanagari = any("\u0900" <= char <= "\u097f" for char in text)
    return devanagari if script == "Deva" else not devanagari
