#!/usr/bin/env python
"""An import of many files while an editor saves through the admin, on one SQLite file.

    python bench/concurrent_writes.py --files 2000 --saves 100

In a temporary folder: a new SQLite archive (``migrate``), ``--files``
generated source files (English and Hindi, each different, naming people of
the starter gazetteer), a superuser and one article for the editor. Then,
at the same time:

- ``manage.py import_articles`` imports the folder (one transaction per file);
- an editor, logged in to the admin served by gunicorn (2 sync workers),
  opens the article's change form and saves it ``--saves`` times, as a
  browser does (the form's own fields, CSRF token and all).

It prints every save's status (302 is a save that worked), the import's
summary line, and how many of the files are articles afterwards (a lost file
is one that is neither imported nor reported failed), with the time each
took and the machine's load average.
"""

import argparse
import html.parser
import http.cookiejar
import os
import random
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent
PEOPLE_EN = [
    "Defence Minister Rajnath Singh",
    "Chinese Defence Minister Wei Fenghe",
    "External Affairs Minister S Jaishankar",
    "Prime Minister Narendra Modi",
    "Russian President Vladimir Putin",
    "US Defense Secretary Lloyd Austin",
]
PEOPLE_HI = [
    "रक्षा मंत्री राजनाथ सिंह",
    "चीनी रक्षा मंत्री वेई फेंग",
    "विदेश मंत्री एस जयशंकर",
    "प्रधानमंत्री नरेंद्र मोदी",
    "रूसी राष्ट्रपति व्लादिमीर पुतिन",
]
PLACES_EN = ["Moscow", "New Delhi", "Dushanbe", "Samarkand", "Kazan", "Beijing"]
PLACES_HI = ["मॉस्को", "नई दिल्ली", "दुशान्बे", "समरकंद", "कज़ान", "बीजिंग"]
WORDS_EN = "security cooperation border talks trade energy regional summit strategic exercise navy investment".split()
WORDS_HI = "सुरक्षा सहयोग सीमा वार्ता व्यापार ऊर्जा क्षेत्रीय शिखर रणनीतिक अभ्यास नौसेना निवेश".split()


def source_text(number, rng):
    day = f"20{rng.randint(14, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    if number % 3:
        a, b = rng.sample(PEOPLE_EN, 2)
        words = " ".join(rng.choice(WORDS_EN) for _ in range(30))
        return (
            f" date {day} {a} met {b} in {rng.choice(PLACES_EN)} on Friday to discuss {rng.choice(WORDS_EN)}.\n\n"
            f"Officials said the {words} talks, number {number}, would continue.\n"
        )
    a, b = rng.sample(PEOPLE_HI, 2)
    words = " ".join(rng.choice(WORDS_HI) for _ in range(30))
    return (
        f" date {day} {a} ने {rng.choice(PLACES_HI)} में {b} से मुलाकात की और {rng.choice(WORDS_HI)} पर चर्चा की.\n\n"
        f"अधिकारियों ने कहा कि {words} बातचीत {number} जारी रहेगी.\n"
    )


class FormFields(html.parser.HTMLParser):
    """The name/value pairs a browser would post for the change form."""

    def __init__(self):
        super().__init__()
        self.fields, self._textarea, self._select, self._in_form = [], None, None, False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and attrs.get("id", "").endswith("_form"):
            self._in_form = True
        if not self._in_form:
            return
        name = attrs.get("name")
        if tag == "input" and name and attrs.get("type") not in ("submit", "button", "file"):
            if attrs.get("type") in ("checkbox", "radio") and "checked" not in attrs:
                return
            self.fields.append([name, attrs.get("value", "on" if attrs.get("type") == "checkbox" else "")])
        elif tag == "textarea" and name:
            self._textarea = [name, ""]
            self.fields.append(self._textarea)
        elif tag == "select" and name:
            self._select = name
        elif tag == "option" and self._select and "selected" in attrs:
            self.fields.append([self._select, attrs.get("value", "")])

    def handle_endtag(self, tag):
        if tag == "textarea":
            self._textarea = None
        elif tag == "select":
            self._select = None
        elif tag == "form":
            self._in_form = False

    def handle_data(self, data):
        if self._textarea is not None:
            self._textarea[1] += data


def manage(environment, *args, **kwargs):
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=REPOSITORY, env=environment, check=True, **kwargs
    )


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def editor_saves(base, article_id, saves, results):
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect())

    def request(path, data=None, referer=None):
        headers = {"Referer": referer} if referer else {}
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        try:
            response = opener.open(
                urllib.request.Request(base + path, data=body, headers=headers), timeout=120
            )
            return response.status, response.read().decode("utf-8", "replace")
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode("utf-8", "replace")

    status, page = request("/admin/login/")
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    status, _ = request(
        "/admin/login/?next=/admin/",
        {
            "csrfmiddlewaretoken": token,
            "username": "editor",
            "password": "bench-password-1",
            "next": "/admin/",
        },
        referer=base + "/admin/login/",
    )
    assert status == 302, f"login failed: {status}"
    change = f"/admin/articles/article/{article_id}/change/"
    for number in range(saves):
        started = time.monotonic()
        status, page = request(change)
        if status != 200:
            results.append((f"form {status}", time.monotonic() - started))
            continue
        parser = FormFields()
        parser.feed(page)
        fields = [
            (name, f"Saved by the editor, save {number + 1}" if name == "title" else value)
            for name, value in parser.fields
        ]
        fields.append(("_continue", "Save and continue editing"))
        status, page = request(change, fields, referer=base + change)
        results.append((str(status), time.monotonic() - started))
        if status == 200:  # the form came back: say why
            errors = re.findall(r'class="errorlist[^"]*"[^>]*>(.*?)</ul>', page, re.S)
            results[-1] = (f"200 (form errors: {errors[:2]})", results[-1][1])


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def main(argv=None):
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--saves", type=int, default=100)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)

    folder = Path(tempfile.mkdtemp(prefix="newsroom-writers-"))
    database = folder / "archive.sqlite3"
    environment = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{database}",
        "DEBUG": "0",
        "STATIC_ROOT": str(folder / "static"),
        "DJANGO_SETTINGS_MODULE": "newsroom.settings",
    }
    print(f"folder {folder}")
    manage(environment, "migrate", "-v", "0")
    manage(environment, "collectstatic", "--noinput", "-v", "0")
    code = (
        "import django; django.setup(); from django.contrib.auth.models import User; from articles.models import Article; "
        "User.objects.create_superuser('editor', 'editor@example.org', 'bench-password-1'); "
        "print(Article.objects.create(title='The editor\\'s article', body='Rajnath Singh met officials.', language='en').pk)"
    )
    article_id = int(
        subprocess.run(
            [sys.executable, "-c", code],
            cwd=REPOSITORY,
            env=environment,
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    )
    sources = folder / "sources"
    sources.mkdir()
    rng = random.Random(args.seed)
    for number in range(args.files):
        (sources / f"{number:05d}.txt").write_text(source_text(number, rng), encoding="utf-8")

    port = free_port()
    gunicorn = Path(sys.executable).with_name("gunicorn")
    server = subprocess.Popen(
        [
            str(gunicorn),
            "newsroom.wsgi",
            "--workers",
            str(args.workers),
            "--bind",
            f"127.0.0.1:{port}",
            "--log-level",
            "warning",
        ],
        cwd=REPOSITORY,
        env=environment,
    )
    time.sleep(3)
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    results = []
    started = time.monotonic()
    importer = subprocess.Popen(
        [sys.executable, "manage.py", "import_articles", str(sources), "--no-progress"],
        cwd=REPOSITORY,
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    editor = threading.Thread(
        target=editor_saves, args=(f"http://127.0.0.1:{port}", article_id, args.saves, results)
    )
    editor.start()
    editor.join()
    editor_seconds = time.monotonic() - started
    out, err = importer.communicate()
    import_seconds = time.monotonic() - started
    server.terminate()
    server.wait(30)
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")

    count = subprocess.run(
        [
            sys.executable,
            "-c",
            "import django; django.setup(); from articles.models import Article; "
            f"print(Article.objects.filter(origin='import').count(), Article.objects.get(pk={article_id}).title)",
        ],
        cwd=REPOSITORY,
        env=environment,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split(maxsplit=1)
    statuses = Counter(status for status, _ in results)
    waits = sorted(seconds for _, seconds in results)
    print(
        f"editor: {len(results)} saves in {editor_seconds:.0f} s: "
        + ", ".join(f"{status} × {n}" for status, n in sorted(statuses.items()))
    )
    if waits:
        print(f"  each save (form and post): median {statistics.median(waits):.2f} s, max {waits[-1]:.2f} s")
    print(
        f"import: {out.strip().splitlines()[-1] if out.strip() else '(no summary)'} in {import_seconds:.0f} s, "
        f"exit status {importer.returncode}"
    )
    failures = [line for line in err.splitlines() if line.strip()]
    print(f"  lines on stderr: {len(failures)}" + (f", first: {failures[0]}" if failures else ""))
    imported = int(count[0])
    print(
        f"articles from the files afterwards: {imported} of {args.files} "
        f"(lost: {args.files - imported}); the editor's article is titled {count[1].strip()!r}"
    )


if __name__ == "__main__":
    main()
