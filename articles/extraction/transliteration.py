"""Names in any script, spelled in plain Latin letters for comparison.

Devanagari is transliterated with ``indic_transliteration`` (IAST) after
applying Hindi schwa deletion, because Devanagari writes a vowel that Hindi
does not pronounce: "राजनाथ" is *rājanātha* letter by letter but "Rajnath"
when spoken and when written in Latin script. The rule (after Ohala, as used
by Hindi text-to-speech systems): the inherent *a* of a word's last
consonant is silent, and so is a medial inherent *a* between a vowel-bearing
syllable and a consonant that carries its own vowel, scanning from the right
(VC_CV → VCCV). Nasal vowels (anusvara, chandrabindu) keep their *a*.

``phonetic_key`` then levels the spelling differences that are not
differences of name (Sergei/Sergey, Mirzo/मिर्जा → mirjo/mirja, Singh/सिंह →
sin/sin, the soft c of Florence/फ्लोरेंस, the Arabic article el-/al-), and
``skeleton`` keeps only the consonants, for blocking. Differences that no
general rule covers — a Hindi spelling that follows another pronunciation
(Doval/डोभाल: v/bh), Chinese pinyin (Xi/शी: x/sh), Turkish c (Recep/रेचेप) —
are left alone: a rule for them would merge other names wrongly, and the
gazetteer lists such people with both spellings.
"""

import functools
import re
import unicodedata

from indic_transliteration import sanscript

from people.names import normalize_name

_CONSONANTS = {chr(c) for c in range(0x0915, 0x093A)} | {chr(c) for c in range(0x0958, 0x0960)} | {
    chr(c) for c in range(0x0978, 0x0980)
}
_NUKTA = "\u093c"
_VIRAMA = "\u094d"
_MATRAS = {chr(c) for c in range(0x093A, 0x094D) if chr(c) != _NUKTA} | {"\u094e", "\u094f", "\u0955", "\u0956", "\u0957", "\u0962", "\u0963"}
_MATRAS.discard("\u093d")  # avagraha is not a vowel sign
_INDEPENDENT_VOWELS = {chr(c) for c in range(0x0904, 0x0915)} | {"\u0960", "\u0961"} | {chr(c) for c in range(0x0972, 0x0978)}
_MODIFIERS = {"\u0900", "\u0901", "\u0902", "\u0903"}
# Letters IAST does not cover (the English "o" and "e" of loanwords) and
# the chandrabindu, written as the anusvara it sounds like in names.
_BEFORE = str.maketrans({"ऑ": "ओ", "\u0949": "\u094b", "ऍ": "ए", "\u0945": "\u0947", "\u0901": "\u0902"})
_IAST_TO_ASCII = {"ś": "sh", "ṣ": "sh", "ṛ": "ri", "ṝ": "ri", "ḷ": "li", "ṃ": "n", "ṅ": "n", "ñ": "n", "~": "n"}
_DEVANAGARI_WORD = re.compile(r"[\u0900-\u097f]+")


class _Unit:
    """A consonant with its vowel (inherent "a", a vowel sign, or none), or an independent vowel."""

    __slots__ = ("text", "consonant", "vowel", "nasal")

    def __init__(self, text, consonant, vowel):
        self.text, self.consonant, self.vowel, self.nasal = text, consonant, vowel, False


def _units(word):
    units, index = [], 0
    while index < len(word):
        char = word[index]
        index += 1
        if char in _CONSONANTS:
            unit = _Unit(char, True, "a")
            if index < len(word) and word[index] == _NUKTA:
                unit.text += _NUKTA
                index += 1
            if index < len(word) and word[index] == _VIRAMA:
                unit.text += _VIRAMA
                unit.vowel = None
                index += 1
            elif index < len(word) and word[index] in _MATRAS:
                unit.text += word[index]
                unit.vowel = "sign"
                index += 1
        elif char in _INDEPENDENT_VOWELS:
            unit = _Unit(char, False, "independent")
        else:
            unit = _Unit(char, False, None)
        while index < len(word) and word[index] in _MODIFIERS:
            unit.text += word[index]
            unit.nasal = True
            index += 1
        units.append(unit)
    return units


def delete_schwas(word):
    """A Devanagari word with a virama written where Hindi drops the inherent vowel."""
    units = _units(word)
    if len(units) < 2:
        return word

    def silence(unit):
        unit.text += _VIRAMA
        unit.vowel = None

    last = units[-1]
    if last.consonant and last.vowel == "a" and not last.nasal:
        silence(last)
    for index in range(len(units) - 2, 0, -1):
        unit, before, after = units[index], units[index - 1], units[index + 1]
        if not (unit.consonant and unit.vowel == "a" and not unit.nasal):
            continue
        if before.vowel is not None and after.consonant and after.vowel is not None:
            silence(unit)
    return "".join(unit.text for unit in units)


def _iast_to_ascii(text):
    # IAST writes च as "c" and छ as "ch"; English spells them "ch" and "chh".
    text = text.replace("ch", "\x00").replace("c", "ch").replace("\x00", "chh")
    return _ascii(text)


def _ascii(text):
    for source, target in _IAST_TO_ASCII.items():
        text = text.replace(source, target)
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(char for char in decomposed if char.isascii())


def devanagari_to_latin(text):
    """Plain lower-case Latin spelling of Devanagari text, as Hindi is pronounced."""
    text = unicodedata.normalize("NFC", text).translate(_BEFORE)
    text = _DEVANAGARI_WORD.sub(lambda m: delete_schwas(m.group()), text)
    return _iast_to_ascii(sanscript.transliterate(text, sanscript.DEVANAGARI, sanscript.IAST)).lower()


def _letter_names():
    from .languages import LANGUAGES

    return {
        unicodedata.normalize("NFC", written): latin.lower()
        for module in LANGUAGES.values()
        for written, latin in module.LETTER_NAMES.items()
    }


@functools.lru_cache(maxsize=65536)
def latin_form(name):
    """A name in plain lower-case Latin letters and single spaces, whatever its script.

    A Devanagari word that is the name of a Latin letter is that letter: "एस
    जयशंकर" is "s jayshankar", as "S. Jaishankar" is.
    """
    name = unicodedata.normalize("NFC", name)
    if _DEVANAGARI_WORD.search(name):
        letters = _letter_names()
        name = " ".join(letters.get(word.rstrip("."), word) for word in name.split())
        name = devanagari_to_latin(name)
    folded = normalize_name(name)
    return " ".join(re.sub(r"[^a-z]", " ", _ascii(folded)).split())


_KEY_RULES = [
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (r"ph", "f"),
        (r"w", "v"),
        (r"q", "k"),
        (r"x", "ks"),
        (r"ck", "k"),
        (r"c(?=[eiy])", "s"),  # a soft c: Florence, Vincent (फ्लोरेंस, विंसेंट)
        (r"c(?!h)", "k"),
        (r"^(?:el|ul)$", "al"),  # the Arabic article: el-Sisi, Zia-ul-Haq (अल-सीसी)
        (r"z", "j"),
        (r"y", "i"),
        (r"ej\b", "ei"),  # Sergej, Andrej
        (r"ee", "i"),
        (r"oo", "u"),
        (r"ou", "u"),
        (r"au", "o"),
        (r"sh", "s"),
        (r"([bcdfgjklmnprstv])h", r"\1"),
        (r"ng(?![aeiou])", "n"),
        (r"(.)\1+", r"\1"),
    )
]


@functools.lru_cache(maxsize=65536)
def phonetic_key(token):
    """One Latin name word with spelling variants levelled: Sergey → sergei, Singh → sin."""
    key = token.lower()
    for pattern, replacement in _KEY_RULES:
        key = pattern.sub(replacement, key)
    return key


def skeleton(key):
    """The consonants of a phonetic key, for finding candidates to compare."""
    return re.sub(r"[aeiouh]", "", key)


def name_keys(name):
    """The phonetic keys of each word of a name in any script."""
    return tuple(phonetic_key(token) for token in latin_form(name).split())
