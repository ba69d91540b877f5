"""Forms of the articles admin: hand entry, tags with autocomplete, tag actions."""

from django import forms
from django.urls import reverse_lazy

from ..constants import Language
from ..extraction.cleaning import clean, derive_title
from ..extraction.language import detect_language
from ..extraction.sentences import split_sentences
from ..tagging import TaggingError, clean_tag_name

SELECT2_JS = [
    "admin/js/vendor/jquery/jquery.js",
    "admin/js/vendor/select2/select2.full.js",
    "admin/js/jquery.init.js",
]
SELECT2_CSS = {"screen": ["admin/css/vendor/select2/select2.css", "admin/css/autocomplete.css"]}


class TagAutocompleteWidget(forms.SelectMultiple):
    """A select2 box of tag names: suggests existing tags as you type, accepts new ones.

    Only the article's own tags are rendered as options; suggestions come
    from the tag admin's ``names/`` view, never from a list of every tag.
    """

    def __init__(self, attrs=None):
        attrs = {"class": "admin-tag-autocomplete", "style": "width: 40em", **(attrs or {})}
        super().__init__(attrs)

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["widget"]["attrs"]["data-autocomplete-url"] = str(reverse_lazy("admin:taggit_tag_names"))
        return context

    def optgroups(self, name, value, attrs=None):
        options = [self.create_option(name, tag, tag, True, index) for index, tag in enumerate(value)]
        return [(None, options, 0)]

    def format_value(self, value):
        return [getattr(tag, "name", tag) for tag in (value or []) if tag]

    @property
    def media(self):
        return forms.Media(js=[*SELECT2_JS, "articles/admin/tag_autocomplete.js"], css=SELECT2_CSS)


class TagNamesField(forms.Field):
    """A list of tag names (existing or new), cleaned like taggit cleans them."""

    widget = TagAutocompleteWidget

    def prepare_value(self, value):
        return [getattr(tag, "name", tag) for tag in (value or [])]

    def to_python(self, value):
        if not value:
            return []
        if isinstance(value, str):
            value = value.split(",")
        names, seen = [], set()
        for raw in value:
            if not str(raw).strip():
                continue
            try:
                name = clean_tag_name(str(raw))
            except TaggingError as error:
                raise forms.ValidationError(str(error)) from error
            if name.casefold() not in seen:
                seen.add(name.casefold())
                names.append(name)
        return names


class ArticleForm(forms.ModelForm):
    """An article typed in by an editor, or corrected.

    The body is cleaned exactly as the importer cleans a source file (NFC,
    promos removed, paragraphs kept); an empty title is derived from the
    first sentence and an empty language detected from the text, as the
    importer does. ``run_extraction`` links people, organisations, places and
    meetings on save through ``articles.linking.link_article``.
    """

    title = forms.CharField(
        max_length=300,
        required=False,
        help_text="Leave empty to use the first sentence, as the importer does.",
        widget=forms.TextInput(attrs={"class": "vLargeTextField"}),
    )
    language = forms.ChoiceField(
        choices=[("", "Detect from the text"), *Language.choices],
        required=False,
        help_text="Left empty, the language is detected from the text, as on import.",
    )
    tags = TagNamesField(required=False, help_text="Type to find a tag; a new name makes a new tag.")
    run_extraction = forms.BooleanField(
        required=False,
        initial=True,
        label="Run extraction on save",
        help_text="Find the people, organisations, places and meetings the text names, as the importer does. "
        "Links an editor made are kept.",
    )

    class Meta:
        fields = ["title", "body", "published", "language", "tags", "reviewed"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk is not None:
            # Corrections keep their links unless the editor asks for a new extraction.
            field = self.fields["run_extraction"]
            field.initial = False
            field.label = "Re-run extraction on save"
            field.help_text = (
                "Replace the extracted links with a fresh extraction of the body; "
                "links an editor made are kept."
            )

    def clean_body(self):
        body = clean(self.cleaned_data.get("body") or "").body
        if not body:
            raise forms.ValidationError("The body is empty once cleaned (promos and blank lines removed).")
        return body

    def clean(self):
        cleaned = super().clean()
        body = cleaned.get("body")
        if body:
            if not cleaned.get("language"):
                cleaned["language"] = detect_language(body)
            if not cleaned.get("title"):
                sentences = split_sentences(body, cleaned["language"])
                cleaned["title"] = derive_title(sentences[0].text if sentences else body)
        return cleaned


class TagNameForm(forms.Form):
    """The intermediate page of "Add a tag…" and "Remove a tag…"."""

    tag = forms.CharField(label="Tag", max_length=100)

    def clean_tag(self):
        try:
            return clean_tag_name(self.cleaned_data["tag"])
        except TaggingError as error:
            raise forms.ValidationError(str(error)) from error
