#!/usr/bin/env python
"""What the importer links on public hand-annotated news: people and organisations, P/R/F1.

    python bench/pipeline_ner.py                       # CoNLL-2003 eng.testa and IL-NER dev (develop on these)
    python bench/pipeline_ner.py --split test          # eng.testb, IL-NER test (measure only: never tune on them)
    python bench/pipeline_ner.py --split hiner         # HiNER validation (measure only)
    python bench/pipeline_ner.py --language en -v      # with the misses and wrong finds of a dev split

``bench/ner_benchmark.py`` scores the statistical tagger alone, on the data's own tokens. This scores the
whole extraction pipeline (``articles.extraction.pipeline.extract``: gazetteer, titles, rules and the
tagger's proposals, as the importer runs it) on the same real text, with the gazetteer the migrations
load, so it says how many of the people and organisations a real story names the archive would link.
Each document's tokens are joined by spaces (sentences by line breaks) into an article body; what the
pipeline links as a person or an organisation (known or new, every occurrence) is compared with the
gold ``PER`` and ``ORG`` names in two ways:

* spans: exact character span of each occurrence (conlleval's semantics, like ``ner_benchmark``);
* names: the set of different names per document, compared normalised (what a reader of the
  article page sees: "who does this story name"), a short form counting when the document's gold has it.

Reads ``../shared/ner/`` (its README: CoNLL-2003 and IL-NER dev are for developing, their test splits
and HiNER for measuring only). Nothing is written but a throw-away SQLite archive.
"""

import argparse
import os
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent
DATA = REPOSITORY.parent / "shared" / "ner"
sys.path[:0] = [str(REPOSITORY), str(REPOSITORY / "bench" / "realnews"), str(REPOSITORY / "tests")]

LABELS = ("PER", "ORG")
SPLITS = {"dev": {"en": "dev", "hi": "dev"}, "test": {"en": "test", "hi": "test"}, "hiner": {"hi": "hiner"}}


def document_text(document):
    """``(text, gold)``: the document's tokens joined into a body, and its gold ``(start, end, label)`` spans."""
    from articles.extraction.tagger.evaluation import spans_of

    pieces, gold, position = [], [], 0
    for number, (tokens, tags) in enumerate(document):
        if number:
            pieces.append("\n")
            position += 1
        starts = []
        for index, token in enumerate(tokens):
            if index:
                pieces.append(" ")
                position += 1
            starts.append(position)
            pieces.append(token)
            position += len(token)
        for start, end, label in spans_of(tags):
            if label in LABELS:
                gold.append((starts[start], starts[end - 1] + len(tokens[end - 1]), label))
    return "".join(pieces), gold


def linked_spans(extraction):
    """``(start, end, label)`` of every person and organisation the pipeline linked."""
    from articles.extraction.gazetteer import ORGANISATION, PERSON

    spans = {(m.start, m.end, "PER") for m in extraction.mentions if m.kind == PERSON}
    spans |= {(m.start, m.end, "ORG") for m in extraction.mentions if m.kind == ORGANISATION}
    for find in extraction.organisations:
        spans |= {(start, end, "ORG") for start, end in find.spans}
    return spans


class Tally:
    def __init__(self):
        self.counts = {label: Counter() for label in LABELS}
        self.missed = {label: Counter() for label in LABELS}
        self.wrong = {label: Counter() for label in LABELS}

    def add(self, gold, predicted, describe=str):
        for label in LABELS:
            wanted = {item for item in gold if item[-1] == label}
            found = {item for item in predicted if item[-1] == label}
            self.counts[label].update(tp=len(wanted & found), fp=len(found - wanted), fn=len(wanted - found))
            self.missed[label].update(describe(item) for item in wanted - found)
            self.wrong[label].update(describe(item) for item in found - wanted)

    def rows(self):
        for label in LABELS:
            c = self.counts[label]
            p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
            r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            yield label, p, r, f, c["tp"] + c["fn"], c["tp"] + c["fp"]


def score(language, split, gazetteer, verbose):
    from articles.extraction.pipeline import extract
    from articles.extraction.tagger.corpora import read_split
    from people.names import normalize_name

    documents = read_split(DATA, language, split)
    by_span, by_name = Tally(), Tally()
    started = time.process_time()
    for document in documents:
        text, gold = document_text(document)
        predicted = linked_spans(extract(text, language, gazetteer))
        by_span.add(gold, predicted)
        names = {(normalize_name(text[s:e]), label) for s, e, label in gold}
        found = {(normalize_name(text[s:e]), label) for s, e, label in predicted}
        by_name.add(names, found, lambda item: item[0])
    seconds = time.process_time() - started
    title = f"{language} {split}: {len(documents)} documents, {seconds:.1f} s of CPU"
    print(title)
    print(f"{'':6} {'measure':8} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6} {'linked':>7}")
    for measure, tally in (("spans", by_span), ("names", by_name)):
        for label, p, r, f, gold_count, linked in tally.rows():
            print(f"{label:6} {measure:8} {p:6.3f} {r:6.3f} {f:6.3f} {gold_count:6} {linked:7}")
    if verbose:
        for label in LABELS:
            print(f"\n{label}: most missed names")
            for name, count in by_name.missed[label].most_common(40):
                print(f"  {count:3} {name}")
            print(f"{label}: most wrong finds")
            for name, count in by_name.wrong[label].most_common(40):
                print(f"  {count:3} {name}")
    return by_span, by_name


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", choices=tuple(SPLITS), default="dev")
    parser.add_argument("--language", choices=("en", "hi"))
    parser.add_argument("-v", "--verbose", action="store_true", help="list the most missed and wrong names")
    options = parser.parse_args(argv)
    if not DATA.is_dir():
        print(f"the public NER data is not available at {DATA}")
        return 1
    if options.verbose and options.split != "dev":
        parser.error("-v lists errors of the dev splits only: the others are for measuring, not for reading")
    import score as realnews_score  # the real-news scorer's migrated throw-away archive

    with tempfile.TemporaryDirectory(prefix="newsroom-pipeline-ner-") as workdir:
        realnews_score._database(workdir)
        from articles.linking import gazetteer_from_database

        gazetteer = gazetteer_from_database()
        for language, split in SPLITS[options.split].items():
            if options.language in (None, language):
                score(language, split, gazetteer, options.verbose)
                print()
    return 0


if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")
    sys.exit(main())
