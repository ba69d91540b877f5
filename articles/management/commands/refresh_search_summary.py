"""``manage.py refresh_search_summary``: recount the search's pre-aggregated facet counts."""

import time

from django.core.management.base import BaseCommand, CommandError

from articles.search import summary


class Command(BaseCommand):
    help = (
        "Recount the facet counts of the unfiltered archive and of single-filter states "
        "(one language, undated) that the search reads while nothing has changed since. "
        "import_articles runs it after every run that changed something; run it after editing "
        "in the admin to make those counts instant again (until then they are counted live)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--check", action="store_true", help="Only say whether the summary is fresh.")

    def handle(self, *args, check, **options):
        if check:
            fresh = summary.is_fresh()
            self.stdout.write("the search summary is fresh" if fresh else "the search summary is stale")
            if not fresh:
                raise CommandError("stale: run manage.py refresh_search_summary")
            return
        started = time.monotonic()
        if not summary.refresh():
            raise CommandError("the archive changed while counting: the summary stays stale; run it again")
        self.stdout.write(f"search summary refreshed in {time.monotonic() - started:.1f} s")
