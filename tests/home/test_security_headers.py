"""Content-Security-Policy and Permissions-Policy on public and admin pages (issue 16),
and no inline script in our own templates (the policy forbids them)."""

import re
from pathlib import Path

import pytest
from django.conf import settings

pytestmark = pytest.mark.django_db


def policy(response):
    header = response["Content-Security-Policy"]
    return {
        name: values
        for name, *values in (part.split() for part in header.split(";") if part.strip())
    }


def test_public_page_forbids_inline_and_foreign_scripts(client, home_page):
    response = client.get("/")
    assert response.status_code == 200
    directives = policy(response)
    assert directives["default-src"] == ["'self'"]
    assert directives["script-src"] == ["'self'"]
    assert directives["object-src"] == ["'none'"]
    assert directives["frame-ancestors"] == ["'none'"]
    assert directives["form-action"] == ["'self'"]


def test_public_page_lets_the_video_players_in_frames_only(client, home_page):
    directives = policy(client.get("/"))
    assert "https://www.youtube-nocookie.com" in directives["frame-src"]
    assert "https://player.vimeo.com" in directives["frame-src"]
    assert "https://www.youtube-nocookie.com" not in directives["script-src"]


def test_public_page_has_a_permissions_policy(client, home_page):
    header = client.get("/")["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()"):
        assert feature in header


def test_admin_has_both_headers_with_the_admins_own_allowances(client, make_user):
    client.force_login(make_user("Coordinators"))
    response = client.get("/admin/")
    assert response.status_code == 200
    directives = policy(response)
    assert directives["object-src"] == ["'none'"]
    assert directives["frame-ancestors"] == ["'self'"]  # the admin previews pages in a frame
    assert "camera=()" in response["Permissions-Policy"]


def test_admin_login_page_has_both_headers(client):
    response = client.get("/admin/login/")
    assert "Content-Security-Policy" in response
    assert "Permissions-Policy" in response


def test_public_forms_have_the_headers_too(client, home_page):
    response = client.get("/volunteer/sign-up/")
    assert policy(response)["script-src"] == ["'self'"]
    assert "Permissions-Policy" in response


INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*application/(ld\+)?json)[^>]*>", re.I)
INLINE_HANDLER = re.compile(r"\son[a-z]+\s*=|javascript:", re.I)


def test_our_templates_have_no_inline_scripts():
    offenders = []
    for template in Path(settings.BASE_DIR, "templates").rglob("*.html"):
        text = template.read_text()
        if INLINE_SCRIPT.search(text) or INLINE_HANDLER.search(text):
            offenders.append(str(template.relative_to(settings.BASE_DIR)))
    assert offenders == []
