"""Rows that may wait until the end of a batch of files, then go in with one INSERT per table.

Linking one article writes rows nothing else reads before the batch ends:
its mention rows, its extraction ledger, and the historical records of
everything extraction created or changed (django-simple-history rows).
``DeferredWrites`` collects them and ``flush`` writes them with one
``bulk_create`` per table, in the order they were made, so that a record's
history keeps its order. Historical rows are built when the change is made
(``history``), from the instance as it is then, never from a later state.

``checkpoint`` and ``rollback`` drop what a file added when its savepoint is
rolled back, so that a failed file leaves nothing behind here either.
"""

from collections import defaultdict

from django.utils import timezone

from . import sql


def save_without_history(instance, **kwargs):
    """``instance.save()`` without django-simple-history's own record (``history`` makes it)."""
    instance.skip_history_when_saving = True
    try:
        instance.save(**kwargs)
    finally:
        del instance.skip_history_when_saving


class DeferredWrites:
    def __init__(self):
        self._rows = []  # (model, instance), in order
        self._m2m = []  # (historical row, m2m history model, [through rows' field values])
        self.created = []  # (kind, instance) of every record extraction created, for the run's report

    def record(self, kind, instance):
        """Note that extraction created ``instance`` (kind: person, organisation, meeting, duplicate)."""
        self.created.append((kind, instance))

    def __len__(self):
        return len(self._rows)

    def add(self, instance):
        """Insert ``instance`` (a model instance nothing refers to) at the flush."""
        self._rows.append((type(instance), instance))

    def history(self, instance, reason=None, history_type="+", m2m=None):
        """A historical record of ``instance`` as it is now, labelled with ``reason``.

        ``m2m``: for a model with many-to-many history, ``{field name: [through rows]}``.
        """
        model = history_model(type(instance))
        row = model(
            history_date=timezone.now(),
            history_user=None,
            history_change_reason=reason,
            history_type=history_type,
            **{field.attname: getattr(instance, field.attname) for field in model.tracked_fields},
        )
        self._rows.append((model, row))
        for field in getattr(model, "_history_m2m_fields", ()):
            through_rows = (m2m or {}).get(field.name, [])
            m2m_model = _m2m_history_model(type(instance), field)
            names = [f.attname for f in field.remote_field.through._meta.fields]
            self._m2m.append((row, m2m_model, [{name: getattr(r, name) for name in names} for r in through_rows]))

    def checkpoint(self):
        return len(self._rows), len(self._m2m), len(self.created)

    def rollback(self, checkpoint):
        rows, m2m, created = checkpoint
        del self._rows[rows:]
        del self._m2m[m2m:]
        del self.created[created:]

    def flush(self):
        """Insert everything collected, one ``bulk_create`` per table and run of rows; then forget it."""
        rows, self._rows = self._rows, []
        m2m, self._m2m = self._m2m, []
        by_model = defaultdict(list)
        order = []
        for model, instance in rows:
            if model not in by_model:
                order.append(model)
            by_model[model].append(instance)
        # Historical tables first (their m2m rows need their ids), then the rest; within a
        # table, in the order the rows were made.
        for model in order:
            sql.insert(by_model[model])
        m2m_rows = defaultdict(list)
        for history_row, history_model, values in m2m:
            for value in values:
                m2m_rows[history_model].append(history_model(history=history_row, **value))
        for instances in m2m_rows.values():
            sql.insert(instances)


_HISTORY_MODELS = {}


def history_model(model):
    """``model.history.model``, without building the history manager each time (it costs milliseconds)."""
    if model not in _HISTORY_MODELS:
        _HISTORY_MODELS[model] = model.history.model
    return _HISTORY_MODELS[model]


def _m2m_history_model(model, field):
    key = (model, field.name)
    if key not in _HISTORY_MODELS:
        from django.apps import apps

        _HISTORY_MODELS[key] = apps.get_model(model._meta.app_label, f"Historical{model.__name__}_{field.name}")
    return _HISTORY_MODELS[key]
