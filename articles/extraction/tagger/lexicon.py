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
import unicodedata
from pathlib import Path

from articles.extraction.languages import rules_for
from people.gazetteer import read_cities, read_countries, read_starter

from articles.extraction.transliteration import latin_form, phonetic_key, skeleton

from .prefilter import MIN_COMMON_COUNT, MIN_COMMON_SHARE
from .tokens import tokenize

CLASSES = (
    "title",
    "rank",
    "honorific",
    "orghead",
    "country",
    "city",
    "demonym",
    "month",
    "weekday",
    "postposition",
    "function",
    "letter",
)

# Hindi postpositions (and the compound ones' first words): a name is often followed by one.
HINDI_POSTPOSITIONS = (
    "ने",
    "से",
    "के",
    "की",
    "का",
    "को",
    "में",
    "पर",
    "तक",
    "द्वारा",
    "वाले",
    "वाली",
    "वाला",
    "समेत",
    "सहित",
    "जी",
    "साहब",
)
# Office words Hindi news writes without the rules' multi-word titles.
HINDI_TITLE_WORDS = ("मंत्री", "सांसद", "विधायक", "अध्यक्ष", "सचिव", "नेता", "महासचिव", "उपाध्यक्ष", "कप्तान", "कोच")
ENGLISH_TITLE_WORDS = (
    "Minister",
    "President",
    "Chairman",
    "Chief",
    "Secretary",
    "Senator",
    "Sen.",
    "Rep.",
    "Governor",
    "Mayor",
    "Ambassador",
    "Spokesman",
    "Spokeswoman",
    "Spokesperson",
    "Director",
    "Coach",
    "Captain",
    "Judge",
    "Pope",
    "Prince",
    "Princess",
    "Queen",
    "King",
    "Chancellor",
    "Premier",
    "Leader",
    "Commissioner",
)


_DEVANAGARI_FOLD = {0x093C: None, 0x0901: 0x0902}  # the nukta dropped, the chandrabindu as the anusvara


def fold_word(word):
    """The form words are compared in: lower case; in Devanagari, the nukta and the chandrabindu
    levelled ("ख़ान" as "खान", "उन्होँने" as "उन्होंने"), as spellings vary from source to source."""
    word = word.lower()
    if any("\u0900" <= char <= "\u097f" for char in word):
        word = unicodedata.normalize("NFD", word).translate(_DEVANAGARI_FOLD)
    return word


class Lexicon:
    """Words and phrases (tuples of lower-cased tokens) by class; looked up token by token."""

    def __init__(self, phrases, cross_script=None, common=()):
        # phrases: {class: [phrase, …]} with each phrase a string of space-separated tokens;
        # cross_script: {"key": {phonetic key: label}, "skeleton": {consonant skeleton: label}};
        # common: words (folded) the training data almost never has in a name (``prefilter``; no feature).
        self.cross_script = cross_script or {"key": {}, "skeleton": {}}
        self.common = frozenset(common)
        self.phrases = {name: sorted(set(items)) for name, items in phrases.items()}
        self.words = {}
        self.starts = {}
        for name, items in self.phrases.items():
            for phrase in items:
                tokens = tuple(fold_word(token) for token in phrase.split(" "))
                if len(tokens) == 1:
                    self.words.setdefault(tokens[0], set()).add(name)
                else:
                    self.starts.setdefault(tokens[0], set()).add((tokens, name))
        self.words = {word: tuple(sorted(names)) for word, names in self.words.items()}
        self.starts = {
            word: sorted(entries, key=lambda entry: (-len(entry[0]), entry))
            for word, entries in self.starts.items()
        }

    def classes_of_word(self, lower):
        """The classes of one word on its own (folded by ``fold_word``)."""
        return self.words.get(lower, ())

    def phrase_classes(self, lowers):
        """For each token of a sentence (folded by ``fold_word``), ``(class, position)`` pairs of the longest phrases
        that cover it: position ``B`` for a phrase's first token, ``I`` for the others."""
        marks = [None] * len(lowers)
        index = 0
        while index < len(lowers):
            entries = self.starts.get(lowers[index])
            matched = 0
            if entries:
                for tokens, name in entries:
                    size = len(tokens)
                    if tuple(lowers[index : index + size]) == tokens:
                        if not matched:
                            matched = size
                        if size == matched:
                            marks[index] = (marks[index] or ()) + ((name, "B"),)
                            for inner in range(index + 1, index + size):
                                marks[inner] = (marks[inner] or ()) + ((name, "I"),)
            index += matched or 1
        return marks

    def cross_script_labels(self, word):
        """For a Devanagari word: the labels its Latin spelling had as a name in English training data,
        as ``("k", label)`` for the phonetic key and ``("s", label)`` for the consonant skeleton."""
        if not self.cross_script["key"]:
            return ()
        latin = latin_form(word)
        if not latin or " " in latin:
            return ()
        key = phonetic_key(latin)
        found = []
        label = self.cross_script["key"].get(key)
        if label:
            found.append(("k", label))
        label = self.cross_script["skeleton"].get(skeleton(key))
        if label:
            found.append(("s", label))
        return tuple(found)

    def to_json(self):
        data = {
            "phrases": {name: self.phrases[name] for name in sorted(self.phrases)},
            "cross_script": {
                kind: dict(sorted(self.cross_script[kind].items())) for kind in ("key", "skeleton")
            },
        }
        if self.common:
            data["common"] = sorted(self.common)
        return data

    def save(self, path):
        Path(path).write_text(
            json.dumps(self.to_json(), ensure_ascii=False, indent=0) + "\n", encoding="utf-8"
        )

    @classmethod
    def load(cls, path):
        with Path(path).open(encoding="utf-8") as handle:
            data = json.load(handle)
        return cls(data["phrases"], data.get("cross_script"), data.get("common", ()))


def build_lexicon(language, data_dir=None):
    """The lexicon of a language from the project's rules and gazetteer files (for training).

    For Hindi, with ``data_dir``, also the cross-script name keys of the English training data
    (``cross_script_names``)."""
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
                if token.text.lower() not in function_words and _is_word(token.text):
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
    for letter in rules.LETTER_NAMES:
        add("letter", letter)
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
    cross_script = cross_script_names(data_dir) if language == "hi" and data_dir is not None else None
    common = common_words(data_dir, language) if not rules.NAMES_CAPITALISED and data_dir is not None else ()
    return Lexicon({name: sorted(items) for name, items in phrases.items() if items}, cross_script, common)


def common_words(data_dir, language, min_count=MIN_COMMON_COUNT, min_share=MIN_COMMON_SHARE):
    """The words (folded) of the training data seen ``min_count`` times at least and outside any name
    in ``min_share`` of them at least: the ``prefilter`` does not tag a sentence for them alone."""
    from collections import Counter

    from .corpora import read_split, sentences_of

    seen, outside = Counter(), Counter()
    for tokens, tags in sentences_of(read_split(data_dir, language, "train")):
        for token, tag in zip(tokens, tags):
            word = fold_word(token)
            seen[word] += 1
            if tag == "O":
                outside[word] += 1
    return sorted(
        word for word, count in seen.items() if count >= min_count and outside[word] >= min_share * count
    )


def cross_script_names(data_dir, min_count=2, min_share=0.6):
    """Phonetic keys (and consonant skeletons) of the words of names in CoNLL-2003 ``eng.train``, with
    the label a key has in most of its occurrences (of ``min_count`` at least, in ``min_share`` of
    them at least, ``O`` included): a Devanagari word spelled like "Orwell" or "Putin" gets a feature.
    Only keys are kept, never the words or their sentences."""
    from collections import Counter

    from .corpora import read_split, sentences_of

    counts = {"key": {}, "skeleton": {}}
    for tokens, tags in sentences_of(read_split(data_dir, "en", "train")):
        for token, tag in zip(tokens, tags):
            if not token.isalpha():
                continue
            key = phonetic_key(latin_form(token))
            label = tag[2:] if tag != "O" else "O"
            counts["key"].setdefault(key, Counter())[label] += 1
            if len(skeleton(key)) >= 3:
                counts["skeleton"].setdefault(skeleton(key), Counter())[label] += 1
    result = {}
    for kind, table in counts.items():
        chosen = {}
        for key, labels in table.items():
            label, count = labels.most_common(1)[0]
            if (
                label not in ("O", "MISC")
                and count >= min_count
                and count >= min_share * sum(labels.values())
            ):
                chosen[key] = label
        result[kind] = chosen
    return result


def _is_word(text):
    """Letters only, a script's vowel signs and virama included ("मंत्री" is a word; str.isalpha says no)."""
    return all(char.isalpha() or unicodedata.category(char)[0] == "M" for char in text)


def _in_script(text, script):
    devanagari = any("\u0900" <= char <= "\u097f" for char in text)
    return devanagari if script == "Deva" else not devanagari
