"""Span structures and whole-word search that keep extraction linear in the length of the text."""

from articles.extraction.rules import _FEW_NEEDLES, find_words
from articles.extraction.spans import DisjointSpans, SpanIndex


def test_span_index_finds_every_overlapping_span_and_no_other():
    index = SpanIndex([(0, 5), (3, 20), (10, 12), (30, 31)])
    assert index.overlapping(4, 11) == [(0, 5), (3, 20), (10, 12)]
    assert index.overlapping(20, 30) == []
    assert index.covers(30) and not index.covers(31)


def test_disjoint_spans_refuse_any_overlap():
    taken = DisjointSpans()
    taken.add(10, 20)
    taken.add(0, 5)
    assert taken.overlaps(19, 25) and taken.overlaps(4, 6) and taken.overlaps(0, 100)
    assert not taken.overlaps(5, 10) and not taken.overlaps(20, 30)


def test_many_needles_are_found_as_a_few_are_longest_first_and_whole_words():
    text = "Singh met Rajnath Singh; Singhal met Wei. Wei Fenghe and Li Shangfu, Shangfu."
    needles = ["Singh", "Rajnath Singh", "Wei", "Wei Fenghe", "Li", "Shangfu", "Li Shangfu"]
    expected = [
        (0, 5, "Singh"),
        (10, 23, "Rajnath Singh"),
        (37, 40, "Wei"),
        (42, 52, "Wei Fenghe"),
        (57, 67, "Li Shangfu"),
        (69, 76, "Shangfu"),
    ]
    assert len(needles) <= _FEW_NEEDLES
    assert find_words(text, needles) == expected
    padding = [f"Absent{n}" for n in range(_FEW_NEEDLES)]  # enough needles for the one-pass search
    assert find_words(text, needles + padding) == expected


def test_hindi_words_keep_their_vowel_signs_as_word_characters():
    text = "सिंह ने सिंहासन देखा और राजनाथ सिंह लौटे"
    assert [found[2] for found in find_words(text, ["सिंह", "राजनाथ सिंह", *[f"x{n}" for n in range(9)]])] == [
        "सिंह",
        "राजनाथ सिंह",
    ]
