#!/usr/bin/env python
"""What the pipeline finds in source files, stage by stage (for developing the importer; writes nothing).

    python bench/realnews/show.py bench/realnews/texts/en-a-001.txt [more files]

Reads each file as the importer does (header, cleaning, language), runs ``extract()`` with the
gazetteer of a freshly migrated archive (the template of ``score.py``), and prints the sentences,
the names found (kind, id, surface), the new people and organisations, and the meetings.
"""

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import score  # noqa: E402


def main(paths):
    with tempfile.TemporaryDirectory(prefix="newsroom-show-") as workdir:
        score._database(workdir)
        from articles.extraction.pipeline import extract
        from articles.importing.importer import prepare
        from articles.importing.sources import SourceError, read_source
        from articles.linking import gazetteer_from_database

        gazetteer = gazetteer_from_database()
        for path in paths:
            print(f"\n##### {path}")
            try:
                prepared = prepare(read_source(Path(path)))
            except SourceError as error:
                print(f"refused: {error}")
                continue
            result = extract(prepared.body, prepared.language, gazetteer, prepared.published)
            print(f"language {prepared.language}, published {prepared.published}, title: {prepared.title}")
            names = {}
            for mention in result.mentions:
                label = gazetteer.display_name(mention.kind, mention.entity_id) if hasattr(
                    gazetteer, "display_name") else ""
                names.setdefault((mention.kind, mention.entity_id), (label, []))[1].append(mention.surface)
            for (kind, entity_id), (label, surfaces) in names.items():
                print(f"  {kind:13} {entity_id!s:>6} {label} {sorted(set(surfaces))}")
            for person in result.new_persons:
                print(f"  new person {person.key}: {person.name} {person.aliases} roles={person.roles}")
            for find in result.organisations:
                state = find.organisation_id if find.organisation_id is not None else f"new {find.key}"
                print(f"  organisation {state}: {find.name} ({find.kind}) {find.aliases}")
            for meeting in result.meetings:
                print(f"  meeting {meeting.status} {meeting.kind} {meeting.participants} date={meeting.date} "
                      f"place={meeting.place_id} sidelines={meeting.sidelines_of}")
                for evidence in meeting.evidence:
                    print(f"      | {evidence[:160]}")


if __name__ == "__main__":
    main(sys.argv[1:])
