"""The review queue: everything the importer created that no editor has reviewed yet.

One page at ``/admin/review/`` lists the people, organisations and meetings
with ``origin=import`` and ``reviewed=False``, newest first, each with the
evidence that made the importer create it (the ``evidence`` text of a
person or organisation; the reporting sentences of a meeting). Editors tick
rows and mark them reviewed; everyone with view permission can read it.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import CharField, Prefetch, Value
from django.http import HttpResponseBadRequest, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views import View

from articles.models import MeetingReport
from newsroom.desk.base import mark_rows_reviewed
from newsroom.ids import parse_id

from ..models import (
    DuplicateFlag,
    Meeting,
    Organisation,
    OrganisationDuplicateFlag,
    Origin,
    Person,
    PersonDuplicateFlag,
)

QUEUE_KINDS = {"person": Person, "organisation": Organisation, "meeting": Meeting}
FLAG_MODELS = [PersonDuplicateFlag, OrganisationDuplicateFlag]
PAGE_SIZE = 50
EVIDENCE_REPORTS = 3  # reporting sentences shown per meeting


def queue_of(model):
    return model.objects.filter(origin=Origin.IMPORT, reviewed=False)


class ReviewQueueView(View):
    admin_site = None
    template_name = "admin/review_queue.html"

    def allowed_kinds(self, request, permission):
        kinds = {}
        for kind, model in QUEUE_KINDS.items():
            model_admin = self.admin_site.get_model_admin(model)
            check = (
                model_admin.has_change_permission
                if permission == "change"
                else model_admin.has_view_permission
            )
            if check(request):
                kinds[kind] = model
        return kinds

    def get(self, request):
        visible = self.allowed_kinds(request, "view")
        if not visible:
            raise PermissionDenied
        kind = request.GET.get("kind", "")
        if kind and kind not in QUEUE_KINDS:
            return HttpResponseBadRequest(
                f"Unknown kind {kind!r} in the review queue: use one of {', '.join(QUEUE_KINDS)}.",
                content_type="text/plain; charset=utf-8",
            )
        kinds = {kind: visible[kind]} if kind in visible else ({} if kind else visible)
        page = Paginator(self.queue(kinds), PAGE_SIZE).get_page(request.GET.get("page"))
        editable = self.allowed_kinds(request, "change")
        context = {
            **self.admin_site.each_context(request),
            "title": "Review queue",
            "subtitle": "Created by the importer, not yet reviewed, newest first",
            "kind": kind,
            "kinds": [
                (name, model._meta.verbose_name_plural, queue_of(model).count())
                for name, model in visible.items()
            ],
            "page": page,
            "items": self.load(page.object_list),
            "can_review": bool(editable),
            "open_flags": self.open_flags(request),
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, self.template_name, context)

    def open_flags(self, request):
        """Possible duplicates still to decide, per kind the user may see: (label, count, list URL)."""
        flags = []
        for model in FLAG_MODELS:
            if self.admin_site.get_model_admin(model).has_view_permission(request):
                opts = model._meta
                url = reverse(f"{self.admin_site.name}:{opts.app_label}_{opts.model_name}_changelist")
                count = model.objects.filter(status=DuplicateFlag.Status.OPEN).count()
                flags.append(
                    (opts.verbose_name_plural, count, f"{url}?status__exact={DuplicateFlag.Status.OPEN}")
                )
        return flags

    def queue(self, kinds):
        """One list over the kinds: (created_at, kind, pk), newest first."""
        parts = [
            queue_of(model)
            .order_by()
            .annotate(queue_kind=Value(name, output_field=CharField()))
            .values_list("created_at", "queue_kind", "pk")
            for name, model in kinds.items()
        ]
        if not parts:
            return []
        queue = parts[0].union(*parts[1:], all=True) if len(parts) > 1 else parts[0]
        return queue.order_by("-created_at", "-pk")

    def load(self, rows):
        """The page's records, with what the page shows, in queue order: a few queries per page."""
        wanted = {}
        for _created, kind, pk in rows:
            wanted.setdefault(kind, []).append(pk)
        loaded = {}
        if "person" in wanted:
            for person in Person.objects.filter(pk__in=wanted["person"]).prefetch_related("aliases", "roles"):
                loaded["person", person.pk] = person
        if "organisation" in wanted:
            for organisation in Organisation.objects.filter(pk__in=wanted["organisation"]).prefetch_related(
                "aliases"
            ):
                loaded["organisation", organisation.pk] = organisation
        if "meeting" in wanted:
            reports = MeetingReport.objects.select_related("article").defer(
                "article__body", "article__source_text"
            )
            meetings = (
                Meeting.objects.filter(pk__in=wanted["meeting"])
                .select_related("place")
                .prefetch_related(
                    "participants",
                    Prefetch(
                        "reports", queryset=reports.order_by("pk")[:EVIDENCE_REPORTS], to_attr="first_reports"
                    ),
                )
            )
            for meeting in meetings:
                loaded["meeting", meeting.pk] = meeting
        items = []
        for created, kind, pk in rows:
            record = loaded.get((kind, pk))
            if record is None:  # reviewed or deleted since the queue was read
                continue
            items.append(
                {
                    "kind": kind,
                    "key": f"{kind}:{pk}",
                    "record": record,
                    "created_at": created,
                    "url": reverse(f"{self.admin_site.name}:people_{kind}_change", args=[pk]),
                    "evidence": self.evidence(kind, record),
                }
            )
        return items

    def evidence(self, kind, record):
        if kind == "meeting":
            return [(report.article, report.evidence) for report in record.first_reports]
        return [(None, record.evidence)] if record.evidence else []

    def post(self, request):
        editable = self.allowed_kinds(request, "change")
        if not editable:
            raise PermissionDenied
        selected = {}
        for key in request.POST.getlist("selected"):
            kind, _, pk = key.partition(":")
            if kind not in QUEUE_KINDS or parse_id(pk) is None:
                return HttpResponseBadRequest(
                    f"Bad selection {key!r}: expected kind:id.", content_type="text/plain; charset=utf-8"
                )
            if kind not in editable:
                raise PermissionDenied
            selected.setdefault(kind, []).append(parse_id(pk))
        if request.POST.get("action") != "mark_reviewed":
            messages.warning(request, "Choose an action.")
        elif not selected:
            messages.warning(request, "Tick the records to mark reviewed.")
        else:
            marked = sum(
                mark_rows_reviewed(QUEUE_KINDS[kind].objects.filter(pk__in=pks), user=request.user)
                for kind, pks in selected.items()
            )
            messages.success(request, f"Marked {marked} record{'s' if marked != 1 else ''} as reviewed.")
        return HttpResponseRedirect(request.get_full_path())
