"""Stage 3: sentence splitting in English and Hindi."""

from articles.extraction.sentences import split_sentences


def texts(body, language):
    return [s.text for s in split_sentences(body, language)]


def test_abbreviated_ranks_and_initials_do_not_end_a_sentence():
    body = "He met Col. Gen. Ivan Petrov. External Affairs Minister S. Jaishankar spoke. Lt. Gen. Rao left."
    assert texts(body, "en") == [
        "He met Col. Gen. Ivan Petrov.",
        "External Affairs Minister S. Jaishankar spoke.",
        "Lt. Gen. Rao left.",
    ]


def test_closing_quotes_stay_with_their_sentence():
    body = 'She said, "We agreed." Then they left!'
    assert texts(body, "en") == ['She said, "We agreed."', "Then they left!"]


def test_hindi_sentences_end_with_danda_or_full_stop():
    body = "मंत्री ने बात की। दोनों देशों ने समझौता किया. अगला वाक्य"
    assert texts(body, "hi") == ["मंत्री ने बात की।", "दोनों देशों ने समझौता किया.", "अगला वाक्य"]


def test_paragraph_break_ends_a_sentence_and_offsets_point_into_the_text():
    body = "A heading without a stop\n\nFirst sentence. Second one."
    sentences = split_sentences(body, "en")
    assert [s.text for s in sentences] == ["A heading without a stop", "First sentence.", "Second one."]
    for sentence in sentences:
        assert body[sentence.start : sentence.end] == sentence.text
    assert [s.index for s in sentences] == [0, 1, 2]


def test_hindi_initials_written_as_letter_names_do_not_end_a_sentence():
    body = "विदेश मंत्री एस. जयशंकर ने डी. पी. पांडेय से मुलाकात की. बाद में वे लौट गए।"
    assert texts(body, "hi") == ["विदेश मंत्री एस. जयशंकर ने डी. पी. पांडेय से मुलाकात की.", "बाद में वे लौट गए।"]


def test_initials_written_together_do_not_end_a_sentence():
    """"V.K. Saxena", "वी.के. सक्सेना": Indian news writes initials so; the sentence, and its meeting, is one."""
    assert texts("Manoj Tiwari met V.K. Saxena on Monday. He left.", "en") == [
        "Manoj Tiwari met V.K. Saxena on Monday.",
        "He left.",
    ]
    assert texts("मनोज तिवारी ने वी.के. सक्सेना से मुलाकात की। वे लौट गए।", "hi") == [
        "मनोज तिवारी ने वी.के. सक्सेना से मुलाकात की।",
        "वे लौट गए।",
    ]
