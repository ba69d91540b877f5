"""A small archive whose facet counts can be worked out by hand (used by the search tests).

Six articles, written for these tests, linked to the starter gazetteer's
people, organisations, places and its one meeting by explicit mention rows
(not by the extractor, which other tests cover):

    a1  en 2021-07-29  Rajnath Singh, Sherali Mirzo   SCO    Dushanbe            meeting   defence
    a2  en 2021-06-15  Rajnath Singh, Emomali Rahmon  -      India, Tajikistan   -         trade, economy
    a3  hi undated     Rajnath Singh, Sherali Mirzo   -      Dushanbe            meeting   defence
    a4  hi 2020-03-10  Wei Fenghe                     -      India, China        -         trade
    a5  en 2020-03-02  Wei Fenghe, Emomali Rahmon     NATO   -                   -         security
    a6  und 2019-12-31 Emomali Rahmon                 -      -                   -         -

Everyone but Emomali Rahmon (a President) holds a minister's role.
"""

import datetime
from types import SimpleNamespace

from articles.models import (
    Article,
    LinkOrigin,
    MeetingReport,
    OrganisationMention,
    PersonMention,
    PlaceMention,
)
from people.models import Meeting, Organisation, Person, Place

ARTICLES = {
    "a1": dict(
        title="Defence talks in Dushanbe",
        body=(
            "Defence Minister Rajnath Singh held talks with Sherali Mirzo in Dushanbe "
            "on defence cooperation.\n\n"
            "The ministers discussed terrorism and the region."
        ),
        language="en",
        published=datetime.date(2021, 7, 29),
    ),
    "a2": dict(
        title="Trade agreement signed",
        body=(
            "India and Tajikistan signed a trade agreement. Officials talked about energy and water. "
            "Cooperation on defence was not on the agenda, President Emomali Rahmon said."
        ),
        language="en",
        published=datetime.date(2021, 6, 15),
    ),
    "a3": dict(
        title="रक्षा बैठक",
        body=(
            "रक्षा मंत्री राजनाथ सिंह ने दुशान्बे में ताजिकिस्तान के अपने समकक्ष शेर अली मिर्ज़ा से मुलाकात की. "
            "दोनों ने आतंकवाद पर चर्चा की और सहयोग को ज़रूरी बताया।"
        ),
        language="hi",
        published=None,
    ),
    "a4": dict(
        title="व्यापार समझौता",
        body="भारत और चीन के बीच व्यापार वार्ता हुई. मंत्रियों ने कहा कि समझौता जल्द होगा. वेई फेंगहे भी मौजूद थे.",
        language="hi",
        published=datetime.date(2020, 3, 10),
    ),
    "a5": dict(
        title="NATO summit",
        body=(
            "The NATO summit discussed cyber security. Wei Fenghe did not attend the talks, "
            "and Emomali Rahmon sent a message from a café."
        ),
        language="en",
        published=datetime.date(2020, 3, 2),
    ),
    "a6": dict(
        title="Untitled note",
        body="Notes about talks, kept as written. Emomali Rahmon",
        language="und",
        published=datetime.date(2019, 12, 31),
    ),
}

PEOPLE = {
    "a1": [("rajnath-singh", "Rajnath Singh"), ("sherali-mirzo", "Sherali Mirzo")],
    "a2": [("rajnath-singh", "Rajnath Singh"), ("emomali-rahmon", "Emomali Rahmon")],
    "a3": [("rajnath-singh", "राजनाथ सिंह"), ("sherali-mirzo", "शेर अली मिर्ज़ा")],
    "a4": [("wei-fenghe", "वेई फेंगहे")],
    "a5": [("wei-fenghe", "Wei Fenghe"), ("emomali-rahmon", "Emomali Rahmon")],
    "a6": [("emomali-rahmon", "Emomali Rahmon")],
}
ORGANISATIONS = {
    "a1": [("shanghai-cooperation-organisation", "SCO")],
    "a5": [("north-atlantic-treaty-organization", "NATO")],
}
PLACES = {
    "a1": [("dushanbe", "Dushanbe")],
    "a2": [("india", "India"), ("tajikistan", "Tajikistan")],
    "a3": [("dushanbe", "दुशान्बे")],
    "a4": [("india", "भारत"), ("china", "चीन")],
}
MEETINGS = {"a1", "a3"}
TAGS = {
    "a1": ["defence"],
    "a2": ["trade", "economy"],
    "a3": ["defence"],
    "a4": ["trade"],
    "a5": ["security"],
}


def build_small_archive():
    """Create the six articles and their links; return them and the entities by short name."""
    people = {person.slug: person for person in Person.objects.all()}
    organisations = {organisation.slug: organisation for organisation in Organisation.objects.all()}
    places = {place.slug: place for place in Place.objects.all()}
    meeting = Meeting.objects.get(title__startswith="SCO Defence Ministers")
    articles = {}
    for key, fields in ARTICLES.items():
        article = Article.objects.create(origin=Article.Origin.EDITOR, **fields)
        articles[key] = article
        for slug, surface in PEOPLE.get(key, []):
            PersonMention.objects.create(
                article=article, person=people[slug], surface=surface, origin=LinkOrigin.EDITOR
            )
        for slug, surface in ORGANISATIONS.get(key, []):
            OrganisationMention.objects.create(
                article=article, organisation=organisations[slug], surface=surface, origin=LinkOrigin.EDITOR
            )
        for slug, surface in PLACES.get(key, []):
            PlaceMention.objects.create(
                article=article, place=places[slug], surface=surface, origin=LinkOrigin.EDITOR
            )
        if key in MEETINGS:
            MeetingReport.objects.create(
                article=article, meeting=meeting, evidence=fields["body"][:80], origin=LinkOrigin.EDITOR
            )
        article.tags.add(*TAGS.get(key, []))
    # A second surface for the same person in the same article: counts must stay per article.
    PersonMention.objects.create(
        article=articles["a1"], person=people["rajnath-singh"], surface="Singh", origin=LinkOrigin.EDITOR
    )
    return SimpleNamespace(
        articles=articles,
        rajnath=people["rajnath-singh"],
        mirzo=people["sherali-mirzo"],
        wei=people["wei-fenghe"],
        rahmon=people["emomali-rahmon"],
        sco=organisations["shanghai-cooperation-organisation"],
        nato=organisations["north-atlantic-treaty-organization"],
        dushanbe=places["dushanbe"],
        india=places["india"],
        meeting=meeting,
    )


def ids(*articles):
    return [article.pk for article in articles]
