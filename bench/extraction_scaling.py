#!/usr/bin/env python
"""Is extraction linear in the size of the text? Time per KB from 10 KB to 2 MB, one article each.

    python bench/extraction_scaling.py                   # 10, 50, 200, 500, 1000, 2000 KB; English and Hindi
    python bench/extraction_scaling.py --sizes 10 400 --profile

One long article is made of the generated articles of ``bench/extraction.py`` (titles, names known and
unknown, meetings held, denied and planned, dates, places, organisations) joined as paragraphs, in
one language, up to each size, and ``extract()`` is timed on it (the best of ``--repeat`` runs). A
linear pipeline gives the same milliseconds per KB at every size; the ratio of the largest to the
smallest is printed last.
"""

import argparse
import cProfile
import pstats
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from extraction import Corpus, extract  # noqa: E402  (sets Django up)


def long_article(corpus, language, size, start=0):
    """A body of about ``size`` characters in ``language``, and the generator's date for it."""
    paragraphs, total, index, published = [], 0, start, None
    while total < size:
        body, article_language, date = corpus.article(index)
        index += 1
        if article_language != language:
            continue
        published = published or date
        paragraphs.append(body)
        total += len(body) + 2
    return "\n\n".join(paragraphs)[:size], published


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 50, 200, 500, 1000, 2000], help="in KB")
    parser.add_argument("--persons", type=int, default=5000)
    parser.add_argument("--organisations", type=int, default=500)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    corpus = Corpus(args)
    print(f"{'language':8} {'KB':>6} {'seconds':>9} {'ms per KB':>10}")
    for language in ("en", "hi"):
        per_kb = []
        for size in args.sizes:
            body, published = long_article(corpus, language, size * 1000)
            extract(body[:2000], language, corpus.gazetteer, published)  # warm the automaton and indexes
            timings = []
            for _ in range(args.repeat):
                profiler = cProfile.Profile() if args.profile else None
                if profiler:
                    profiler.enable()
                started = time.perf_counter()
                extract(body, language, corpus.gazetteer, published)
                timings.append(time.perf_counter() - started)
                if profiler:
                    profiler.disable()
                    pstats.Stats(profiler).sort_stats("cumulative").print_stats(15)
            best = min(timings)
            per_kb.append(best * 1000 / size)
            print(f"{language:8} {size:6} {best:9.3f} {per_kb[-1]:10.3f}", flush=True)
        print(f"{language:8} largest / smallest ms per KB: {per_kb[-1] / per_kb[0]:.2f}")


if __name__ == "__main__":
    main()
