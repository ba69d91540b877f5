"""A NUL character in a URL parameter is a 400 that names the parameter, never a database error.

PostgreSQL text cannot hold NUL (0x00); without a check, "?tag=a%00b" or the
admin's autocomplete with "term=a%00b" failed with a 500 there.
"""

from admin_support import make_user
from django.test import TestCase

URLS = [
    ("/search/?tag=a%00b", "tag"),
    ("/search/?person=a%00b", "person"),
    ("/search/?q=%00&format=json", "q"),
    ("/people/?role=defence%00", "role"),
    ("/people/rajnath-singh/?organisation=x%00", "organisation"),
    ("/admin/autocomplete/?app_label=articles&model_name=personmention&field_name=person&term=a%00b", "term"),
    ("/admin/articles/article/?q=a%00b", "q"),
    ("/admin/people/person/?q=a%00b", "q"),
]


class NulParameterTests(TestCase):
    def setUp(self):
        self.client.force_login(make_user("boss", superuser=True))

    def test_every_page_answers_400_naming_the_parameter(self):
        for url, parameter in URLS:
            with self.subTest(url=url):
                response = self.client.get(url)
                self.assertEqual(response.status_code, 400)
                self.assertIn(f"parameter '{parameter}' contains a NUL character", response.content.decode())

    def test_a_nul_in_the_address_is_a_400(self):
        self.assertEqual(self.client.get("/people/rajnath%00singh/").status_code, 400)

    def test_ordinary_parameters_still_work(self):
        self.assertEqual(self.client.get("/search/?q=defence&language=en").status_code, 200)
