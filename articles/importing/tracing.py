"""What one article's extraction read from the gazetteer, and what a run has changed in it since.

Parallel imports extract files in worker processes, each with its own copy
of the gazetteer, ahead of the parent that links them one by one in file
order. A file's extraction is the one a serial run would have made if
nothing its extraction read has changed between the gazetteer it saw and the
gazetteer the parent has when the file's turn comes (the people and
organisations the files before it created). ``TracingGazetteer`` records
both sides, as plain keys:

* while ``recording(reads)`` is on, every question extraction asks —
  the names in a text (``find``), the names and roles of an entity, the
  holders of an office, the candidates of a fuzzy name look-up (by blocking
  key), a place, an organisation, the events of an organisation — adds a key
  to ``reads`` (a ``Reads``); a question this module does not know marks the
  extraction as having read everything;
* every change that actually changes something (``add``, ``add_role``,
  ``set_place``, ``set_organisation``, ``add_event``) is appended to ``ops``
  as an ``Op`` with the keys of the questions whose answers it may change,
  and the normalised name it adds (which ``find`` sees in a text containing it).

``Reads.affected_by(ops)`` is then exact in one direction: if it says no,
the extraction would come out the same with the newer gazetteer; if it says
yes, the importer runs the extraction again. Ops are also what keeps the
workers' copies up to date (``apply``).

Besides the gazetteer's own questions, one extraction stage keeps a table of
the known organisations (acronyms, ministries and forces) keyed by
``Gazetteer.version`` (``extraction.organisations._KnownBodies``): reading
``version`` counts as reading every organisation. ``tests/test_import_parallel.py``
checks that no other stage reads ``version``.
"""

from contextlib import contextmanager
from dataclasses import dataclass, field

from people.names import normalize_name

from ..extraction.gazetteer import ORGANISATION, PERSON, Gazetteer
from ..extraction.matching import NameIndex

EVERYTHING = ("everything",)
# Names added since the automaton was built that ``find`` tolerates before it rebuilds it anyway.
REBUILD_AFTER = 200
ALL_ORGANISATIONS = ("organisations",)
ALL_ROLES = ("roles",)
ALL_PLACES = ("places",)
ALL_EVENTS = ("events",)


@dataclass
class Reads:
    """The keys of what one extraction asked the gazetteer; ``texts``: the folded texts it searched;
    ``queries``: the fuzzy name look-ups it made, ``{(kind, name): blocking keys}``."""

    keys: set = field(default_factory=set)
    texts: list = field(default_factory=list)
    queries: dict = field(default_factory=dict)

    def affected_by(self, ops):
        """Could any of ``ops`` change the answer to a question recorded here?"""
        if not ops:
            return False
        if EVERYTHING in self.keys:
            return True
        for op in ops:
            common = self.keys & op.keys
            if common:
                if any(key[0] != "block" for key in common):
                    return True
                if self._found_by_lookup(op, common):
                    return True
            if op.name and any(op.name in text for text in self.texts):
                return True
        return False

    def _found_by_lookup(self, op, blocks):
        """Would a fuzzy look-up made here find the name ``op`` adds? (Sharing a blocking key is not enough.)"""
        kind = op.args[0]
        for (query_kind, query), query_blocks in self.queries.items():
            if query_kind == kind and any(("block", kind, b) in blocks for b in query_blocks):
                if NameIndex(_OneName(op.name), kind).compare(query):
                    return True
        return False


class _OneName:
    """A gazetteer of one name, for asking ``NameIndex`` whether a look-up would find it."""

    def __init__(self, normalized):
        self._normalized = normalized

    def subscribe(self, listener):
        pass

    def entities(self, kind):
        return {0}

    def names_of(self, kind, entity_id):
        return {self._normalized}

    def written_names_of(self, kind, entity_id):
        return frozenset()  # as written it is not known: never only an acronym


@dataclass(frozen=True)
class Op:
    """One change of the gazetteer, to replay elsewhere (``method(*args)``), and what it may change."""

    method: str
    args: tuple
    keys: frozenset
    name: str = ""  # the normalised name added: a text that contains it may find it


def apply(gazetteer, ops):
    """Make the same changes to another copy of the gazetteer."""
    for op in ops:
        getattr(gazetteer, op.method)(*op.args)


class _TracedDict(dict):
    """A dict of the gazetteer (roles, places, organisations, events) that records the keys read."""

    __slots__ = ("_gazetteer", "_kind", "_all")

    def _note(self, key):
        reads = self._gazetteer._reads
        if reads is not None:
            reads.keys.add((self._kind, key))

    def _note_all(self):
        reads = self._gazetteer._reads
        if reads is not None:
            reads.keys.add(self._all)

    def get(self, key, default=None):
        self._note(key)
        return super().get(key, default)

    def __getitem__(self, key):
        self._note(key)
        return super().__getitem__(key)

    def __contains__(self, key):
        self._note(key)
        return super().__contains__(key)

    def items(self):
        self._note_all()
        return super().items()

    def values(self):
        self._note_all()
        return super().values()

    def keys(self):
        self._note_all()
        return super().keys()

    def __iter__(self):
        self._note_all()
        return super().__iter__()

    def __len__(self):
        self._note_all()
        return super().__len__()


def _traced(gazetteer, kind, every, mapping):
    traced = _TracedDict(mapping)
    traced._gazetteer, traced._kind, traced._all = gazetteer, kind, every
    return traced


class _TracedIndex:
    """A ``NameIndex`` whose look-ups record the blocking keys they read."""

    def __init__(self, gazetteer, index):
        self._gazetteer = gazetteer
        self._index = index

    def compare(self, name):
        reads = self._gazetteer._reads
        if reads is not None:
            kind = self._index.kind
            blocks = NameIndex.blocking_keys_of(name)
            reads.keys.update(("block", kind, key) for key in blocks)
            reads.queries[(kind, name)] = frozenset(blocks)
        with self._gazetteer._paused():
            return self._index.compare(name)

    def __getattr__(self, attribute):
        reads = self._gazetteer._reads
        if reads is not None:
            reads.keys.add(EVERYTHING)
        return getattr(self._index, attribute)


# The public questions of ``Gazetteer`` this module records precisely; any other public
# attribute read while recording (a method added later) counts as reading everything.
_QUESTIONS = {
    "find", "folded", "names_of", "written_names_of", "entities_named", "entities", "people_with_name_word",
    "role_holders", "events_of_organisations", "country_of_place", "name_index", "person_index",
    "organisation_index", "roles", "places", "organisations", "events", "home_country_id", "version",
    "checkpoint", "rollback", "forget_history", "subscribe", "add", "add_role", "set_place",
    "set_organisation", "add_event",
}


class TracingGazetteer(Gazetteer):
    """A ``Gazetteer`` that records what extraction reads (``recording``) and logs its changes (``ops``)."""

    def __init__(self, rows=()):
        self._reads = None
        self._logging = True
        self.ops = []  # Op, oldest first; ``ops_base`` of them were dropped from the front
        self.ops_base = 0
        super().__init__(rows)
        self.roles = _traced(self, "role", ALL_ROLES, self.roles)
        self.places = _traced(self, "place", ALL_PLACES, self.places)
        self.organisations = _traced(self, "organisation", ALL_ORGANISATIONS, self.organisations)
        self.events = _traced(self, "event", ALL_EVENTS, self.events)
        self._traced_indexes = {}

    # -- recording reads ---------------------------------------------------------------

    @contextmanager
    def recording(self, reads):
        """Record into ``reads`` every question asked until the block ends."""
        previous, self._reads = self._reads, reads
        try:
            yield reads
        finally:
            self._reads = previous

    @contextmanager
    def _paused(self):
        previous, self._reads = self._reads, None
        try:
            yield
        finally:
            self._reads = previous

    def _note(self, *keys):
        if self._reads is not None:
            self._reads.keys.update(keys)

    def __len__(self):
        self._note(EVERYTHING)
        return super().__len__()

    def find(self, text):
        if self._reads is not None:
            folded, _ = self.folded(text)
            if not any(folded is t for t in self._reads.texts):
                self._reads.texts.append(folded)
        dirty = self._dirty
        if self._automaton is not None and dirty and len(dirty) <= REBUILD_AFTER:
            # The automaton finds the names that occur in the text: one built before names were added
            # finds the same in a text that contains none of them. Rebuilding it (all names) is then
            # skipped, until the text names one or enough have gathered.
            folded, _ = self.folded(text)
            if not any(name in folded for name in dirty):
                self._dirty = set()
                try:
                    with self._paused():
                        return super().find(text)
                finally:
                    self._dirty = dirty
        with self._paused():
            return super().find(text)

    def names_of(self, kind, entity_id):
        self._note(("names", kind, entity_id))
        return super().names_of(kind, entity_id)

    def written_names_of(self, kind, entity_id):
        self._note(("names", kind, entity_id))
        return super().written_names_of(kind, entity_id)

    def entities_named(self, name):
        self._note(("named", normalize_name(name)))
        return super().entities_named(name)

    def entities(self, kind):
        self._note(("entities", kind))
        return super().entities(kind)

    def people_with_name_word(self, word):
        self._note(("word", word))
        with self._paused():
            return super().people_with_name_word(word)

    def role_holders(self, concept, country_id):
        self._note(("holders", concept, country_id))
        with self._paused():
            return super().role_holders(concept, country_id)

    def events_of_organisations(self, organisation_ids):
        organisation_ids = list(organisation_ids)
        self._note(*(("events of", organisation_id) for organisation_id in organisation_ids))
        with self._paused():
            return super().events_of_organisations(organisation_ids)

    def country_of_place(self, place_id):
        self._note(("place", place_id))
        with self._paused():
            return super().country_of_place(place_id)

    def name_index(self, kind):
        if kind not in self._traced_indexes:
            with self._paused():
                self._traced_indexes[kind] = _TracedIndex(self, super().name_index(kind))
        return self._traced_indexes[kind]

    @property
    def person_index(self):
        return self.name_index(PERSON)

    @property
    def organisation_index(self):
        return self.name_index(ORGANISATION)

    @property
    def version(self):
        if not KNOWN_BODIES_TRACED:
            self._note(ALL_ORGANISATIONS)  # extraction's table of known bodies is rebuilt from it
        return self.__dict__["version"]

    @version.setter
    def version(self, value):
        self.__dict__["version"] = value

    # -- logging changes ---------------------------------------------------------------------

    def checkpoint(self):
        return super().checkpoint(), self.ops_base + len(self.ops)

    def rollback(self, checkpoint):
        journal, position = checkpoint
        super().rollback(journal)
        del self.ops[position - self.ops_base :]

    def forget_history(self):
        """Make everything so far permanent (nothing to undo past a commit)."""
        super().forget_history()

    def forget_ops(self, position=None):
        """Drop the logged changes before ``position`` (all of them when None): no one needs them any more."""
        position = self.ops_base + len(self.ops) if position is None else position
        self._check_kept(position)
        del self.ops[: position - self.ops_base]
        self.ops_base = position

    @property
    def position(self):
        """How many changes have been logged since the gazetteer was loaded."""
        return self.ops_base + len(self.ops)

    def ops_since(self, position):
        self._check_kept(position)
        return self.ops[position - self.ops_base :]

    def _check_kept(self, position):
        # Below ``ops_base`` a slice of ``ops`` would silently be the wrong changes (a negative index).
        if position < self.ops_base:
            raise ValueError(f"the changes before position {self.ops_base} were dropped; asked from {position}")

    def _log(self, method, args, keys, name=""):
        if self._logging:
            self.ops.append(Op(method, args, frozenset(keys), name))

    def add(self, kind, entity_id, name):
        if not self._logging:
            return super().add(kind, entity_id, name)
        before = self.__dict__["version"]
        new_entity = not self._entity_names.get((kind, entity_id))
        super().add(kind, entity_id, name)
        if self.__dict__["version"] == before:
            return  # nothing new
        normalized = normalize_name(name)
        keys = {("names", kind, entity_id), ("named", normalized)}
        keys.update(("block", kind, key) for key in NameIndex.blocking_keys_of(normalized))
        if new_entity:
            keys.add(("entities", kind))
        words = normalized.split()
        if kind == PERSON and len(words) >= 2:
            keys.update({("word", words[0]), ("word", words[-1])})
        if kind == ORGANISATION:
            keys.add(ALL_ORGANISATIONS)
            keys |= _known_bodies_keys(dict.get(self.organisations, entity_id), None)
        self._log("add", (kind, entity_id, name), keys, normalized)

    def add_role(self, person_id, role):
        super().add_role(person_id, role)
        if self._logging:
            self._log("add_role", (person_id, role), {("role", person_id), ("holders", role.concept, role.country_id), ALL_ROLES})

    def set_place(self, place_id, fact):
        changed = dict.get(self.places, place_id) != fact or not dict.__contains__(self.places, place_id)
        if not changed:
            return
        super().set_place(place_id, fact)
        if changed:
            self._log("set_place", (place_id, fact), {("place", place_id), ALL_PLACES})

    def set_organisation(self, organisation_id, fact):
        old = dict.get(self.organisations, organisation_id)
        if old == fact and dict.__contains__(self.organisations, organisation_id):
            return  # the same again: nothing changes, so no new version (caches stay valid)
        super().set_organisation(organisation_id, fact)
        if old != fact:
            keys = {("organisation", organisation_id), ALL_ORGANISATIONS, *_known_bodies_keys(old, fact)}
            self._log("set_organisation", (organisation_id, fact), keys)

    def add_event(self, event):
        changed = dict.get(self.events, event.id) != event
        if not changed:
            return
        super().add_event(event)
        if changed:
            keys = {("event", event.id), ALL_EVENTS, *(("events of", o) for o in event.organisation_ids)}
            self._log("add_event", (event,), keys)


def _reads_everything(name, member):
    """A method or property of ``Gazetteer`` this module does not know: reading it reads everything."""
    if isinstance(member, property):

        def getter(self):
            self._note(EVERYTHING)
            return member.fget(self)

        return property(getter, member.fset)

    def method(self, *args, **kwargs):
        self._note(EVERYTHING)
        with self._paused():
            return member(self, *args, **kwargs)

    method.__name__ = name
    return method


for _name, _member in vars(Gazetteer).items():
    if not _name.startswith("_") and _name not in _QUESTIONS and (callable(_member) or isinstance(_member, property)):
        setattr(TracingGazetteer, _name, _reads_everything(_name, _member))

# -- the table of known bodies of ``extraction.organisations`` ------------------------------------------
#
# ``find_organisations`` looks organisations up by acronym and by (kind, country, domain) in a table
# it rebuilds whenever ``Gazetteer.version`` changes (``_KnownBodies``). Its look-ups are recorded
# here as ("acronym", ACRONYM) and ("facet", kind, country); the changes that may alter them carry
# the same keys. Should that table change shape, reading ``version`` counts as reading every
# organisation again (``KNOWN_BODIES_TRACED`` is false).

_FACET_KINDS = {"ministry", "armed_force"}


def _known_bodies_keys(old, new):
    """The table keys an organisation's facts ``old`` → ``new`` (either None) may change."""
    keys = set()
    for fact in (old, new):
        if fact is None:
            continue
        if fact.acronym:
            keys.add(("acronym", fact.acronym.upper()))
        if fact.kind in _FACET_KINDS and fact.country_id is not None:
            keys.add(("facet", fact.kind, fact.country_id))
    return keys


class _TableReads(dict):
    """One of the table's dicts, recording each look-up into the gazetteer's current reads."""

    __slots__ = ("_gazetteer", "_key")

    def get(self, key, default=None):
        reads = self._gazetteer._reads
        if reads is not None:
            reads.keys.add(self._key(key))
        return super().get(key, default)

    def __getitem__(self, key):
        reads = self._gazetteer._reads
        if reads is not None:
            reads.keys.add(self._key(key))
        return super().__getitem__(key)

    def __contains__(self, key):
        reads = self._gazetteer._reads
        if reads is not None:
            reads.keys.add(self._key(key))
        return super().__contains__(key)

    def __iter__(self):
        reads = self._gazetteer._reads
        if reads is not None:
            reads.keys.add(ALL_ORGANISATIONS)
        return super().__iter__()


def _table(gazetteer, mapping, key):
    table = _TableReads(mapping)
    table._gazetteer, table._key = gazetteer, key
    return table


def _trace_known_bodies():
    try:
        from ..extraction import organisations

        table_class = type(organisations._KNOWN)
        original = table_class.refresh
        if not (organisations.MINISTRY in _FACET_KINDS and organisations.ARMED_FORCE in _FACET_KINDS):
            return False
    except AttributeError:
        return False

    def refresh(self, gazetteer, all_rules):
        if not isinstance(gazetteer, TracingGazetteer):
            return original(self, gazetteer, all_rules)
        with gazetteer._paused():
            original(self, gazetteer, all_rules)
        if not isinstance(self.by_acronym, _TableReads):
            self.by_acronym = _table(gazetteer, self.by_acronym, lambda key: ("acronym", key))
        if not isinstance(self.by_facet, _TableReads):
            self.by_facet = _table(gazetteer, self.by_facet, lambda key: ("facet", key[0], key[1]))

    table_class.refresh = refresh
    return True


KNOWN_BODIES_TRACED = _trace_known_bodies()

# The data attributes of a ``Gazetteer`` this module knows (a test compares them with a new gazetteer's).
KNOWN_ATTRIBUTES = {"roles", "places", "organisations", "events", "home_country_id", "version"}
