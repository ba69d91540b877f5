"""The archive's backup: ``export_archive`` writes it, ``import_archive`` restores it (docs/export-format.md).

- ``records``: the records of the export, one dict per line, streamed;
- ``snapshot``: the one consistent view of the database an export reads;
- ``check``: what makes a file a complete, self-consistent export;
- ``restore``: an export back into an empty archive, ids and all.
"""
