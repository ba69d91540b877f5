"""The "Merge selected …" action: a confirmation page, then ``people.merging``.

The desk selects two or more records in a changelist; the action answers
with a page that shows, for each record, what a merge would move away from
it, and lets the editor choose the survivor. Posting that page merges, in
one transaction, and opens the survivor.
"""

from django.contrib import admin, messages
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html

from ..merging import MERGERS, MergeError

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
                    result = merge(survivor, others)
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
