"""``manage.py reextract --alias NAME | --person X | --organisation X | --place X``.

Re-extracts the articles whose text contains a name (an alias, or every
name of a person, organisation or place) and that do not link that entity
yet, so that one correction at the desk links every other report. Editors'
corrections survive it, as they survive ``import_articles --reextract``.
"""

from django.core.management.base import BaseCommand, CommandError
from django.db.models import Q

from articles.reextraction import candidates, confirmed, names_of, reextract
from people.models import Organisation, OrganisationAlias, Person, PersonAlias, Place, PlaceAlias
from people.names import normalize_name

ENTITY_OPTIONS = {"person": Person, "organisation": Organisation, "place": Place}


def find_entity(model, value):
    """The entity named by id, slug or exact name; a clear error otherwise."""
    condition = Q(slug=value) | Q(name=value)
    if value.isdigit() and len(value) < 19:
        condition |= Q(pk=int(value))
    found = list(model.objects.filter(condition)[:2])
    noun = model._meta.verbose_name
    if not found:
        raise CommandError(f"No {noun} with the id, slug or name “{value}”.")
    if len(found) > 1:
        raise CommandError(f"“{value}” names more than one {noun}: give the id or slug.")
    return found[0]


class Command(BaseCommand):
    help = (
        "Re-extract the articles whose text contains a name (--alias) or any name of a person, "
        "organisation or place, and that do not link it yet. Editors' corrections are kept."
    )

    def add_arguments(self, parser):
        parser.add_argument("--alias", action="append", default=[], metavar="NAME", help="A name, as written.")
        for option, model in ENTITY_OPTIONS.items():
            parser.add_argument(
                f"--{option}", metavar="ID|SLUG|NAME", help=f"Every name of this {model._meta.verbose_name}."
            )
        parser.add_argument("--limit", type=int, default=None, help="Re-extract at most this many articles.")
        parser.add_argument(
            "--dry-run", action="store_true", help="List the articles that would be re-extracted; change nothing."
        )

    def handle(self, *args, alias, limit, dry_run, verbosity, **options):
        chosen = [(option, options[option]) for option in ENTITY_OPTIONS if options.get(option)]
        if len(chosen) > 1:
            raise CommandError("Give one of --person, --organisation, --place.")
        if not alias and not chosen:
            raise CommandError("Say which name: --alias NAME, or --person/--organisation/--place.")
        if limit is not None and limit < 1:
            raise CommandError("--limit must be at least 1.")
        entity = find_entity(ENTITY_OPTIONS[chosen[0][0]], chosen[0][1]) if chosen else None
        names = [name for name in alias if normalize_name(name)]
        if alias and not names:
            raise CommandError(f"--alias {alias[0]!r} has no letters to search for.")
        if entity is not None and not names:
            names = names_of(entity)
        if entity is None and len(self._owners(names)) == 1:
            entity = self._owners(names)[0]
        articles = confirmed(candidates(names, entity), names, limit)
        quoted = ", ".join(f"“{name}”" for name in names)
        target = f" and do not link {entity}" if entity is not None else ""
        self.stdout.write(f"{len(articles)} article{'s' if len(articles) != 1 else ''} contain {quoted}{target}.")
        if dry_run:
            for article in articles:
                self.stdout.write(f"  would re-extract #{article.pk}: {article.title}")
            return
        reason = f"Re-extracted for {quoted}" + (f" ({entity})" if entity is not None else "")
        changes = reextract(articles, reason=reason)
        linked = failed = 0
        for change in changes:
            if change.error:
                failed += 1
                self.stderr.write(f"#{change.article.pk} {change.article.title}: {change.error}")
                continue
            if verbosity >= 2:
                self.stdout.write(
                    f"  #{change.article.pk} {change.article.title}: "
                    f"+{', '.join(change.added) or 'nothing'}; −{', '.join(change.removed) or 'nothing'}"
                )
            if entity is not None and change.links(entity):
                linked += 1
        summary = f"re-extracted {len(changes) - failed}, failed {failed}"
        if entity is not None:
            summary += f"; {linked} now link {entity}"
        self.stdout.write(summary)
        if failed:
            raise CommandError(f"{failed} article{'s' if failed != 1 else ''} could not be re-extracted (see above)")

    @staticmethod
    def _owners(names):
        """The entities that have one of ``names`` as an alias."""
        normalized = {normalize_name(name) for name in names}
        owners = []
        for alias_model, field_name in ((PersonAlias, "person"), (OrganisationAlias, "organisation"), (PlaceAlias, "place")):
            for alias in alias_model.objects.filter(normalized__in=normalized).select_related(field_name):
                entity = getattr(alias, field_name)
                if entity not in owners:
                    owners.append(entity)
        return owners
