"""Users and records for the admin tests (issue 4): the desk's roles and a small archive."""

import datetime
import hashlib

from django.contrib.auth.models import Group, User
from django.forms import CheckboxInput
from django.urls import reverse

from articles.models import Article, LinkOrigin, MeetingReport, OrganisationMention, PersonMention
from people.models import Meeting, Organisation, Origin, Person, PersonAlias

PASSWORD = "desk-password-1"


def make_user(username, group=None, *, superuser=False):
    if superuser:
        return User.objects.create_superuser(username, f"{username}@example.org", PASSWORD)
    user = User.objects.create_user(username, f"{username}@example.org", PASSWORD, is_staff=True)
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user


def make_person(name, *aliases, origin=Origin.IMPORT, reviewed=False, evidence=""):
    person = Person.objects.create(name=name, origin=origin, reviewed=reviewed, evidence=evidence)
    for alias in (name, *aliases):
        PersonAlias.objects.create(person=person, name=alias)
    return person


def make_organisation(name, acronym="", *, origin=Origin.IMPORT, reviewed=False, evidence=""):
    organisation = Organisation.objects.create(
        name=name, acronym=acronym, origin=origin, reviewed=reviewed, evidence=evidence
    )
    organisation.aliases.create(name=name)
    return organisation


_counter = {"article": 0}


def make_article(
    title,
    body="",
    *,
    language="en",
    published=datetime.date(2021, 7, 28),
    origin="import",
    persons=(),
    organisations=(),
    meetings=(),
    tags=(),
    reviewed=False,
):
    _counter["article"] += 1
    number = _counter["article"]
    body = body or f"{title}. Body text number {number}."
    article = Article.objects.create(
        title=title,
        body=body,
        source_text=f" date 2021-07-28 {body}",
        language=language,
        published=published,
        origin=origin,
        reviewed=reviewed,
        source_path=f"desk/{number:05d}.txt" if origin == "import" else "",
        sha256=hashlib.sha256(f"desk-{number}-{title}".encode()).hexdigest() if origin == "import" else None,
    )
    for person in persons:
        PersonMention.objects.create(
            article=article, person=person, surface=person.name, origin=LinkOrigin.EXTRACTED
        )
    for organisation in organisations:
        OrganisationMention.objects.create(
            article=article, organisation=organisation, surface=organisation.name, origin=LinkOrigin.EXTRACTED
        )
    for meeting in meetings:
        MeetingReport.objects.create(
            article=article,
            meeting=meeting,
            evidence=f"{title} reports the meeting.",
            origin=LinkOrigin.EXTRACTED,
        )
    if tags:
        article.tags.add(*tags)
    return article


def make_meeting(
    *participants,
    date=datetime.date(2021, 7, 28),
    place=None,
    origin=Origin.IMPORT,
    reviewed=False,
    title="",
    status=Meeting.Status.HELD,
    kind=Meeting.Kind.BILATERAL,
):
    meeting = Meeting.objects.create(
        title=title, date=date, place=place, origin=origin, reviewed=reviewed, status=status, kind=kind
    )
    meeting.participants.add(*participants)
    return meeting


def admin_url(model, view="changelist", *args):
    opts = model._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_{view}", args=args)


def action_post(client, model, action, selected, *, follow=False, query="", **extra):
    """POST a changelist action, as the changelist's form does."""
    data = {"action": action, "_selected_action": [str(pk) for pk in selected], "index": "0", **extra}
    return client.post(admin_url(model) + query, data, follow=follow)


def _post_value(value):
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return [_post_value(item) for item in value]
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def _add_form(data, form):
    for name, field in form.fields.items():
        key = form.add_prefix(name)
        value = form[name].value()
        if isinstance(field.widget, CheckboxInput):
            if value:
                data[key] = "on"
            continue
        data[key] = _post_value(value)


def form_data(response):
    """The POST data of an admin add or change form as it was rendered.

    The main form's values and every inline's existing rows, with management
    forms counting only those rows; tests then change what they need.
    """
    data = {}
    _add_form(data, response.context["adminform"].form)
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        prefix = formset.prefix
        data[f"{prefix}-TOTAL_FORMS"] = str(len(formset.initial_forms))
        data[f"{prefix}-INITIAL_FORMS"] = str(len(formset.initial_forms))
        data[f"{prefix}-MIN_NUM_FORMS"] = "0"
        data[f"{prefix}-MAX_NUM_FORMS"] = "1000"
        for form in formset.initial_forms:
            _add_form(data, form)
    return data


def add_inline_row(data, prefix, **values):
    """Append one new row to the inline ``prefix`` of ``form_data``."""
    index = int(data[f"{prefix}-TOTAL_FORMS"])
    for name, value in values.items():
        data[f"{prefix}-{index}-{name}"] = _post_value(value)
    data[f"{prefix}-TOTAL_FORMS"] = str(index + 1)
    return data
