"""The name tagger (``articles.extraction.tagger``): tokens, data readers, scoring and the committed models.

Every sentence here was written for these tests in the style of news; none is from a data set.
"""

import multiprocessing

import pytest

from articles.extraction.tagger import Span, tag_text, tag_tokens
from articles.extraction.tagger.corpora import (
    CorpusError,
    read_conll2003,
    read_hiner,
    read_il_ner,
    repair_bio,
)
from articles.extraction.tagger.evaluation import evaluate, format_table, spans_of
from articles.extraction.tagger.model import get_model, sentence_tokens
from articles.extraction.tagger.tokens import tokenize
from articles.extraction.tagger.training import LANGUAGES, lexicon_path, model_path


def words(text):
    return [token.text for token in tokenize(text)]


def found(text, language):
    return {(span.text, span.label) for span in tag_text(text, language)}


# --- tokens ---------------------------------------------------------------------------------------


def test_english_tokens_are_cut_like_conll():
    text = "U.S. envoy O'Brien met Amir-Abdollahian's deputy; they didn't sign. Lt. Gen. S. Rao paid $17,000 (14.2%)."
    assert words(text) == [
        "U.S.",
        "envoy",
        "O'Brien",
        "met",
        "Amir-Abdollahian",
        "'s",
        "deputy",
        ";",
        "they",
        "did",
        "n't",
        "sign",
        ".",
        "Lt.",
        "Gen.",
        "S.",
        "Rao",
        "paid",
        "$",
        "17,000",
        "(",
        "14.2",
        "%",
        ")",
        ".",
    ]


def test_hindi_tokens_keep_their_signs_and_split_at_the_danda():
    text = "विदेश मंत्री एस. जयशंकर ने डॉ. ज़ैदी से मुलाक़ात की। बैठक अच्छी रही है."
    assert words(text) == [
        "विदेश",
        "मंत्री",
        "एस.",
        "जयशंकर",
        "ने",
        "डॉ.",
        "ज़ैदी",
        "से",
        "मुलाक़ात",
        "की",
        "।",
        "बैठक",
        "अच्छी",
        "रही",
        "है",
        ".",
    ]


def test_token_offsets_point_into_the_text():
    text = "  Defence Minister Rajnath Singh\u2019s visit —\n\nरक्षा मंत्री राजनाथ सिंह ने कहा।  "
    tokens = tokenize(text)
    assert tokens and all(text[token.start : token.end] == token.text for token in tokens)
    assert [token.text for token in tokens][3:5] == ["Singh", "\u2019s"]


def test_a_sentence_is_not_cut_after_a_hindi_initial():
    text = "बैठक में एस. जयशंकर मौजूद थे। दूसरा वाक्य है।"
    sentences = [[token.text for token in tokens] for tokens in sentence_tokens(text, "hi")]
    assert sentences == [["बैठक", "में", "एस.", "जयशंकर", "मौजूद", "थे", "।"], ["दूसरा", "वाक्य", "है", "।"]]


# --- data readers -----------------------------------------------------------------------------------


def test_conll_iob1_becomes_iob2_and_documents_start_at_the_headline(tmp_path):
    path = tmp_path / "eng.sample"
    path.write_text(
        "MINISTERS NNS B-NP O\nMEET VBP B-VP O\n. . O O\n\nDELHI NNP B-NP I-LOC\n2021-07-27 CD I-NP O\n\n"
        "Asha NNP B-NP I-PER\nRao NNP I-NP I-PER\nmet VBD B-VP O\nVikram NNP B-NP B-PER\n. . O O\n\n"
        "Second NNP B-NP O\nstory NN I-NP O\n\nPATNA NNP B-NP I-LOC\n2021-07-28 CD I-NP O\n\n",
        encoding="utf-8",
    )
    documents = read_conll2003(path)
    assert [len(document) for document in documents] == [3, 2]
    assert documents[0][2] == (("Asha", "Rao", "met", "Vikram", "."), ("B-PER", "I-PER", "O", "B-PER", "O"))
    assert documents[1][1][1] == ("B-LOC", "O")


def test_il_ner_labels_and_damaged_tags(tmp_path):
    path = tmp_path / "hindi-sample.txt"
    path.write_text(
        "सुनीता\tB-NEP\nवर्मा\tI-NEP\nने\tO\nदिल्ली\t-NEL\nमें\tO\nसोमवार\tB-NETI\nबैंक\tB-NEO\nकहा\t-\n\n",
        encoding="utf-8",
    )
    [[sentence]] = read_il_ner(path)
    assert sentence[1] == ("B-PER", "I-PER", "O", "B-LOC", "O", "O", "B-ORG", "O")


def test_hiner_labels_other_than_the_three_become_o(tmp_path):
    path = tmp_path / "validation.conll"
    path.write_text("अमर\tB-PERSON\nपुर\tB-MISC\nबोर्ड\tB-ORGANIZATION\nगया\tB-LOCATION\n\n", encoding="utf-8")
    assert read_hiner(path) == [[(("अमर", "पुर", "बोर्ड", "गया"), ("B-PER", "O", "B-ORG", "B-LOC"))]]


def test_a_malformed_line_names_the_file_and_the_line(tmp_path):
    path = tmp_path / "broken.txt"
    path.write_text("सुनीता\tB-NEP\nएक दो तीन\n", encoding="utf-8")
    with pytest.raises(CorpusError, match=r"broken\.txt, line 2"):
        read_il_ner(path)
    with pytest.raises(CorpusError, match="no such file"):
        read_hiner(tmp_path / "absent.conll")


def test_repair_bio_starts_a_name_at_a_dangling_inside_tag():
    assert repair_bio(["O", "I-PER", "I-ORG", "B-LOC", "I-LOC"]) == ["O", "B-PER", "B-ORG", "B-LOC", "I-LOC"]


# --- scoring ----------------------------------------------------------------------------------------


def test_spans_follow_conlleval():
    assert spans_of(["B-PER", "I-PER", "O", "I-ORG", "I-ORG", "B-ORG", "I-LOC"]) == [
        (0, 2, "PER"),
        (3, 5, "ORG"),
        (5, 6, "ORG"),
        (6, 7, "LOC"),
    ]


def test_scores_are_exact_span_matches():
    gold = [["B-PER", "I-PER", "O", "B-ORG"], ["B-LOC", "O"]]
    predicted = [["B-PER", "O", "O", "B-ORG"], ["B-LOC", "B-PER"]]
    scores = evaluate(gold, predicted)
    assert (scores["PER"].true_positives, scores["PER"].false_positives, scores["PER"].false_negatives) == (
        0,
        2,
        1,
    )
    assert scores["ORG"].f1 == 1.0 and scores["LOC"].f1 == 1.0
    assert scores["overall"].precision == pytest.approx(2 / 4) and scores["overall"].recall == pytest.approx(
        2 / 3
    )
    table = format_table(scores, "sample")
    assert table.splitlines()[0] == "sample" and table.splitlines()[-1].startswith("overall")
    with pytest.raises(ValueError, match="sequence 0"):
        evaluate([["O"]], [["O", "O"]])


# --- the committed models ----------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_committed_model_and_its_lexicon_load(language):
    assert model_path(language).is_file() and lexicon_path(language).is_file()
    model = get_model(language)
    assert {"O", "B-PER", "I-PER", "B-ORG", "B-LOC"} <= set(model.labels)


def test_a_cabinet_list_without_titles_is_all_people():
    text = (
        "The new cabinet includes Rajnath Singh, Amit Shah, Nirmala Sitharaman and Piyush Goyal, "
        "the government said on Sunday."
    )
    assert {"Rajnath Singh", "Amit Shah", "Nirmala Sitharaman", "Piyush Goyal"} <= {
        name for name, label in found(text, "en") if label == "PER"
    }


def test_english_news_people_organisations_and_places():
    text = (
        "Marcus Webb scored twice as Leeds United beat Everton 3-1 on Saturday.\n\n"
        "The World Bank said on Monday that Kenya would receive new loans. "
        "Webb, 24, joined the club from Ajax in June."
    )
    names = found(text, "en")
    assert {("Marcus Webb", "PER"), ("Leeds United", "ORG"), ("World Bank", "ORG"), ("Kenya", "LOC")} <= names
    assert ("Webb", "PER") in names


def test_a_hindi_name_before_ne_is_a_person():
    text = "बैठक के बाद सुरेश प्रभाकर ने कहा कि दोनों देश व्यापार बढ़ाएंगे। उन्होंने दिल्ली में पत्रकारों से बात की।"
    names = found(text, "hi")
    assert ("सुरेश प्रभाकर", "PER") in names
    assert ("दिल्ली", "LOC") in names


def test_spans_round_trip_and_come_in_text_order():
    for text, language in (
        ("Foreign Minister S. Jaishankar met his counterpart Penny Wong in Canberra on Friday.", "en"),
        ("प्रधानमंत्री नरेंद्र मोदी ने टोक्यो में जापान के प्रधानमंत्री से मुलाकात की।", "hi"),
    ):
        spans = tag_text(text, language)
        assert spans, text
        for span in spans:
            assert isinstance(span, Span)
            assert text[span.start : span.end] == span.text
            assert span.label in {"PER", "ORG", "LOC", "MISC"}
            assert 0.0 <= span.confidence <= 1.0
        assert [span.start for span in spans] == sorted(span.start for span in spans)
        assert all(left.end <= right.start for left, right in zip(spans, spans[1:]))


def test_tagging_is_deterministic():
    text = "Sheikh Hasina met Narendra Modi in New Delhi; the Awami League welcomed the talks."
    assert tag_text(text, "en") == tag_text(text, "en")
    sentences = [words("Sheikh Hasina met Narendra Modi in New Delhi ."), words("Dhaka welcomed it .")]
    first = tag_tokens(sentences, "en")
    assert first == tag_tokens(sentences, "en")
    assert [len(tags) for tags in first] == [len(sentence) for sentence in sentences]


def test_a_language_without_a_model_gives_nothing():
    assert tag_text("Rajnath Singh met Lloyd Austin.", "und") == []
    assert tag_tokens([["Rajnath", "Singh"]], "und") == [["O", "O"]]
    assert tag_text("", "en") == []


def _tag_in_child(queue):
    queue.put([(span.text, span.label) for span in tag_text("Angela Merkel visited Paris.", "en")])


def test_a_forked_worker_tags_with_the_model_its_parent_loaded():
    expected = [(span.text, span.label) for span in tag_text("Angela Merkel visited Paris.", "en")]
    context = multiprocessing.get_context("fork")
    queue = context.Queue()
    child = context.Process(target=_tag_in_child, args=(queue,))
    child.start()
    result = queue.get(timeout=60)
    child.join(timeout=60)
    assert result == expected and ("Angela Merkel", "PER") in result


# --- training -----------------------------------------------------------------------------------------

ENGLISH_SAMPLE = (
    "TALKS NNS B-NP O\nIN IN B-PP O\nDELHI NNP B-NP I-LOC\n. . O O\n\nDELHI NNP B-NP I-LOC\n2021-07-27 CD I-NP O\n\n"
    "Asha NNP B-NP I-PER\nRao NNP I-NP I-PER\nmet VBD B-VP O\nVikram NNP B-NP I-PER\nMehta NNP I-NP I-PER\n"
    "of IN B-PP O\nAcme NNP B-NP I-ORG\nBank NNP I-NP I-ORG\nin IN B-PP O\nPatna NNP B-NP I-LOC\n. . O O\n\n"
)
HINDI_SAMPLE = "आशा\tB-NEP\nराव\tI-NEP\nने\tO\nपटना\tB-NEL\nमें\tO\nबैंक\tB-NEO\nसे\tO\nबात\tO\nकी\tO\n।\tO\n\n"


def sample_data(root):
    (root / "en" / "conll2003").mkdir(parents=True)
    (root / "en" / "conll2003" / "eng.train").write_text(ENGLISH_SAMPLE * 3, encoding="utf-8")
    (root / "hi" / "il-ner").mkdir(parents=True)
    (root / "hi" / "il-ner" / "hindi-train.txt").write_text(HINDI_SAMPLE * 3, encoding="utf-8")
    return root


def test_train_tagger_writes_the_same_models_from_the_same_data(tmp_path):
    from django.core.management import call_command

    data = sample_data(tmp_path / "ner")
    first, second = tmp_path / "first", tmp_path / "second"
    for output in (first, second):
        call_command(
            "train_tagger",
            "--data",
            str(data),
            "--output",
            str(output),
            "--max-iterations",
            "20",
            verbosity=0,
        )
    for name in ("en.crfsuite", "en.lexicon.json", "hi.crfsuite", "hi.lexicon.json"):
        assert (first / name).read_bytes() == (second / name).read_bytes(), name
    from articles.extraction.tagger.model import Model

    model = Model("en", first)
    assert len(model.tag_tokens([["Asha", "Rao", "met", "Vikram", "Mehta", "."]])[0]) == 6


def test_train_tagger_names_a_bad_parameter(tmp_path):
    from django.core.management import call_command
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match=r"--data .*absent: no such folder"):
        call_command("train_tagger", "--data", str(tmp_path / "absent"), verbosity=0)
    data = sample_data(tmp_path / "ner")
    with pytest.raises(CommandError, match="--c1 must not be negative"):
        call_command(
            "train_tagger", "--data", str(data), "--output", str(tmp_path / "out"), "--c1", "-1", verbosity=0
        )
    (data / "en" / "conll2003" / "eng.train").write_text("Asha NNP I-PER\n", encoding="utf-8")
    with pytest.raises(CommandError, match=r"eng\.train, line 1: expected 4 columns"):
        call_command(
            "train_tagger",
            "--language",
            "en",
            "--data",
            str(data),
            "--output",
            str(tmp_path / "out"),
            verbosity=0,
        )


def test_the_hindi_lexicon_knows_office_words_written_with_vowel_signs():
    from articles.extraction.tagger.lexicon import build_lexicon, fold_word

    lexicon = build_lexicon("hi")
    for word in ("मंत्री", "राष्ट्रपति", "प्रधानमंत्री", "सचिव"):
        assert "title" in lexicon.classes_of_word(fold_word(word)), word
    assert "postposition" in lexicon.classes_of_word("ने")
