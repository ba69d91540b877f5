"""A statistical name tagger (people, organisations, places) for English and Hindi news.

A linear-chain CRF (CRFsuite, through python-crfsuite) over hand-made features, one model per
language, trained from public data (CoNLL-2003 English, IL-NER Hindi; see ``models/CARD.md``) and
committed under ``models/``. Nothing is downloaded at run time.

The API::

    from articles.extraction.tagger import tag_text, tag_tokens, Span

    spans = tag_text(text, language)        # language "en" or "hi"; list[Span], in text order
    tags = tag_tokens(sentences, language)  # sentences: list[list[str]] -> list[list[str]] BIO tags

``Span`` is a frozen dataclass: ``start``, ``end`` (character offsets into ``text``), ``label``
(``"PER"``, ``"ORG"``, ``"LOC"``; English also ``"MISC"``: nationalities, events, other names),
``text`` (``== text[start:end]``) and ``confidence``: the lowest of the model's marginal
probabilities of the span's tags over its tokens, 0..1.

``tag_text`` treats ``text`` as one document (an article): it tokenises it and cuts the tokens into
sentences (``tokens``: the decisions of ``articles.extraction.sentences.split_sentences``, made on
the tokens, so that an initial such as "एस." never ends a sentence), and tags each sentence with
features that also look at the rest of the document. ``tag_tokens`` tags sentences
already tokenised, as one document (for evaluation on the data sets' own tokens). A language
without a model (``"und"``) gives ``[]``.

Modules, one job each: ``corpora`` (reading the data sets), ``tokens`` (tokenising raw text),
``lexicon`` (the project's word lists the features use), ``features``, ``model`` (loading and
tagging), ``training``, ``evaluation`` (span-level P/R/F1).
"""

from .model import Span, get_model

__all__ = ["Span", "tag_text", "tag_tokens"]


def tag_text(text, language, known=None):
    """The names in ``text`` (one document) as ``Span`` objects in text order; [] without a model.

    ``known``: ``(start, end)`` character spans of names already read (the gazetteer's); when given,
    a sentence is tagged only if it has a word that could be part of a new name outside them
    (``prefilter``), and the others give no spans."""
    model = get_model(language)
    if model is None or not text:
        return []
    return model.tag_text(text, known)


def tag_tokens(sentences, language):
    """BIO tags (``B-PER``, ``I-PER``, …, ``O``) for each token of each sentence, read as one document."""
    model = get_model(language)
    if model is None:
        return [["O"] * len(words) for words in sentences]
    return model.tag_tokens(sentences)
