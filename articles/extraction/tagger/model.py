"""The committed models: loaded once per process and thread, lazily, and used to tag text.

A model is ``models/<language>.crfsuite`` (CRFsuite's format) with the lexicon it was trained with
(``models/<language>.lexicon.json``). A process forked after a model was loaded opens its own copy
on first use (the cache is keyed by process id), and each thread has its own CRFsuite tagger (a
tagger holds the sequence it tags).
"""

import os
import re
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

import pycrfsuite

from .evaluation import spans_of
from .features import FeatureExtractor
from .lexicon import Lexicon, fold_word
from .prefilter import CandidateWords, sentences_to_tag
from .tokens import sentences
from .training import MODELS_DIR, lexicon_path, model_path


@dataclass(frozen=True)
class Span:
    """A name found in a text: ``text[start:end]``, its label and the model's confidence in it.

    ``confidence`` is the lowest of the model's marginal probabilities of the span's tags at its
    tokens (``B-X`` at the first, ``I-X`` at the others): 0..1.
    """

    start: int
    end: int
    label: str
    text: str
    confidence: float


class Model:
    """One language's CRF and feature extractor."""

    def __init__(self, language, models_dir=MODELS_DIR):
        self.language = language
        path = model_path(language, models_dir)
        self.path = path
        self.lexicon = Lexicon.load(lexicon_path(language, models_dir))
        self._data = path.read_bytes()
        self._local = threading.local()
        tagger = self._tagger()
        self.labels = tuple(tagger.labels())
        self.extractor = FeatureExtractor(language, self.lexicon, known=_attributes(tagger))
        self.candidates = CandidateWords(self.extractor.cased, self.lexicon.common, fold_word)

    def _tagger(self):
        tagger = getattr(self._local, "tagger", None)
        if tagger is None:
            tagger = pycrfsuite.Tagger()
            tagger.open_inmemory(self._data)
            self._local.tagger = tagger
        return tagger

    def tag_features(self, sentence_features):
        """BIO tags for one sentence's features."""
        if not sentence_features:
            return []
        return self._tagger().tag(sentence_features)

    def tag_tokens(self, sentences):
        """BIO tags for each sentence (a list of words) of one document."""
        features = self.extractor.document_features([list(words) for words in sentences])
        return [self.tag_features(sentence) for sentence in features]

    def tag_text(self, text, known=None):
        """The names in ``text`` as ``Span`` objects, in text order. With ``known`` (``(start, end)``
        character spans of names already read), only the sentences that could name something new
        outside them are tagged (``prefilter``)."""
        sentences = [tokens for tokens in sentence_tokens(text, self.language) if tokens]
        if not sentences:
            return []
        wanted = None
        if known is not None:
            wanted = sentences_to_tag(sentences, known, self.candidates)
            if not any(wanted):
                return []
        if wanted is None or self.extractor.cased:  # English features read the whole document
            words = [[token.text for token in tokens] for tokens in sentences]
        else:
            words = [
                [token.text for token in tokens] if want else () for tokens, want in zip(sentences, wanted)
            ]
        features = self.extractor.document_features(words, wanted)
        tagger = self._tagger()
        spans = []
        for tokens, sentence in zip(sentences, features):
            if sentence is None:
                continue
            tags = tagger.tag(sentence)
            if tags.count("O") == len(tags):
                continue
            for first, end, label in spans_of(tags):
                confidence = tagger.marginal("B-" + label, first) if tags[first] == "B-" + label else 0.0
                for index in range(first + 1, end):
                    confidence = min(confidence, tagger.marginal("I-" + label, index))
                start, stop = tokens[first].start, tokens[end - 1].end
                spans.append(Span(start, stop, label, text[start:stop], round(confidence, 4)))
        return spans


_STATE_FEATURE = re.compile(rb"^  \(\d+\) (.*) --> [^ ]+: ", re.MULTILINE)


def _attributes(tagger):
    """The attributes the model has state weights for (from CRFsuite's dump of it)."""
    handle, path = tempfile.mkstemp(suffix=".txt")
    os.close(handle)
    try:
        tagger.dump(path)
        dump = Path(path).read_bytes()
    finally:
        os.unlink(path)
    start = dump.find(b"STATE_FEATURES = {")
    if start < 0:
        raise ValueError("the model's dump has no STATE_FEATURES section")
    return frozenset(_STATE_FEATURE.findall(dump, start))


def sentence_tokens(text, language=None):
    """The tokens of each sentence of ``text`` (``tokens.sentences``; the same rules for every language)."""
    return sentences(text)


_MODELS = {}
_LOCK = threading.Lock()


def has_model(language, models_dir=MODELS_DIR):
    return model_path(language, models_dir).is_file() and lexicon_path(language, models_dir).is_file()


def get_model(language, models_dir=MODELS_DIR):
    """The model of ``language`` (loaded on first use in this process), or None when there is none."""
    key = (os.getpid(), language, str(models_dir))
    model = _MODELS.get(key)
    if model is None:
        with _LOCK:
            model = _MODELS.get(key)
            if model is None:
                if not has_model(language, models_dir):
                    return None
                model = _MODELS[key] = Model(language, models_dir)
    return model
