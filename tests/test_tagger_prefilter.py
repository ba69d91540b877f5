"""The tagger's sentence prefilter (``articles.extraction.tagger.prefilter``): the sentences whose every
possible name is one the gazetteer or the title lists already read are not tagged, and extraction
gives the same results as with every sentence tagged.

Every sentence here was written for these tests in the style of news; none is from a data set.
"""

import io
import json
import shutil
from pathlib import Path
from unittest import mock

import pytest
from django.core.management import CommandError, call_command
from django.test import TestCase

from articles.extraction import tagged
from articles.extraction.pipeline import extract
from articles.extraction.tagger import tag_text
from articles.extraction.tagger.lexicon import fold_word
from articles.extraction.tagger.model import get_model, sentence_tokens
from articles.extraction.tagger.prefilter import (
    ALWAYS,
    NEVER,
    NOT_FIRST,
    CandidateWords,
    merged,
    sentences_to_tag,
)
from articles.extraction.tagger.training import MODELS_DIR, lexicon_path
from articles.importing.importer import prepare
from articles.importing.sources import read_source
from articles.linking import gazetteer_from_database

CORPUS = Path(__file__).with_name("corpus")
DATA = Path(__file__).resolve().parents[1].parent / "shared" / "ner"


def wanted(text, known, language="en"):
    model = get_model(language)
    sentences = [tokens for tokens in sentence_tokens(text) if tokens]
    return sentences_to_tag(sentences, known, model.candidates)


def span_of(text, name):
    start = text.index(name)
    return (start, start + len(name))


def test_overlapping_known_spans_are_merged():
    assert merged([(10, 20), (0, 5), (15, 30), (30, 31)]) == [[0, 5], [10, 31]]


def test_english_words_that_could_be_a_name():
    words = CandidateWords(True, (), fold_word)
    assert words("Sharma") == NOT_FIRST  # capitalised: part of a name unless it opens the sentence
    assert words("NATO") == ALWAYS  # an acronym is a name even first
    assert words("said") == NEVER and words("17") == NEVER and words("A") == NOT_FIRST


def test_hindi_common_words_of_the_training_data_are_no_names():
    model = get_model("hi")
    assert (
        model.lexicon.common
    ), "hi.lexicon.json lists the common words (manage.py train_tagger --common-words-only)"
    assert {"ने", "में", "कहा"} <= model.lexicon.common
    assert model.candidates("ने") == NEVER and model.candidates("२०२३") == NEVER
    assert model.candidates("सुरेश") == ALWAYS  # not a common word: could be a name


def test_a_sentence_whose_names_are_all_known_is_not_tagged():
    text = (
        "Officials said Rajnath Singh met Lloyd Austin in Washington. Kavita Ramdeo Sharma opened the forum."
    )
    known = [span_of(text, "Rajnath Singh"), span_of(text, "Lloyd Austin"), span_of(text, "Washington")]
    assert wanted(text, known) == [False, True]
    assert wanted(text, []) == [True, True]


def test_a_title_counts_as_read_and_the_first_word_alone_does_not_make_a_name():
    text = "The Defence Minister spoke to reporters. Yesterday the minister left. NATO said nothing."
    assert wanted(text, [span_of(text, "Defence Minister")]) == [False, False, True]


def test_the_spans_of_the_sentences_tagged_are_those_of_the_whole_text():
    text = (
        "Rajnath Singh met Lloyd Austin in Washington last week. "
        "Kavita Ramdeo Sharma, who heads the Larkana Valley Growers Association, was there too."
    )
    known = [span_of(text, "Rajnath Singh"), span_of(text, "Lloyd Austin"), span_of(text, "Washington")]
    everything = tag_text(text, "en")
    filtered = tag_text(text, "en", known=known)
    second = len("Rajnath Singh met Lloyd Austin in Washington last week. ")
    assert filtered == [span for span in everything if span.start >= second]
    assert {span.text for span in filtered} >= {"Kavita Ramdeo Sharma"}
    assert tag_text(text, "en", known=[(0, len(text))]) == []


class PrefilterChangesNoExtractionTests(TestCase):
    """The corpus articles (``tests/corpus/``) extract to the same people, organisations, meetings
    and events with the prefilter as with every sentence tagged."""

    @classmethod
    def setUpTestData(cls):
        cls.gazetteer = gazetteer_from_database()
        cls.articles = [prepare(read_source(path)) for path in sorted(CORPUS.glob("*.txt"))]

    def extraction(self, article):
        result = extract(article.body, article.language, self.gazetteer, article.published)
        return [
            sorted(repr(item) for item in getattr(result, name))
            for name in (
                "mentions",
                "ambiguous",
                "new_persons",
                "person_spellings",
                "organisations",
                "meetings",
            )
        ] + [sorted(repr(item) for item in result.events.items()), sorted(repr(e) for e in result.new_events)]

    def test_the_corpus_extracts_the_same_with_and_without_the_prefilter(self):
        self.assertGreaterEqual(len(self.articles), 20)
        calls = []

        def every_sentence(text, language, known=None):
            calls.append(known)
            return tag_text(text, language)

        for article in self.articles:
            with self.subTest(article=article.source_path):
                filtered = self.extraction(article)
                with mock.patch.object(tagged, "tag_text", every_sentence):
                    unfiltered = self.extraction(article)
                self.assertEqual(filtered, unfiltered)
        self.assertTrue(any(calls), "the pipeline tells the tagger the names it already read")

    def test_the_prefilter_leaves_sentences_out_of_the_corpus(self):
        model = {language: get_model(language) for language in ("en", "hi")}
        counts = {"all": 0, "tagged": 0}
        original = sentences_to_tag

        def counting(sentences, known, candidates):
            result = original(sentences, known, candidates)
            counts["all"] += len(result)
            counts["tagged"] += sum(result)
            return result

        with mock.patch("articles.extraction.tagger.model.sentences_to_tag", counting):
            for article in self.articles:
                self.extraction(article)
        self.assertTrue(model["en"] and model["hi"])
        self.assertLess(counts["tagged"], counts["all"])


def test_common_words_only_rewrites_the_list_and_nothing_else(tmp_path):
    if not (DATA / "hi").is_dir():
        pytest.skip(f"{DATA}/hi: the public NER data is not beside the repository")
    committed = json.loads(lexicon_path("hi").read_text(encoding="utf-8"))
    shutil.copy(lexicon_path("hi"), tmp_path / "hi.lexicon.json")
    stale = dict(committed, common=["सुरेश"])
    (tmp_path / "hi.lexicon.json").write_text(json.dumps(stale, ensure_ascii=False), encoding="utf-8")
    out = io.StringIO()
    call_command(
        "train_tagger",
        "--language",
        "hi",
        "--data",
        str(DATA),
        "--output",
        str(tmp_path),
        "--common-words-only",
        stdout=out,
    )
    assert f"{len(committed['common'])} common words" in out.getvalue()
    assert json.loads((tmp_path / "hi.lexicon.json").read_text(encoding="utf-8")) == committed
    assert not (tmp_path / "hi.crfsuite").exists() and (MODELS_DIR / "hi.crfsuite").is_file()
    with pytest.raises(CommandError, match="hi.lexicon.json"):
        call_command(
            "train_tagger",
            "--language",
            "hi",
            "--data",
            str(DATA),
            "--output",
            str(tmp_path / "none"),
            "--common-words-only",
            stdout=io.StringIO(),
        )
