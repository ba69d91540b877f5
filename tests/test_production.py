"""Production settings from the environment: HTTPS, CSRF behind a proxy, static files, /healthz, 503 pages."""

import json
import os
import socket
import subprocess
import sys

import pytest
from django.db import connection
from django.test import Client, override_settings

from tests.conftest import REPOSITORY

PRODUCTION_ENV = {
    "HTTPS": "1",
    "DEBUG": "0",
    "SECRET_KEY": "a-production-key-that-is-long-and-random-enough-4f9c2a7e1b8d3f6a0c5e9b2d7a4f1c8e",
    "ALLOWED_HOSTS": "archive.example.org",
}


# Set by the test run, not by a production environment: the browser suite's conftest allows Django's ORM
# in Playwright's event loop (DJANGO_ALLOW_ASYNC_UNSAFE), which ``check --deploy`` rightly reports.
NOT_INHERITED = ("HTTPS", "DEBUG", "STATIC_ROOT", "DJANGO_ALLOW_ASYNC_UNSAFE")


def manage(*args, env=None, timeout=120):
    environment = {key: value for key, value in os.environ.items() if key not in NOT_INHERITED}
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=REPOSITORY,
        env=environment,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def production_settings(**extra_env):
    """The security settings ``newsroom.settings`` derives from a production environment."""
    names = [
        "SECURE_PROXY_SSL_HEADER",
        "SECURE_SSL_REDIRECT",
        "SECURE_REDIRECT_EXEMPT",
        "SESSION_COOKIE_SECURE",
        "CSRF_COOKIE_SECURE",
        "SECURE_HSTS_SECONDS",
        "SECURE_HSTS_INCLUDE_SUBDOMAINS",
        "SECURE_HSTS_PRELOAD",
        "CSRF_TRUSTED_ORIGINS",
        "ALLOWED_HOSTS",
    ]
    code = (
        "import json, django; from django.conf import settings; django.setup(); "
        f"print(json.dumps({{name: getattr(settings, name) for name in {names!r}}}))"
    )
    inherited = {key: value for key, value in os.environ.items() if key not in NOT_INHERITED}
    environment = {**inherited, **PRODUCTION_ENV, **extra_env, "DJANGO_SETTINGS_MODULE": "newsroom.settings"}
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=REPOSITORY,
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    )
    values = json.loads(result.stdout)
    if values["SECURE_PROXY_SSL_HEADER"]:
        values["SECURE_PROXY_SSL_HEADER"] = tuple(values["SECURE_PROXY_SSL_HEADER"])
    return values


def test_check_deploy_reports_no_issue_with_https_on():
    result = manage("check", "--deploy", env=PRODUCTION_ENV)
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout, result.stdout + result.stderr


def test_check_deploy_names_what_is_missing_without_https():
    result = manage("check", "--deploy", env={**PRODUCTION_ENV, "HTTPS": "0"})
    assert "security.W008" in result.stderr + result.stdout  # SECURE_SSL_REDIRECT


def test_trusted_origins_come_from_the_environment():
    values = production_settings(CSRF_TRUSTED_ORIGINS="https://archive.example.org, https://desk.example.org")
    assert values["CSRF_TRUSTED_ORIGINS"] == ["https://archive.example.org", "https://desk.example.org"]


@pytest.mark.django_db
def test_behind_a_tls_proxy_plain_http_is_redirected_and_https_gets_hsts():
    with override_settings(**production_settings()):
        client = Client()
        plain = client.get("/search/", HTTP_HOST="archive.example.org")
        assert plain.status_code == 301
        assert plain["Location"] == "https://archive.example.org/search/"
        secure = client.get("/search/", HTTP_HOST="archive.example.org", HTTP_X_FORWARDED_PROTO="https")
        assert secure.status_code == 200
        assert "max-age=31536000" in secure["Strict-Transport-Security"]
        # Load balancers probe over plain HTTP, by address.
        health = client.get("/healthz", HTTP_HOST="10.0.0.7")
        assert health.status_code == 200


def login_through_the_proxy(client):
    headers = {"HTTP_HOST": "archive.example.org", "HTTP_X_FORWARDED_PROTO": "https"}
    client.get("/admin/login/", **headers)
    token = client.cookies["csrftoken"].value
    return client.post(
        "/admin/login/?next=/admin/",
        {"username": "desk", "password": "a long passphrase for the desk", "csrfmiddlewaretoken": token},
        HTTP_ORIGIN="https://archive.example.org",
        HTTP_REFERER="https://archive.example.org/admin/login/",
        **headers,
    )


@pytest.mark.django_db
def test_the_admin_login_works_behind_a_tls_terminating_proxy(django_user_model):
    django_user_model.objects.create_superuser("desk", "desk@example.org", "a long passphrase for the desk")
    with override_settings(**production_settings()):
        response = login_through_the_proxy(Client(enforce_csrf_checks=True))
    assert response.status_code == 302, response.content[:300]
    assert response["Location"] == "/admin/"


@pytest.mark.django_db
def test_without_https_on_the_same_login_is_refused_as_cross_site(django_user_model):
    """What HTTPS=1 fixes: the proxy's https origin does not match the http request Django sees."""
    django_user_model.objects.create_superuser("desk", "desk@example.org", "a long passphrase for the desk")
    with override_settings(ALLOWED_HOSTS=["archive.example.org"]):
        response = login_through_the_proxy(Client(enforce_csrf_checks=True))
    assert response.status_code == 403


# -- static files ---------------------------------------------------------------------------------


def test_runserver_without_collected_static_files_refuses_to_start_and_says_what_to_run(tmp_path):
    result = manage(
        "runserver", "--noreload", "127.0.0.1:0", env={"DEBUG": "0", "STATIC_ROOT": str(tmp_path)}, timeout=60
    )
    assert result.returncode == 1
    assert "run `python manage.py collectstatic --noinput`" in result.stderr
    assert "Traceback" not in result.stderr


def test_the_wsgi_application_loads_once_the_static_files_are_collected(tmp_path):
    env = {"DEBUG": "0", "STATIC_ROOT": str(tmp_path)}
    load = [sys.executable, "-c", "import newsroom.wsgi"]
    environment = {**{k: v for k, v in os.environ.items() if k not in ("DEBUG", "HTTPS")}, **env}
    before = subprocess.run(load, cwd=REPOSITORY, env=environment, capture_output=True, text=True)
    assert before.returncode != 0 and "collectstatic" in before.stderr
    assert manage("collectstatic", "--noinput", env=env).returncode == 0
    after = subprocess.run(load, cwd=REPOSITORY, env=environment, capture_output=True, text=True)
    assert after.returncode == 0, after.stderr


# -- an unreachable database ------------------------------------------------------------------------


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def unreachable_database(monkeypatch, tmp_path):
    """The default connection points at a database that is not there (server down, file gone)."""
    connection.close()
    if connection.vendor == "postgresql":
        monkeypatch.setitem(connection.settings_dict, "HOST", "127.0.0.1")
        monkeypatch.setitem(connection.settings_dict, "PORT", str(free_port()))
    else:
        monkeypatch.setitem(connection.settings_dict, "NAME", str(tmp_path / "no such folder" / "db.sqlite3"))
    yield
    connection.close()


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize(
    "url",
    [
        "/",
        "/search/?q=singh",
        "/articles/1/",
        "/people/",
        "/people/rajnath-singh/",
        "/meetings/1/",
        "/admin/",
    ],
)
def test_while_the_database_is_unreachable_pages_are_a_503_page(url, unreachable_database):
    response = Client(raise_request_exception=False).get(url)
    assert response.status_code in (503, 302), response.status_code  # the admin may redirect to its login
    if response.status_code == 503:
        assert response["Content-Type"].startswith("text/html")
        assert "The archive is unavailable" in response.content.decode()
        assert int(response["Retry-After"]) > 0


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize(
    "url", ["/search/?q=singh&format=json", "/articles/1/?format=json", "/people/?format=json"]
)
def test_while_the_database_is_unreachable_json_is_a_503_in_json(url, unreachable_database):
    response = Client(raise_request_exception=False).get(url)
    assert response.status_code == 503
    assert response.json()["error"] == "database unavailable"


@pytest.mark.django_db(transaction=True)
def test_a_logged_in_editor_gets_the_503_page_too(admin_client, unreachable_database):
    admin_client.raise_request_exception = False
    response = admin_client.get("/admin/articles/article/")
    assert response.status_code == 503


@pytest.mark.django_db
def test_healthz_says_ok_when_the_database_answers(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}


@pytest.mark.django_db(transaction=True)
def test_healthz_is_a_503_when_the_database_does_not_answer(unreachable_database):
    response = Client().get("/healthz")
    assert response.status_code == 503
    assert response.json()["status"] == "unavailable"


@pytest.mark.django_db
def test_a_query_that_is_a_bug_stays_a_500_not_a_503(monkeypatch):
    """SQLite says OperationalError for "no such table" too: that is no outage, and must not hide as one."""
    from django.db import OperationalError

    from newsroom.unavailable import is_unavailable

    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT * FROM no_such_table_here")
    except Exception as error:  # noqa: BLE001 - the database's own error, whichever class it is
        assert not is_unavailable(error)
    locked = OperationalError("database is locked")
    assert is_unavailable(locked)
