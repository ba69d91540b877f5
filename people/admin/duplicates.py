"""Possible duplicates: pairs of records the importer could not tell apart.

The importer never merges when unsure (see ``articles.linking``): it keeps
the new record and flags the pair. Here the desk answers each flag: "merge
the new record into the known one" (``people.merging``, which settles the
flag: it goes) or "different entities" (the flag stays, answered, and the
importer does not raise it again). To merge the other way round, or more than two
records, select them in the people or organisations list and use its merge
action.
"""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.template.response import TemplateResponse
from django.db.models import Q
from django.urls import reverse
from django.utils.html import format_html
from django.utils.text import Truncator

from newsroom.desk.base import DeskModelAdmin
from newsroom.history import change_reason

from ..merge_undo import merge_with_undo
from ..merging import MERGERS, MergeError
from ..models import DuplicateFlag, Organisation, OrganisationDuplicateFlag, Person, PersonDuplicateFlag
from .merge import MERGE_LIMIT, warn_about_twin_meetings

Status = DuplicateFlag.Status


class FlagForm(forms.ModelForm):
    class Meta:
        help_texts = {
            "status": "To answer “same entity”, merge (the button below, or the list's action): it moves "
            "everything to the known record and settles the flag.",
        }


class DuplicateFlagAdmin(DeskModelAdmin):
    """What the person and organisation flags share; ``entity_field`` names the new record."""

    entity_field = None
    entity_model = None
    form = FlagForm
    change_form_template = "admin/people/duplicate_flag_change_form.html"
    list_display = [
        "new_record",
        "known_record",
        "similarity_shown",
        "status",
        "evidence_shown",
        "created_at",
    ]
    list_filter = ["status"]
    actions = ["merge_into_known", "mark_different"]
    readonly_fields = ["new_record", "known_record", "similarity_shown", "evidence", "created_at"]
    list_per_page = 50

    def get_fields(self, request, obj=None):
        return ["new_record", "known_record", "similarity_shown", "evidence", "status", "created_at"]

    def get_list_select_related(self, request):
        return [self.entity_field, "other"]

    def get_search_fields(self, request):
        return [f"{self.entity_field}__name", "other__name"]

    def has_add_permission(self, request):
        return False  # flags come from the importer

    def change_view(self, request, object_id, form_url="", extra_context=None):
        extra_context = {**(extra_context or {}), "can_merge": self.has_merge_permission(request)}
        return super().change_view(request, object_id, form_url, extra_context)

    def _record_link(self, record):
        opts = record._meta
        url = reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[record.pk])
        state = "reviewed" if record.reviewed else "not reviewed"
        return format_html('<a href="{}">{}</a> <small>(#{}, {})</small>', url, record.name, record.pk, state)

    @admin.display(description="New record (created by the importer)")
    def new_record(self, flag):
        return self._record_link(flag.record)

    @admin.display(description="May be the same as")
    def known_record(self, flag):
        return self._record_link(flag.other)

    @admin.display(description="Similarity", ordering="similarity")
    def similarity_shown(self, flag):
        return f"{flag.similarity:.0f} / 100"

    @admin.display(description="Evidence")
    def evidence_shown(self, flag):
        return Truncator(flag.evidence).chars(160)

    def has_merge_permission(self, request):
        entity_admin = self.admin_site.get_model_admin(self.entity_model)
        return entity_admin.has_change_permission(request) and entity_admin.has_delete_permission(request)

    @admin.action(description="Merge the new record into the known one…", permissions=["merge"])
    def merge_into_known(self, request, queryset):
        """A confirmation page that shows what moves and what is deleted; posting it merges (undoable)."""
        _merge, counts = MERGERS[self.entity_model]
        flags = list(
            queryset.filter(status=Status.OPEN).order_by("pk").select_related(self.entity_field, "other")[:MERGE_LIMIT + 1]
        )
        if not flags:
            self.message_user(request, "Only open flags can be merged; none was selected.", messages.WARNING)
            return None
        if len(flags) > MERGE_LIMIT:
            self.message_user(request, f"Merge at most {MERGE_LIMIT} pairs at a time.", messages.ERROR)
            return None
        if request.POST.get("post") != "yes":
            opts = self.model._meta
            context = {
                **self.admin_site.each_context(request),
                "title": "Merge possible duplicates",
                "opts": opts,
                "entity_opts": self.entity_model._meta,
                "rows": [{"flag": flag, "counts": counts(flag.record)} for flag in flags],
                "count_labels": list(counts(flags[0].record)),
                "action_checkbox_name": ACTION_CHECKBOX_NAME,
                "media": self.media,
            }
            request.current_app = self.admin_site.name
            return TemplateResponse(request, "admin/people/duplicate_flag_merge_confirmation.html", context)
        merged, failed = [], []
        last = None
        for pk in queryset.filter(status=Status.OPEN).order_by("pk").values_list("pk", flat=True):
            flag = self.model.objects.filter(pk=pk).select_related(self.entity_field, "other").first()
            if flag is None:  # settled by an earlier merge of this batch
                continue
            new = flag.record
            try:
                result = merge_with_undo(flag.other, [new], user=request.user)
            except MergeError as failure:
                failed.append(f"{new}: {failure}")
                continue
            merged.append(f"{new} into {flag.other}")
            last = flag.other
            warn_about_twin_meetings(self, request, result)
        if merged:
            opts = self.entity_model._meta
            history = reverse(f"{self.admin_site.name}:{opts.app_label}_{opts.model_name}_history", args=[last.pk])
            self.message_user(
                request,
                format_html(
                    'Merged {}. To undo a merge, open the known record\'s <a href="{}">history</a>.',
                    "; ".join(merged),
                    history,
                ),
                messages.SUCCESS,
            )
        if failed:
            self.message_user(request, f"Not merged: {'; '.join(failed)}", messages.ERROR)
        if not merged and not failed:
            self.message_user(request, "Only open flags can be merged; none was selected.", messages.WARNING)

    @admin.action(description="Mark as different entities", permissions=["change"])
    def mark_different(self, request, queryset):
        count = 0
        for flag in queryset.exclude(status=Status.DIFFERENT).select_related(self.entity_field, "other"):
            flag.status = Status.DIFFERENT
            flag._history_user = request.user
            flag._change_reason = change_reason("Marked as different entities")
            flag.save(update_fields=["status"])
            count += 1
        self.message_user(
            request,
            f"Marked {count} pair{'s' if count != 1 else ''} as different entities; "
            "the importer keeps them apart.",
            messages.SUCCESS,
        )


@admin.register(PersonDuplicateFlag)
class PersonDuplicateFlagAdmin(DuplicateFlagAdmin):
    entity_field = "person"
    entity_model = Person


@admin.register(OrganisationDuplicateFlag)
class OrganisationDuplicateFlagAdmin(DuplicateFlagAdmin):
    entity_field = "organisation"
    entity_model = Organisation


def open_flags_of(record):
    """The open flags that name ``record`` on either side, for its change form."""
    if isinstance(record, Person):
        model, field = PersonDuplicateFlag, "person"
    else:
        model, field = OrganisationDuplicateFlag, "organisation"
    either_side = Q(**{field: record}) | Q(other=record)
    return list(model.objects.filter(either_side, status=Status.OPEN).select_related(field, "other"))
