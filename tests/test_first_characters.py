"""The first-character test in front of the rules' patterns finds exactly what the patterns find."""

import re
from pathlib import Path

import pytest

from articles.extraction.first_characters import first_characters, with_first_character_test
from articles.extraction.needles import CueList
from articles.extraction.rules import compiled

CORPUS = Path(__file__).parent / "corpus"

# Sentences of our own with the rules' cues in them, in both scripts and in both cases.
SENTENCES = {
    "en": [
        "SINGH MET WANG in Delhi on Monday; the talks were held at Hyderabad House.",
        "Rajnath Singh held bilateral talks with his Chinese counterpart, but no statement was issued.",
        "The minister is expected to meet Lavrov next week, while attending the summit.",
        "In a phone call on Friday, Jaishankar discussed trade with Blinken.",
    ],
    "hi": [
        "राजनाथ सिंह ने सोमवार को वांग यी से मुलाकात की, लेकिन कोई बयान जारी नहीं हुआ।",
        "दोनों नेताओं की बैठक दिल्ली में हुई और उन्होंने फोन पर बातचीत की।",
        "रक्षा मंत्री अगले सप्ताह मास्को जा सकते हैं, जहां उनकी मुलाकात होने की संभावना है।",
    ],
}


def _texts(language):
    texts = list(SENTENCES[language])
    texts += [path.read_text(encoding="utf-8") for path in sorted(CORPUS.glob(f"{language}*.txt"))]
    return texts


def test_the_first_characters_of_a_pattern():
    assert first_characters(r"\bmet\b|\b(?:held|holds)\s+talks") == {"m", "h"}
    assert first_characters(r"(?<!who )\b(?:was|were)\s+received") == {"w"}
    assert first_characters(r"(?:^|(?<=[\s,]))(?:in|at)\s+the") == {"i", "a"}
    assert first_characters(r"(?:very\s+)?good") == {"v", "g"}
    assert first_characters(r"[a-c]x") == {"a", "b", "c"}


def test_a_pattern_that_could_begin_anywhere_is_left_alone():
    for pattern in (r"\s*said", r".met", r"\wmet", r"[^a]met", r"(?:x)?", r"(a)?\1", r"(?:a|)"):
        assert first_characters(pattern) is None, pattern
        plain = re.compile(pattern)
        assert with_first_character_test(plain) is plain


def test_case_is_folded_as_the_pattern_folds_it():
    pattern = with_first_character_test(re.compile(r"\bsummit\b", re.IGNORECASE))
    assert pattern.pattern.startswith("(?=[")
    assert [m.group() for m in pattern.finditer("The SUMMIT, a Summit, ſummit")] == ["SUMMIT", "Summit", "ſummit"]


@pytest.mark.parametrize("language", ["en", "hi"])
def test_every_rule_finds_what_it_found_without_the_test(language):
    rules = compiled(language)
    patterns = {name: value for name, value in vars(rules).items() if isinstance(value, re.Pattern)}
    # A long cue list (``needles.CueList``) runs parts of its whole alternation: the whole is tested here.
    patterns.update({name: value.whole for name, value in vars(rules).items() if isinstance(value, CueList)})
    tested = [name for name, value in patterns.items() if value.pattern.startswith("(?=[")]
    assert "held" in tested and "call" in tested
    texts = _texts(language)
    for name in tested:
        fast = patterns[name]
        plain = re.compile(fast.pattern[fast.pattern.index("])(?:") + 5 : -1], fast.flags)
        for text in texts:
            assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], name
