"""Merging records that are the same person, organisation or meeting.

The desk picks a survivor and one or more duplicates. Everything that points
at a duplicate moves to the survivor: article mentions, meeting
participations, aliases, roles, meeting reports. Rows that would then be
twice on the survivor collapse into one (mention counts add up, evidence is
kept). The duplicates' names become aliases of the survivor, then the
duplicates are deleted. A merge runs in one transaction: if any step fails,
nothing has moved.

Mentions and participations are moved with a few set-based queries however
many there are; aliases, roles and the records themselves are saved one by
one so that django-simple-history records each change with a reason that
names the merge.
"""

from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import Case, Exists, F, OuterRef, Q, Subquery, Value, When
from django.db.models.functions import Coalesce, Least

from newsroom.history import change_reason

from .models import (
    Meeting,
    Organisation,
    OrganisationAlias,
    OrganisationDuplicateFlag,
    Person,
    PersonAlias,
    PersonDuplicateFlag,
)
from .names import normalize_name


class MergeError(ValueError):
    """A merge that cannot be done as asked; nothing was changed."""


@dataclass
class MergeResult:
    survivor: object
    merged: list = field(default_factory=list)  # str() of each merged record
    # Meetings that, after a merge of people, have the same participants and kind as another
    # (the same talks reported under two spellings): for an editor to compare and merge.
    twin_meetings: list = field(default_factory=list)
    moved: dict = field(default_factory=dict)  # what moved, by kind of row
    collapsed: dict = field(default_factory=dict)  # duplicate rows folded into the survivor's

    def add(self, kind, moved=0, collapsed=0):
        self.moved[kind] = self.moved.get(kind, 0) + moved
        self.collapsed[kind] = self.collapsed.get(kind, 0) + collapsed

    def summary(self):
        moved = ", ".join(f"{count} {kind}" for kind, count in self.moved.items() if count) or "nothing"
        text = f"Merged {', '.join(self.merged)} into {self.survivor}: moved {moved}"
        collapsed = ", ".join(f"{count} {kind}" for kind, count in self.collapsed.items() if count)
        return f"{text}; folded duplicate {collapsed}." if collapsed else f"{text}."


# --- shared steps ----------------------------------------------------------------------------------


def _locked(model, survivor, others):
    """Fresh, locked copies of the survivor and the others, checked for sense."""
    others = list(others)
    if not others:
        raise MergeError(f"Choose at least one other {model._meta.verbose_name} to merge.")
    ids = [survivor.pk, *(other.pk for other in others)]
    if len(set(ids)) != len(ids):
        raise MergeError("The survivor cannot also be merged away, and each record can be merged once.")
    if not all(isinstance(obj, model) for obj in [survivor, *others]):
        raise MergeError(f"Only {model._meta.verbose_name_plural} can be merged together.")
    rows = {obj.pk: obj for obj in model.objects.select_for_update().filter(pk__in=ids)}
    missing = [pk for pk in ids if pk not in rows]
    if missing:
        raise MergeError(f"{model._meta.verbose_name_plural.capitalize()} {missing} no longer exist.")
    return rows[survivor.pk], [rows[other.pk] for other in others]


def _merge_mentions(model, entity_field, survivor, other):
    """Move ``other``'s mention rows to ``survivor``; fold rows that would clash.

    A mention row is unique per (article, entity, surface): where both have
    one, the survivor's row adds the other's count, keeps the earlier offset
    and becomes an editor row if either was. Returns ``(moved, collapsed)``.
    """
    theirs = model.objects.filter(**{entity_field: other})
    mine = model.objects.filter(**{entity_field: survivor})
    twin = theirs.filter(article_id=OuterRef("article_id"), surface=OuterRef("surface"))
    their_offset = Subquery(twin.values("first_offset")[:1])
    mine.filter(Exists(twin)).update(
        count=F("count") + Subquery(twin.values("count")[:1]),
        first_offset=Coalesce(Least(F("first_offset"), their_offset), F("first_offset"), their_offset),
        origin=Case(When(Exists(twin.filter(origin="editor")), then=Value("editor")), default=F("origin")),
    )
    collapsed, _ = theirs.filter(
        Exists(mine.filter(article_id=OuterRef("article_id"), surface=OuterRef("surface")))
    ).delete()
    moved = theirs.update(**{entity_field: survivor})
    return moved, collapsed


def _merge_through_rows(through, owner_field, survivor, other, other_field):
    """Move rows of an M2M table from ``other`` to ``survivor`` without duplicates."""
    theirs = through.objects.filter(**{owner_field: other})
    collapsed, _ = theirs.filter(
        Exists(through.objects.filter(**{owner_field: survivor, other_field: OuterRef(other_field)}))
    ).delete()
    moved = theirs.update(**{owner_field: survivor})
    return moved, collapsed


def _merge_aliases(alias_model, owner_field, survivor, other, extra_names, reason):
    """Move ``other``'s aliases to ``survivor`` and add its names as aliases."""
    existing = set(alias_model.objects.filter(**{owner_field: survivor}).values_list("normalized", flat=True))
    moved = collapsed = 0
    for alias in alias_model.objects.filter(**{owner_field: other}):
        alias._change_reason = reason
        if alias.normalized in existing:
            alias.delete()
            collapsed += 1
        else:
            setattr(alias, owner_field, survivor)
            alias.save()
            existing.add(alias.normalized)
            moved += 1
    for name in extra_names:
        normalized = normalize_name(name)
        if name and normalized and normalized not in existing:
            alias = alias_model(name=name, **{owner_field: survivor})
            alias._change_reason = reason
            alias.save()
            existing.add(normalized)
            moved += 1
    return moved, collapsed


def _append_note(record, others):
    names = "; ".join(f"{other} (#{other.pk})" for other in others)
    line = f"Merged from: {names}."
    record.notes = f"{record.notes.rstrip()}\n{line}" if record.notes.strip() else line


def _fill_blanks(survivor, other, fields):
    for name in fields:
        if getattr(survivor, name) in (None, "") and getattr(other, name) not in (None, ""):
            setattr(survivor, name, getattr(other, name))


def _outside(survivor, target_id, others, attribute):
    """Where a link from the survivor to a merged record should point instead.

    If the survivor belonged to one of its own duplicates (an organisation
    "under" its twin, a meeting "on the sidelines of" its twin), follow the
    twins' own links until they leave the merged group; never to itself.
    """
    by_pk = {other.pk: other for other in others}
    seen = set()
    while target_id in by_pk and target_id not in seen:
        seen.add(target_id)
        target_id = getattr(by_pk[target_id], attribute)
    if target_id in by_pk or target_id == survivor.pk:
        return None
    return target_id


def _merge_flags(flag_model, owner_field, survivor, others):
    """Settle the possible-duplicate flags of the merged records.

    A flag between two records of the merge is answered by the merge itself
    and goes (the survivor's history names what was merged). A flag between
    a merged-away record and a third record stays open, now on the survivor,
    unless the survivor already has a flag with that record. Without this,
    deleting the merged-away records would silently drop those flags.
    Returns ``(moved, collapsed)``: flags kept on the survivor, flags settled.
    """
    group = {survivor.pk, *(other.pk for other in others)}
    other_ids = group - {survivor.pk}
    touching = flag_model.objects.filter(
        Q(**{f"{owner_field}_id__in": other_ids}) | Q(other_id__in=other_ids)
    ).order_by("pk")
    known = {
        frozenset((getattr(flag, f"{owner_field}_id"), flag.other_id))
        for flag in flag_model.objects.filter(Q(**{owner_field: survivor}) | Q(other=survivor))
    }
    moved = settled = 0
    for flag in touching:
        first = (
            survivor.pk
            if getattr(flag, f"{owner_field}_id") in other_ids
            else getattr(flag, f"{owner_field}_id")
        )
        second = survivor.pk if flag.other_id in other_ids else flag.other_id
        pair = frozenset((first, second))
        if first == second or pair in known or {first, second} <= group:
            flag.delete()
            settled += 1
            continue
        setattr(flag, f"{owner_field}_id", first)
        flag.other_id = second
        flag.save(update_fields=[owner_field, "other"])
        known.add(pair)
        moved += 1
    return moved, settled


def _finish(survivor, others, result, label):
    """Delete the others and save the survivor, each with a history reason."""
    _append_note(survivor, others)
    for other in others:
        result.merged.append(f"{other} (#{other.pk})")
        other._change_reason = change_reason(f"Merged into {label} {survivor} (#{survivor.pk})")
        other.delete()
    survivor._change_reason = change_reason(result.summary())
    survivor.save()
    return result


# --- people ----------------------------------------------------------------------------------------


def person_counts(person):
    """What a merge would move away from ``person``."""
    from articles.models import PersonMention

    return {
        "article mentions": PersonMention.objects.filter(person=person).count(),
        "meeting participations": Meeting.participants.through.objects.filter(person=person).count(),
        "aliases": person.aliases.count(),
        "roles": person.roles.count(),
        "possible-duplicate flags": PersonDuplicateFlag.objects.filter(
            Q(person=person) | Q(other=person)
        ).count(),
    }


@transaction.atomic
def merge_people(survivor, others):
    """Merge ``others`` into ``survivor``; return a ``MergeResult``."""
    from articles.models import PersonMention

    survivor, others = _locked(Person, survivor, others)
    result = MergeResult(survivor)
    reason = change_reason(f"Merge into person {survivor} (#{survivor.pk})")
    their_meetings = set(
        Meeting.participants.through.objects.filter(person__in=others).values_list("meeting_id", flat=True)
    )
    for other in others:
        result.add("article mentions", *_merge_mentions(PersonMention, "person", survivor, other))
        result.add(
            "meeting participations",
            *_merge_through_rows(Meeting.participants.through, "person", survivor, other, "meeting"),
        )
        result.add("aliases", *_merge_aliases(PersonAlias, "person", survivor, other, [other.name], reason))
        result.add("roles", *_merge_roles(survivor, other, reason))
        _fill_blanks(survivor, other, ["evidence"])
    result.add("possible-duplicate flags", *_merge_flags(PersonDuplicateFlag, "person", survivor, others))
    _finish(survivor, others, result, "person")
    result.twin_meetings = twin_meetings_of(survivor, their_meetings)
    return result


def twin_meetings_of(person, moved):
    """Groups of ``person``'s meetings that now look like one meeting, each around one of the ``moved``.

    Same kind, status and participants as a moved meeting, and a compatible
    date (the same, or one unknown): the same talks reported under two
    spellings of a name. Meetings alike before the merge (the same people on
    other days) are not pointed out.
    """
    alike = {}
    meetings = Meeting.objects.filter(participants=person).prefetch_related("participants").order_by("pk")
    for meeting in meetings:
        key = (meeting.kind, meeting.status, frozenset(p.pk for p in meeting.participants.all()))
        alike.setdefault(key, []).append(meeting)
    groups, seen = [], set()
    for group in alike.values():
        for meeting in group:
            if meeting.pk not in moved or meeting.pk in seen:
                continue
            twins = [
                other
                for other in group
                if other.date is None or meeting.date is None or other.date == meeting.date
            ]
            if len(twins) > 1:
                groups.append(twins)
                seen.update(twin.pk for twin in twins)
    return groups


def _role_key(role):
    return (role.title.casefold(), role.organisation_id, role.country_id, role.start, role.end)


def _merge_roles(survivor, other, reason):
    existing = {_role_key(role) for role in survivor.roles.all()}
    moved = collapsed = 0
    for role in other.roles.all():
        role._change_reason = reason
        if _role_key(role) in existing:
            role.delete()
            collapsed += 1
        else:
            role.person = survivor
            role.save()
            existing.add(_role_key(role))
            moved += 1
    return moved, collapsed


# --- organisations ---------------------------------------------------------------------------------


def organisation_counts(organisation):
    from articles.models import OrganisationMention

    return {
        "article mentions": OrganisationMention.objects.filter(organisation=organisation).count(),
        "meetings": Meeting.organisations.through.objects.filter(organisation=organisation).count(),
        "aliases": organisation.aliases.count(),
        "roles": organisation.roles.count(),
        "member organisations": organisation.children.count(),
        "possible-duplicate flags": OrganisationDuplicateFlag.objects.filter(
            Q(organisation=organisation) | Q(other=organisation)
        ).count(),
    }


@transaction.atomic
def merge_organisations(survivor, others):
    from articles.models import OrganisationMention

    survivor, others = _locked(Organisation, survivor, others)
    result = MergeResult(survivor)
    reason = change_reason(f"Merge into organisation {survivor} (#{survivor.pk})")
    for other in others:
        result.add("article mentions", *_merge_mentions(OrganisationMention, "organisation", survivor, other))
        result.add(
            "meetings",
            *_merge_through_rows(Meeting.organisations.through, "organisation", survivor, other, "meeting"),
        )
        names = [other.name, other.acronym]
        result.add(
            "aliases", *_merge_aliases(OrganisationAlias, "organisation", survivor, other, names, reason)
        )
        moved = 0
        for role in other.roles.all():
            role.organisation = survivor
            role._change_reason = reason
            role.save()
            moved += 1
        result.add("roles", moved)
        moved = 0
        for child in other.children.exclude(pk=survivor.pk):
            child.parent = survivor
            child._change_reason = reason
            child.save()
            moved += 1
        result.add("member organisations", moved)
        _fill_blanks(survivor, other, ["acronym", "country_id", "evidence"])
        if survivor.kind == Organisation.Kind.OTHER:
            survivor.kind = other.kind
    survivor.parent_id = _outside(survivor, survivor.parent_id, others, "parent_id")
    result.add(
        "possible-duplicate flags", *_merge_flags(OrganisationDuplicateFlag, "organisation", survivor, others)
    )
    return _finish(survivor, others, result, "organisation")


# --- meetings --------------------------------------------------------------------------------------


def meeting_counts(meeting):
    return {
        "reports": meeting.reports.count(),
        "participants": meeting.participants.count(),
        "organisations": meeting.organisations.count(),
        "side meetings": meeting.side_meetings.count(),
    }


@transaction.atomic
def merge_meetings(survivor, others):
    """Merge meetings reported twice; reports, participants and side meetings move."""
    from articles.models import LinkOrigin, MeetingReport

    survivor, others = _locked(Meeting, survivor, others)
    result = MergeResult(survivor)
    reason = change_reason(f"Merge into meeting {survivor} (#{survivor.pk})")
    for other in others:
        mine = {report.article_id: report for report in survivor.reports.all()}
        collapsed = 0
        for report in MeetingReport.objects.filter(meeting=other, article_id__in=list(mine)):
            kept = mine[report.article_id]
            if report.evidence and report.evidence not in kept.evidence:
                kept.evidence = f"{kept.evidence}\n{report.evidence}".strip()
            if report.origin == LinkOrigin.EDITOR:
                kept.origin = LinkOrigin.EDITOR
            kept.save(update_fields=["evidence", "origin"])
            report.delete()
            collapsed += 1
        moved = MeetingReport.objects.filter(meeting=other).update(meeting=survivor)
        result.add("reports", moved, collapsed)

        participants = set(other.participants.values_list("pk", flat=True))
        new = participants - set(survivor.participants.values_list("pk", flat=True))
        survivor.participants.add(*new)
        result.add("participants", len(new), len(participants - new))
        organisations = set(other.organisations.values_list("pk", flat=True))
        new = organisations - set(survivor.organisations.values_list("pk", flat=True))
        survivor.organisations.add(*new)
        result.add("organisations", len(new), len(organisations - new))

        moved = 0
        for side in other.side_meetings.exclude(pk=survivor.pk):
            side.sidelines_of = survivor
            side._change_reason = reason
            side.save()
            moved += 1
        result.add("side meetings", moved)
        _fill_blanks(survivor, other, ["title", "date", "end_date", "place_id", "sidelines_of_id"])
    survivor.sidelines_of_id = _outside(survivor, survivor.sidelines_of_id, others, "sidelines_of_id")
    return _finish(survivor, others, result, "meeting")


MERGERS = {
    Person: (merge_people, person_counts),
    Organisation: (merge_organisations, organisation_counts),
    Meeting: (merge_meetings, meeting_counts),
}
