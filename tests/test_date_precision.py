"""Dates of month and year precision (issue 9, item 4): parsed from the header, stored with their
precision, shown as "March 2023", counted in the year/month facets, and inside a date range only
when the range covers the whole month or year."""

import csv
import datetime
import io
import json
import tempfile
from pathlib import Path

from django.core.management import call_command
from django.test import SimpleTestCase, TestCase

from articles.constants import DatePrecision
from articles.importing.source_format import parse_source
from articles.importing.sources import SourceError
from articles.models import Article


class HeaderVariantTests(SimpleTestCase):
    def test_a_day(self):
        parsed = parse_source(" date 2021-07-29 The ministers met.")
        self.assertEqual((parsed.published, parsed.precision), (datetime.date(2021, 7, 29), DatePrecision.DAY))
        self.assertEqual(parsed.text, "The ministers met.")

    def test_a_month(self):
        parsed = parse_source(" date 2023-03 The ministers met in March.")
        self.assertEqual((parsed.published, parsed.precision), (datetime.date(2023, 3, 1), DatePrecision.MONTH))
        self.assertEqual(parsed.text, "The ministers met in March.")

    def test_a_year(self):
        parsed = parse_source(" date 2023 The ministers met that year.")
        self.assertEqual((parsed.published, parsed.precision), (datetime.date(2023, 1, 1), DatePrecision.YEAR))
        self.assertEqual(parsed.text, "The ministers met that year.")

    def test_a_header_glued_to_the_text(self):
        parsed = parse_source(" date 2023-06-06Defence ministers met in the capital.")
        self.assertEqual((parsed.published, parsed.precision), (datetime.date(2023, 6, 6), DatePrecision.DAY))
        self.assertEqual(parsed.text, "Defence ministers met in the capital.")

    def test_a_month_or_a_year_glued_to_the_text(self):
        self.assertEqual(parse_source(" date 2023-03Talks began.").published, datetime.date(2023, 3, 1))
        self.assertEqual(parse_source(" date 2023-03Talks began.").text, "Talks began.")
        self.assertEqual(parse_source(" date 2023Talks began.").precision, DatePrecision.YEAR)
        self.assertEqual(parse_source(" date 2023Talks began.").text, "Talks began.")

    def test_a_glued_hindi_text(self):
        parsed = parse_source(" date 2023-06-06रक्षा मंत्रियों ने मुलाकात की।")
        self.assertEqual(parsed.published, datetime.date(2023, 6, 6))
        self.assertEqual(parsed.text, "रक्षा मंत्रियों ने मुलाकात की।")

    def test_a_month_that_does_not_exist_is_an_error(self):
        with self.assertRaisesMessage(SourceError, "malformed date header '2023-13': month must be in 1..12"):
            parse_source(" date 2023-13 Talks.")

    def test_other_forms_are_errors_naming_the_forms(self):
        with self.assertRaisesMessage(SourceError, "expected YYYY-MM-DD, YYYY-MM or YYYY"):
            parse_source(" date 03-2023 Talks.")
        with self.assertRaisesMessage(SourceError, "expected YYYY-MM-DD, YYYY-MM or YYYY"):
            parse_source(" date 23 Talks.")


def write_archive(folder, files):
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")


class PrecisionInTheArchiveTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        with tempfile.TemporaryDirectory() as directory:
            folder = Path(directory)
            write_archive(
                folder,
                {
                    "day.txt": " date 2023-03-15 The harbour committee met on a Wednesday.\n",
                    "month.txt": " date 2023-03 The harbour committee met during the month.\n",
                    "year.txt": " date 2023 The harbour committee met once that year.\n",
                    "glued.txt": " date 2023-06-06Harbour committee members met again.\n",
                },
            )
            call_command("import_articles", str(folder), stdout=io.StringIO(), stderr=io.StringIO())
        cls.by_name = {Path(article.source_path).name: article for article in Article.objects.all()}

    def search(self, **params):
        response = self.client.get("/search/", {**params, "format": "json"})
        self.assertEqual(response.status_code, 200, response.content)
        return json.loads(response.content)

    def found(self, **params):
        return sorted(Path(self.by_name_of(result["id"])).name for result in self.search(**params)["results"])

    def by_name_of(self, pk):
        return next(name for name, article in self.by_name.items() if article.pk == pk)

    def test_stored_with_their_precision(self):
        self.assertEqual(
            {name: (a.published, a.published_precision) for name, a in self.by_name.items()},
            {
                "day.txt": (datetime.date(2023, 3, 15), DatePrecision.DAY),
                "month.txt": (datetime.date(2023, 3, 1), DatePrecision.MONTH),
                "year.txt": (datetime.date(2023, 1, 1), DatePrecision.YEAR),
                "glued.txt": (datetime.date(2023, 6, 6), DatePrecision.DAY),
            },
        )

    def test_the_glued_header_is_not_in_the_title(self):
        self.assertEqual(self.by_name["glued.txt"].title, "Harbour committee members met again")

    def test_shown_as_month_and_year(self):
        page = self.client.get("/search/", {"q": "harbour"}).content.decode()
        self.assertIn('<time datetime="2023-03">March 2023</time>', page)
        self.assertIn('<time datetime="2023">2023</time>', page)
        self.assertIn('<time datetime="2023-03-15">15 March 2023</time>', page)
        article = self.client.get(self.by_name["month.txt"].get_absolute_url()).content.decode()
        self.assertIn("March 2023", article)

    def test_json_gives_the_date_at_its_precision(self):
        results = {result["id"]: result for result in self.search(q="harbour")["results"]}
        month = results[self.by_name["month.txt"].pk]
        self.assertEqual((month["published"], month["published_precision"]), ("2023-03", "month"))
        self.assertEqual(results[self.by_name["year.txt"].pk]["published"], "2023")

    def test_the_csv_gives_the_date_at_its_precision(self):
        response = self.client.get("/search/", {"q": "harbour", "format": "csv"})
        self.assertEqual(response.status_code, 200)
        text = b"".join(response.streaming_content).decode("utf-8-sig")
        dates = {int(row["id"]): row["published"] for row in csv.DictReader(io.StringIO(text))}
        self.assertEqual(
            {name: dates[article.pk] for name, article in self.by_name.items()},
            {"day.txt": "2023-03-15", "month.txt": "2023-03", "year.txt": "2023", "glued.txt": "2023-06-06"},
        )

    def test_a_range_includes_a_month_only_when_it_covers_it(self):
        self.assertEqual(self.found(date_from="2023-03-01", date_to="2023-03-31"), ["day.txt", "month.txt"])
        self.assertEqual(self.found(date_from="2023-03-10", date_to="2023-03-20"), ["day.txt"])
        self.assertEqual(self.found(date_from="2023-02-01", date_to="2023-04-30"), ["day.txt", "month.txt"])
        self.assertEqual(self.found(date_from="2023-03-02"), ["day.txt", "glued.txt"])

    def test_a_range_includes_a_year_only_when_it_covers_it(self):
        self.assertEqual(
            self.found(date_from="2023-01-01", date_to="2023-12-31"),
            ["day.txt", "glued.txt", "month.txt", "year.txt"],
        )
        self.assertNotIn("year.txt", self.found(date_from="2023-01-01", date_to="2023-06-30"))
        self.assertIn("year.txt", self.found(date_to="2023-12-31"))
        self.assertNotIn("year.txt", self.found(date_to="2023-12-30"))

    def test_counted_in_the_year_and_month_facets(self):
        years = {value["value"]: value["count"] for value in self.search()["facets"]["date"]}
        self.assertEqual(years, {"2023": 4})
        months = {
            value["value"]: value["count"]
            for value in self.search(date_from="2023-01-01", date_to="2023-12-31")["facets"]["date"]
        }
        # The year-only date is in the year, in no month.
        self.assertEqual(months, {"2023-03": 2, "2023-06": 1})
        march = self.search(date_from="2023-03-01", date_to="2023-03-31")
        self.assertEqual(march["count"], 2)
