"""How text becomes searchable words, and the query syntax (no database needed).

The PostgreSQL-only test at the end checks that ``analysis.py`` and the
generated column of migration 0002 still split and stem text the same way.
"""

import unicodedata

import pytest
from django.db import connection

from articles.search.analysis import (
    DROPPED_WORD,
    ENGLISH,
    HINDI,
    SIMPLE_CONFIGURATION,
    configurations_for,
    pg_word_class,
    words,
)
from articles.search.constants import INDEXED_BODY_CHARS
from articles.search.query import Any, parse_query


def test_hindi_words_stay_whole():
    # The default tokenizers shred Devanagari at vowel signs and the virama.
    assert words("रक्षा मंत्री राजनाथ सिंह ने “बैठक” की।") == ["रक्षा", "मंत्री", "राजनाथ", "सिंह", "ने", "बैठक", "की"]


def test_punctuation_quotes_and_the_danda_separate_words():
    assert words("Singh's “talks”—in Dushanbe, 29.07.2021; F-16 जवाब।आगे") == [
        "singh",
        "s",
        "talks",
        "in",
        "dushanbe",
        "29",
        "07",
        "2021",
        "f",
        "16",
        "जवाब",
        "आगे",
    ]


def test_text_is_nfc_normalised_and_the_nukta_dropped():
    assert words("मिर्ज़ा") == words("मिर्जा") == words("मिर\u094dज\u093cा")
    assert words("\u095bरूरी") == words("जरूरी")  # precomposed ज़
    assert words(unicodedata.normalize("NFD", "Café ÉMILE")) == ["café", "émile"]


def test_english_stems_and_drops_stop_words():
    assert ENGLISH.lexemes("The ministers talked about talks") == [None, "minist", "talk", None, "talk"]


def test_hindi_stems_inflected_forms_to_one_lexeme():
    assert HINDI.lexeme("मंत्रियों") == HINDI.lexeme("मंत्री")
    assert HINDI.lexeme("बैठकों") == HINDI.lexeme("बैठक")
    # Latin words quoted in Hindi text are stemmed as English.
    assert HINDI.lexemes("SCO की talks") == ["sco", HINDI.lexeme("की"), "talk"]


def test_undetermined_text_is_only_lower_cased():
    assert SIMPLE_CONFIGURATION.lexemes("The Talks") == ["the", "talks"]


def test_the_sqlite_document_keeps_positions_of_dropped_words():
    assert ENGLISH.document("talks in Dushanbe") == f"talk {DROPPED_WORD} dushanb"


def test_a_language_filter_picks_configurations():
    assert configurations_for([]) == (ENGLISH, HINDI, SIMPLE_CONFIGURATION)
    assert configurations_for(["hi"]) == (HINDI,)
    assert configurations_for(["und", "en"]) == (SIMPLE_CONFIGURATION, ENGLISH)


# -- the query syntax ------------------------------------------------------------------------


def clause_words(query):
    return [[term.words for term in clause.terms] for clause in query.clauses]


def test_words_phrases_or_and_exclusions():
    query = parse_query('"defence ministers" Dushanbe OR Minsk -terrorism -"joint statement"')
    assert clause_words(query) == [[("defence", "ministers")], [("dushanbe",), ("minsk",)]]
    assert [term.words for term in query.excluded] == [("terrorism",), ("joint", "statement")]


def test_words_with_inner_punctuation_are_phrases():
    query = parse_query("cross-border Singh's")
    assert clause_words(query) == [[("cross", "border")], [("singh", "s")]]
    assert [[term.text for term in run] for run in query.runs] == [["cross-border", "Singh's"]]


@pytest.mark.parametrize(
    "text, clauses, excluded",
    [
        ("a OR", [[("a",)]], []),  # a dangling OR is ignored
        ("OR b", [[("b",)]], []),
        ("-a OR b", [[("b",)]], [("a",)]),  # no OR after an exclusion
        ('"unclosed phrase', [[("unclosed", "phrase")]], []),
        ('- -- "" ,,', [], []),  # nothing searchable
        ("or", [[("or",)]], []),  # only upper-case OR is the operator
    ],
)
def test_the_parser_never_fails(text, clauses, excluded):
    query = parse_query(text)
    assert clause_words(query) == clauses
    assert [term.words for term in query.excluded] == excluded


def test_or_clauses_are_not_part_of_names():
    query = parse_query("Rajnath Singh OR Wei Fenghe")
    assert [[term.text for term in run] for run in query.runs] == [["Rajnath"], ["Fenghe"]]
    assert isinstance(query.clauses[1], Any) and len(query.clauses[1].terms) == 2


# -- PostgreSQL and Python agree ----------------------------------------------------------------

CORPUS = {
    "english": "Defence ministers met in Dushanbe on Tuesday; “talks” covered terrorism, F-16 jets "
    "and 2,000 troops. "
    "Sergéi's café ÉMILE Шойгу",
    "hindi": "रक्षा मंत्रियों ने दुशान्बे में बैठक की। शेर अली मिर्ज़ा ने “सहयोग” पर ज़ोर दिया, SCO talks २०२१",
    "simple": "The Talks, as written — मंत्रियों",
}


@pytest.mark.django_db
def test_the_generated_column_and_the_python_analysis_agree():
    if connection.vendor != "postgresql":
        pytest.skip("compares PostgreSQL's generated column with analysis.py")
    from articles.models import Article

    configurations = {
        "english": ("en", ENGLISH),
        "hindi": ("hi", HINDI),
        "simple": ("und", SIMPLE_CONFIGURATION),
    }
    for name, text in CORPUS.items():
        language, configuration = configurations[name]
        article = Article.objects.create(title="", body=text, language=language)
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT lexeme, positions FROM unnest("
                "(SELECT search_vector FROM articles_article WHERE id = %s))",
                [article.pk],
            )
            from_database = {lexeme: sorted(positions) for lexeme, positions in cursor.fetchall()}
        expected = {}
        for position, lexeme in enumerate(configuration.lexemes(text), start=1):
            if lexeme:
                expected.setdefault(lexeme, []).append(position)
        assert from_database == expected, name


def test_the_migration_froze_the_same_word_characters():
    import importlib

    migration = importlib.import_module("articles.migrations.0004_issue5_search_index")
    assert migration.WORD_CLASS == pg_word_class()
    assert migration.INDEXED_BODY_CHARS == INDEXED_BODY_CHARS
