"""Who "he", "the Defence Minister", "रक्षा मंत्री" or "his Tajik counterpart" is.

The people of an article form a timeline of mentions. Each person carries
the offices (title concepts) and countries the archive records for them
(``Gazetteer.roles``) and those the article gives ("Defence Minister Rajnath
Singh", "Tajikistan's Minister of Defence … Mirzo"); a recorded role counts only if the article's date
may fall within it.

* A title with no name after it refers to the most recent person before it
  holding that office; when the title names no country ("the Defence
  Minister", a bare "रक्षा मंत्री"), a holder from the archive's home country
  is preferred, as a newspaper writes of its own country's minister.
* "counterpart" (with no name) refers to the most recent person holding the
  same office as the person whose counterpart they are, in the country the
  text gives.
* When no such person is named before the title, the archive may say who:
  the one person whose recorded role (with a start date) covers the article's
  date in that office and country (``People.holder``) — but only someone the
  article names somewhere ("the Army Chief met the Defence Minister" names
  nobody: a meeting of the office holders would be the archive's guess, not
  the story's, and the desk reads the meetings as reported).
* A subject pronoun ("he", "उन्होंने") refers to the most recent subject.
"""

import bisect
from dataclasses import dataclass, field

GENERIC_OFFICES = {"minister": "_minister"}


@dataclass
class PersonFacts:
    concepts: set = field(default_factory=set)
    countries: set = field(default_factory=set)


def _held_on(role, day):
    """Could ``role`` be held on ``day``? Yes unless the day is known and falls outside the role's known dates."""
    if day is None:
        return True
    return not ((role.end is not None and role.end < day) or (role.start is not None and day < role.start))


class People:
    """The people of one article, in text order, with what is known about them."""

    def __init__(self, gazetteer, mentions, titled, published=None):
        """``mentions``: person ``Match``es with resolved ids; ``titled``: ``(person_id, TitleChain)`` pairs."""
        self.gazetteer = gazetteer
        self.published = published
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self._starts = [m.start for m in self.mentions]
        self.facts = {}
        for match in self.mentions:
            facts = self.facts.setdefault(match.entity_id, PersonFacts())
            for role in gazetteer.roles.get(match.entity_id, ()):
                if not _held_on(role, published):
                    continue  # "The Chief Minister" of a 2025 story is not someone who was one until 2024
                facts.concepts.add(role.concept)
                if role.country_id is not None:
                    facts.countries.add(role.country_id)
        for person_id, chain in titled:
            facts = self.facts.setdefault(person_id, PersonFacts())
            if chain.office is not None:
                facts.concepts.add(chain.office.concept)
            if chain.country_id is not None:
                facts.countries.add(chain.country_id)

    def within(self, start, end):
        """Person mentions inside ``[start, end)``, in order."""
        index = bisect.bisect_left(self._starts, start)
        found = []
        while index < len(self.mentions) and self.mentions[index].start < end:
            if self.mentions[index].end <= end:
                found.append(self.mentions[index])
            index += 1
        return found

    def first_in(self, start, end):
        """The first person mention inside ``[start, end)``, or None."""
        index = bisect.bisect_left(self._starts, start)
        if index < len(self.mentions) and self.mentions[index].start < end:
            return self.mentions[index]
        return None

    def before(self, position):
        """Person mentions before ``position``, nearest first."""
        index = bisect.bisect_left(self._starts, position)
        return [m for m in reversed(self.mentions[:index]) if m.end <= position]

    def holds(self, person_id, concept):
        concepts = self.facts.get(person_id, PersonFacts()).concepts
        if concept is None:
            return True
        if concept in GENERIC_OFFICES:
            return any(c.endswith(GENERIC_OFFICES[concept]) or c == concept for c in concepts)
        return concept in concepts

    def office_of(self, person_id):
        """One office concept of a person (the most specific), or None."""
        concepts = sorted(self.facts.get(person_id, PersonFacts()).concepts - set(GENERIC_OFFICES))
        return concepts[0] if concepts else None

    def resolve_title(self, position, concept, country_id, exclude=()):
        """The person a nameless title at ``position`` refers to, or None."""
        candidates = [
            m.entity_id
            for m in self.before(position)
            if m.entity_id not in exclude and self.holds(m.entity_id, concept)
        ]
        if country_id is not None:
            candidates = [p for p in candidates if country_id in self.facts[p].countries]
        elif self.gazetteer.home_country_id is not None:
            home = [p for p in candidates if self.gazetteer.home_country_id in self.facts[p].countries]
            candidates = home or candidates
        if candidates:
            return candidates[0]
        return self.holder(concept, country_id or self.gazetteer.home_country_id, exclude)

    def resolve_counterpart(self, position, of_person, country_id):
        concept = self.office_of(of_person) if of_person is not None else None
        exclude = {of_person} if of_person is not None else set()
        candidates = [
            m.entity_id
            for m in self.before(position)
            if m.entity_id not in exclude and (concept is None or self.holds(m.entity_id, concept))
        ]
        if country_id is not None:
            candidates = [p for p in candidates if country_id in self.facts[p].countries]
        if candidates:
            return candidates[0]
        return self.holder(concept, country_id, exclude) if concept is not None else None

    def holder(self, concept, country_id, exclude=()):
        """The one person the archive records in this office and country on the article's date, if the article
        names them, or None.

        Only with an article date, a country, and roles whose start is known:
        "his Indian counterpart" in an article of 2021 is the Indian Defence
        Minister of 2021, when the archive knows exactly one.
        """
        on = self.published
        if on is None or country_id is None or concept is None or concept in GENERIC_OFFICES:
            return None
        found = {
            person_id
            for person_id, role in self.gazetteer.role_holders(concept, country_id)
            if role.start is not None and role.start <= on and (role.end is None or on <= role.end)
        } - set(exclude)
        if len(found) != 1:
            return None
        person_id = found.pop()
        return person_id if person_id in self.facts else None  # named in the article (``facts`` has each one)
