"""What makes a file a restorable export: complete, in order, and referring only to its own records.

``check(path)`` reads the file once, in constant memory per record (plus the
sets of ids), and raises ``BackupError`` naming the line and the reason for
the first problem: not JSON, not an export of this format version, a record
out of order or without its required keys, an article's date precision
other than day, month or year, an id twice, an id referred to that the file
does not hold, or no final ``end`` record with the right count
(a file cut short).
"""

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from ..constants import DatePrecision
from .records import FORMAT_VERSION, RECORD_TYPES

REQUIRED = {
    "archive": ("format_version",),
    "place": ("id", "name", "slug", "kind", "country", "aliases"),
    "organisation": (
        "id",
        "name",
        "slug",
        "kind",
        "alias_names",
        "parent",
        "country_place",
        "reviewed",
        "origin",
    ),
    "person": ("id", "name", "slug", "alias_names", "roles", "reviewed", "origin"),
    "tag": ("id", "name", "slug"),
    "article": (
        "id",
        "title",
        "language",
        "published_precision",
        "body",
        "source",
        "source_text",
        "tags",
        "mentions",
        "reports",
        "removed_links",
        "ledger",
        "reviewed",
        "origin",
    ),
    "meeting": (
        "id",
        "kind",
        "status",
        "date",
        "end_date",
        "place_id",
        "participants",
        "organisations",
        "sidelines_of",
        "reviewed",
        "origin",
    ),
    "duplicate_flag": ("id", "kind", "record", "other", "similarity", "status"),
    "rejected_name": ("id", "kind", "name"),
    "end": ("records",),
}


class BackupError(Exception):
    """A file that ``import_archive`` will not restore, and why."""


@dataclass
class Summary:
    counts: Counter = field(default_factory=Counter)

    def describe(self):
        shown = [kind for kind in RECORD_TYPES if kind not in ("archive", "end") and self.counts[kind]]
        return ", ".join(f"{self.counts[kind]} {kind.replace('_', ' ')}s" for kind in shown) or "no records"


def read_records(path):
    """Yield ``(line number, record)`` for every line of the file at ``path``."""
    try:
        stream = open(path, encoding="utf-8")
    except OSError as error:
        raise BackupError(f"{path}: cannot read: {error.strerror or error}") from error
    with stream:
        for number, line in enumerate(stream, start=1):
            try:
                record = json.loads(line)
            except (json.JSONDecodeError, UnicodeDecodeError) as error:
                raise BackupError(f"{path}, line {number}: not a JSON record ({error})") from error
            if not isinstance(record, dict) or record.get("type") not in RECORD_TYPES:
                raise BackupError(f"{path}, line {number}: not a record of an archive export")
            yield number, record


def references(record):
    """(type, id) of every record ``record`` refers to."""
    kind = record["type"]
    if kind == "place":
        yield "place", record["country"]
        return
    if kind == "organisation":
        yield "organisation", record["parent"]
        yield "place", record["country_place"]
        return
    if kind == "person":
        for role in record["roles"]:
            yield "organisation", role.get("organisation")
            yield "place", role.get("country_place")
        return
    if kind == "article":
        for mention in record["mentions"]:
            yield mention["type"], mention["id"]
        for report in record["reports"]:
            yield "meeting", report["meeting"]
        for tag in record["tags"]:
            yield "tag name", tag
        return
    if kind == "meeting":
        yield "place", record["place_id"]
        yield "meeting", record["sidelines_of"]
        for person in record["participants"]:
            yield "person", person
        for organisation in record["organisations"]:
            yield "organisation", organisation
        return
    if kind == "duplicate_flag":
        yield record["kind"], record["record"]
        yield record["kind"], record["other"]


def check(path):
    """A ``Summary`` of the export at ``path``; raises ``BackupError`` for the first problem."""
    summary = Summary()
    ids = defaultdict(set)
    referenced = {}  # (type, id) -> where it was first referred to
    position = 0
    ended = False
    count = 0
    for number, record in read_records(path):
        kind = record["type"]
        where = f"{path}, line {number}"
        if ended:
            raise BackupError(f"{where}: a record after the end record")
        if count == 0 and (kind != "archive" or record.get("format_version") != FORMAT_VERSION):
            version = record.get("format_version", "none") if kind == "archive" else "none"
            raise BackupError(
                f"{where}: not an export of format version {FORMAT_VERSION} (its version: {version}); "
                "export the archive again with this version's export_archive"
            )
        missing = [key for key in REQUIRED[kind] if key not in record]
        if missing:
            raise BackupError(f"{where}: the {kind} record lacks {', '.join(missing)}")
        if kind == "article" and record["published_precision"] not in DatePrecision.values:
            raise BackupError(
                f"{where}: article {record['id']} has the date precision {record['published_precision']!r}; "
                f"it is one of {', '.join(DatePrecision.values)}"
            )
        if RECORD_TYPES.index(kind) < position:
            raise BackupError(f"{where}: a {kind} record after the {RECORD_TYPES[position]} records")
        position = RECORD_TYPES.index(kind)
        if kind == "end":
            if record["records"] != count:
                raise BackupError(
                    f"{where}: the end record counts {record['records']} records, the file has {count}"
                )
            ended = True
            continue
        count += 1
        summary.counts[kind] += 1
        key = (record["kind"], record["id"]) if kind == "duplicate_flag" else record.get("id")
        if key is not None:
            if key in ids[kind]:
                raise BackupError(f"{where}: a second {kind} {record['id']}")
            ids[kind].add(key)
        if kind == "tag":
            ids["tag name"].add(record["name"])
        for target in references(record):
            if target[1] is not None and target not in referenced:
                referenced[target] = f"{kind} {record.get('id')} (line {number})"
    if not ended:
        raise BackupError(
            f"{path}: the file ends without its end record after {count} records: it was cut short "
            "(a full disk, an interrupted copy?); nothing was restored"
        )
    for (kind, target), where in referenced.items():
        if target not in ids[kind]:
            raise BackupError(f"{path}: {where} refers to {kind} {target}, which the file does not hold")
    return summary
