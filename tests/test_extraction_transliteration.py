"""Devanagari names in Latin letters, as Hindi pronounces them, and spelling-levelled keys."""

import pytest

from articles.extraction.transliteration import delete_schwas, latin_form, name_keys, phonetic_key, skeleton


@pytest.mark.parametrize(
    "devanagari, latin",
    [
        ("राजनाथ सिंह", "rajnath sinh"),  # medial and final schwa dropped, anusvara as n
        ("विक्टर ख्रेनिन", "viktar khrenin"),
        ("जयशंकर", "jayshankar"),
        ("वेई फेंगहे", "vei phenghe"),
        ("मिर्ज़ो", "mirzo"),  # nukta: z
        ("मिर्जा", "mirja"),
        ("ऑस्टिन", "ostin"),  # the loanword vowel ऑ
        ("शी जिनपिंग", "shi jinping"),
        ("चिनफिंग", "chinphing"),  # च is "ch"
    ],
)
def test_devanagari_is_spelled_as_pronounced(devanagari, latin):
    assert latin_form(devanagari) == latin


def test_schwa_deletion_writes_a_virama_where_hindi_drops_the_vowel():
    assert delete_schwas("राजनाथ") == "राज्नाथ्"
    assert delete_schwas("क") == "क"  # a one-letter word keeps its vowel
    assert delete_schwas("सिंह") == "सिंह्"
    assert delete_schwas("कंगन").endswith("न्")


def test_latin_names_are_folded_to_plain_letters():
    assert latin_form("Sergéi  Shoigu") == "sergei shoigu"
    assert latin_form("O'Neil-Smith") == "o neil smith"


@pytest.mark.parametrize(
    "first, second",
    [
        ("Sergei", "Sergey"),
        ("Singh", "सिंह"),
        ("Rajnath", "राजनाथ"),
        ("Jaishankar", "जयशंकर"),
        ("Fenghe", "फेंगहे"),
        ("Wei", "वेई"),
        ("Khrenin", "ख्रेनिन"),
    ],
)
def test_spelling_variants_share_a_phonetic_key(first, second):
    assert name_keys(first) == name_keys(second)


def test_different_names_keep_different_keys_and_skeletons():
    assert phonetic_key("karan") != phonetic_key("arjun")
    assert skeleton(phonetic_key("viktor")) == skeleton(phonetic_key("viktar")) == "vktr"
    assert skeleton(phonetic_key("mehta")) != skeleton(phonetic_key("mohan"))
