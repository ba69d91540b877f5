"""Between the extraction pipeline and the database.

``gazetteer_from_database`` builds the matcher from every alias the archive
knows; ``extract_article`` runs the pipeline on an article; ``save_links``
replaces the article's extracted links and keeps every link an editor made.
The importer and the admin's hand entry both go through ``link_article``, so
an article typed in by an editor is extracted exactly as an imported one.
"""

from collections import defaultdict

from people.models import OrganisationAlias, PersonAlias, PlaceAlias

from .extraction.gazetteer import ORGANISATION, PERSON, PLACE, Gazetteer
from .extraction.pipeline import extract
from .models import LinkOrigin, OrganisationMention, PersonMention, PlaceMention

MENTION_MODELS = {
    PERSON: (PersonMention, "person_id"),
    ORGANISATION: (OrganisationMention, "organisation_id"),
    PLACE: (PlaceMention, "place_id"),
}


def gazetteer_from_database():
    """A ``Gazetteer`` of every person, organisation and place name in the archive."""
    gazetteer = Gazetteer()
    sources = [
        (PERSON, PersonAlias.objects.values_list("person_id", "name")),
        (ORGANISATION, OrganisationAlias.objects.values_list("organisation_id", "name")),
        # Demonyms ("Chinese", "चीनी") describe, they do not name a place.
        (PLACE, PlaceAlias.objects.filter(kind=PlaceAlias.Kind.NAME).values_list("place_id", "name")),
    ]
    for kind, rows in sources:
        for entity_id, name in rows.iterator(chunk_size=5000):
            gazetteer.add(kind, entity_id, name)
    return gazetteer


def extract_article(article, gazetteer):
    return extract(article.body, article.language, gazetteer)


def save_links(article, extraction):
    """Replace the article's extracted mentions with those of ``extraction``.

    One row per entity and surface form, with how often and where first it
    occurs. Rows an editor made are kept as they are.
    """
    grouped = defaultdict(lambda: {"count": 0, "first_offset": None})
    for match in extraction.mentions:
        if match.entity_id is None:
            continue
        entry = grouped[(match.kind, match.entity_id, match.surface)]
        entry["count"] += 1
        if entry["first_offset"] is None:
            entry["first_offset"] = match.start
    for kind, (model, entity_field) in MENTION_MODELS.items():
        model.objects.filter(article=article, origin=LinkOrigin.EXTRACTED).delete()
        kept = set(model.objects.filter(article=article).values_list(entity_field, "surface"))
        model.objects.bulk_create(
            [
                model(
                    article=article,
                    surface=surface[:200],
                    count=entry["count"],
                    first_offset=entry["first_offset"],
                    origin=LinkOrigin.EXTRACTED,
                    **{entity_field: entity_id},
                )
                for (match_kind, entity_id, surface), entry in grouped.items()
                if match_kind == kind and (entity_id, surface[:200]) not in kept
            ]
        )


def link_article(article, gazetteer=None):
    """Extract an article and save its links; return the extraction."""
    if gazetteer is None:
        gazetteer = gazetteer_from_database()
    extraction = extract_article(article, gazetteer)
    save_links(article, extraction)
    return extraction
