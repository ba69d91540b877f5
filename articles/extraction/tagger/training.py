"""Training a tagger from the public data sets: deterministic (the same data and parameters give the
same model file, byte for byte).

English is trained on CoNLL-2003 ``eng.train``, Hindi on IL-NER ``hindi-train.txt``; nothing else
(the dev splits are for choosing parameters, the test splits and HiNER for measuring). The CRF is
CRFsuite's linear-chain CRF trained with L-BFGS and elastic-net regularisation (``c1`` L1, which
prunes the model, and ``c2`` L2); features seen fewer than ``min_freq`` times are dropped.
"""

import time
from dataclasses import asdict, dataclass
from pathlib import Path

import pycrfsuite

from .corpora import read_split
from .features import FeatureExtractor
from .lexicon import Lexicon, build_lexicon, common_words

MODELS_DIR = Path(__file__).resolve().parent / "models"
LANGUAGES = ("en", "hi")


@dataclass(frozen=True)
class Parameters:
    c1: float = 0.05
    c2: float = 0.01
    max_iterations: int = 250
    min_freq: float = 1.0
    all_possible_transitions: bool = True

    def crfsuite(self):
        return {
            "c1": self.c1,
            "c2": self.c2,
            "max_iterations": self.max_iterations,
            "feature.minfreq": self.min_freq,
            "feature.possible_transitions": self.all_possible_transitions,
            "feature.possible_states": False,
        }


DEFAULT_PARAMETERS = {
    "en": Parameters(),
    "hi": Parameters(),
}


def model_path(language, models_dir=MODELS_DIR):
    return Path(models_dir) / f"{language}.crfsuite"


def lexicon_path(language, models_dir=MODELS_DIR):
    return Path(models_dir) / f"{language}.lexicon.json"


def training_sequences(documents, extractor):
    """``(features, tags)`` pairs, one per sentence, features computed document by document."""
    for document in documents:
        features = extractor.document_features([list(tokens) for tokens, _ in document])
        for sentence_features, (_, tags) in zip(features, document):
            yield sentence_features, list(tags)


def train(language, data_dir, models_dir=MODELS_DIR, parameters=None, log=print):
    """Train the model of ``language`` from ``data_dir`` and write it (and its lexicon) to ``models_dir``.

    Returns the path of the model file.
    """
    if language not in LANGUAGES:
        raise ValueError(f"no training data for language {language!r} (known: {', '.join(LANGUAGES)})")
    parameters = parameters or DEFAULT_PARAMETERS[language]
    models_dir = Path(models_dir)
    models_dir.mkdir(parents=True, exist_ok=True)
    began = time.perf_counter()
    lexicon = build_lexicon(language, data_dir)
    extractor = FeatureExtractor(language, lexicon)
    documents = read_split(data_dir, language, "train")
    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    trainer.set_params(parameters.crfsuite())
    sentences = tokens = 0
    for features, tags in training_sequences(documents, extractor):
        trainer.append(features, tags)
        sentences += 1
        tokens += len(tags)
    log(f"{language}: {sentences} sentences, {tokens} tokens; training with {asdict(parameters)}")
    path = model_path(language, models_dir)
    partial = path.with_suffix(".crfsuite.partial")
    trainer.train(str(partial))
    last = trainer.logparser.last_iteration or {}
    partial.replace(path)
    lexicon.save(lexicon_path(language, models_dir))
    log(
        f"{language}: {trainer.logparser.iterations[-1]['num'] if trainer.logparser.iterations else '?'} "
        f"iterations, {last.get('active_features', '?')} active features, "
        f"{path.stat().st_size / 1e6:.1f} MB, {time.perf_counter() - began:.0f} s"
    )
    return path


def write_common_words(language, data_dir, models_dir=MODELS_DIR):
    """Rewrite the ``common`` words of a trained model's lexicon from the training data, nothing else.

    The common words are no feature (only the ``prefilter`` reads them), so a committed model keeps
    its scores; training writes them too. Returns how many there are.
    """
    path = lexicon_path(language, models_dir)
    lexicon = Lexicon.load(path)
    lexicon.common = frozenset(common_words(data_dir, language)) if language == "hi" else frozenset()
    lexicon.save(path)
    return len(lexicon.common)
