"""The Hindi tagger's name-word features: the team's person-name lists and the gazetteer's people as
lexicon classes, and the features of a run of name words and of the words around it."""

import functools

from articles.extraction.tagger.features import FeatureExtractor
from articles.extraction.tagger.lexicon import build_lexicon, fold_word, read_person_names


@functools.lru_cache(maxsize=None)
def hindi_lexicon():
    return build_lexicon("hi")


def features_of(sentence):
    extractor = FeatureExtractor("hi", hindi_lexicon())
    words = sentence.split()
    return dict(zip(words, extractor.sentence_features(words)))


def test_the_name_lists_are_the_teams_own_with_their_note():
    names = read_person_names()
    assert set(names) == {"hi", "en"}
    assert {"given", "family", "particles"} <= set(names["hi"])
    assert "सुनीता" in names["hi"]["given"] and "शर्मा" in names["hi"]["family"]


def test_the_hindi_lexicon_knows_given_and_family_names_and_the_gazetteers_people():
    lexicon = hindi_lexicon()
    assert "given" in lexicon.classes_of_word(fold_word("सुनीता"))
    assert "family" in lexicon.classes_of_word(fold_word("शर्मा"))
    # A nukta spelling is found in its folded form.
    assert "family" in lexicon.classes_of_word(fold_word("ख़ान"))
    # people.json: "Ram Nath Kovind", alias "राम नाथ कोविंद".
    assert "personword" in lexicon.classes_of_word(fold_word("कोविंद"))
    assert ("राम", "नाथ", "कोविंद") in {tokens for tokens, name in lexicon.starts[fold_word("राम")] if name == "person"}
    # Ordinary words the lists leave out stay out.
    for word in ("विकास", "भारत", "ने", "मंत्री"):
        assert not {"given", "family", "personword"}.intersection(lexicon.classes_of_word(fold_word(word))), word


def test_a_run_of_name_words_after_an_office_and_before_a_postposition():
    features = features_of("मंत्री सुनीता शर्मा ने कहा")
    assert {b"nr=B", b"nn=2", b"nt", "np=ने".encode()} <= set(features["सुनीता"])
    assert {b"nr=E", b"nn=2", b"nt", "np=ने".encode()} <= set(features["शर्मा"])
    for word in ("मंत्री", "ने", "कहा"):
        assert not [feature for feature in features[word] if feature[:3] in (b"nr=", b"nn=", b"np=")], word


def test_a_single_name_word_without_context_gets_only_its_length():
    features = features_of("कल सुनीता आई")
    assert b"nn=1" in features["सुनीता"]
    assert not {b"nr=B", b"nt"}.intersection(features["सुनीता"])
    assert not [feature for feature in features["सुनीता"] if feature.startswith(b"np=")]


def test_the_distance_to_an_organisations_head_noun_stops_at_a_postposition():
    features = features_of("राष्ट्रीय सुरक्षा परिषद की बैठक")
    assert b"oh+2" in features["राष्ट्रीय"]
    assert b"oh+1" in features["सुरक्षा"]
    features = features_of("दिल्ली में परिषद")
    assert not [feature for feature in features["दिल्ली"] if feature.startswith(b"oh+")]


def test_english_gets_no_name_word_classes():
    lexicon = build_lexicon("en")
    assert not {"given", "family", "particle", "person", "personword"}.intersection(lexicon.phrases)


def test_a_hindi_given_name_alone_before_ne_is_a_person():
    from articles.extraction.tagger import tag_text

    spans = tag_text("बैठक के बाद सुनीता ने कहा कि स्कूल कल खुलेगा।", "hi")
    assert [(span.text, span.label) for span in spans] == [("सुनीता", "PER")]
