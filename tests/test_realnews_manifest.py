"""bench/realnews/manifest.py: annotators' slices are added to the manifest, never replace it."""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench" / "realnews"))

import manifest  # noqa: E402


def _entry(url):
    return {"url": url, "sha256": "0" * 64, "language": "en", "people": [], "organisations": [],
            "held_meetings": [], "planned_meetings": [], "cancelled_meetings": [], "not_held": [], "events": []}


def test_a_slice_is_added_to_the_manifest_and_the_articles_of_slices_not_on_this_machine_are_kept(tmp_path):
    record = tmp_path / "manifest.json"
    manifest.write({"en-a-001.txt": _entry("https://a.example/1"), "en-a-002.txt": _entry("https://a.example/2")}, record)
    slices = tmp_path / "slices"
    slices.mkdir()
    corrected = dict(_entry("https://a.example/2"), people=["Rajnath Singh"])
    (slices / "en-h.json").write_text(json.dumps({"articles": {
        "en-h-001.txt": _entry("https://h.example/1"),
        "en-h-002.txt": _entry("https://a.example/1"),  # a story already in the set: left out
        "en-a-002.txt": corrected,  # an annotator's correction of an entry
    }}))
    merged = manifest.merge(slices, record)
    assert sorted(merged) == ["en-a-001.txt", "en-a-002.txt", "en-h-001.txt"]
    assert merged["en-a-002.txt"]["people"] == ["Rajnath Singh"]
