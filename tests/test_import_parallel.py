"""``import_articles --jobs N``: extraction in worker processes gives exactly the archive ``--jobs 1`` gives."""

import argparse
import io
import json
import os
import re
import sys
import tempfile
from pathlib import Path
from unittest import mock

from django.core.management import call_command
from django.db import transaction
from django.test import TestCase

from articles.extraction.gazetteer import PERSON, Gazetteer
from articles.importing import extracting
from articles.importing.extracting import ExtractionTask, WorkerPool
from articles.importing.tracing import KNOWN_ATTRIBUTES, Op, Reads, TracingGazetteer
from people.models import Meeting, Organisation, OrganisationDuplicateFlag, Person, PersonDuplicateFlag

from conftest import REPOSITORY, SAMPLES

sys.path.insert(0, str(REPOSITORY / "bench"))

# Files whose extraction depends on what the files just before them create: a new person named
# again, in the other script, by surname only, by office; a new organisation named again by acronym.
DEPENDENT = [
    " date 2024-03-11 Belarus Defence Minister Lt Gen Ivan Petrovich met Defence Minister Rajnath Singh in "
    "New Delhi on Monday.\n\nPetrovich said the talks were useful.\n",
    " date 2024-03-12 बेलारूस के रक्षा मंत्री लेफ्टिनेंट जनरल इवान पेत्रोविच ने मंगलवार को नई दिल्ली में रक्षा मंत्री राजनाथ सिंह "
    "से मुलाकात की.\n",
    " date 2024-03-13 Ivan Petrovich left New Delhi on Wednesday. The Belarus Defence Minister said he would "
    "return.\n",
    " date 2024-03-14 The Northern Maritime Cooperation Organization (NMCO) met in Minsk on Thursday. "
    "Ivan Petrovich spoke.\n",
    " date 2024-03-15 The NMCO said on Friday that Belarus Defence Minister Ivan Petrovich had met "
    "Rajnath Singh.\n",
    " date 2024-03-16 Belarus Defence Minister Lt Gen Ivan Petrovic met Defence Minister Rajnath Singh "
    "again on Saturday.\n",
]


def corpus_files(folder):
    """The samples, the dependent files, and generated articles whose people the archive does not know."""
    from extraction import Corpus

    for path in sorted(SAMPLES.glob("*.txt")):
        (folder / f"a-{path.name}").write_bytes(path.read_bytes())
    for number, text in enumerate(DEPENDENT):
        (folder / f"b-{number:02d}.txt").write_text(text, encoding="utf-8")
    corpus = Corpus(argparse.Namespace(seed=5, persons=30, organisations=6))
    for number in range(40):
        body, _, published = corpus.article(number)
        (folder / f"c-{number:03d}.txt").write_text(f" date {published.isoformat()} {body}\n", encoding="utf-8")


def import_and_export(folder, jobs):
    out = io.StringIO()
    call_command("import_articles", str(folder), jobs=jobs, verbosity=2, stdout=out, stderr=io.StringIO())
    export = io.StringIO()
    call_command("export_archive", stdout=export)
    records = [json.loads(line) for line in export.getvalue().splitlines()]
    flags = [
        ("person", f.person_id, f.other_id, f.similarity, f.evidence, f.status)
        for f in PersonDuplicateFlag.objects.order_by("pk")
    ] + [
        ("organisation", f.organisation_id, f.other_id, f.similarity, f.evidence, f.status)
        for f in OrganisationDuplicateFlag.objects.order_by("pk")
    ]
    again = int(re.search(r"extracted again: (\d+) file", out.getvalue()).group(1))
    return records, flags, again, out.getvalue()


def _without_times(value):
    """``value`` without the timestamps of export format 2 (``created_at``, ``imported_at`` …), which differ by run."""
    if isinstance(value, dict):
        return {k: _without_times(v) for k, v in value.items() if not k.endswith("_at")}
    if isinstance(value, list):
        return [_without_times(v) for v in value]
    return value


def canonical(records, flags, before):
    """The export with the ids of records made by the run replaced by their rank (the databases' sequences
    differ from one run to the next; the order things were made in must not)."""
    made = {}
    for kind in ("organisation", "person", "article", "meeting"):
        ids = sorted(r["id"] for r in records if r["type"] == kind and r["id"] > before[kind])
        made.update({(kind, i): f"{kind}-{rank}" for rank, i in enumerate(ids)})

    def ref(kind, value):
        return made.get((kind, value), value) if value is not None else None

    out = []
    for r in records:
        if r["type"] in ("archive", "end", "duplicate_flag"):  # the flags are compared on their own
            continue
        r = _without_times(r)
        kind = r["type"]
        r["id"] = ref(kind, r["id"])
        if kind == "organisation":
            r["parent"] = ref("organisation", r["parent"])
        elif kind == "person":
            r["roles"] = [
                {**{k: v for k, v in role.items() if k != "id"}, "organisation": ref("organisation", role["organisation"])}
                for role in r["roles"]
            ]
        elif kind == "article":
            r["persons"] = [ref("person", i) for i in r["persons"]]
            r["organisations"] = [ref("organisation", i) for i in r["organisations"]]
            r["meetings"] = [ref("meeting", i) for i in r["meetings"]]
            r["mentions"] = [{**m, "id": ref(m["type"], m["id"])} for m in r["mentions"]]
            r["reports"] = [{**report, "meeting": ref("meeting", report["meeting"])} for report in r["reports"]]
            # The extraction ledger repeats the mentions, meetings and reports compared above, with ids inside.
            r.pop("ledger", None)
        elif kind == "meeting":
            r["participants"] = [ref("person", i) for i in r["participants"]]
            r["organisations"] = [ref("organisation", i) for i in r["organisations"]]
            r["articles"] = [ref("article", i) for i in r["articles"]]
            r["sidelines_of"] = ref("meeting", r["sidelines_of"])
            r["evidence"] = [{**e, "article": ref("article", e["article"])} for e in r["evidence"]]
        out.append(r)
    flags = [(k, ref(k, a), ref(k, b), *rest) for k, a, b, *rest in flags]
    return out, flags


class ParallelImportTests(TestCase):
    def test_one_and_two_jobs_give_identical_exports(self):
        directory = tempfile.TemporaryDirectory()
        self.addCleanup(directory.cleanup)
        folder = Path(directory.name)
        corpus_files(folder)
        before = {
            "organisation": Organisation.objects.order_by("-pk").values_list("pk", flat=True).first() or 0,
            "person": Person.objects.order_by("-pk").values_list("pk", flat=True).first() or 0,
            "article": 0,
            "meeting": Meeting.objects.order_by("-pk").values_list("pk", flat=True).first() or 0,
        }
        runs = {}
        for jobs in (1, 2):
            with transaction.atomic():
                records, flags, again, output = import_and_export(folder, jobs)
                runs[jobs] = canonical(records, flags, before), again, output
                transaction.set_rollback(True)
        (serial, serial_flags), _, output = runs[1]
        (parallel, parallel_flags), again, _ = runs[2]
        files = len(list(folder.glob("*.txt")))
        self.assertIn(f"imported {files}, updated 0, unchanged 0, failed 0", output)
        articles = [r for r in serial if r["type"] == "article"]
        self.assertEqual(len(articles), files)
        # The corpus is one where order matters: people and organisations made by one file are linked by
        # the next ones (one record for Ivan Petrovich in both scripts), and the workers ran ahead of them.
        petrovich = [r for r in serial if r["type"] == "person" and r["name"] == "Ivan Petrovich"]
        self.assertEqual(len(petrovich), 1)
        self.assertIn("इवान पेत्रोविच", petrovich[0]["aliases"])
        linked = [a for a in articles if petrovich[0]["id"] in a["persons"]]
        self.assertGreaterEqual(len(linked), 5)
        self.assertTrue(any(r["type"] == "organisation" and r["acronym"] == "NMCO" for r in serial))
        self.assertGreater(sum(1 for r in serial if r["type"] == "person" and r["origin"] == "import"), 20)
        self.assertGreater(sum(1 for r in serial if r["type"] == "meeting" and r["origin"] == "import"), 40)
        self.assertGreater(again, 0, "some files were extracted ahead of what the files before them created")
        self.assertEqual(len(serial), len(parallel))
        for first, second in zip(serial, parallel):
            self.assertEqual(first, second)
        self.assertEqual(serial_flags, parallel_flags)


class TracingTests(TestCase):
    def test_what_extraction_read_is_affected_only_by_changes_to_it(self):
        gazetteer = TracingGazetteer()
        gazetteer.add("person", 1, "Rajnath Singh")
        gazetteer.forget_ops()
        reads = Reads()
        with gazetteer.recording(reads):
            gazetteer.find("Defence Minister Rajnath Singh met Ivan Petrovich.")
            gazetteer.names_of("person", 1)
            gazetteer.person_index.compare("Ivan Petrovich")
        position = gazetteer.position
        gazetteer.add("person", 2, "Lena Vos")  # named nowhere in the text, like nobody compared
        self.assertFalse(reads.affected_by(gazetteer.ops_since(position)))
        gazetteer.add("person", 3, "इवान पेत्रोविच")  # what the fuzzy look-up of "Ivan Petrovich" would find now
        self.assertTrue(reads.affected_by(gazetteer.ops_since(position)))
        position = gazetteer.position
        gazetteer.add("person", 1, "R. Singh")  # another name of someone the extraction asked about
        self.assertTrue(reads.affected_by(gazetteer.ops_since(position)))
        position = gazetteer.position
        gazetteer.add("person", 4, "Ivan Petrovich")  # a name the text contains
        self.assertTrue(reads.affected_by(gazetteer.ops_since(position)))

    def test_nothing_changes_nothing(self):
        gazetteer = TracingGazetteer()
        gazetteer.add("person", 1, "Rajnath Singh")
        position = gazetteer.position
        gazetteer.add("person", 1, "Rajnath Singh")
        self.assertEqual(gazetteer.ops_since(position), [])
        reads = Reads()
        reads.keys.add(("everything",))
        self.assertFalse(reads.affected_by([]))
        self.assertTrue(reads.affected_by([Op("add_role", (), frozenset())]))

    def test_the_tracer_knows_every_question_the_gazetteer_answers(self):
        """A question added to ``Gazetteer`` counts as reading everything until ``tracing`` learns it."""
        data = {name for name in vars(Gazetteer()) if not name.startswith("_")}
        self.assertEqual(data - KNOWN_ATTRIBUTES, set(), "teach articles/importing/tracing.py these attributes")

    def test_only_the_known_bodies_table_keys_a_cache_on_the_gazetteer_version(self):
        """Reading ``Gazetteer.version`` counts as reading every organisation (``tracing``): that holds only
        while the one stage that keys a cache on it is the organisations' table of known bodies."""
        readers = []
        for path in sorted((REPOSITORY / "articles" / "extraction").rglob("*.py")):
            if path.name == "gazetteer.py":
                continue
            if re.search(r"\.version\b", path.read_text(encoding="utf-8")):
                readers.append(path.name)
        self.assertEqual(readers, ["organisations.py"])


class WorkerPoolTests(TestCase):
    def test_workers_run_at_a_lower_priority_than_the_importer_that_writes(self):
        pool = WorkerPool(2, TracingGazetteer())
        self.addCleanup(pool.close)
        pool.submit(ExtractionTask(1, article=("The club said the regatta would go ahead.", "en", None)))
        results = []
        while not results:
            results.extend(pool.collect())
        ours = os.getpriority(os.PRIO_PROCESS, 0)
        for worker in pool._workers:
            self.assertEqual(os.getpriority(os.PRIO_PROCESS, worker.process.pid), min(19, ours + extracting.WORKER_NICENESS))

    def test_changes_a_task_in_flight_was_sent_without_are_kept_until_its_result_is_checked(self):
        """A worker given a task, then another with the changes made since, answers the first from the position
        it was sent at: the importer may not drop those changes (``forget_ops(oldest_position())``) before that
        result is checked against them, or the file is written as extracted without what they added."""
        gazetteer = TracingGazetteer()
        gazetteer.add(PERSON, 1, "Orla Brennick")
        gazetteer.forget_ops()
        start = gazetteer.position
        pool = WorkerPool(1, gazetteer)
        self.addCleanup(pool.close)
        body = "Tomasz Wierzbicki-Hale, chairman of the rowing club, met Orla Brennick on Monday."
        with mock.patch.object(extracting, "OPS_TOGETHER", 1):
            pool.submit(ExtractionTask(1, article=(body, "en", None)))  # sent at ``start``
            # What the files before it write, and another task that takes those changes to the same worker.
            gazetteer.add(PERSON, 2, "Tomasz Wierzbicki-Hale")
            pool.submit(ExtractionTask(2, article=("The club said the regatta would go ahead.", "en", None)))
            # After a batch, the importer drops the changes no one may still be answered from.
            gazetteer.forget_ops(min(gazetteer.position, pool.oldest_position()))
            results = {}
            while len(results) < 2:
                results.update((r.id, r) for r in pool.collect())
        first = results[1]
        self.assertEqual(first.position, start)
        since = gazetteer.ops_since(first.position)
        self.assertEqual([op.name for op in since], ["tomasz wierzbicki-hale"])
        self.assertTrue(first.reads.affected_by(since), "extracted without the person the file before created")

    def test_changes_dropped_cannot_be_asked_for(self):
        gazetteer = TracingGazetteer()
        gazetteer.add(PERSON, 1, "Orla Brennick")
        gazetteer.add(PERSON, 2, "Tomasz Wierzbicki-Hale")
        gazetteer.forget_ops(1)
        self.assertEqual(len(gazetteer.ops_since(1)), 1)
        with self.assertRaises(ValueError):
            gazetteer.ops_since(0)  # not the last op again (a negative slice), nor nothing
        with self.assertRaises(ValueError):
            gazetteer.forget_ops(0)
        self.assertEqual((gazetteer.ops_base, len(gazetteer.ops)), (1, 1))
