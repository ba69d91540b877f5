#!/usr/bin/env python
"""Restore the set's texts on a machine that lacks them (they are git-ignored, kept only where gathered).

    python bench/realnews/restore.py want URL [URL ...]   # which of these URLs are articles still missing
    python bench/realnews/restore.py check [NAME ...]     # OK / FIXED / WRONG / MISSING per text (all without names)

A text is the excerpt the search tool's ``pages`` corpus returns for the article's URL, saved exactly
(GUIDELINES.md, "Gathering"): search for the URL's words, run ``want`` on the results' URLs, save each
wanted excerpt to the path it prints, then ``check`` (which fixes a text that differs from its hash
only by a final newline). A page may be stored in more than one version; only the one whose SHA-256 is
the manifest's is the annotated text.
"""

import argparse
import sys

import manifest


def want(urls):
    articles = manifest.load()
    by_url = {}
    for name, entry in articles.items():
        by_url.setdefault(entry["url"].strip().rstrip("/"), []).append(name)
    for url in urls:
        for name in by_url.get(url.strip().rstrip("/"), ()):
            path = manifest.TEXTS / name
            ok = path.exists() and manifest.sha256_of(path) == articles[name]["sha256"]
            print(f"{name}\t{'OK (already saved)' if ok else f'MISSING: save the excerpt to {path}'}\t{url}")


def check(names):
    articles = manifest.load()
    counts = {}
    for name in names or sorted(articles):
        path, expected = manifest.TEXTS / name, articles[name]["sha256"]
        if not path.exists():
            state = "MISSING"
        else:
            data = path.read_bytes()
            state = "OK" if manifest.hashlib.sha256(data).hexdigest() == expected else "WRONG"
            if state == "WRONG":
                for candidate in (data + b"\n", data.rstrip(b"\n"), data.replace(b"\r\n", b"\n")):
                    if manifest.hashlib.sha256(candidate).hexdigest() == expected:
                        path.write_bytes(candidate)
                        state = "FIXED"
                        break
        counts[state] = counts.get(state, 0) + 1
        if names:
            print(name, state)
    print(counts)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("want").add_argument("urls", nargs="+")
    sub.add_parser("check").add_argument("names", nargs="*")
    options = parser.parse_args(argv)
    if options.command == "want":
        want(options.urls)
    else:
        check(options.names)


if __name__ == "__main__":
    sys.exit(main())
