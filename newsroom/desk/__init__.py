"""The archive desk's admin: site, base ModelAdmin, list filters and counting.

Shared by the ``people`` and ``articles`` admins; the per-model admins live
in ``people/admin/`` and ``articles/admin/``.
"""
