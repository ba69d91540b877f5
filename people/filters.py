"""The people directory's parameters: who held which role, in which country.

    role     words of a role title, in any order: "defence minister" finds
             "Defence Minister", "Minister of Defence" and "Minister of
             National Defense" (plurals and US spellings are folded), and
             every title the extraction rules know for the same office
             ("Secretary of Defense", "रक्षा मंत्री"); a junior post ("Minister of
             State for Defence", "Deputy Defence Minister") only when the query
             says "state" or "deputy"
    country  a country by ISO code, slug or id
    q        part of a name, in any script (any alias)
    page     1, 2, …
    format   json

Role and country, given together, must hold for the same role.
"""

import django_filters
from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Exists, OuterRef, Q

from newsroom.ids import parse_id

from .models import Person, PersonAlias, Place, Role
from .names import normalize_name

# Words of a role query that say nothing about the role.
ROLE_STOPWORDS = {"of", "the", "for", "and", "a", "an", "all", "in"}
# Spellings that mean the same word, as data: the first is the one searched as well.
SPELLING_VARIANTS = {
    "defense": "defence",
    "organization": "organisation",
    "program": "programme",
}
MAX_ROLE_WORDS = 6
# Words that make a title a junior post of the office ("Minister of State for Defence", "Deputy
# Defence Minister"): a query finds such titles only when it says the word itself.
JUNIOR_ROLE_WORDS = ("state", "deputy", "vice", "junior", "assistant")


def role_words(text):
    """The words a role title must contain, each with its spellings."""
    found = []
    for word in normalize_name(text).replace("-", " ").split():
        if word in ROLE_STOPWORDS or len(word) < 2:
            continue
        if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
            word = word[:-1]
        canonical = SPELLING_VARIANTS.get(word, word)
        spellings = {canonical} | {us for us, uk in SPELLING_VARIANTS.items() if uk == canonical}
        found.append(sorted(spellings))
    return found


def office_titles(text):
    """Every title, in every language, of the office ``text`` names ("defence ministers" →
    "Minister of National Defense", "Secretary of Defense", "रक्षा मंत्री", …), or none."""
    from articles.extraction.languages import LANGUAGES, concept_of_title

    words = [spellings[0] for spellings in role_words(text)]
    concept = concept_of_title(" ".join(words))
    return {title for module in LANGUAGES.values() for title in module.ROLE_TITLES.get(concept, ())}


def role_condition(text):
    condition = Q()
    words = role_words(text)
    for spellings in words:
        either = Q()
        for spelling in spellings:
            either |= Q(title__icontains=spelling)
        condition &= either
    asked = {spelling for spellings in words for spelling in spellings}
    for word in JUNIOR_ROLE_WORDS:
        if word not in asked:
            condition &= ~Q(title__iregex=rf"(^|[^a-z]){word}([^a-z]|$)")
    for title in office_titles(text):
        condition |= Q(title__iexact=title)
    return condition


class CountryField(forms.CharField):
    def clean(self, value):
        value = super().clean(value)
        if not value:
            return None
        countries = Place.objects.filter(kind=Place.Kind.COUNTRY)
        condition = Q(iso_code__iexact=value) | Q(slug=value)
        if parse_id(value) is not None:
            condition |= Q(pk=parse_id(value))
        country = countries.filter(condition).first()
        if country is None:
            raise ValidationError(f"There is no country with the code, slug or id “{value}”.")
        return country


class RoleField(forms.CharField):
    def clean(self, value):
        value = super().clean(value)
        if value and not role_words(value):
            raise ValidationError(f"“{value}” has no words to look for in role titles.")
        if len(role_words(value or "")) > MAX_ROLE_WORDS:
            raise ValidationError(f"At most {MAX_ROLE_WORDS} words in a role, please.")
        return value


class RoleFilter(django_filters.Filter):
    field_class = RoleField


class CountryFilter(django_filters.Filter):
    field_class = CountryField


class DirectoryForm(forms.Form):
    page = forms.IntegerField(min_value=1, max_value=10**6, required=False)
    format = forms.ChoiceField(choices=[("html", "HTML"), ("json", "JSON")], required=False)


class PersonDirectoryFilterSet(django_filters.FilterSet):
    role = RoleFilter(method="filter_role_and_country", label="Role", max_length=100, required=False)
    country = CountryFilter(method="filter_role_and_country", label="Country", required=False)
    q = django_filters.CharFilter(method="filter_name", label="Name", max_length=100)

    class Meta:
        model = Person
        fields = []
        form = DirectoryForm

    def filter_queryset(self, queryset):
        for name, value in self.form.cleaned_data.items():
            if name in self.filters:
                queryset = self.filters[name].filter(queryset, value)
        return queryset

    def filter_role_and_country(self, queryset, name, value):
        if name == "country" and self.form.cleaned_data.get("role"):
            return queryset  # applied with the role, to the same role
        roles = Role.objects.filter(person=OuterRef("pk"))
        role, country = self.form.cleaned_data.get("role"), self.form.cleaned_data.get("country")
        if role:
            roles = roles.filter(role_condition(role))
        if country:
            roles = roles.filter(country=country)
        return queryset.filter(Exists(roles))

    def filter_name(self, queryset, name, value):
        normalized = normalize_name(value)
        return queryset.filter(
            Q(name__icontains=value)
            | Exists(PersonAlias.objects.filter(person=OuterRef("pk"), normalized__contains=normalized))
        )
