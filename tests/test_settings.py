"""Configuration from the environment."""

import os

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.db import connection

from newsroom.settings import env_bool, env_list


def test_the_suite_runs_on_the_database_database_url_names():
    url = os.environ.get("DATABASE_URL", "")
    expected = "postgresql" if url.startswith(("postgres://", "postgresql://")) else "sqlite"
    assert connection.vendor == expected


@pytest.mark.parametrize("value, expected", [("1", True), ("true", True), ("Yes", True), ("0", False), ("off", False)])
def test_boolean_settings(monkeypatch, value, expected):
    monkeypatch.setenv("NEWSROOM_FLAG", value)
    assert env_bool("NEWSROOM_FLAG") is expected


def test_a_malformed_boolean_setting_names_the_variable(monkeypatch):
    monkeypatch.setenv("DEBUG", "maybe")
    with pytest.raises(ImproperlyConfigured, match="DEBUG='maybe' is not a boolean"):
        env_bool("DEBUG")


def test_list_settings_are_comma_separated(monkeypatch):
    monkeypatch.setenv("ALLOWED_HOSTS", "archive.example.org, www.archive.example.org,")
    assert env_list("ALLOWED_HOSTS", []) == ["archive.example.org", "www.archive.example.org"]
    monkeypatch.delenv("ALLOWED_HOSTS")
    assert env_list("ALLOWED_HOSTS", ["localhost"]) == ["localhost"]
