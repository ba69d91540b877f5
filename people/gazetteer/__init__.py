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
from types import SimpleNamespace

from django.utils.text import slugify

from people.names import normalize_name, script_of

STARTER_PATH = Path(__file__).with_name("starter.json")
COUNTRIES_PATH = Path(__file__).with_name("countries.json")
CITIES_PATH = Path(__file__).with_name("cities.json")
REGIONS_PATH = Path(__file__).with_name("regions.json")
ORGANISATIONS_PATH = Path(__file__).with_name("organisations.json")
PEOPLE_PATH = Path(__file__).with_name("people.json")


LOADED_MODELS = ["Place", "PlaceAlias", "Organisation", "OrganisationAlias", "Person", "PersonAlias", "Role", "Meeting"]


def historical_models(apps, extra=()):
    """The models ``load_gazetteer`` writes, as a data migration's ``apps`` has them (plus ``extra``)."""
    return SimpleNamespace(**{name: apps.get_model("people", name) for name in [*LOADED_MODELS, *extra]})


def read_starter():
    with STARTER_PATH.open(encoding="utf-8") as handle:
        return json.load(handle)


def read_countries():
    """Every sovereign country the starter file lacks (``countries.json``, written by ``make_countries.py``)."""
    with COUNTRIES_PATH.open(encoding="utf-8") as handle:
        return json.load(handle)


def read_cities():
    """Capitals and other cities of the archive's news (``cities.json``, written by hand)."""
    with CITIES_PATH.open(encoding="utf-8") as handle:
        return json.load(handle)


def read_regions():
    """India's states and union territories and a few regions of other countries (``regions.json``, by hand)."""
    with REGIONS_PATH.open(encoding="utf-8") as handle:
        return json.load(handle)


def read_organisations():
    """International bodies, agencies, parties, media and companies of the news (``organisations.json``, by hand)."""
    with ORGANISATIONS_PATH.open(encoding="utf-8") as handle:
        return json.load(handle)


def read_people():
    """Well-known people of the news, 2019–2025, with their offices (``people.json``, by hand).

    Its ``extend`` rows name people of the starter file and give them more names and roles;
    loading them as persons does that (records are matched by slug, only what is missing is added).
    """
    with PEOPLE_PATH.open(encoding="utf-8") as handle:
        data = json.load(handle)
    return {"persons": data["persons"] + data.get("extend", [])}


def missing_countries(data, models):
    """``data``'s countries whose ISO code no place of the archive has yet."""
    known = set(models.Place.objects.exclude(iso_code="").values_list("iso_code", flat=True))
    return {"places": [row for row in data["places"] if row.get("iso_code") not in known]}


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
                # A role is one term of an office: the same office held again later is another role.
                _, created = self.m.Role._default_manager.get_or_create(
                    person=person,
                    title=role["title"],
                    country=self._country(role.get("country")),
                    start=_date(role.get("start")),
                    defaults={
                        "organisation": self._named(self.organisations, self.m.Organisation, role.get("organisation")),
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


SECTIONS = ("places", "organisations", "persons", "meetings")


def _row_name(row):
    return row.get("name", row.get("title"))


def select(data, names):
    """The rows of ``data`` named in ``names`` (``{section: names}``): a part of a gazetteer file to load."""
    return {section: [row for row in data.get(section, []) if _row_name(row) in names.get(section, ())] for section in SECTIONS}


def existing(data, models):
    """The rows of ``data`` whose place, organisation or person the archive has (matched by slug, as loading does).

    For loading new names of records that were already there: a record an
    editor deleted is not brought back.
    """
    model_of = {"places": models.Place, "organisations": models.Organisation, "persons": models.Person}
    return {
        section: [
            row
            for row in data.get(section, [])
            if model_of[section]._default_manager.filter(slug=slugify(_row_name(row))).exists()
        ]
        for section in model_of
    }


def flag_shared_names(data, models):
    """Flag, for an editor, the records that share a name with a person or organisation of ``data``.

    An archive may already hold an imported record under one of the names a
    gazetteer file now gives a known person ("अजीत डोभाल" beside "Ajit
    Doval"). Loading never merges: the importer's record and the known one are
    flagged as a possible duplicate (``PersonDuplicateFlag``,
    ``OrganisationDuplicateFlag``), for an editor to merge. Returns how many flags were raised.
    """
    raised = 0
    sections = (
        ("persons", models.Person, models.PersonAlias, "person", models.PersonDuplicateFlag),
        ("organisations", models.Organisation, models.OrganisationAlias, "organisation", models.OrganisationDuplicateFlag),
    )
    for section, model, alias_model, field, flag_model in sections:
        for row in data.get(section, []):
            known = model._default_manager.filter(slug=slugify(_row_name(row))).first()
            if known is None:
                continue
            names = set(alias_model._default_manager.filter(**{field: known}).values_list("normalized", flat=True))
            others = (
                alias_model._default_manager.filter(normalized__in=names)
                .exclude(**{field: known})
                .values_list(f"{field}_id", "name")
            )
            for other_id, name in others:
                _, created = flag_model._default_manager.get_or_create(
                    **{f"{field}_id": other_id},
                    other=known,
                    defaults={"similarity": 100.0, "evidence": f"The gazetteer names {known.name} “{name}” too."},
                )
                raised += created
    return raised


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
