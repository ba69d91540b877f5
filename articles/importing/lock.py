"""Importers write one batch at a time, and learn what the others wrote.

Every batch of writes is one transaction that begins by updating the one
``ImportLock`` row: on PostgreSQL the row lock makes a second importer (on
this machine or another) wait until the first commits; on SQLite the update
takes the database's write lock (waiting up to the busy timeout). So two
importers never check "is there a person called …?" at the same time, and
neither creates what the other just did.

Each batch increments the row's ``generation``. An importer that finds it
changed since its own last batch asks the archive what the others added to
what extraction knows — aliases, roles, organisations, larger events, all
by id above what it had seen (``Watermarks``) — and adds it to its gazetteer,
where the changes are logged like its own (``TracingGazetteer.ops``): a file
extracted before it knew them is extracted again if they touch it.
"""

import os
import socket

from django.db import connections, router
from django.db.models import Max
from django.utils import timezone

from articles.extraction.gazetteer import ORGANISATION, PERSON, RoleFact
from articles.extraction.languages import concept_of_title
from articles.models import ImportLock
from people.models import Meeting, Organisation, OrganisationAlias, PersonAlias, Role

HOLDER = f"{socket.gethostname()}:{os.getpid()}"[:200]


class Watermarks:
    """The highest ids of the rows a gazetteer was built from, to read only newer ones later."""

    def __init__(self):
        self.person_alias = _max(PersonAlias.objects, "id")
        self.organisation_alias = _max(OrganisationAlias.objects, "id")
        self.role = _max(Role.objects, "id")
        self.organisation = _max(Organisation.history, "history_id")
        self.meeting = _max(Meeting.history, "history_id")


def _max(manager, field):
    return manager.aggregate(top=Max(field))["top"] or 0


class WriteLock:
    """Taken by every batch transaction of one import run (``take``); ``committed`` after each commit."""

    def __init__(self, gazetteer, watermarks):
        self.gazetteer = gazetteer
        self.watermarks = watermarks
        self.generation = None  # the row's generation after this run's last batch
        self._taken = None

    def take(self):
        """Inside the batch's transaction: wait for the lock, then learn what others wrote. Returns how many
        changes that added to the gazetteer."""
        taken = self._update()
        if taken is None:  # the row is made by a migration; an emptied table gets it back here
            ImportLock.objects.bulk_create([ImportLock(pk=1)], ignore_conflicts=True)
            taken = self._update()
        self._taken = taken
        if self.generation is not None and self._taken - 1 == self.generation:
            return 0  # nobody else wrote since this run's last batch
        return self.refresh()

    def committed(self):
        self.generation = self._taken

    @staticmethod
    def _update():
        """The one UPDATE that takes the lock (waiting for it); the generation it wrote, or None without the row."""
        connection = connections[router.db_for_write(ImportLock)]
        acquired = ImportLock._meta.get_field("acquired_at").get_db_prep_save(timezone.now(), connection)
        table = connection.ops.quote_name(ImportLock._meta.db_table)
        with connection.cursor() as cursor:
            cursor.execute(
                f"UPDATE {table} SET holder = %s, acquired_at = %s, generation = generation + 1 WHERE id = 1 "
                "RETURNING generation",
                [HOLDER, acquired],
            )
            row = cursor.fetchone()
        return row[0] if row else None

    def refresh(self):
        """Add to the gazetteer what the archive gained since the watermarks; return how many changes that made."""
        gazetteer, marks = self.gazetteer, self.watermarks
        before = gazetteer.position
        for model, kind, field, mark in (
            (PersonAlias, PERSON, "person_id", "person_alias"),
            (OrganisationAlias, ORGANISATION, "organisation_id", "organisation_alias"),
        ):
            rows = list(model.objects.filter(id__gt=getattr(marks, mark)).order_by("id").values_list("id", field, "name"))
            for row_id, entity_id, name in rows:
                gazetteer.add(kind, entity_id, name)
            if rows:
                setattr(marks, mark, rows[-1][0])
        roles = list(
            Role.objects.filter(id__gt=marks.role).order_by("id").values_list("id", "person_id", "title", "country_id", "start", "end")
        )
        for _, person_id, title, country_id, start, end in roles:
            fact = RoleFact(concept_of_title(title), title, country_id, start, end)
            if fact not in gazetteer.roles.get(person_id, ()):
                gazetteer.add_role(person_id, fact)
        if roles:
            marks.role = roles[-1][0]
        changed = list(
            Organisation.history.filter(history_id__gt=marks.organisation).order_by("history_id").values_list("history_id", "id")
        )
        if changed:
            from articles.linking import _organisation_fact

            for organisation in Organisation.objects.filter(pk__in={pk for _, pk in changed}).order_by("pk"):
                gazetteer.set_organisation(organisation.pk, _organisation_fact(organisation))
            marks.organisation = changed[-1][0]
        changed = list(Meeting.history.filter(history_id__gt=marks.meeting).order_by("history_id").values_list("history_id", "id"))
        if changed:
            from articles.linking import _events

            meetings = Meeting.objects.filter(
                pk__in={pk for _, pk in changed}, kind=Meeting.Kind.MULTILATERAL
            ).exclude(status=Meeting.Status.CANCELLED)
            for event in _events(meetings):
                gazetteer.add_event(event)
            marks.meeting = changed[-1][0]
        return gazetteer.position - before
