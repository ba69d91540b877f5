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
        self._rows = []  # (model, {attname: value}), in order
        self._m2m = []  # (historical row, m2m history model, [{attname: value} of the through rows])
        self.created = []  # (kind, instance) of every record extraction created, for the run's report

    def __len__(self):
        return len(self._rows)

    def record(self, kind, instance):
        """Note that extraction created ``instance`` (kind: person, organisation, meeting, duplicate)."""
        self.created.append((kind, instance))

    def add(self, instance):
        """Insert ``instance`` (a model instance nothing refers to) at the flush."""
        model = type(instance)
        self._rows.append((model, {f.attname: getattr(instance, f.attname) for f in _fields(model)}))

    def add_values(self, model, values):
        """Insert a row of ``model`` (``{attname: value}``; defaults for the rest) at the flush."""
        self._rows.append((model, values))

    def history(self, instance, reason=None, history_type="+", m2m=None):
        """A historical record of ``instance`` as it is now, labelled with ``reason``.

        ``m2m``: for a model with many-to-many history, ``{field name: [through rows' {attname: value}]}``.
        """
        model = history_model(type(instance))
        row = {
            "history_date": timezone.now(),
            "history_user_id": None,
            "history_change_reason": reason,
            "history_type": history_type,
            **{name: getattr(instance, name) for name in _tracked(model)},
        }
        self._rows.append((model, row))
        for field in getattr(model, "_history_m2m_fields", ()):
            self._m2m.append((row, _m2m_history_model(type(instance), field), (m2m or {}).get(field.name, [])))

    def checkpoint(self):
        return len(self._rows), len(self._m2m), len(self.created)

    def rollback(self, checkpoint):
        rows, m2m, created = checkpoint
        del self._rows[rows:]
        del self._m2m[m2m:]
        del self.created[created:]

    def flush(self):
        """Insert everything collected, one INSERT per table (in the order rows were made); then forget it."""
        rows, self._rows = self._rows, []
        m2m, self._m2m = self._m2m, []
        by_model = defaultdict(list)
        for model, values in rows:
            by_model[model].append(values)
        ids = {}
        for model, values in by_model.items():
            for row, pk in zip(values, sql.insert_values(model, values)):
                ids[id(row)] = pk
        m2m_rows = defaultdict(list)
        for history_row, m2m_model, through_rows in m2m:
            for values in through_rows:
                m2m_rows[m2m_model].append({**values, "history_id": ids[id(history_row)]})
        for m2m_model, values in m2m_rows.items():
            sql.insert_values(m2m_model, values)


def _fields(model):
    if model not in _FIELDS:
        _FIELDS[model] = [f for f in model._meta.concrete_fields if not f.primary_key]
    return _FIELDS[model]


def _tracked(model):
    if model not in _FIELDS:
        _FIELDS[model] = [f.attname for f in model.tracked_fields]
    return _FIELDS[model]


_FIELDS = {}
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
