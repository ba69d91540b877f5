"""Language rules are data: every language has them all, a third language is data alone, and no network is used."""

import re
import socket
import types

import pytest
from test_extraction_world import SINGH, meetings, run

from articles.extraction import languages, rules
from articles.extraction.languages import LANGUAGES, REQUIRED_NAMES, en


@pytest.mark.parametrize("code", sorted(LANGUAGES))
def test_every_language_has_every_rule_and_its_patterns_compile(code):
    module = LANGUAGES[code]
    missing = [name for name in REQUIRED_NAMES if not hasattr(module, name)]
    assert missing == []
    for name in REQUIRED_NAMES:
        if name.endswith("_CUES") or name in {"CLAUSE_BREAKS", "PART_OF_CHILD_FIRST", "PART_OF_PARENT_FIRST"}:
            for pattern in getattr(module, name):
                re.compile(pattern)
    assert set(module.ROLE_TITLES) <= set(en.ROLE_TITLES), "every office has a catalogue (English) title"
    assert rules.compiled(code) is not None


@pytest.mark.parametrize("code", sorted(LANGUAGES))
def test_every_clause_break_pattern_holds_a_clause_break_word(code):
    # Sentences without any of these words are taken as one clause without running the patterns.
    module = LANGUAGES[code]
    for pattern in module.CLAUSE_BREAKS:
        assert any(word.lower() in pattern for word in module.CLAUSE_BREAK_WORDS), pattern


def test_a_third_language_is_data_alone(monkeypatch):
    # A made-up language that writes like English but calls a meeting "parley": only data changes.
    values = {name: getattr(en, name) for name in REQUIRED_NAMES}
    values.update(
        CODE="xx", HELD_CUES=(r"\bparleyed\s+with\b",), MENTION_CUES=(r"\bparley\b",), CUE_WORDS=("parleyed", "parley")
    )
    module = types.SimpleNamespace(**values)
    monkeypatch.setitem(languages.LANGUAGES, "xx", module)
    rules.compiled.cache_clear()
    try:
        extraction = run("Rajnath Singh parleyed with Sherali Mirzo in Dushanbe.", "xx")
        assert meetings(extraction) == [((str(SINGH), "2"), "held", "bilateral")]
        assert run("Rajnath Singh met Sherali Mirzo in Dushanbe.", "xx").meetings == []
    finally:
        rules.compiled.cache_clear()


def test_extraction_never_uses_the_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("extraction tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    extraction = run(
        "रक्षा मंत्री राजनाथ सिंह ने बेलारूसी समकक्ष इवान पेत्रोव से मुलाकात की. "
        "सामूहिक सुरक्षा संधि संगठन (सीएसटीओ) की बैठक हुई.",
        "hi",
    )
    assert extraction.meetings and extraction.new_persons and extraction.new_organisations
