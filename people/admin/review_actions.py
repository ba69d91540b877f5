"""The review queue's in-row actions that change more than a flag, each through a confirmation page.

``/admin/review/<action>/<kind>/<id>/``:

* **merge** into another record of the same kind, picked with the admin's
  autocomplete: the page shows what moves (``people.merging`` counts), the
  merge is undoable from the survivor's history (``people.merge_undo``);
* **reject** the name (people and organisations): the record is deleted and
  its names become ``RejectedName``s, so no import creates it again;
* **delete** the record: the page shows what vanishes with it.

``?next=`` is where to go back (the queue with its filters).
"""

from django import forms
from django.contrib import messages
from django.contrib.admin.widgets import AutocompleteSelect
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html
from django.utils.http import url_has_allowed_host_and_scheme

from newsroom.history import change_reason

from ..merge_undo import merge_with_undo
from ..merging import MERGERS, MergeError
from ..models import Meeting, Organisation, OrganisationDuplicateFlag, Person, PersonDuplicateFlag, RejectedName
from ..names import normalize_name
from .review import QUEUE_KINDS

# The relation whose autocomplete offers merge targets of each kind (an admin-registered model's field).
TARGET_FIELDS = {
    "person": (PersonDuplicateFlag, "other"),
    "organisation": (OrganisationDuplicateFlag, "other"),
    "meeting": (Meeting, "sidelines_of"),
}
ACTIONS = {"merge", "reject", "delete"}


class MergeTargetForm(forms.Form):
    def __init__(self, *args, kind, record, admin_site, **kwargs):
        super().__init__(*args, **kwargs)
        model = QUEUE_KINDS[kind]
        source, field_name = TARGET_FIELDS[kind]
        field = source._meta.get_field(field_name)
        self.fields["into"] = forms.ModelChoiceField(
            queryset=model.objects.exclude(pk=record.pk),
            label=f"Merge into this {model._meta.verbose_name}",
            widget=AutocompleteSelect(field, admin_site, attrs={"style": "width: 100%", "data-placeholder": "Type a name"}),
        )


def _next(request, default):
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return target
    return default


def vanishing(kind, record):
    """What deleting ``record`` takes with it: [(label, count)]."""
    _merge, counts = MERGERS[QUEUE_KINDS[kind]]
    return [(label, count) for label, count in counts(record).items() if count]


def review_action_view(request, action, kind, pk, admin_site):
    if action not in ACTIONS or kind not in QUEUE_KINDS:
        raise Http404(f"No review action {action!r} for {kind!r}.")
    model = QUEUE_KINDS[kind]
    model_admin = admin_site.get_model_admin(model)
    record = model.objects.filter(pk=pk).first()
    if record is None:
        raise Http404(f"No {model._meta.verbose_name} with the id {pk}: deleted or merged already.")
    if not (model_admin.has_change_permission(request) and model_admin.has_delete_permission(request)):
        raise PermissionDenied
    if action == "reject" and kind == "meeting":
        raise Http404("A meeting has no name to reject: delete it instead.")
    opts = model._meta
    back = _next(request, reverse(f"{admin_site.name}:review_queue"))
    form = None
    target = None
    if action == "merge":
        form = MergeTargetForm(request.POST or request.GET or None, kind=kind, record=record, admin_site=admin_site)
        if form.is_bound and form.is_valid():
            target = form.cleaned_data["into"]
    if request.method == "POST" and request.POST.get("post") == "yes" and (action != "merge" or target is not None):
        return _perform(request, action, kind, record, target, back, admin_site)
    names = []
    if kind != "meeting":
        names = sorted({record.name, *record.aliases.values_list("name", flat=True)})
    context = {
        **admin_site.each_context(request),
        "title": {"merge": "Merge", "reject": "Reject the name of", "delete": "Delete"}[action] + f" {record}",
        "action": action,
        "kind": kind,
        "record": record,
        "opts": opts,
        "form": form,
        "target": target,
        "moving": vanishing(kind, record),
        "names": names,
        "next": back,
        "media": (form.media if form is not None else forms.Media()) + model_admin.media,
    }
    request.current_app = admin_site.name
    return TemplateResponse(request, "admin/review_action_confirmation.html", context)


def _perform(request, action, kind, record, target, back, admin_site):
    opts = record._meta
    if action == "merge":
        try:
            result = merge_with_undo(target, [record], user=request.user)
        except MergeError as failure:
            messages.error(request, f"Nothing was merged: {failure}")
            return HttpResponseRedirect(back)
        history = reverse(f"{admin_site.name}:{opts.app_label}_{opts.model_name}_history", args=[target.pk])
        messages.success(
            request,
            format_html('{} <a href="{}">Undo it from {}\'s history</a>.', result.summary(), history, target),
        )
        return HttpResponseRedirect(back)
    label = str(record)
    with transaction.atomic():
        if action == "reject":
            kind_name = RejectedName.Kind.PERSON if kind == "person" else RejectedName.Kind.ORGANISATION
            for name in {record.name, *record.aliases.values_list("name", flat=True)}:
                normalized = normalize_name(name)
                if normalized and not RejectedName.objects.filter(kind=kind_name, normalized=normalized).exists():
                    rejected = RejectedName(kind=kind_name, name=name)
                    rejected._history_user = request.user
                    rejected._change_reason = change_reason(f"Rejected from the review queue ({label})")
                    rejected.save()
        record._history_user = request.user
        record._change_reason = change_reason(
            "Rejected from the review queue" if action == "reject" else "Deleted from the review queue"
        )
        record.delete()
    if action == "reject":
        messages.success(request, f"Rejected “{label}”: deleted, and no import creates it again.")
    else:
        messages.success(request, f"Deleted {opts.verbose_name} “{label}”.")
    return HttpResponseRedirect(back)
