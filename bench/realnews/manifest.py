"""The real-news development set's manifest: load, check and merge the annotators' slices.

    python bench/realnews/manifest.py            # check manifest.json against the texts present
    python bench/realnews/manifest.py --merge    # add annotators' slices/*.json to manifest.json, then check

The manifest is the set's one record; slices are the annotators' working files (git-ignored).

See GUIDELINES.md. The texts themselves are third-party and never committed; the manifest holds
each text's URL and SHA-256 and our annotations only.
"""

import argparse
import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
MANIFEST = HERE / "manifest.json"
SLICES = HERE / "slices"
TEXTS = HERE / "texts"
MEETING_LISTS = ("held_meetings", "planned_meetings", "cancelled_meetings", "not_held")
ABOUT = (
    "Real news articles nobody on the team wrote, annotated by hand before any scoring (bench/realnews/"
    "GUIDELINES.md). Texts are not committed: each entry gives the URL it was read from and the SHA-256 "
    "of the stored text. Every fifth article of a slice (NNN divisible by 5) is the 'check' part, scored "
    "only in aggregate and never read when changing the importer."
)


def load(path=MANIFEST):
    return json.loads(Path(path).read_text(encoding="utf-8"))["articles"]


def part_of(name):
    """``"check"`` for every fifth article of a slice (``en-a-005.txt``), else ``"dev"``."""
    number = Path(name).stem.rsplit("-", 1)[-1]
    return "check" if number.isdigit() and int(number) % 5 == 0 else "dev"


def sha256_of(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def problems(articles, texts=TEXTS):
    """Human-readable problems of a manifest: participants not among people, hashes that differ."""
    found = []
    urls = {}
    for name, entry in sorted(articles.items()):
        people = set(entry.get("people", ()))
        for key in MEETING_LISTS:
            for meeting in entry.get(key, ()):
                participants = meeting["participants"] if isinstance(meeting, dict) else meeting
                for person in participants:
                    if person not in people:
                        found.append(f"{name}: {key} names {person!r}, who is not in people")
        if entry.get("url") in urls:
            found.append(f"{name}: same URL as {urls[entry['url']]}")
        urls[entry.get("url")] = name
        path = Path(texts) / name
        if path.exists() and sha256_of(path) != entry.get("sha256"):
            found.append(f"{name}: the stored text's SHA-256 differs from the manifest's")
    return found


def merge(slices=SLICES, manifest=MANIFEST):
    """The manifest's articles with the slices' added (a slice's entry replaces the manifest's of the same
    name: an annotator's correction). The slices are working files, git-ignored: a machine holds only the
    ones annotated there, so the manifest, not the slices, is the record that is merged into."""
    articles = load(manifest) if Path(manifest).exists() else {}
    from_slices = set()
    for path in sorted(Path(slices).glob("*.json")):
        for name, entry in json.loads(path.read_text(encoding="utf-8"))["articles"].items():
            if name in from_slices:
                raise SystemExit(f"{path.name}: {name} is in another slice too")
            if any(entry.get("url") == other.get("url") for key, other in articles.items() if key != name):
                print(f"{path.name}: {name} has the URL of an article already in the set; left out")
                continue
            from_slices.add(name)
            if not entry.get("sha256") and (TEXTS / name).exists():
                entry["sha256"] = sha256_of(TEXTS / name)  # an annotator who left it to the merge
            articles[name] = entry
    return articles


def write(articles, path=MANIFEST):
    document = {"about": ABOUT, "articles": dict(sorted(articles.items()))}
    Path(path).write_text(json.dumps(document, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--merge", action="store_true", help="merge slices/*.json into manifest.json first")
    options = parser.parse_args(argv)
    articles = merge() if options.merge else load()
    if options.merge:
        write(articles)
    issues = problems(articles)
    present = sum((TEXTS / name).exists() for name in articles)
    languages = {}
    for entry in articles.values():
        languages[entry.get("language")] = languages.get(entry.get("language"), 0) + 1
    print(f"{len(articles)} articles ({', '.join(f'{k} {v}' for k, v in sorted(languages.items()))}); "
          f"{present} texts present")
    for issue in issues:
        print(issue)
    return 1 if issues else 0


if __name__ == "__main__":
    sys.exit(main())
