"""The review queue: a day's work of checking what the importer created.

``/admin/review/`` lists the people, organisations and meetings with
``origin=import`` and ``reviewed=False``, newest first. Each row shows what
the importer decided (roles and countries, kind, participants, date, place,
status) beside the evidence, with the names it read highlighted, and the
article it came from. Filters (``ReviewFilterForm``): kind, language of the
articles, import run, the day it was created, has a role or a country.

Editors tick rows (or every row the filters select) and accept them, or act
on one row: accept, accept everything from its article, merge into…, reject
the name, delete — the last three through a confirmation page
(``review_actions``). j/k move between rows, x ticks, a accepts, o opens.
"""

import datetime
from urllib.parse import quote

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import CharField, Exists, Min, OuterRef, Prefetch, Q, Value
from django.http import HttpResponseBadRequest, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.views import View

from articles.constants import Language
from articles.models import Article, ImportRun, MeetingReport, OrganisationMention, PersonMention
from newsroom.desk.base import mark_rows_reviewed
from newsroom.desk.highlight import highlight
from newsroom.ids import parse_id

from ..models import (
    DuplicateFlag,
    Meeting,
    Organisation,
    OrganisationDuplicateFlag,
    Origin,
    Person,
    PersonAlias,
    PersonDuplicateFlag,
    PlaceAlias,
    Role,
)

QUEUE_KINDS = {"person": Person, "organisation": Organisation, "meeting": Meeting}
FLAG_MODELS = [PersonDuplicateFlag, OrganisationDuplicateFlag]
PAGE_SIZE = 50
MAX_PAGE = 10**6  # page numbers beyond it read as this (its rows start at 50,000,000)
EVIDENCE_REPORTS = 3  # reporting sentences shown per meeting
RUN_CHOICES = 20  # the latest import runs offered in the filter


def queue_of(model):
    return model.objects.filter(origin=Origin.IMPORT, reviewed=False)


class ReviewFilterForm(forms.Form):
    """The queue's GET parameters; a bad value is refused with a message naming it."""

    kind = forms.ChoiceField(required=False, choices=[("", "Everything"), *((k, k) for k in QUEUE_KINDS)])
    language = forms.ChoiceField(required=False, choices=[("", "Any language"), *Language.choices])
    run = forms.IntegerField(required=False, min_value=1, max_value=2**63 - 1)
    created = forms.DateField(required=False, input_formats=["%Y-%m-%d"])
    has = forms.ChoiceField(
        required=False,
        choices=[
            ("", "Anything"),
            ("role", "A role (people)"),
            ("country", "A country (a role's, an organisation's, a meeting place's)"),
            ("neither", "No role and no country"),
        ],
    )

    def clean_run(self):
        run = self.cleaned_data.get("run")
        if run is None:
            return None
        found = ImportRun.objects.filter(pk=run).first()
        if found is None:
            raise forms.ValidationError(f"There is no import run {run}.")
        return found

    def errors_text(self):
        return "; ".join(f"{name}: {' '.join(errors)}" for name, errors in self.errors.items())


def _linked_in_language(kind, language):
    # A join to the article per link (its primary key), not "article IN (every article in the language)".
    if kind == "person":
        return Exists(PersonMention.objects.filter(person=OuterRef("pk"), article__language=language))
    if kind == "organisation":
        return Exists(OrganisationMention.objects.filter(organisation=OuterRef("pk"), article__language=language))
    return Exists(MeetingReport.objects.filter(meeting=OuterRef("pk"), article__language=language))


def filtered_queue(kind, model, filters):
    """The queue of one kind under ``filters`` (cleaned ``ReviewFilterForm`` data); None if the kind is out."""
    queryset = queue_of(model)
    has = filters.get("has")
    if filters.get("language"):
        queryset = queryset.filter(_linked_in_language(kind, filters["language"]))
    run = filters.get("run")
    if run is not None:
        queryset = queryset.filter(created_at__gte=run.started_at)
        if run.finished_at:
            queryset = queryset.filter(created_at__lte=run.finished_at)
    day = filters.get("created")
    if day:
        start = timezone.make_aware(datetime.datetime.combine(day, datetime.time()))
        queryset = queryset.filter(created_at__gte=start)
        if day < datetime.date.max:  # 9999-12-31 has no next day
            queryset = queryset.filter(created_at__lt=start + datetime.timedelta(days=1))
    if has == "role":
        if kind != "person":
            return None
        queryset = queryset.filter(Exists(Role.objects.filter(person=OuterRef("pk"))))
    country = {
        "person": Exists(Role.objects.filter(person=OuterRef("pk"), country__isnull=False)),
        "organisation": Q(country__isnull=False),
        "meeting": Q(place__isnull=False),
    }[kind]
    if has == "country":
        queryset = queryset.filter(country)
    elif has == "neither":
        queryset = queryset.exclude(country)
        if kind == "person":
            queryset = queryset.exclude(Exists(Role.objects.filter(person=OuterRef("pk"))))
    return queryset


class QueuePage:
    """One page of the queue, read without counting the queue: ``PAGE_SIZE + 1`` rows tell if more follow.

    Counting a filtered union of three tables (a language filter looks into every record's
    articles) cost as much as reading it again; the tabs count each kind's whole queue instead.
    """

    def __init__(self, queue, number):
        try:
            self.number = max(1, int(number or 1))
        except (TypeError, ValueError):
            self.number = 1
        self.number = min(self.number, MAX_PAGE)  # an offset both databases can hold
        start = (self.number - 1) * PAGE_SIZE
        rows = list(queue[start : start + PAGE_SIZE + 1])  # never ``if queue``: that reads it all
        self.object_list = rows[:PAGE_SIZE]
        self.has_next_page = len(rows) > PAGE_SIZE

    def has_next(self):
        return self.has_next_page

    def has_previous(self):
        return self.number > 1

    def next_page_number(self):
        return self.number + 1

    def previous_page_number(self):
        return self.number - 1

    def has_other_pages(self):
        return self.has_next_page or self.number > 1


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

    def parse(self, params):
        form = ReviewFilterForm(params)
        if not form.is_valid():
            return None, HttpResponseBadRequest(
                f"Bad parameters for the review queue: {form.errors_text()} "
                f"(for kind use one of {', '.join(QUEUE_KINDS)}; created is YYYY-MM-DD).",
                content_type="text/plain; charset=utf-8",
            )
        return form, None

    def querysets(self, kinds, filters):
        selected = filters.get("kind")
        found = {}
        for name, model in kinds.items():
            if selected and name != selected:
                continue
            queryset = filtered_queue(name, model, filters)
            if queryset is not None:
                found[name] = queryset
        return found

    def get(self, request):
        visible = self.allowed_kinds(request, "view")
        if not visible:
            raise PermissionDenied
        form, error = self.parse(request.GET)
        if error:
            return error
        filters = form.cleaned_data
        querysets = self.querysets(visible, filters)
        page = QueuePage(self.queue(querysets), request.GET.get("page"))
        editable = self.allowed_kinds(request, "change")
        params = {key: value for key, value in request.GET.items() if key != "page" and value}
        kind_params = {key: value for key, value in params.items() if key != "kind"}
        context = {
            **self.admin_site.each_context(request),
            "title": "Review queue",
            "subtitle": "Created by the importer, not yet reviewed, newest first",
            "kind": filters.get("kind") or "",
            "kinds": [
                (name, model._meta.verbose_name_plural, queue_of(model).count(), urlencode({**kind_params, "kind": name}))
                for name, model in visible.items()
            ],
            "everything_query": urlencode(kind_params),
            "filter_form": form,
            "runs": ImportRun.objects.order_by("-started_at")[:RUN_CHOICES],
            "query": urlencode(params),
            "next": quote(request.get_full_path(), safe=""),
            "page": page,
            "items": self.load(page.object_list, editable),
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

    def queue(self, querysets):
        """One list over the kinds: (created_at, kind, pk), newest first."""
        parts = [
            queryset.order_by()
            .annotate(queue_kind=Value(name, output_field=CharField()))
            .values_list("created_at", "queue_kind", "pk")
            for name, queryset in querysets.items()
        ]
        if not parts:
            return []
        queue = parts[0].union(*parts[1:], all=True) if len(parts) > 1 else parts[0]
        return queue.order_by("-created_at", "-pk")

    # -- one page ----------------------------------------------------------------------------------

    def load(self, rows, editable=()):
        """The page's records, with what the page shows, in queue order: a few queries per page."""
        wanted = {}
        for _created, kind, pk in rows:
            wanted.setdefault(kind, []).append(pk)
        loaded, sources = {}, {}
        if "person" in wanted:
            roles = Role.objects.select_related("country", "organisation")
            for person in Person.objects.filter(pk__in=wanted["person"]).prefetch_related(
                "aliases", Prefetch("roles", queryset=roles)
            ):
                loaded["person", person.pk] = person
            sources.update(self.first_articles("person", PersonMention, "person_id", wanted["person"]))
        if "organisation" in wanted:
            organisations = Organisation.objects.filter(pk__in=wanted["organisation"]).select_related(
                "country", "parent"
            )
            for organisation in organisations.prefetch_related("aliases"):
                loaded["organisation", organisation.pk] = organisation
            sources.update(
                self.first_articles("organisation", OrganisationMention, "organisation_id", wanted["organisation"])
            )
        if "meeting" in wanted:
            reports = MeetingReport.objects.select_related("article").defer("article__body", "article__source_text")
            people = Person.objects.prefetch_related(
                Prefetch("aliases", queryset=PersonAlias.objects.only("pk", "name", "person_id"))
            ).only("pk", "name")
            meetings = (
                Meeting.objects.filter(pk__in=wanted["meeting"])
                .select_related("place", "sidelines_of")
                .prefetch_related(
                    Prefetch("participants", queryset=people),
                    Prefetch("place__aliases", queryset=PlaceAlias.objects.only("pk", "name", "place_id")),
                    Prefetch(
                        "reports", queryset=reports.order_by("pk")[:EVIDENCE_REPORTS], to_attr="first_reports"
                    ),
                )
            )
            for meeting in meetings:
                loaded["meeting", meeting.pk] = meeting
        # One reverse() per kind, not five per row (they were a fifth of the page's time).
        site = self.admin_site.name
        queue_url = reverse(f"{site}:review_queue")
        change_base = {kind: reverse(f"{site}:people_{kind}_changelist") for kind in QUEUE_KINDS}
        article_base = self.article_base = reverse(f"{site}:articles_article_changelist")
        items = []
        for created, kind, pk in rows:
            record = loaded.get((kind, pk))
            if record is None:  # reviewed or deleted since the queue was read
                continue
            source = sources.get((kind, pk))
            if kind == "meeting" and record.first_reports:
                source = record.first_reports[0].article
            items.append(
                {
                    "kind": kind,
                    "key": f"{kind}:{pk}",
                    "record": record,
                    "created_at": created,
                    "url": f"{change_base[kind]}{pk}/change/",
                    "action_urls": {action: f"{queue_url}{action}/{kind}/{pk}/" for action in ("merge", "reject", "delete")},
                    "source_url": f"{article_base}{source.pk}/change/" if source is not None else "",
                    "decided": self.decided(kind, record),
                    "evidence": self.evidence(kind, record),
                    "source": source,
                    "editable": kind in editable,
                }
            )
        return items

    @staticmethod
    def first_articles(kind, model, field, ids):
        """{(kind, id): the first article that links each record} — where the importer read it."""
        firsts = dict(
            model.objects.filter(**{f"{field}__in": ids}).order_by().values_list(field).annotate(first=Min("article_id"))
        )
        articles = Article.objects.only("pk", "title", "language").in_bulk(set(firsts.values()))
        return {(kind, pk): articles.get(article_id) for pk, article_id in firsts.items()}

    @staticmethod
    def decided(kind, record):
        """What the importer decided, as (label, value) pairs for the row."""
        if kind == "person":
            roles = [
                " — ".join(part for part in [role.title, str(role.country or ""), str(role.organisation or "")] if part)
                for role in record.roles.all()
            ]
            aliases = [alias.name for alias in record.aliases.all() if alias.name != record.name]
            return [("Role", "; ".join(roles) or "none"), ("Also", " · ".join(aliases) or "—")]
        if kind == "organisation":
            return [
                ("Kind", record.get_kind_display()),
                ("Acronym", record.acronym or "—"),
                ("Country", str(record.country or "—")),
                ("Part of", str(record.parent or "—")),
            ]
        participants = " · ".join(person.name for person in record.participants.all())
        return [
            ("Status", record.get_status_display()),
            ("Kind", record.get_kind_display()),
            ("Participants", participants or "—"),
            ("Date", record.date.isoformat() if record.date else "unknown"),
            ("Place", str(record.place or "—")),
            *([("On the sidelines of", str(record.sidelines_of))] if record.sidelines_of_id else []),
        ]

    def evidence(self, kind, record):
        """[(article or None, highlighted text)]: the names the importer read are marked."""
        if kind == "meeting":
            names = [alias.name for person in record.participants.all() for alias in person.aliases.all()]
            names += [person.name for person in record.participants.all()]
            if record.place is not None:
                names += [record.place.name, *(alias.name for alias in record.place.aliases.all())]
            return [
                (report.article, f"{self.article_base}{report.article_id}/change/", highlight(report.evidence, names))
                for report in record.first_reports
            ]
        names = [record.name, *(alias.name for alias in record.aliases.all())]
        return [(None, "", highlight(record.evidence, names))] if record.evidence else []

    # -- actions -----------------------------------------------------------------------------------

    def post(self, request):
        editable = self.allowed_kinds(request, "change")
        if not editable:
            raise PermissionDenied
        action = request.POST.get("action", "")
        back = request.get_full_path()
        if action.startswith("accept_article:"):
            return self.accept_article(request, editable, back, action.partition(":")[2])
        if action.startswith("accept:"):
            selected = self.selection(request, [action.partition(":")[2]], editable)
        elif action == "mark_reviewed":
            if request.POST.get("select_across") == "1":
                return self.accept_everything(request, editable, back)
            selected = self.selection(request, request.POST.getlist("selected"), editable)
        else:
            messages.warning(request, "Choose an action.")
            return HttpResponseRedirect(back)
        if isinstance(selected, HttpResponseBadRequest):
            return selected
        if not selected:
            messages.warning(request, "Tick the records to mark reviewed.")
        else:
            marked = sum(
                mark_rows_reviewed(QUEUE_KINDS[kind].objects.filter(pk__in=pks), user=request.user)
                for kind, pks in selected.items()
            )
            messages.success(request, f"Marked {marked} record{'s' if marked != 1 else ''} as reviewed.")
        return HttpResponseRedirect(back)

    @staticmethod
    def selection(request, keys, editable):
        selected = {}
        for key in keys:
            kind, _, pk = key.partition(":")
            if kind not in QUEUE_KINDS or parse_id(pk) is None:
                return HttpResponseBadRequest(
                    f"Bad selection {key!r}: expected kind:id.", content_type="text/plain; charset=utf-8"
                )
            if kind not in editable:
                raise PermissionDenied
            selected.setdefault(kind, []).append(parse_id(pk))
        return selected

    def accept_everything(self, request, editable, back):
        form, error = self.parse(request.GET)
        if error:
            return error
        querysets = self.querysets(editable, form.cleaned_data)
        marked = sum(mark_rows_reviewed(queryset, user=request.user) for queryset in querysets.values())
        messages.success(request, f"Marked all {marked} record{'s' if marked != 1 else ''} the filters select as reviewed.")
        return HttpResponseRedirect(back)

    def accept_article(self, request, editable, back, article_id):
        article = None
        if parse_id(article_id) is not None:
            article = Article.objects.filter(pk=parse_id(article_id)).only("pk", "title").first()
        if article is None:
            return HttpResponseBadRequest(
                f"Bad article {article_id!r} for “accept all from this article”.",
                content_type="text/plain; charset=utf-8",
            )
        linked = {
            "person": PersonMention.objects.filter(article=article).values("person_id"),
            "organisation": OrganisationMention.objects.filter(article=article).values("organisation_id"),
            "meeting": MeetingReport.objects.filter(article=article).values("meeting_id"),
        }
        marked = sum(
            mark_rows_reviewed(
                queue_of(model).filter(pk__in=linked[kind]), user=request.user, reason=f"Accepted with article #{article.pk}"
            )
            for kind, model in editable.items()
        )
        messages.success(request, f"Marked {marked} record{'s' if marked != 1 else ''} from “{article.title}” as reviewed.")
        return HttpResponseRedirect(back)
