"""Between the extraction pipeline and the database.

``gazetteer_from_database`` builds the matcher (and the facts later stages
reason with) from everything the archive knows; ``link_article`` runs the
pipeline on an article, creates the people and organisations it found new
(``create_entities``) and saves its links (``save_links``). The importer and
the admin's hand entry both go through ``link_article``, so an article typed
in by an editor is extracted exactly as an imported one.

Editors' work always wins over extraction:

* links an editor made (``origin=editor``) are kept as they are;
* what extraction last linked is kept in the article's ``ExtractionLedger``.
  On the next extraction, a ledger link that is gone was removed by an
  editor: it is remembered (``RemovedLink``) and not made again; a deleted
  person or organisation is remembered by name (``RejectedName``) and never
  created again; an extracted link that is not in the ledger was changed by
  an editor and becomes theirs;
* a person, organisation or meeting is only ever changed by extraction while
  extraction alone has written it: created by the importer, not reviewed,
  and with no historical record written by anyone else (every write of
  extraction carries the history change reason ``EXTRACTION_REASON``).
  Otherwise extraction links to it and leaves it as the editor left it.
"""

import datetime
from collections import defaultdict

from django.conf import settings
from django.db.models import Q

from people.models import (
    Meeting,
    Organisation,
    OrganisationAlias,
    OrganisationDuplicateFlag,
    Origin,
    Person,
    PersonAlias,
    PersonDuplicateFlag,
    Place,
    PlaceAlias,
    RejectedAlias,
    RejectedName,
    Role,
    slug_base,
    unique_slug,
)
from people.names import normalize_name, script_of

from .extraction.gazetteer import (
    DEMONYM,
    ORGANISATION,
    PERSON,
    PLACE,
    Event,
    Gazetteer,
    Match,
    OrganisationFact,
    PlaceFact,
    RoleFact,
)
from .extraction import dates
from .extraction.languages import concept_of_title
from . import sql
from .deferred import DeferredWrites, save_without_history
from .extraction.pipeline import extract
from .models import (
    ExtractionLedger,
    LinkOrigin,
    MeetingReport,
    OrganisationMention,
    PersonMention,
    PlaceMention,
    RemovedLink,
)

EXTRACTION_REASON = "extraction"
MEETING = "meeting"  # kinds of records ``DeferredWrites.record`` notes, besides PERSON and ORGANISATION
DUPLICATE = "possible duplicate"

MENTION_MODELS = {
    PERSON: (PersonMention, "person_id"),
    ORGANISATION: (OrganisationMention, "organisation_id"),
    PLACE: (PlaceMention, "place_id"),
}
ENTITY_MODELS = {PERSON: Person, ORGANISATION: Organisation, PLACE: Place}
ALIAS_MODELS = {PERSON: (PersonAlias, "person_id"), ORGANISATION: (OrganisationAlias, "organisation_id")}


# -- the gazetteer ------------------------------------------------------------------------


def event_of(meeting_id, title, organisation_ids, date, end_date, place_id):
    return Event(meeting_id, title, frozenset(organisation_ids), date, end_date, place_id)


def gazetteer_from_database(gazetteer=None):
    """A ``Gazetteer`` of every name and fact the archive knows (filled into ``gazetteer`` when given)."""
    gazetteer = Gazetteer() if gazetteer is None else gazetteer
    sources = [
        (PERSON, PersonAlias.objects.values_list("person_id", "name")),
        (ORGANISATION, OrganisationAlias.objects.values_list("organisation_id", "name")),
        # Demonyms ("Chinese", "चीनी") describe, they do not name a place.
        (PLACE, PlaceAlias.objects.filter(kind=PlaceAlias.Kind.NAME).values_list("place_id", "name")),
        (DEMONYM, PlaceAlias.objects.filter(kind=PlaceAlias.Kind.DEMONYM).values_list("place_id", "name")),
    ]
    for kind, rows in sources:
        for entity_id, name in rows.iterator(chunk_size=5000):
            gazetteer.add(kind, entity_id, name)
    for place_id, name, kind, country_id in Place.objects.values_list("id", "name", "kind", "country_id"):
        gazetteer.set_place(place_id, PlaceFact(name, kind, country_id))
    organisations = Organisation.objects.values_list("id", "name", "acronym", "kind", "country_id", "parent_id")
    for organisation_id, name, acronym, kind, country_id, parent_id in organisations.iterator(chunk_size=5000):
        gazetteer.set_organisation(organisation_id, OrganisationFact(name, acronym, kind, country_id, parent_id))
    roles = Role.objects.values_list("person_id", "title", "country_id", "start", "end")
    for person_id, title, country_id, start, end in roles.iterator(chunk_size=5000):
        gazetteer.add_role(person_id, RoleFact(concept_of_title(title), title, country_id, start, end))
    for event in _events(Meeting.objects.filter(kind=Meeting.Kind.MULTILATERAL).exclude(status=Meeting.Status.CANCELLED)):
        gazetteer.add_event(event)
    home = getattr(settings, "NEWSROOM_HOME_COUNTRY", "")
    if home:
        gazetteer.home_country_id = Place.objects.filter(iso_code=home).values_list("id", flat=True).first()
    gazetteer.forget_history()
    return gazetteer


def _events(meetings):
    organisations = defaultdict(set)
    through = Meeting.organisations.through.objects.filter(meeting__in=meetings)
    for meeting_id, organisation_id in through.values_list("meeting_id", "organisation_id"):
        organisations[meeting_id].add(organisation_id)
    for meeting_id, title, date, end_date, place_id in meetings.values_list("id", "title", "date", "end_date", "place_id"):
        if organisations[meeting_id]:
            yield event_of(meeting_id, title, organisations[meeting_id], date, end_date, place_id)


def extract_article(article, gazetteer):
    return extract(article.body, article.language, gazetteer, published=article.published)


# -- what extraction may change ------------------------------------------------------------


def mark(instance):
    """Label the next historical record of ``instance`` as written by extraction."""
    instance._change_reason = EXTRACTION_REASON
    return instance


def owned_by_extraction(instance):
    """Has extraction alone written this record (so that it may still change it)?"""
    if instance.origin != Origin.IMPORT or instance.reviewed:
        return False
    return not instance.history.exclude(history_change_reason=EXTRACTION_REASON).exists()


def owned_by_extraction_in_bulk(model, instances):
    """``{pk: owned_by_extraction(instance)}`` for several records of ``model``, in one query."""
    candidates = {i.pk for i in instances if i.origin == Origin.IMPORT and not i.reviewed}
    edited = set()
    if candidates:
        edited = set(
            model.history.filter(id__in=candidates)
            .exclude(history_change_reason=EXTRACTION_REASON)
            .values_list("id", flat=True)
            .distinct()
        )
    return {i.pk: i.pk in candidates and i.pk not in edited for i in instances}


# -- new people and organisations ----------------------------------------------------------------


def _normalized(names):
    return {n for n in map(normalize_name, names) if n}


class _Archive:
    """What ``create_entities`` asks the archive about one article's names: asked once, for all of them.

    Rejected names and the entities that own each alias (``owners``) are read
    in one query per kind; the records of the known entities the article
    names, whether extraction alone wrote them, and their aliases, in one
    query each when first needed. What this article creates is added as it goes.
    """

    def __init__(self, extraction, held=None):
        self.held = held  # the desk's hand entry: new spellings of known entities go here, for an editor
        names = {
            PERSON: _normalized(a for new in extraction.new_persons for a in new.aliases),
            ORGANISATION: _normalized(n for find in extraction.new_organisations for n in [find.name, *find.aliases]),
        }
        self.rejected = set()
        wanted = [n for kind in names for n in names[kind]]
        if wanted:  # by (kind, normalized): the table's unique index
            self.rejected = set(
                RejectedName.objects.filter(kind__in=[k for k in names if names[k]], normalized__in=wanted).values_list(
                    "kind", "normalized"
                )
            )
        self.owners = defaultdict(set)  # (kind, normalised alias) -> entity ids
        for kind, normalized in names.items():
            if normalized:
                model, field = ALIAS_MODELS[kind]
                for owner, name in model.objects.filter(normalized__in=normalized).values_list(field, "normalized"):
                    self.owners[(kind, name)].add(owner)
        self.records = {PERSON: {}, ORGANISATION: {}}
        self._owned = {PERSON: {}, ORGANISATION: {}}
        self._aliases = {PERSON: {}, ORGANISATION: {}}  # entity id -> {normalised alias}
        self._refused = {PERSON: {}, ORGANISATION: {}}  # entity id -> {normalised alias an editor rejected}

    def is_rejected(self, kind, names):
        return any((kind, n) in self.rejected for n in _normalized(names))

    def existing(self, kind, names):
        """The one entity that already has one of ``names`` as an alias, or None."""
        found = set()
        for name in _normalized(names):
            found |= self.owners.get((kind, name), set())
        return found.pop() if len(found) == 1 else None

    def load(self, kind, ids):
        """The records of ``ids`` (one query for those not loaded yet)."""
        missing = {i for i in ids if i is not None and i not in self.records[kind]}
        if missing:
            self.records[kind].update(ENTITY_MODELS[kind].objects.in_bulk(missing))
        return self.records[kind]

    def created(self, kind, instance):
        self.records[kind][instance.pk] = instance
        self._owned[kind][instance.pk] = True
        self._aliases[kind][instance.pk] = set()
        self._refused[kind][instance.pk] = set()

    def owned(self, kind, instance):
        """``owned_by_extraction(instance)``, asked for every loaded record of ``kind`` at once."""
        known = self._owned[kind]
        if instance.pk not in known:
            pending = [r for pk, r in self.records[kind].items() if pk not in known] or [instance]
            for pk, owned in owned_by_extraction_in_bulk(ENTITY_MODELS[kind], pending).items():
                known[pk] = owned
        return known[instance.pk]

    def has_alias(self, kind, entity_id, normalized):
        aliases = self._aliases[kind]
        if entity_id not in aliases:
            pending = {pk for pk in self.records[kind] if pk not in aliases} | {entity_id}
            model, field = ALIAS_MODELS[kind]
            for pk in pending:
                aliases[pk] = set()
            for pk, name in model.objects.filter(**{f"{field}__in": pending}).values_list(field, "normalized"):
                aliases[pk].add(name)
        return normalized in aliases[entity_id]

    def alias_rejected(self, kind, entity_id, normalized):
        """Did an editor reject this alias for this entity (``RejectedAlias``)? Asked for every loaded record at once."""
        refused = self._refused[kind]
        if entity_id not in refused:
            pending = {pk for pk in self.records[kind] if pk not in refused} | {entity_id}
            field = ALIAS_MODELS[kind][1]
            for pk in pending:
                refused[pk] = set()
            rows = RejectedAlias.objects.filter(kind=kind, **{f"{field}__in": pending}).values_list(field, "normalized")
            for pk, name in rows:
                refused[pk].add(name)
        return normalized in refused[entity_id]

    def alias_added(self, kind, entity_id, normalized):
        self._aliases[kind].setdefault(entity_id, set()).add(normalized)
        self.owners[(kind, normalized)].add(entity_id)


class _NewRows:
    """Aliases, roles and flags of one article's new entities: one INSERT per table, history deferred."""

    def __init__(self, writes):
        self.writes = writes
        self.rows = []  # (instance, change reason)

    def add(self, instance, reason=EXTRACTION_REASON):
        self.rows.append((instance, reason))

    def save(self):
        by_model = defaultdict(list)
        for instance, _ in self.rows:
            by_model[type(instance)].append(instance)
        for instances in by_model.values():
            sql.insert(instances)
        for instance, reason in self.rows:
            self.writes.history(instance, reason)
        self.rows = []


class _Slugs:
    """``unique_slug`` for an article's new records: the slugs they may take, asked in one query."""

    def __init__(self, model, names):
        self.model = model
        bases = {slug_base(model, name) for name in names}
        self.taken = set(model.objects.filter(slug__in=bases).values_list("slug", flat=True)) if bases else set()
        self.used = set()

    def __call__(self, name):
        base = slug_base(self.model, name)
        if base in self.taken or base in self.used:
            base = unique_slug(self.model, name, taken=self.used)
        self.used.add(base)
        return base


def _alias_row(kind, entity_id, name, normalized):
    model, field = ALIAS_MODELS[kind]
    return model(**{field: entity_id}, name=name, normalized=normalized, script=script_of(name))


def _add_alias(kind, entity, name, gazetteer, archive, rows):
    """Give ``entity`` the alias ``name``, unless an editor rejected it for them.

    With the archive's ``held`` (a list), a new alias of an entity that already exists is
    not added but appended there as ``(kind, entity id, name)``, for an editor to confirm.
    """
    normalized = normalize_name(name)
    if not normalized:
        return False
    if archive.alias_rejected(kind, entity.pk, normalized):
        return False
    if not archive.has_alias(kind, entity.pk, normalized):
        if archive.held is not None:
            archive.held.append((kind, entity.pk, name))
            return False
        rows.add(_alias_row(kind, entity.pk, name, normalized))
        archive.alias_added(kind, entity.pk, normalized)
    gazetteer.add(kind, entity.pk, name)
    return True


def _display_name(names):
    """The record's name: the first Latin spelling when there is one (the catalogue's script)."""
    latin = [n for n in names if script_of(n) == "Latn"]
    return (latin or list(names))[0]


def _add_spelling(person, name, gazetteer, archive, rows, writes):
    """Record another spelling of a known person (surely theirs: every word matched).

    The archive learns how its texts write the people it knows, reviewed ones
    included, so that the next report in that spelling is linked and found
    (the spelling is added as an alias, in the history as extraction's); a
    person an editor owns is never renamed. With ``held`` (the desk's hand
    entry) the spelling is collected there for an editor to confirm instead.
    """
    owned = person.origin == Origin.IMPORT and archive.owned(PERSON, person)
    if not _add_alias(PERSON, person, name, gazetteer, archive, rows):
        return
    if archive.held is None and owned and script_of(person.name) != "Latn" and script_of(name) == "Latn":
        person.name = name  # a person first read in Hindi takes the Latin spelling as their name
        save_without_history(person, update_fields=["name", "updated_at"])
        writes.history(person, EXTRACTION_REASON, "~")


def _insert(instance):
    """INSERT one record (its id set), without django-simple-history's signal: the caller records history."""
    sql.insert([instance])
    return instance


def _create_person(new, slug, gazetteer, archive, rows, writes):
    person = Person(
        name=_display_name(new.aliases), slug=slug, origin=Origin.IMPORT, reviewed=False, evidence=new.evidence
    )
    _insert(person)
    writes.history(person, EXTRACTION_REASON)
    writes.record(PERSON, person)
    archive.created(PERSON, person)
    for alias in new.aliases:
        _add_alias(PERSON, person, alias, gazetteer, archive, rows)
    for claim in new.roles:
        rows.add(
            Role(
                person=person,
                title=claim.title[:200],
                country_id=claim.country_id,
                organisation_id=claim.organisation_id if claim.organisation_id and claim.organisation_id > 0 else None,
                origin=Origin.IMPORT,
            )
        )
        gazetteer.add_role(person.pk, RoleFact(claim.concept, claim.title, claim.country_id))
    return person


def _create_organisation(find, slug, gazetteer, archive, rows, writes):
    names = [find.name, *find.aliases]
    organisation = Organisation(
        name=find.name[:200],
        slug=slug,
        acronym=find.acronym[:30],
        kind=find.kind,
        country_id=find.country_id,
        origin=Origin.IMPORT,
        reviewed=False,
        evidence=find.evidence,
    )
    _insert(organisation)
    writes.history(organisation, EXTRACTION_REASON)
    writes.record(ORGANISATION, organisation)
    archive.created(ORGANISATION, organisation)
    for alias in names:
        _add_alias(ORGANISATION, organisation, alias, gazetteer, archive, rows)
    return organisation


def _flag_duplicates(flag_model, field, model, pairs, rows, writes):
    """A possible-duplicate flag for each ``(new record, other id, similarity, evidence)`` whose other still exists."""
    others = sql.existing_ids(model, {other for _, other, _, _ in pairs})
    seen = set()
    for record, other, similarity, evidence in pairs:
        if other in others and (record.pk, other) not in seen:
            seen.add((record.pk, other))
            flag = flag_model(**{field: record}, other_id=other, similarity=similarity, evidence=evidence)
            rows.add(flag, None)
            writes.record(DUPLICATE, flag)


def _organisation_fact(organisation):
    return OrganisationFact(
        organisation.name, organisation.acronym, organisation.kind, organisation.country_id, organisation.parent_id
    )


def create_entities(extraction, gazetteer, writes=None, held=None):
    """Create the people and organisations ``extraction`` found new; swap their keys for ids in it.

    New spellings of known entities become aliases (unless an editor
    reviewed or edited the entity; with ``held``, a list, they are collected
    there instead, for an editor to confirm). Everything created is added to
    ``gazetteer`` too, so that the next article of the run knows it.
    Returns ``{key: id}``. ``writes``: where the historical records go
    (``DeferredWrites``); written at once when not given.
    """
    own = writes is None
    writes = DeferredWrites() if own else writes
    archive = _Archive(extraction, held)
    rows = _NewRows(writes)
    ids = {}

    slugs = _Slugs(Person, [_display_name(new.aliases) for new in extraction.new_persons])
    known = {archive.existing(PERSON, new.aliases) for new in extraction.new_persons}
    archive.load(PERSON, known | {s.person_id for s in extraction.person_spellings})
    flags = []
    for new in extraction.new_persons:
        if archive.is_rejected(PERSON, new.aliases):
            ids[new.key] = None
            continue
        existing = archive.existing(PERSON, new.aliases)
        if existing is not None:
            ids[new.key] = existing
            person = archive.load(PERSON, [existing]).get(existing)
            if person is None:
                raise Person.DoesNotExist(f"person {existing} is gone")
            for alias in new.aliases:
                _add_spelling(person, alias, gazetteer, archive, rows, writes)
            continue
        person = _create_person(new, slugs(_display_name(new.aliases)), gazetteer, archive, rows, writes)
        ids[new.key] = person.pk
        flags += [(person, other, similarity, new.evidence) for other, similarity in new.unsure]
    people = archive.load(PERSON, [])
    for spelling in extraction.person_spellings:
        if spelling.person_id in people:
            _add_spelling(people[spelling.person_id], spelling.name, gazetteer, archive, rows, writes)
    if flags:
        _flag_duplicates(PersonDuplicateFlag, "person", Person, flags, rows, writes)

    finds = extraction.new_organisations
    slugs = _Slugs(Organisation, [find.name[:200] for find in finds])
    flags = []
    for find in finds:
        names = [find.name, *find.aliases]
        if archive.is_rejected(ORGANISATION, names):
            ids[find.key] = None
            continue
        existing = archive.existing(ORGANISATION, names)
        if existing is None:
            organisation = _create_organisation(find, slugs(find.name[:200]), gazetteer, archive, rows, writes)
            existing = organisation.pk
            flags += [(organisation, other, similarity, find.evidence) for other, similarity in find.unsure]
        ids[find.key] = existing
    if flags:
        _flag_duplicates(OrganisationDuplicateFlag, "organisation", Organisation, flags, rows, writes)

    targets = [find.organisation_id if find.organisation_id is not None else ids.get(find.key) for find in extraction.organisations]
    records = archive.load(ORGANISATION, targets)
    for find, target in zip(extraction.organisations, targets):
        if target is None:
            continue
        organisation = records.get(target)
        if organisation is None:
            raise Organisation.DoesNotExist(f"organisation {target} is gone")
        changed = False
        if find.organisation_id is not None and not organisation.reviewed:
            if organisation.origin != Origin.IMPORT or archive.owned(ORGANISATION, organisation):
                for alias in find.aliases:
                    _add_alias(ORGANISATION, organisation, alias, gazetteer, archive, rows)
        parent = find.parent
        parent_id = parent if isinstance(parent, int) else (ids.get(parent.key) if parent is not None else None)
        if (
            parent_id
            and parent_id != organisation.pk
            and organisation.parent_id is None
            and archive.owned(ORGANISATION, organisation)
        ):
            organisation.parent_id = parent_id
            changed = True
        if changed:
            save_without_history(organisation)
            writes.history(organisation, EXTRACTION_REASON, "~")
        gazetteer.set_organisation(organisation.pk, _organisation_fact(organisation))
    rows.save()
    _swap_keys(extraction, ids)
    if own:
        writes.flush()
    return ids


def _swap_keys(extraction, ids):
    """Replace negative keys by ids in mentions and meetings; drop what was not created."""
    if not ids:
        return

    def real(entity_id):
        return ids.get(entity_id) if entity_id is not None and entity_id < 0 else entity_id

    mentions = []
    for match in extraction.mentions:
        entity_id = real(match.entity_id)
        if match.entity_id is not None and entity_id is None:
            continue
        if entity_id != match.entity_id:
            match = Match(match.kind, (entity_id,), match.start, match.end, match.surface)
        mentions.append(match)
    extraction.mentions = mentions
    meetings = []
    for meeting in extraction.meetings:
        participants = tuple(real(p) for p in meeting.participants)
        if None in participants:
            continue
        meeting.participants = tuple(sorted(set(participants)))
        if len(meeting.participants) >= 2:
            meetings.append(meeting)
    extraction.meetings = meetings


# -- larger events new to the archive ----------------------------------------------------------

# How far apart two namings of one summit may be dated: the reports of its days and the days around.
EVENT_SLACK = datetime.timedelta(days=7)


def find_existing_event(event, published):
    """The one multilateral meeting of the archive that a new event of an article is, or None.

    Same grouping, not cancelled against held, and dates that fit: the event's own date, or else the
    article's, within ``EVENT_SLACK`` of the meeting's dates; with neither, the same title.
    """
    candidates = Meeting.objects.filter(
        kind=Meeting.Kind.MULTILATERAL, organisations__in=event.organisation_ids
    ).distinct()
    when = event.date or published
    fitting = []
    for meeting in candidates:
        if when is not None and meeting.date is not None:
            end = meeting.end_date or meeting.date
            if not (meeting.date - EVENT_SLACK <= when <= end + EVENT_SLACK):
                continue
        elif meeting.title.split(",")[0] != f"{event.name} {event.kind_title}":
            continue
        if event.place_id and meeting.place_id and event.place_id != meeting.place_id:
            continue
        fitting.append(meeting)
    return fitting[0] if len(fitting) == 1 else None


def create_events(extraction, gazetteer, published, writes=None):
    """Create (or find) the larger events the article names new; swap their keys for ids in it.

    ``writes``: the import's ``DeferredWrites``, told of each event created (the run's report counts them
    among its new meetings).
    """
    ids = {}
    for event in extraction.new_events:
        meeting = find_existing_event(event, published)
        if meeting is None:
            meeting = mark(
                Meeting(
                    title=event.title(gazetteer)[:300],
                    kind=Meeting.Kind.MULTILATERAL,
                    status=event.status,
                    date=event.date,
                    place_id=event.place_id,
                    origin=Origin.IMPORT,
                    reviewed=False,
                )
            )
            meeting.save()
            meeting.organisations.set(event.organisation_ids)
            if writes is not None:
                writes.record(MEETING, meeting)
        elif owned_by_extraction(meeting):
            changed = [name for name, value in (("date", event.date), ("place_id", event.place_id)) if value and not getattr(meeting, name)]
            for name in changed:
                setattr(meeting, name, getattr(event, name))
            if changed:
                mark(meeting).save(update_fields=[*changed, "updated_at"])
        ids[event.key] = meeting.pk
        if meeting.date is not None:
            gazetteer.add_event(
                event_of(meeting.pk, meeting.title, set(event.organisation_ids), meeting.date, meeting.end_date, meeting.place_id)
            )
    extraction.events = {ids.get(key, key): evidence for key, evidence in extraction.events.items()}
    for meeting in extraction.meetings:
        if meeting.sidelines_of is not None and meeting.sidelines_of < 0:
            meeting.sidelines_of = ids.get(meeting.sidelines_of)
    return ids


# -- links ------------------------------------------------------------------------------


def _mention_rows(article):
    rows = []
    for kind, (model, field) in MENTION_MODELS.items():
        for pk, entity_id, surface, origin in model.objects.filter(article=article).values_list(
            "pk", field, "surface", "origin"
        ):
            rows.append((kind, pk, entity_id, surface, origin))
    return rows


def _merged_away(kind, surface):
    """Is ``surface`` now the name of some entity of ``kind`` (its record was merged into another)?"""
    if kind not in ALIAS_MODELS:
        return True
    model, _ = ALIAS_MODELS[kind]
    return model.objects.filter(normalized=normalize_name(surface)).exists()


def remember_removals(article):
    """Compare the article's links with its ledger: remember what editors removed, adopt what they changed.

    Runs before anything is created, so that a person or organisation an
    editor deleted is known to be rejected before extraction would make it again.
    """
    ledger = ExtractionLedger.objects.filter(article=article).first()
    if ledger is None:
        return
    rows = _mention_rows(article)
    present = {(kind, entity_id, surface) for kind, _, entity_id, surface, _ in rows}
    previous = {tuple(link) for link in ledger.mentions}
    for kind, entity_id, surface in previous - present:
        if ENTITY_MODELS[kind].objects.filter(pk=entity_id).exists():
            RemovedLink.objects.get_or_create(article=article, kind=kind, target_id=entity_id, defaults={"label": surface})
        elif kind in ALIAS_MODELS and not _merged_away(kind, surface):
            RejectedName.objects.get_or_create(kind=kind, normalized=normalize_name(surface), defaults={"name": surface})
    for kind, pk, entity_id, surface, origin in rows:
        if origin == LinkOrigin.EXTRACTED and (kind, entity_id, surface) not in previous:
            MENTION_MODELS[kind][0].objects.filter(pk=pk).update(origin=LinkOrigin.EDITOR)

    reported = set(MeetingReport.objects.filter(article=article).values_list("meeting_id", flat=True))
    signature_of = {meeting_id: signature for signature, meeting_id in ledger.meetings.items()}
    for meeting_id in set(ledger.reports) - reported:
        meeting = Meeting.objects.filter(pk=meeting_id).first()
        if meeting is not None:
            RemovedLink.objects.get_or_create(
                article=article, kind=RemovedLink.Kind.MEETING, target_id=meeting_id, defaults={"label": str(meeting)[:300]}
            )
        elif meeting_id in signature_of:
            RemovedLink.objects.get_or_create(
                article=article, kind=RemovedLink.Kind.MEETING, signature=signature_of[meeting_id][:300]
            )
    MeetingReport.objects.filter(article=article, origin=LinkOrigin.EXTRACTED).exclude(
        meeting_id__in=set(ledger.reports)
    ).update(origin=LinkOrigin.EDITOR)


def _rejected_surfaces(extraction):
    """{(kind, entity id, normalised name)} of the aliases editors rejected for the entities matched."""
    ids = defaultdict(set)
    for match in extraction.mentions:
        if match.entity_id is not None and match.kind in MENTION_MODELS:
            ids[match.kind].add(match.entity_id)
    if not ids:
        return set()
    rows = RejectedAlias.objects.filter(
        Q(person_id__in=ids[PERSON]) | Q(organisation_id__in=ids[ORGANISATION]) | Q(place_id__in=ids[PLACE])
    ).values_list("kind", "person_id", "organisation_id", "place_id", "normalized")
    return {(kind, person or organisation or place, normalized) for kind, person, organisation, place, normalized in rows}


def _save_mentions(article, extraction, removed, writes, created=False):
    grouped = defaultdict(lambda: {"count": 0, "first_offset": None})
    rejected = _rejected_surfaces(extraction)
    for match in extraction.mentions:
        if match.entity_id is None or match.kind not in MENTION_MODELS:
            continue
        if (match.kind, match.entity_id) in removed:
            continue
        if rejected and (match.kind, match.entity_id, normalize_name(match.surface)) in rejected:
            continue  # an editor said this name is not this entity
        entry = grouped[(match.kind, match.entity_id, match.surface[:200])]
        entry["count"] += 1
        if entry["first_offset"] is None:
            entry["first_offset"] = match.start
    for kind, (model, entity_field) in MENTION_MODELS.items():
        kept = set()
        if not created:  # a new article has no links yet
            model.objects.filter(article=article, origin=LinkOrigin.EXTRACTED).delete()
            kept = set(model.objects.filter(article=article).values_list(entity_field, "surface"))
        for (match_kind, entity_id, surface), entry in grouped.items():
            if match_kind == kind and (entity_id, surface) not in kept:
                writes.add_values(
                    model,
                    {
                        "article_id": article.pk,
                        "surface": surface,
                        "count": entry["count"],
                        "first_offset": entry["first_offset"],
                        "origin": LinkOrigin.EXTRACTED,
                        f"{entity_field}": entity_id,
                    },
                )
    return [[kind, entity_id, surface] for kind, entity_id, surface in grouped]


def _places(place_ids):
    return dict(Place.objects.filter(pk__in=[p for p in place_ids if p]).values_list("pk", "country_id"))


def _compatible_places(countries, first, second):
    if first is None or second is None or first == second:
        return True
    return countries.get(first) == second or countries.get(second) == first


# A report with no date in a dated article is of a meeting held in the days before publication:
# "Singh met Shoigu on the sidelines" in an article of April 2023 is not their meeting of 2020.
UNDATED_REPORT_WINDOW = datetime.timedelta(days=30)


def _report_window(extracted, published, around=None):
    """``(earliest, latest)`` the reported meeting can have happened on; None for no bound.

    ``around``: for an article without a date, the latest dated meeting it
    reports held: it was written then, so its undated reports are of that time.
    """
    if extracted.date is not None:
        return extracted.date, extracted.date
    told = dates.period_range(extracted.period, published)
    if told is not None:
        return told  # "last year in July": that month, not the days before the article
    if extracted.status == Meeting.Status.PLANNED and published is not None:
        return published, None  # what an article previews happens after it, never before
    if extracted.status != Meeting.Status.HELD:
        return None, None
    if published is not None:
        return published - UNDATED_REPORT_WINDOW, published
    if around is not None:
        return around - UNDATED_REPORT_WINDOW, around + UNDATED_REPORT_WINDOW
    return None, None


def _undated_windows(meetings, pending=()):
    """``{meeting id: (earliest, latest)}`` for undated meetings, from the dated articles that report them:
    held in the 30 days before a report of it held, on or after an article that previews it.

    ``pending``: ``(meeting id, says, published)`` of reports not written yet (the article being linked).
    """
    undated = [m.pk for m in meetings if m.date is None]
    if not undated:
        return {}
    windows = {}
    reports = list(
        MeetingReport.objects.filter(
            meeting_id__in=undated,
            says__in=[MeetingReport.Says.HELD, MeetingReport.Says.PLANNED],
            article__published__isnull=False,
        ).values_list("meeting_id", "says", "article__published")
    )
    reports += [
        (meeting_id, says, published)
        for meeting_id, says, published in pending
        if meeting_id in undated and published is not None and says in (MeetingReport.Says.HELD, MeetingReport.Says.PLANNED)
    ]
    for meeting_id, says, published in reports:
        earliest, latest = windows.get(meeting_id, (None, None))
        if says == MeetingReport.Says.HELD:
            low, high = published - UNDATED_REPORT_WINDOW, published
        else:
            low, high = published, None
        earliest = max(earliest, low) if earliest else low
        latest = min(latest, high) if latest and high else (latest or high)
        windows[meeting_id] = (earliest, latest)
    return windows


def _overlap(first, second):
    (a_start, a_end), (b_start, b_end) = first, second
    return (a_start is None or b_end is None or a_start <= b_end) and (b_start is None or a_end is None or b_start <= a_end)


def _compatible_dates(meeting, extracted, window, meeting_window):
    if meeting.date is not None and extracted.date is None and extracted.weekday is not None and meeting.end_date is None:
        if meeting.date.weekday() != extracted.weekday:
            return False  # "on Thursday" is not a Wednesday's meeting
    if meeting.date is not None:
        meeting_window = (meeting.date, meeting.end_date or meeting.date)
    return _overlap(window, meeting_window)


def find_existing_meeting(extracted, published=None, around=None, pending=()):
    """The one meeting in the archive this report is of (same people and kind, compatible details), or None.

    ``published`` is the reporting article's date: an undated report in a
    dated article is of a meeting of the ``UNDATED_REPORT_WINDOW`` before it;
    ``around`` stands in for it in an undated article (``_report_window``).
    ``pending``: reports of the article being linked, not written yet (``_undated_windows``).
    """
    participants = set(extracted.participants)
    if not participants:
        return None
    # A cancelled report is of a meeting that was planned (or already known cancelled), never of one held;
    # other reports are never of a cancelled meeting.
    unlike = (Meeting.Status.HELD,) if extracted.status == Meeting.Status.CANCELLED else (Meeting.Status.CANCELLED,)
    meetings = sql.meetings_of_exactly(Meeting, participants, extracted.kind, unlike)
    if not meetings:
        return None
    places = [m.place_id for m in meetings if m.place_id is not None and m.place_id != extracted.place_id]
    countries = _places([extracted.place_id] + places) if extracted.place_id and places else {}
    window = _report_window(extracted, published, around)
    windows = _undated_windows(meetings, pending)
    scored = []
    for meeting in meetings:
        if not _compatible_dates(meeting, extracted, window, windows.get(meeting.pk, (None, None))):
            continue
        if not _compatible_places(countries, meeting.place_id, extracted.place_id):
            continue
        if meeting.sidelines_of_id and extracted.sidelines_of and meeting.sidelines_of_id != extracted.sidelines_of:
            continue
        score = (
            2 * (meeting.date is not None and meeting.date == extracted.date)
            + (meeting.place_id is not None and meeting.place_id == extracted.place_id)
            + (meeting.sidelines_of_id is not None and meeting.sidelines_of_id == extracted.sidelines_of)
        )
        scored.append((score, meeting))
    if not scored:
        return None
    scored.sort(key=lambda item: -item[0])
    if len(scored) > 1 and scored[0][0] == scored[1][0]:
        return None  # two meetings fit equally well: do not guess which
    return scored[0][1]


def _through_rows(meeting):
    return {
        "participants": list(
            Meeting.participants.through.objects.filter(meeting=meeting).order_by("pk").values("id", "meeting_id", "person_id")
        ),
        "organisations": list(
            Meeting.organisations.through.objects.filter(meeting=meeting)
            .order_by("pk")
            .values("id", "meeting_id", "organisation_id")
        ),
    }


def _create_meeting(extracted, writes):
    meeting = Meeting(
        kind=extracted.kind,
        status=extracted.status,
        date=extracted.date,
        place_id=extracted.place_id,
        sidelines_of_id=extracted.sidelines_of,
        origin=Origin.IMPORT,
        reviewed=False,
    )
    _insert(meeting)
    participants = [{"meeting_id": meeting.pk, "person_id": p} for p in sorted(set(extracted.participants))]
    for row, pk in zip(participants, sql.insert_values(Meeting.participants.through, participants)):
        row["id"] = pk
    writes.history(meeting, EXTRACTION_REASON, m2m={"participants": participants})
    writes.record(MEETING, meeting)
    meeting.created_by_extraction = True  # it has no organisations: no larger event
    return meeting


def _update_meeting(meeting, extracted, writes):
    """Add what a new report tells about a meeting extraction alone has written."""
    if not owned_by_extraction(meeting):
        return
    changed = []
    if meeting.status == Meeting.Status.PLANNED and extracted.status in (Meeting.Status.HELD, Meeting.Status.CANCELLED):
        meeting.status = extracted.status  # it took place, or it was called off
        changed.append("status")
    if meeting.date is None and extracted.date is not None:
        meeting.date = extracted.date
        changed.append("date")
    if extracted.place_id and meeting.place_id != extracted.place_id:
        countries = _places([meeting.place_id, extracted.place_id])
        if meeting.place_id is None or countries.get(extracted.place_id) == meeting.place_id:
            meeting.place_id = extracted.place_id
            changed.append("place")
    if meeting.sidelines_of_id is None and extracted.sidelines_of:
        meeting.sidelines_of_id = extracted.sidelines_of
        changed.append("sidelines_of")
    if changed:
        save_without_history(meeting, update_fields=[*changed, "updated_at"])
        writes.history(meeting, EXTRACTION_REASON, "~", m2m=_through_rows(meeting))


def _report(article, meeting_id, evidence, says="", new_reports=None):
    """Link ``article`` to the meeting; ``new_reports``: where to collect the rows of a new article."""
    if new_reports is not None:
        new_reports.append(
            {"article_id": article.pk, "meeting_id": meeting_id, "evidence": evidence, "says": says,
             "origin": LinkOrigin.EXTRACTED}
        )
        return
    report = MeetingReport.objects.filter(article=article, meeting_id=meeting_id).first()
    if report is None:
        MeetingReport.objects.create(
            article=article, meeting_id=meeting_id, evidence=evidence, says=says, origin=LinkOrigin.EXTRACTED
        )
    elif report.origin == LinkOrigin.EXTRACTED and (report.evidence, report.says) != (evidence, says):
        report.evidence, report.says = evidence, says
        report.save(update_fields=["evidence", "says"])


def _save_meetings(article, extraction, ledger, removed_meetings, removed_signatures, writes, created=False):
    previous = dict(ledger.meetings) if ledger is not None else {}
    signatures, reported, saved = {}, set(), []
    new_reports = [] if created else None
    around = None  # an undated article's time: the latest dated meeting it reports held
    for extracted in sorted(extraction.meetings, key=lambda m: m.date is None):  # dated reports first
        signature = extracted.signature
        if signature in removed_signatures:
            continue
        meeting = None
        if signature in previous:
            meeting = Meeting.objects.filter(pk=previous[signature]).first()
        if meeting is None:
            pending = [(r["meeting_id"], r["says"], article.published) for r in new_reports or ()]
            meeting = find_existing_meeting(extracted, article.published, around, pending)
            if meeting is not None and meeting.pk not in removed_meetings:
                _update_meeting(meeting, extracted, writes)
        if meeting is not None and meeting.pk in removed_meetings:
            continue
        if meeting is None:
            meeting = _create_meeting(extracted, writes)
        if article.published is None and extracted.status == Meeting.Status.HELD and meeting.date is not None:
            around = max(around, meeting.date) if around else meeting.date
        signatures[signature] = meeting.pk
        if meeting.pk not in reported:
            _report(article, meeting.pk, "\n".join(extracted.evidence), extracted.status, new_reports)
            reported.add(meeting.pk)
            saved.append(meeting)
    events = [e for e in extraction.events if e not in removed_meetings and e not in reported]
    existing = sql.existing_ids(Meeting, events)
    for event_id, evidence in extraction.events.items():
        if event_id not in existing or event_id in reported:
            continue
        _report(article, event_id, "\n".join(evidence), "", new_reports)
        reported.add(event_id)
    if created:
        sql.insert_values(MeetingReport, new_reports)
        return signatures, sorted(reported), saved
    stale = MeetingReport.objects.filter(article=article, origin=LinkOrigin.EXTRACTED).exclude(meeting_id__in=reported)
    orphans = list(stale.values_list("meeting_id", flat=True))
    stale.delete()
    for meeting in Meeting.objects.filter(pk__in=orphans, origin=Origin.IMPORT, reviewed=False):
        if not meeting.reports.exists() and owned_by_extraction(meeting):
            meeting.delete()  # extraction made it, no article reports it any more
    return signatures, sorted(reported), saved


def save_links(article, extraction, writes=None, created=False):
    """Replace the article's extracted links (mentions, meetings reported) with those of ``extraction``.

    One mention row per entity and surface form, with how often and where
    first it occurs; one report per meeting. Links an editor made are kept as
    they are, and links an editor removed are not made again. Returns the
    meetings the article reports. ``created``: the article is new (it has no
    links, ledger or removed links to read). ``writes``: where mention rows,
    the ledger and historical records go (``DeferredWrites``); written at once when not given.
    """
    own = writes is None
    writes = DeferredWrites() if own else writes
    ledger, removed, removed_signatures = None, set(), set()
    if not created:
        ledger = ExtractionLedger.objects.filter(article=article).first()
        removed = set(
            RemovedLink.objects.filter(article=article).exclude(target_id=None).values_list("kind", "target_id")
        )
        removed_signatures = set(
            RemovedLink.objects.filter(article=article, kind=RemovedLink.Kind.MEETING)
            .exclude(signature="")
            .values_list("signature", flat=True)
        )
    removed_meetings = {target for kind, target in removed if kind == RemovedLink.Kind.MEETING}
    mentions = _save_mentions(article, extraction, removed, writes, created)
    signatures, reports, saved = _save_meetings(
        article, extraction, ledger, removed_meetings, removed_signatures, writes, created
    )
    if created:
        writes.add_values(
            ExtractionLedger, {"article_id": article.pk, "mentions": mentions, "meetings": signatures, "reports": reports}
        )
    else:
        ExtractionLedger.objects.update_or_create(
            article=article, defaults={"mentions": mentions, "meetings": signatures, "reports": reports}
        )
    if own:
        writes.flush()
    return saved


def link_article(article, gazetteer=None, *, extraction=None, writes=None, created=False, held=None):
    """Extract an article, create what it names new, and save its links; return the extraction.

    ``extraction``: the article's extraction when it was run already (by the
    importer, before its write transaction). ``created``: the article was
    just inserted (nothing to compare with). ``writes``: a ``DeferredWrites``
    the caller flushes; without one, everything is written before returning.
    ``held``: a list to collect new spellings of known entities in, instead
    of learning them as aliases (the desk's hand entry: an editor confirms them).
    """
    if gazetteer is None:
        gazetteer = gazetteer_from_database()
    if extraction is None:
        extraction = extract_article(article, gazetteer)
    own = writes is None
    writes = DeferredWrites() if own else writes
    if not created:
        remember_removals(article)
    create_entities(extraction, gazetteer, writes, held)
    create_events(extraction, gazetteer, article.published, writes)
    saved = save_links(article, extraction, writes, created)
    for meeting in saved or ():
        if meeting.kind == Meeting.Kind.MULTILATERAL and meeting.date is not None:
            if getattr(meeting, "created_by_extraction", False):
                continue  # extraction gives a meeting no organisations
            organisation_ids = set(meeting.organisations.values_list("pk", flat=True))
            if organisation_ids:
                gazetteer.add_event(
                    event_of(meeting.pk, meeting.title, organisation_ids, meeting.date, meeting.end_date, meeting.place_id)
                )
    if own:
        writes.flush()
    return extraction
