"""The record's history page, complete: its own versions and the changes to its inline rows.

django-simple-history keeps a history per model, so a person's page showed
"Reviewed: False → True" but not the alias and role changed in the same
save. ``CompleteHistoryMixin`` lists, newest first in one table, the
record's own versions (with their revert links) and the historical rows of
the models named in ``related_history`` that point at it: aliases, roles,
mentions, meeting reports, rejected aliases. Links (mentions, reports) have
history only for what the desk did (``newsroom.history.DeskHistory``).
The page also lists the merges into the record, with an undo button while
the merge can be undone (``people.merge_undo``).
"""

from django.core.paginator import Paginator
from django.urls import NoReverseMatch, reverse

HISTORY_TYPES = {"+": "Added", "~": "Changed", "-": "Deleted"}
# The newest related changes shown (a person mentioned in thousands of articles by hand is rare).
RELATED_LIMIT = 500
SKIPPED_FIELDS = {"normalized", "script", "updated_at"}


def _changes(record, older):
    if older is None:
        return []
    delta = record.diff_against(older, foreign_keys_are_objs=True)
    return [
        {"field": change.field.replace("_", " "), "old": change.old, "new": change.new}
        for change in delta.changes
        if change.field not in SKIPPED_FIELDS
    ]


class CompleteHistoryMixin:
    # (model, field pointing at this record, label of a row) for each inline model with history.
    related_history = ()
    object_history_list_template = "admin/desk_object_history_list.html"

    def related_history_specs(self):
        return self.related_history

    def render_history_view(self, request, template, context, **kwargs):
        if template != self.object_history_template:  # an old version's form
            return super().render_history_view(request, template, context, **kwargs)
        obj = context["object"]
        own = list(
            self.model.history.filter(**{self.model._meta.pk.attname: obj.pk})
            .select_related("history_user")
            .order_by("-history_date", "-history_id")
        )
        self.set_history_delta_changes(request, own)
        opts = self.model._meta
        entries = []
        for record in own:
            try:
                url = reverse(
                    f"{self.admin_site.name}:{opts.app_label}_{opts.model_name}_simple_history",
                    args=[obj.pk, record.pk],
                )
            except NoReverseMatch:
                url = None
            entries.append(
                {
                    "date": record.history_date,
                    "what": str(record.history_object),
                    "url": url,
                    "type": record.get_history_type_display(),
                    "user": record.history_user,
                    "reason": record.history_change_reason,
                    "changes": getattr(record, "history_delta_changes", []),
                    "own": True,
                }
            )
        for model, field, label in self.related_history_specs():
            records = list(
                model.history.filter(**{f"{field}_id": obj.pk})
                .select_related("history_user")
                .order_by("-history_date", "-history_id")[:RELATED_LIMIT]
            )
            by_row = {}
            for record in records:
                by_row.setdefault(record.id, []).append(record)
            for versions in by_row.values():
                for index, record in enumerate(versions):
                    older = versions[index + 1] if index + 1 < len(versions) else None
                    if older is None and record.history_type == "~":
                        older = record.prev_record
                    entries.append(
                        {
                            "date": record.history_date,
                            "what": label(record),
                            "url": None,
                            "type": HISTORY_TYPES.get(record.history_type, record.history_type),
                            "user": record.history_user,
                            "reason": record.history_change_reason,
                            "changes": _changes(record, older) if record.history_type == "~" else [],
                            "own": False,
                        }
                    )
        entries.sort(key=lambda entry: entry["date"], reverse=True)
        paginator = Paginator(entries, self.history_list_per_page)
        page_obj = paginator.get_page(request.GET.get("p"))
        context.update(
            {
                "page_obj": page_obj,
                "page_range": paginator.get_elided_page_range(page_obj.number),
                "pagination_required": paginator.count > self.history_list_per_page,
                "merges": self.merges_into(request, obj),
            }
        )
        return super().render_history_view(request, template, context, **kwargs)

    def merges_into(self, request, obj):
        """The merges into ``obj`` with whether they can still be undone (people, organisations, meetings)."""
        return []


# -- labels of related rows ------------------------------------------------------------------------


def _name_of(model, pk):
    return model._default_manager.filter(pk=pk).values_list("name", flat=True).first() or f"#{pk} (deleted)"


def alias_label(record):
    return f"Alias “{record.name}”"


def rejected_alias_label(record):
    return f"Rejected alias “{record.name}”"


def role_label(record):
    return f"Role: {record.instance}"


def mention_in_article_label(record):
    from articles.models import Article

    title = Article.objects.filter(pk=record.article_id).values_list("title", flat=True).first()
    return f"Mention “{record.surface}” in “{title or f'article #{record.article_id}'}”"


def link_label(entity_field):
    def label(record):
        from people.models import Organisation, Person, Place

        model = {"person": Person, "organisation": Organisation, "place": Place}[entity_field]
        name = _name_of(model, getattr(record, f"{entity_field}_id"))
        return f"Link to {model._meta.verbose_name} {name} (“{record.surface}”)"

    return label


def report_in_article_label(record):
    from articles.models import Article

    title = Article.objects.filter(pk=record.article_id).values_list("title", flat=True).first()
    return f"Report in “{title or f'article #{record.article_id}'}” ({record.says or 'refers to it'})"


def report_of_meeting_label(record):
    from people.models import Meeting

    meeting = Meeting.objects.filter(pk=record.meeting_id).first()
    return f"Report of the meeting {meeting if meeting else f'#{record.meeting_id} (deleted)'}"
