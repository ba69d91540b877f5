"""The starter gazetteer: known people, organisations, places and events as data.

``load_gazetteer`` is shared by the data migration (with historical models,
which have none of the models' own ``save`` logic, so every derived field is
set here explicitly) and by ``manage.py load_gazetteer``. Loading is
idempotent and never overwrites what an editor changed: records are matched
by slug, and only missing records, aliases and roles are added.
"""

import datetime
import json
from pathlib import Path

from django.utils.text import slugify

from people.names import normalize_name, script_of

STARTER_PATH = Path(__file__).with_name("starter.json")


def read_starter():
    with STARTER_PATH.open(encoding="utf-8") as handle:
        return json.load(handle)


def _date(value):
    return datetime.date.fromisoformat(value) if value else None


class _Loader:
    def __init__(self, models):
        self.m = models
        self.created = {"places": 0, "organisations": 0, "persons": 0, "aliases": 0, "roles": 0, "meetings": 0}
        self.countries = {}
        self.places = {}
        self.organisations = {}

    def _country(self, code):
        """A country of this file, else one the archive already has."""
        if not code:
            return None
        if code not in self.countries:
            self.countries[code] = self.m.Place._default_manager.filter(iso_code=code).first()
        return self.countries[code]

    def _named(self, cache, model, name):
        """A place or organisation of this file by name, else the archive's by slug."""
        if not name:
            return None
        if name not in cache:
            cache[name] = model._default_manager.filter(slug=slugify(name)).first()
        return cache[name]

    def _entity(self, model, name, defaults):
        obj, created = model._default_manager.get_or_create(slug=slugify(name), defaults={"name": name, **defaults})
        return obj, created

    def _alias(self, model, owner_field, owner, name, **extra):
        normalized = normalize_name(name)
        if not normalized:
            return
        _, created = model._default_manager.get_or_create(
            **{owner_field: owner},
            normalized=normalized,
            defaults={"name": name, "script": script_of(name), **extra},
        )
        self.created["aliases"] += created

    def places_(self, rows):
        countries_first = sorted(rows, key=lambda row: row.get("kind") != "country")
        for row in countries_first:
            country = self._country(row.get("country"))
            place, created = self._entity(
                self.m.Place,
                row["name"],
                {"kind": row.get("kind", "city"), "iso_code": row.get("iso_code", ""), "country": country},
            )
            self.created["places"] += created
            if place.iso_code:
                self.countries[place.iso_code] = place
            self.places[row["name"]] = place
            for alias in [row["name"], *row.get("aliases", [])]:
                self._alias(self.m.PlaceAlias, "place", place, alias, kind="name")
            for demonym in row.get("demonyms", []):
                self._alias(self.m.PlaceAlias, "place", place, demonym, kind="demonym")

    def organisations_(self, rows):
        for row in rows:
            organisation, created = self._entity(
                self.m.Organisation,
                row["name"],
                {
                    "acronym": row.get("acronym", ""),
                    "kind": row.get("kind", "other"),
                    "country": self._country(row.get("country")),
                    "origin": "gazetteer",
                    "reviewed": True,
                },
            )
            self.created["organisations"] += created
            self.organisations[row["name"]] = organisation
            names = [row["name"], *([row["acronym"]] if row.get("acronym") else []), *row.get("aliases", [])]
            for alias in names:
                self._alias(self.m.OrganisationAlias, "organisation", organisation, alias)
        for row in rows:
            parent = self._named(self.organisations, self.m.Organisation, row.get("parent"))
            organisation = self.organisations[row["name"]]
            if parent and organisation.parent_id is None:
                organisation.parent = parent
                organisation.save(update_fields=["parent"])

    def persons_(self, rows):
        for row in rows:
            person, created = self._entity(
                self.m.Person, row["name"], {"origin": "gazetteer", "reviewed": True}
            )
            self.created["persons"] += created
            for alias in [row["name"], *row.get("aliases", [])]:
                self._alias(self.m.PersonAlias, "person", person, alias)
            for role in row.get("roles", []):
                _, created = self.m.Role._default_manager.get_or_create(
                    person=person,
                    title=role["title"],
                    country=self._country(role.get("country")),
                    defaults={
                        "organisation": self._named(self.organisations, self.m.Organisation, role.get("organisation")),
                        "start": _date(role.get("start")),
                        "end": _date(role.get("end")),
                        "origin": "gazetteer",
                    },
                )
                self.created["roles"] += created

    def meetings_(self, rows):
        for row in rows:
            meeting, created = self.m.Meeting._default_manager.get_or_create(
                title=row["title"],
                defaults={
                    "kind": row.get("kind", "multilateral"),
                    "status": row.get("status", "held"),
                    "date": _date(row.get("date")),
                    "end_date": _date(row.get("end_date")),
                    "place": self._named(self.places, self.m.Place, row.get("place")),
                    "origin": "gazetteer",
                    "reviewed": True,
                },
            )
            self.created["meetings"] += created
            if created:
                organisations = [self._named(self.organisations, self.m.Organisation, n) for n in row.get("organisations", [])]
                meeting.organisations.set([org for org in organisations if org is not None])


def load_gazetteer(data, models):
    """Add the records of ``data`` that the archive lacks; return counts of what was created.

    ``models`` is any object with the attributes ``Place``, ``PlaceAlias``,
    ``Organisation``, ``OrganisationAlias``, ``Person``, ``PersonAlias``,
    ``Role`` and ``Meeting`` (the real models or a migration's historical ones).
    """
    loader = _Loader(models)
    loader.places_(data.get("places", []))
    loader.organisations_(data.get("organisations", []))
    loader.persons_(data.get("persons", []))
    loader.meetings_(data.get("meetings", []))
    return loader.created
