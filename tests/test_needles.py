"""``needles``: a long list of cues runs only the cues whose words are in the range searched, and finds
exactly what the whole alternation finds."""

import re

import pytest

from articles.extraction.languages import en, hi
from articles.extraction.needles import CueList, _alternation, cue_list, needles

ENGLISH = [
    "Rajnath Singh held talks with Sherali Mirzo in Dushanbe on Wednesday, and later called on the President.",
    "THE MINISTERS MET ON MONDAY; the meeting was cancelled after the PRIME MINISTER fell ill.",
    "He will meet Xi on the sidelines, officials said, but may not hold a bilateral.",
    "Nobody met anybody here.",
    "ſpoke by phone with her counterpart",  # a long s: the engine folds it to "s" under IGNORECASE
]
HINDI = [
    "राजनाथ सिंह ने बुधवार को शेर अली मिर्जा से मुलाकात की और फोन पर बात की।",
    "दोनों नेताओं की बैठक टल गई, अब वे अगले सप्ताह मिलेंगे।",
    "कोई मुलाकात नहीं हुई।",
]


def test_a_needle_is_a_word_every_match_contains():
    assert needles(r"\b(?:held|holds)\s+talks\b", re.IGNORECASE) == {"talks"}
    assert needles(r"\b(?:met|talked)\b", re.IGNORECASE) == {"met", "talked"}
    assert needles(r"(?<=with\s)\w+") is None  # a look-behind's word is read outside the match: no needle
    assert needles(r"[a-z]+ed\b") is None  # nothing literal of three letters
    assert needles(r"(?i:talks)") is None  # case-blind inside a case-sensitive list


@pytest.mark.parametrize(("module", "texts"), [(en, ENGLISH), (hi, HINDI)])
def test_every_long_cue_list_finds_what_its_whole_alternation_finds(module, texts):
    flags = 0 if module.SCRIPT == "Deva" else re.IGNORECASE
    lists = [value for name, value in vars(module).items() if name.endswith("_CUES") and isinstance(value, tuple) and len(value) >= 10]
    assert len(lists) >= 2
    for patterns in lists:
        fast, whole = CueList(patterns, flags), _alternation(patterns, flags)
        for text in texts:
            for pos in range(0, len(text), 7):
                for end in (len(text), pos + 25, pos + 60):
                    found = [m.span() for m in fast.finditer(text, pos, end)]
                    assert found == [m.span() for m in whole.finditer(text, pos, end)], (patterns[0], text, pos, end)
                    assert (fast.search(text, pos, end) or re.match("", "")).span() == (
                        whole.search(text, pos, end) or re.match("", "")
                    ).span()
                    assert bool(fast.match(text, pos, end)) == bool(whole.match(text, pos, end))


def test_only_the_cues_whose_needles_are_there_run():
    cues = CueList([r"\bmet\b", r"\bheld\s+talks\b", r"\bcalled\s+on\b", r"\bspoke\b", r"\bvisited\b", r"\bhosted\b"], re.I)
    chosen = cues._for("They held talks, then met.", 0, 26)
    assert chosen.pattern.count("(?:") == 3  # met and held talks (and the first-character test's group)
    assert cue_list([r"\bmet\b"], re.I).pattern.endswith(r"(?:(?:\bmet\b))")  # a short list stays one alternation
