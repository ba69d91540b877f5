"""History helpers shared by the desk: change reasons, and history written only for the desk's own changes."""

from simple_history.models import HistoricalRecords

REASON_MAX_CHARS = 100


def change_reason(text):
    """``text`` cut to fit the history tables' reason column (PostgreSQL enforces it)."""
    text = " ".join(text.split())
    return text if len(text) <= REASON_MAX_CHARS else text[: REASON_MAX_CHARS - 1] + "…"


class DeskHistory(HistoricalRecords):
    """Historical records written only where the desk asks for them.

    Link rows (mentions, meeting reports) number in the millions and the
    importer rewrites them on every re-extraction; a historical row for each
    of those writes would double the tables and tell an editor nothing. So a
    save or delete is recorded only when the instance carries
    ``record_history(instance)``'s mark (the admin's inlines set it), and
    re-extraction from the desk writes its own records of what it changed
    (``articles.reextraction``).
    """

    def post_save(self, instance, created, using=None, **kwargs):
        if getattr(instance, "_desk_history", False):
            super().post_save(instance, created, using=using, **kwargs)

    def post_delete(self, instance, using=None, **kwargs):
        if getattr(instance, "_desk_history", False):
            super().post_delete(instance, using=using, **kwargs)


def record_history(instance, user=None, reason=None):
    """Mark ``instance`` so that its next save or delete is in its history, by ``user``, for ``reason``."""
    instance._desk_history = True
    if user is not None:
        instance._history_user = user
    if reason:
        instance._change_reason = change_reason(reason)
    return instance
