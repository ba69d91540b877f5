#!/usr/bin/env python
"""Score the importer on the real-news development set: P/R/F1 per language.

    python bench/realnews/score.py                   # the dev part (4 of every 5 articles)
    python bench/realnews/score.py --part check      # the check part, in aggregate only
    python bench/realnews/score.py --part all -v     # everything, with what was missed and what was wrong

Imports the texts present in ``bench/realnews/texts/`` whose SHA-256 matches the manifest (saying how
many are missing) into a throw-away SQLite archive that knows only what the migrations load (the
starter gazetteer, countries, cities), then compares what each article is linked to with the
manifest's annotations, with the scorer of the corpus tests (``tests/scoring.py``). The check part
prints no per-article detail: it is there to predict the score on news nobody has looked at.
"""

import argparse
import hashlib
import io
import os
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPOSITORY = HERE.parent.parent
OUT = REPOSITORY / "bench" / "out"
sys.path[:0] = [str(REPOSITORY), str(REPOSITORY / "tests"), str(HERE)]

import manifest  # noqa: E402
from django.core.management import CommandError  # noqa: E402

MEASURES = ("people", "organisations", "held meetings", "held meetings, date and place", "planned meetings",
            "cancelled meetings")


def _migrations_key():
    digest = hashlib.sha256()
    for path in sorted(REPOSITORY.glob("*/migrations/*.py")) + sorted(REPOSITORY.glob("people/gazetteer/*.json")):
        digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()[:16]


def _database(workdir):
    """A migrated SQLite archive in ``workdir``, copied from a cached template when the migrations match."""
    OUT.mkdir(exist_ok=True)
    template = OUT / f"realnews-template-{_migrations_key()}.sqlite3"
    target = Path(workdir) / "archive.sqlite3"
    os.environ["DATABASE_URL"] = f"sqlite:///{target}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    if template.exists():
        shutil.copyfile(template, target)
        call_command("migrate", verbosity=0)
    else:
        call_command("migrate", verbosity=0)
        connection.close()
        for stale in OUT.glob("realnews-template-*.sqlite3"):
            stale.unlink()
        shutil.copyfile(target, template)
    return call_command


def f1(score):
    p, r = score.precision, score.recall
    return 2 * p * r / (p + r) if p + r else 0.0


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--part", choices=("dev", "check", "all"), default="dev")
    parser.add_argument("--language", choices=("en", "hi"))
    parser.add_argument("--only", help="score only the articles whose file name contains this")
    parser.add_argument("-v", "--verbose", action="store_true", help="list misses and wrong finds (not for 'check')")
    parser.add_argument("--jobs", type=int, help="import_articles --jobs (default: its own, the number of cores)")
    options = parser.parse_args(argv)

    articles = manifest.load()
    chosen = {
        name: entry
        for name, entry in articles.items()
        if (options.part == "all" or manifest.part_of(name) == options.part)
        and (options.language is None or entry["language"] == options.language)
        and (options.only is None or options.only in name)
    }
    with tempfile.TemporaryDirectory(prefix="newsroom-realnews-") as workdir:
        sources = Path(workdir) / "texts"
        sources.mkdir()
        missing = []
        for name in chosen:
            path = manifest.TEXTS / name
            if not path.exists() or manifest.sha256_of(path) != chosen[name]["sha256"]:
                missing.append(name)
                continue
            shutil.copyfile(path, sources / name)
        present = {name: entry for name, entry in chosen.items() if name not in missing}
        if missing:
            print(f"{len(missing)} of {len(chosen)} texts missing or changed, not scored: {', '.join(missing[:10])}"
                  + (" …" if len(missing) > 10 else ""))
        if not present:
            print("nothing to score: the texts are gathered by hand into bench/realnews/texts/ (GUIDELINES.md)")
            return 1
        call_command = _database(workdir)
        errors = io.StringIO()
        try:
            jobs = [f"--jobs={options.jobs}"] if options.jobs else []
            call_command("import_articles", str(sources), "--no-progress", *jobs, stdout=io.StringIO(), stderr=errors)
        except CommandError:
            pass  # the files that failed are said below and scored as finding nothing
        for line in errors.getvalue().splitlines():
            print(f"import failed: {Path(line.split(': ', 1)[0]).name}: {line.split(': ', 1)[-1]}")

        from articles.models import Article
        from scoring import Scorer

        scorers = {}
        for name, entry in sorted(present.items()):
            article = Article.objects.filter(source_path__endswith=name).first()
            scorer = scorers.setdefault(entry["language"], Scorer())
            scorer.score_article(name, article, entry)

        print(f"real-news development set, part {options.part}: "
              + ", ".join(f"{lang} {sum(e['language'] == lang for e in present.values())} articles"
                          for lang in sorted(scorers)))
        print(f"{'':8} {'measure':32} {'P':>6} {'R':>6} {'F1':>6}   counts")
        for language, scorer in sorted(scorers.items()):
            for measure in MEASURES:
                score = scorer.scores.get(measure)
                if score is None or not (score.expected or score.predicted):
                    continue
                print(f"{language:8} {measure:32} {score.precision:6.3f} {score.recall:6.3f} {f1(score):6.3f}   "
                      f"{score.true_positives} found of {score.expected}, {score.predicted} linked")
            print(f"{language:8} {'denied or supposed, recorded held':32} {len(scorer.not_held_recorded):>6}")
        if options.verbose and options.part != "check":
            for language, scorer in sorted(scorers.items()):
                for measure in MEASURES:
                    score = scorer.scores.get(measure)
                    if score is None:
                        continue
                    print(f"\n== {language} {measure}\nmissed:")
                    for miss in score.misses:
                        print(f"  {miss}")
                    print("wrong:")
                    for wrong in score.false:
                        print(f"  {wrong}")
                for wrong in scorer.not_held_recorded:
                    print(f"  denied or supposed, recorded held: {wrong}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
