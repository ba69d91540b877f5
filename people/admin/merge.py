"""The "Merge selected …" action: a confirmation page, then ``people.merging``.

The desk selects two or more records in a changelist; the action answers
with a page that shows, for each record, what a merge would move away from
it, and lets the editor choose the survivor. Posting that page merges, in
one transaction, and opens the survivor.
"""

from django.contrib import admin, messages
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join

from ..merge_undo import UndoError, merge_with_undo, restored_counts, undo_blocker, undo_merge
from ..merging import MERGERS, MergeError
from ..models import MergeRecord

# More than this many records at once is a mistake, not a merge.
MERGE_LIMIT = 20


def warn_about_twin_meetings(model_admin, request, result):
    """After merging people: name the meetings that now look like one (same people, kind and status)."""
    for group in result.twin_meetings:
        ids = ",".join(str(meeting.pk) for meeting in group)
        url = reverse(f"{model_admin.admin_site.name}:people_meeting_changelist") + f"?id__in={ids}"
        model_admin.message_user(
            request,
            format_html(
                '{} meetings now have the same participants: <a href="{}">compare and merge them</a> if they '
                "are one.",
                len(group),
                url,
            ),
            messages.WARNING,
        )


class MergeActionMixin:
    merge_template = "admin/merge_confirmation.html"

    def merge_queryset(self, queryset):
        """The selected records, loaded with what the confirmation page shows."""
        return queryset.order_by("pk")

    def merge_details(self, record):
        """A line that helps tell the records apart (aliases, date and place…)."""
        return ""

    @admin.action(description="Merge selected %(verbose_name_plural)s…", permissions=["change", "delete"])
    def merge_selected(self, request, queryset):
        merge, counts = MERGERS[self.model]
        opts = self.model._meta
        records = list(self.merge_queryset(queryset)[: MERGE_LIMIT + 1])
        if len(records) < 2:
            self.message_user(
                request, f"Select two or more {opts.verbose_name_plural} to merge.", messages.WARNING
            )
            return None
        if len(records) > MERGE_LIMIT:
            self.message_user(
                request, f"Merge at most {MERGE_LIMIT} {opts.verbose_name_plural} at a time.", messages.ERROR
            )
            return None
        error = None
        if request.POST.get("post") == "yes":
            chosen = request.POST.get("survivor", "")
            survivor = next((record for record in records if str(record.pk) == chosen), None)
            if survivor is None:
                error = f"Choose the {opts.verbose_name} that survives the merge."
            else:
                others = [record for record in records if record.pk != survivor.pk]
                try:
                    result = merge_with_undo(survivor, others, user=request.user)
                except MergeError as failure:
                    self.message_user(request, f"Nothing was merged: {failure}", messages.ERROR)
                    return None
                self.message_user(request, result.summary(), messages.SUCCESS)
                warn_about_twin_meetings(self, request, result)
                return HttpResponseRedirect(
                    reverse(
                        f"{self.admin_site.name}:{opts.app_label}_{opts.model_name}_change",
                        args=[survivor.pk],
                    )
                )
        rows = [
            {"record": record, "counts": counts(record), "details": self.merge_details(record)}
            for record in records
        ]
        suggested = max(
            rows,
            key=lambda row: (
                row["record"].reviewed,
                row["record"].origin != "import",
                sum(row["counts"].values()),
            ),
        )["record"]
        context = {
            **self.admin_site.each_context(request),
            "title": f"Merge {opts.verbose_name_plural}",
            "opts": opts,
            "rows": rows,
            "count_labels": list(rows[0]["counts"]),
            "suggested": suggested,
            "error": error,
            "action_checkbox_name": ACTION_CHECKBOX_NAME,
            "action_name": "merge_selected",
            "media": self.media,
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, self.merge_template, context)

    # --- undo ------------------------------------------------------------------------------------------

    def get_urls(self):
        opts = self.model._meta
        undo = path(
            "<path:object_id>/undo-merge/<int:merge_id>/",
            self.admin_site.admin_view(self.undo_merge_view),
            name=f"{opts.app_label}_{opts.model_name}_undo_merge",
        )
        return [undo, *super().get_urls()]

    def _merge_records(self, obj):
        kind = self.model._meta.model_name
        return MergeRecord.objects.filter(kind=kind, survivor_id=obj.pk).select_related("created_by", "undone_by")

    def merges_into(self, request, obj):
        opts = self.model._meta
        can_undo = self.has_change_permission(request) and self.has_delete_permission(request)
        merges = []
        for record in self._merge_records(obj)[:20]:
            blocker = None if record.undone_at else undo_blocker(record)
            url = None
            if can_undo and not record.undone_at and blocker is None:
                url = reverse(
                    f"{self.admin_site.name}:{opts.app_label}_{opts.model_name}_undo_merge", args=[obj.pk, record.pk]
                )
            merges.append({"record": record, "undo_url": url, "blocked": blocker})
        return merges

    def undo_merge_view(self, request, object_id, merge_id):
        """The confirmation page of an undo, then the undo (``people.merge_undo``)."""
        opts = self.model._meta
        record = None
        if str(object_id).isdigit() and len(str(object_id)) < 19:
            record = (
                MergeRecord.objects.filter(kind=opts.model_name, survivor_id=int(object_id), pk=merge_id)
                .select_related("created_by")
                .first()
            )
        if record is None:
            raise Http404(f"No merge #{merge_id} into {opts.verbose_name} #{object_id}.")
        if not (self.has_change_permission(request) and self.has_delete_permission(request)):
            raise PermissionDenied
        history_url = reverse(f"{self.admin_site.name}:{opts.app_label}_{opts.model_name}_history", args=[object_id])
        blocker = undo_blocker(record)
        if request.method == "POST" and blocker is None:
            try:
                undo_merge(record, user=request.user)
            except UndoError as failure:
                self.message_user(request, str(failure), messages.ERROR)
                return HttpResponseRedirect(history_url)
            restored = self.model._default_manager.filter(pk__in=record.merged_ids)
            self.message_user(
                request,
                format_html(
                    "Undid the merge: {} restored.",
                    format_html_join(
                        ", ",
                        '<a href="{}">{}</a>',
                        (
                            (
                                reverse(f"{self.admin_site.name}:{opts.app_label}_{opts.model_name}_change", args=[r.pk]),
                                str(r),
                            )
                            for r in restored
                        ),
                    ),
                ),
                messages.SUCCESS,
            )
            return HttpResponseRedirect(history_url)
        survivor = self.model._default_manager.filter(pk=record.survivor_id).first()
        context = {
            **self.admin_site.each_context(request),
            "title": "Undo a merge",
            "opts": opts,
            "record": record,
            "survivor": survivor,
            "blocker": blocker,
            "restored": restored_counts(record),
            "merged": [
                (before.get("name") or before.get("title") or f"{opts.verbose_name} #{pk}", pk)
                for label, pk, before, after in record.journal
                if after is None and label == opts.label
            ],
            "history_url": history_url,
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, "admin/undo_merge_confirmation.html", context)
