"""Django REST framework ships its own Indonesian for Django's form messages,
and an installed app's catalog outranks Django's: the project's catalog
(LOCALE_PATHS) keeps Django's wording, which the import and admin messages
and their tests rely on."""

import pytest
from django import forms
from django.utils import translation

DJANGO_WORDING = {
    "This field is required.": "Bidang ini tidak boleh kosong.",
    "Enter a valid URL.": "Masukkan URL yang valid.",
    "No file was submitted.": "Tidak ada berkas yang dikirimkan.",
}


@pytest.mark.parametrize(("message", "indonesian"), DJANGO_WORDING.items())
def test_django_form_messages_keep_djangos_indonesian(message, indonesian):
    with translation.override("id"):
        assert translation.gettext(message) == indonesian


def test_a_required_field_says_so_in_djangos_words():
    class Form(forms.Form):
        name = forms.CharField()
        url = forms.URLField(assume_scheme="https")

    with translation.override("id"):
        form = Form(data={"url": "bukan alamat"})
        assert form.errors == {
            "name": ["Bidang ini tidak boleh kosong."],
            "url": ["Masukkan URL yang valid."],
        }
    with translation.override("en"):
        assert Form(data={}).errors["name"] == ["This field is required."]
