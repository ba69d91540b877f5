#!/usr/bin/env python
"""How well and how fast does the name tagger tag? P/R/F1 per type on the public data, and speed.

    python bench/ner_benchmark.py                  # quality and speed (reads ../shared/ner/)
    python bench/ner_benchmark.py --no-quality     # speed only
    python bench/ner_benchmark.py --data PATH --runs 7 --articles 1000

Quality: span-level exact-match precision, recall and F1 (conlleval's semantics) of the committed
models per type (PER, ORG, LOC, MISC where the data has it) and overall, on CoNLL-2003 English
``eng.testa`` (dev) and ``eng.testb`` (test), IL-NER Hindi dev and test, and HiNER validation (another
domain, never trained or tuned on). The data sets' own tokens are tagged, one document at a time.

Speed, on one core (``time.process_time``), median of ``--runs`` runs with the languages interleaved:

* tokens per second of ``tag_text`` on raw text (sentence splitting, tokenisation, features and the
  CRF), the dev documents' tokens joined by spaces as articles, with the per-word feature cache
  emptied before each run;
* milliseconds per article of ``tag_text`` (every sentence) on ``bench/extraction.py``'s generated
  articles, beside ``extract()`` (which runs the tagger on the prefiltered sentences) on the same
  articles, timed in the same runs;
* the time to load each model (a fresh ``Model``).
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPOSITORY))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")

import django  # noqa: E402

django.setup()

from articles.extraction.tagger.corpora import read_split  # noqa: E402
from articles.extraction.tagger.evaluation import evaluate, format_table  # noqa: E402
from articles.extraction.tagger.model import Model, get_model  # noqa: E402
from articles.extraction.tagger.tokens import tokenize  # noqa: E402

DATA = REPOSITORY.parent / "shared" / "ner"
SPLITS = (
    ("en", "dev", "CoNLL-2003 English eng.testa (dev)"),
    ("en", "test", "CoNLL-2003 English eng.testb (test)"),
    ("hi", "dev", "IL-NER Hindi dev"),
    ("hi", "test", "IL-NER Hindi test"),
    ("hi", "hiner", "HiNER validation (measure only)"),
)


def score_split(model, documents):
    gold, predicted = [], []
    for document in documents:
        predicted.extend(model.tag_tokens([list(tokens) for tokens, _ in document]))
        gold.extend(list(tags) for _, tags in document)
    return evaluate(gold, predicted)


def quality(data):
    for language, split, title in SPLITS:
        documents = read_split(data, language, split)
        tokens = sum(len(tokens) for document in documents for tokens, _ in document)
        scores = score_split(get_model(language), documents)
        print(format_table(scores, f"{title}: {len(documents)} documents, {tokens} tokens"))
        print()


def raw_documents(data, language):
    """The dev documents as raw text (tokens joined by spaces), with their token counts."""
    texts = []
    for document in read_split(data, language, "dev"):
        text = "\n".join(" ".join(tokens) for tokens, _ in document)
        texts.append(text)
    return texts, sum(len(tokenize(text)) for text in texts)


def generated_articles(count):
    """``(body, language)`` of ``count`` articles from ``bench/extraction.py``'s generator, with its gazetteer."""
    sys.path.insert(0, str(REPOSITORY / "bench"))
    import extraction as extraction_bench  # noqa: E402  (bench/extraction.py)

    arguments = argparse.Namespace(articles=count, persons=5000, organisations=500, seed=1)
    corpus = extraction_bench.Corpus(arguments)
    return corpus, [corpus.article(index) for index in range(count)], extraction_bench.extract


def cpu_time(function):
    started = time.process_time()
    function()
    return time.process_time() - started


def speed(data, runs, article_count):
    texts = {language: raw_documents(data, language) for language in ("en", "hi")}
    loading = {language: [] for language in texts}
    rates = {language: [] for language in texts}
    corpus, articles, extract = generated_articles(article_count)
    extract(
        *articles[0][:2], corpus.gazetteer, articles[0][2]
    )  # build the automaton once, as the importer does
    tagging, extracting = [], []

    def tag_articles():
        for body, language, _ in articles:
            get_model(language) and get_model(language).tag_text(body)

    def extract_articles():
        for body, language, published in articles:
            extract(body, language, corpus.gazetteer, published)

    for _ in range(runs):
        for language, (documents, _) in texts.items():
            started = time.perf_counter()
            model = Model(language)
            loading[language].append(time.perf_counter() - started)
            rates[language].append(
                texts[language][1] / cpu_time(lambda: [model.tag_text(text) for text in documents])
            )
        for model in (get_model("en"), get_model("hi")):
            model.extractor._words.clear()
        tagging.append(cpu_time(tag_articles))
        extracting.append(cpu_time(extract_articles))

    for language, (documents, tokens) in texts.items():
        print(
            f"{language}: {statistics.median(rates[language]):,.0f} tokens/s (tag_text on raw text, {len(documents)} "
            f"documents, {tokens:,} tokens; runs: {', '.join(f'{rate:,.0f}' for rate in rates[language])}); "
            f"model loads in {statistics.median(loading[language]) * 1000:.0f} ms"
        )
    per_tag = statistics.median(tagging) / len(articles) * 1000
    per_extract = statistics.median(extracting) / len(articles) * 1000
    print(
        f"bench/extraction.py's articles ({len(articles)}, half Hindi): tag_text on every sentence "
        f"{per_tag:.2f} ms each; extract(), which runs the tagger on the prefiltered sentences, "
        f"{per_extract:.2f} ms each in the same runs ({1000 / per_extract:.0f} articles/s; with and "
        "without the tagger: bench/extraction.py --tagger both)"
    )
    for language in ("en", "hi"):
        path = get_model(language).path
        print(f"{language}: model {path.name} {path.stat().st_size / 1e6:.1f} MB")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--data", type=Path, default=DATA, help="The public NER data (default: ../shared/ner)."
    )
    parser.add_argument("--runs", type=int, default=5, help="Speed runs (the median is reported).")
    parser.add_argument("--articles", type=int, default=1000, help="Generated articles to time.")
    parser.add_argument("--no-quality", action="store_true", help="Speed only.")
    parser.add_argument("--no-speed", action="store_true", help="Quality only.")
    args = parser.parse_args()
    if not args.data.is_dir():
        parser.error(f"--data {args.data}: no such folder (see ../shared/ner/README.md)")
    if args.runs < 1 or args.articles < 1:
        parser.error("--runs and --articles must be at least 1")
    if not args.no_quality:
        quality(args.data)
    if not args.no_speed:
        speed(args.data, args.runs, args.articles)


if __name__ == "__main__":
    main()
