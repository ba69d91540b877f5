"""Readers for the public named-entity data sets in ``../shared/ner/`` (see its README).

Every reader returns a list of documents; a document is a list of sentences; a sentence is a
``(tokens, tags)`` pair of equal-length tuples, the tags in BIO (IOB2) over the labels ``PER``,
``ORG``, ``LOC`` and, for CoNLL-2003 only, ``MISC``. Other labels of a data set become ``O``.

* CoNLL-2003 English (``en/conll2003/eng.{train,testa,testb}``): ``token POS chunk tag`` a line,
  IOB1 tags (``B-`` only between two adjacent names of one type), converted to IOB2. Documents are
  separated by ``-DOCSTART-`` lines; the public copy in ``../shared/ner/`` has none, so a document
  is recovered from its dateline ("LONDON 1996-08-30"): it starts at the headline before the
  dateline (and the byline before that, when there is one).
* IL-NER Hindi (``hi/il-ner/hindi-{train,dev,test}.txt``): ``token<TAB>tag``, IOB2 with ``NEP``
  person, ``NEO`` organisation, ``NEL`` location (``NEN``, ``NETI``, ``NEAR``, ``NEU`` → ``O``).
  A few hundred tokens carry a damaged tag: a bare ``-`` (read as ``O``) or ``-NEL`` without its
  ``B``/``I`` (read as ``I-NEL``, i.e. it continues a location before it and starts one otherwise).
  One line of the train file has a tag and no token; it is skipped. The files mark no documents:
  each sentence is its own document.
* HiNER (``hi/hiner/validation.conll``): ``token<TAB>tag``, IOB2 with ``PERSON``,
  ``ORGANIZATION``, ``LOCATION``; every other label → ``O``. Its sentences are shuffled: each is its
  own document. Measure only: never train or tune on it.

A malformed line raises ``CorpusError`` naming the file, the line number and the reason.
"""

import re
from pathlib import Path

LABELS = ("PER", "ORG", "LOC", "MISC")

CONLL_LABELS = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"}
IL_NER_LABELS = {"NEP": "PER", "NEO": "ORG", "NEL": "LOC"}
HINER_LABELS = {"PERSON": "PER", "ORGANIZATION": "ORG", "LOCATION": "LOC"}

# Where each split lives under the data folder, and how it is read.
SPLITS = {
    ("en", "train"): "en/conll2003/eng.train",
    ("en", "dev"): "en/conll2003/eng.testa",
    ("en", "test"): "en/conll2003/eng.testb",
    ("hi", "train"): "hi/il-ner/hindi-train.txt",
    ("hi", "dev"): "hi/il-ner/hindi-dev.txt",
    ("hi", "test"): "hi/il-ner/hindi-test.txt",
    ("hi", "hiner"): "hi/hiner/validation.conll",
}

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_TAG = re.compile(r"O|[BI]-[A-Z]+")


class CorpusError(ValueError):
    """A data file that cannot be read: the message names the file, the line and the reason."""


def read_split(data_dir, language, split):
    """The documents of one split (``train``, ``dev``, ``test``; ``hiner`` for Hindi) under ``data_dir``."""
    try:
        relative = SPLITS[(language, split)]
    except KeyError:
        known = ", ".join(f"{lang}/{name}" for lang, name in SPLITS)
        raise CorpusError(f"no data split {language}/{split} (known: {known})") from None
    path = Path(data_dir) / relative
    if language == "en":
        return read_conll2003(path)
    if split == "hiner":
        return read_hiner(path)
    return read_il_ner(path)


def read_conll2003(path):
    """CoNLL-2003 English: documents of sentences, IOB1 converted to IOB2."""
    documents, document, tokens, tags = [], [], [], []

    def end_sentence():
        if tokens:
            document.append((tuple(tokens), tuple(iob1_to_iob2(tags))))
            tokens.clear()
            tags.clear()

    for number, line in _lines(path):
        if not line.strip():
            end_sentence()
            continue
        fields = line.split()
        if fields[0] == "-DOCSTART-":
            end_sentence()
            if document:
                documents.append(document)
            document = []
            continue
        if len(fields) != 4:
            raise CorpusError(
                f"{path}, line {number}: expected 4 columns (token POS chunk tag), got {len(fields)}"
            )
        tokens.append(fields[0])
        tags.append(_map_tag(fields[3], CONLL_LABELS, path, number))
    end_sentence()
    if document:
        documents.append(document)
    if len(documents) == 1:  # no -DOCSTART- lines: recover the documents from their datelines
        documents = split_at_datelines(documents[0])
    return documents


def read_il_ner(path):
    """IL-NER Hindi: one document per sentence."""
    return [[sentence] for sentence in _read_two_columns(path, IL_NER_LABELS, damaged_tags=True)]


def read_hiner(path):
    """HiNER (collapsed labels): one document per sentence."""
    return [[sentence] for sentence in _read_two_columns(path, HINER_LABELS, damaged_tags=False)]


def sentences_of(documents):
    """Every sentence of a list of documents, in order."""
    return [sentence for document in documents for sentence in document]


def iob1_to_iob2(tags):
    """IOB1 (``I-`` starts a name unless it continues one of its type) to IOB2 (every name starts ``B-``)."""
    return repair_bio(tags)


def repair_bio(tags):
    """Make a tag sequence valid IOB2: an ``I-X`` that does not continue an ``X`` starts one (``B-X``)."""
    repaired = []
    previous = "O"
    for tag in tags:
        if tag.startswith("I-") and previous[2:] != tag[2:]:
            tag = "B-" + tag[2:]
        repaired.append(tag)
        previous = tag
    return repaired


def split_at_datelines(sentences):
    """Documents from a run of Reuters sentences without ``-DOCSTART-``: each starts at a headline.

    A dateline is a short sentence ending in a date ("LONDON 1996-08-30", "AL-AIN , United Arab
    Emirates 1996-12-06"). The document starts at the sentence before it (the headline), or two before
    when the one before is a byline ("Peter Blackburn": a few capitalised words, no full stop).
    Only the tokens are looked at, never the tags.
    """
    starts = [0]
    for index, (tokens, _) in enumerate(sentences):
        if index < 1 or len(tokens) > 8 or not _DATE.fullmatch(tokens[-1]):
            continue
        start = index - 1
        if start >= 1 and _is_byline(sentences[start][0]):
            start -= 1
        if start > starts[-1]:
            starts.append(start)
    ends = starts[1:] + [len(sentences)]
    return [list(sentences[start:end]) for start, end in zip(starts, ends) if end > start]


def _is_byline(tokens):
    return 1 <= len(tokens) <= 4 and all(
        token[:1].isupper() and token.replace(".", "").isalpha() for token in tokens
    )


def _read_two_columns(path, labels, damaged_tags):
    sentences, tokens, tags = [], [], []
    for number, line in _lines(path):
        if not line.strip():
            if tokens:
                sentences.append((tuple(tokens), tuple(repair_bio(tags))))
                tokens, tags = [], []
            continue
        fields = line.split("\t")
        if len(fields) == 1 and _TAG.fullmatch(fields[0].strip()):
            continue  # a tag whose token was lost (once in IL-NER train): nothing to read
        if len(fields) != 2 or not fields[0].strip():
            raise CorpusError(f"{path}, line {number}: expected 'token<TAB>tag', got {line!r}")
        tag = fields[1].strip()
        if damaged_tags and tag.startswith("-"):
            tag = "O" if tag == "-" else "I" + tag
        tokens.append(fields[0].strip())
        tags.append(_map_tag(tag, labels, path, number))
    if tokens:
        sentences.append((tuple(tokens), tuple(repair_bio(tags))))
    return sentences


def _map_tag(tag, labels, path, number):
    if tag == "O":
        return "O"
    prefix, _, label = tag.partition("-")
    if prefix not in ("B", "I") or not label:
        raise CorpusError(f"{path}, line {number}: tag {tag!r} is neither O nor B-/I- followed by a label")
    mapped = labels.get(label)
    return f"{prefix}-{mapped}" if mapped else "O"


def _lines(path):
    path = Path(path)
    try:
        with path.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                yield number, line.rstrip("\n")
    except FileNotFoundError:
        raise CorpusError(f"{path}: no such file (is ../shared/ner/ beside the repository?)") from None
    except UnicodeDecodeError as error:
        raise CorpusError(f"{path}: not UTF-8 ({error.reason} at byte {error.start})") from None
