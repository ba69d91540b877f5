"""Merges the desk can undo: every row a merge writes is journaled, and undoing writes it back.

``merge_with_undo`` runs a merge of ``people.merging`` between two snapshots
of the rows it may touch (the records, their aliases, roles, rejected
aliases, flags, the mentions and meeting rows of the merged-away records and
the survivor's rows in the same articles and meetings) and keeps the rows
that differ in a ``MergeRecord``: ``[model label, pk, before, after]``.

``undo_merge`` checks that every journaled row is still exactly as the merge
left it — nothing else touched them: no edit, review, re-extraction or later
merge — then restores the ``before`` states in one transaction: the
merged-away records come back with their ids, aliases, roles, mentions and
meetings; the survivor loses what it gained. Each restored record's history
says so. If anything was touched, it says what and changes nothing.
"""

import json

from django.apps import apps
from django.core.serializers.json import DjangoJSONEncoder
from django.db import IntegrityError, models, transaction
from django.utils import timezone

from newsroom.history import change_reason, record_history

from .merging import MERGERS, MergeError
from .models import (
    Meeting,
    MergeRecord,
    Organisation,
    OrganisationAlias,
    OrganisationDuplicateFlag,
    Person,
    PersonAlias,
    PersonDuplicateFlag,
    RejectedAlias,
    Role,
)

KINDS = {Person: MergeRecord.Kind.PERSON, Organisation: MergeRecord.Kind.ORGANISATION, Meeting: MergeRecord.Kind.MEETING}
MODELS = {kind: model for model, kind in KINDS.items()}


class UndoError(ValueError):
    """The merge cannot be undone (something touched its rows since); nothing was changed."""


def _rows(queryset):
    model = queryset.model
    names = [field.attname for field in model._meta.concrete_fields]
    found = {}
    for values in queryset.order_by().values(*names):
        found[(model._meta.label, values[model._meta.pk.attname])] = json.loads(json.dumps(values, cls=DjangoJSONEncoder))
    return found


def _scope(model, group, others):
    """What a merge of ``others`` into the group's survivor may touch: (the querysets' builder, context)."""
    from articles.models import MeetingReport, OrganisationMention, PersonMention

    if model is Person:
        articles = set(PersonMention.objects.filter(person__in=others).values_list("article_id", flat=True))
        meetings = set(Meeting.participants.through.objects.filter(person__in=others).values_list("meeting_id", flat=True))

        def querysets():
            return [
                Person.objects.filter(pk__in=group),
                PersonAlias.objects.filter(person__in=group),
                Role.objects.filter(person__in=group),
                RejectedAlias.objects.filter(person__in=group),
                PersonMention.objects.filter(person__in=group, article_id__in=articles),
                Meeting.participants.through.objects.filter(person__in=group, meeting_id__in=meetings),
                PersonDuplicateFlag.objects.filter(models.Q(person__in=group) | models.Q(other__in=group)),
            ]

    elif model is Organisation:
        articles = set(OrganisationMention.objects.filter(organisation__in=others).values_list("article_id", flat=True))
        meetings = set(
            Meeting.organisations.through.objects.filter(organisation__in=others).values_list("meeting_id", flat=True)
        )

        def querysets():
            return [
                Organisation.objects.filter(models.Q(pk__in=group) | models.Q(parent__in=group)),
                OrganisationAlias.objects.filter(organisation__in=group),
                Role.objects.filter(organisation__in=group),
                RejectedAlias.objects.filter(organisation__in=group),
                OrganisationMention.objects.filter(organisation__in=group, article_id__in=articles),
                Meeting.organisations.through.objects.filter(organisation__in=group, meeting_id__in=meetings),
                OrganisationDuplicateFlag.objects.filter(
                    models.Q(organisation__in=group) | models.Q(other__in=group)
                ),
            ]

    else:
        articles = set(MeetingReport.objects.filter(meeting__in=others).values_list("article_id", flat=True))

        def querysets():
            return [
                Meeting.objects.filter(models.Q(pk__in=group) | models.Q(sidelines_of__in=group)),
                MeetingReport.objects.filter(meeting__in=group, article_id__in=articles),
                Meeting.participants.through.objects.filter(meeting__in=group),
                Meeting.organisations.through.objects.filter(meeting__in=group),
            ]

    return querysets


def _snapshot(querysets):
    rows = {}
    for queryset in querysets():
        rows.update(_rows(queryset))
    return rows


def merge_with_undo(survivor, others, *, user=None):
    """Merge ``others`` into ``survivor`` (``people.merging``) and journal it; the ``MergeResult``.

    ``result.record`` is the ``MergeRecord`` that can undo it.
    """
    model = type(survivor)
    merge, _counts = MERGERS[model]
    others = list(others)
    group = [survivor.pk, *(other.pk for other in others)]
    with transaction.atomic():
        querysets = _scope(model, group, [other.pk for other in others])
        before = _snapshot(querysets)
        result = merge(survivor, others)
        after = _snapshot(querysets)
        journal = [
            [label, pk, before.get((label, pk)), after.get((label, pk))]
            for (label, pk) in sorted({*before, *after}, key=str)
            if before.get((label, pk)) != after.get((label, pk))
        ]
        result.record = MergeRecord.objects.create(
            kind=KINDS[model],
            survivor_id=survivor.pk,
            merged_ids=[other.pk for other in others],
            summary=result.summary(),
            journal=journal,
            created_by=user if getattr(user, "is_authenticated", False) else None,
        )
    return result


def _current(journal):
    """The rows of ``journal`` as they are now, {(label, pk): state}: one query per model."""
    by_model = {}
    for label, pk, _before, _after in journal:
        by_model.setdefault(label, []).append(pk)
    found = {}
    for label, pks in by_model.items():
        found.update(_rows(apps.get_model(label).objects.filter(pk__in=pks)))
    return found


def _describe(label, pk, state):
    model = apps.get_model(label)
    name = (state or {}).get("name") or (state or {}).get("surface") or (state or {}).get("title") or f"#{pk}"
    return f"{model._meta.verbose_name} “{name}”"


def undo_blocker(record):
    """Why ``record``'s merge cannot be undone now (None when it can)."""
    if record.undone_at is not None:
        return "it was undone already"
    current = _current(record.journal)
    for label, pk, before, after in record.journal:
        now = current.get((label, pk))
        if now == after:
            continue
        if after is None:
            return f"the {_describe(label, pk, now)} exists again"
        if now is None:
            return f"the {_describe(label, pk, after)} was deleted since"
        changed = sorted(key for key in after if now.get(key) != after.get(key))
        return f"the {_describe(label, pk, after)} was changed since ({', '.join(changed)})"
    return None


def _instance(model, state):
    values = {}
    for field in model._meta.concrete_fields:
        if field.attname in state:
            values[field.attname] = field.to_python(state[field.attname])
    return model(**values)


def _auto_dates(model, state):
    fields = [
        field
        for field in model._meta.concrete_fields
        if isinstance(field, models.DateField) and (getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False))
    ]
    return {field.attname: field.to_python(state[field.attname]) for field in fields if field.attname in state}


def restored_counts(record):
    """What undoing would bring back: {verbose name plural: rows}."""
    counts = {}
    for label, _pk, before, _after in record.journal:
        if before is not None:
            name = apps.get_model(label)._meta.verbose_name_plural
            counts[name] = counts.get(name, 0) + 1
    return counts


def undo_merge(record, *, user=None):
    """Undo the merge ``record`` journaled; raise ``UndoError`` (changing nothing) if it cannot be."""
    model = MODELS[record.kind]
    reason = change_reason(f"Undid the merge into {model._meta.verbose_name} #{record.survivor_id}: {record.summary}")
    try:
        with transaction.atomic():
            record = MergeRecord.objects.select_for_update().get(pk=record.pk)
            blocker = undo_blocker(record)
            if blocker:
                raise UndoError(f"This merge cannot be undone: {blocker}.")
            entries = [(apps.get_model(label), pk, before, after) for label, pk, before, after in record.journal]
            # Rows the merge created go first (they hold names the restored rows take back),
            # then the merged-away records and their rows come back, then the changed rows revert.
            for row_model, pk, before, after in entries:
                if before is None:
                    record_history(row_model._default_manager.get(pk=pk), user, reason).delete()
            entity_first = sorted(entries, key=lambda entry: entry[0] is not model)
            for row_model, pk, before, after in entity_first:
                if after is None:
                    record_history(_instance(row_model, before), user, reason).save(force_insert=True)
            for row_model, pk, before, after in entity_first:
                if before is not None and after is not None:
                    record_history(_instance(row_model, before), user, reason).save(force_update=True)
            for row_model, pk, before, after in entries:
                dates = _auto_dates(row_model, before) if before is not None else {}
                if dates:
                    row_model._default_manager.filter(pk=pk).update(**dates)
            record.undone_at = timezone.now()
            record.undone_by = user if getattr(user, "is_authenticated", False) else None
            record.save(update_fields=["undone_at", "undone_by"])
    except IntegrityError as error:
        raise UndoError(f"This merge cannot be undone: the archive changed since ({error}).") from error
    return record


__all__ = ["MergeError", "UndoError", "merge_with_undo", "undo_blocker", "undo_merge", "restored_counts"]
