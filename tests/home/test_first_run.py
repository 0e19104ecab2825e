"""A first run without surprises: a favicon, and private documents never served
from /media/ (also by the development server)."""

import importlib

import pytest
from django.contrib.staticfiles import finders
from django.http import Http404
from django.test import override_settings
from django.urls import clear_url_caches, resolve

from cms.media import serve_media

pytestmark = pytest.mark.django_db


def test_favicon_is_answered_not_404(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 301
    assert finders.find(response["Location"].removeprefix("/static/"))


def test_pages_link_their_icon(client, home_page):
    assert 'rel="icon"' in client.get("/").text


def test_document_under_media_is_refused_to_anonymous_users(rf, tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path
    (tmp_path / "documents").mkdir()
    (tmp_path / "documents" / "salainen.pdf").write_bytes(b"%PDF-1.4 salainen")
    with pytest.raises(Http404):
        serve_media(rf.get("/media/documents/salainen.pdf"), "documents/salainen.pdf")


@pytest.mark.parametrize(
    "path",
    ["./documents/salainen.pdf", "images/../documents/salainen.pdf", "documents//salainen.pdf"],
)
def test_a_roundabout_path_to_a_document_is_refused_too(rf, tmp_path, settings, path):
    # curl --path-as-is and some proxies pass such paths through unnormalised.
    settings.MEDIA_ROOT = tmp_path
    (tmp_path / "images").mkdir()
    (tmp_path / "documents").mkdir()
    (tmp_path / "documents" / "salainen.pdf").write_bytes(b"%PDF-1.4 salainen")
    with pytest.raises(Http404):
        serve_media(rf.get(f"/media/{path}"), path)


def test_a_file_outside_the_public_media_folders_is_not_served(rf, tmp_path, settings):
    # Only the folders known to be public are served; a new upload folder is private
    # until someone decides otherwise.
    settings.MEDIA_ROOT = tmp_path
    (tmp_path / "exports").mkdir()
    (tmp_path / "exports" / "osallistujat.csv").write_text("Hodan;Abdi")
    with pytest.raises(Http404):
        serve_media(rf.get("/media/exports/osallistujat.csv"), "exports/osallistujat.csv")


def test_other_media_is_still_served_in_development(rf, tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "kuva.txt").write_text("kuva")
    response = serve_media(rf.get("/media/images/kuva.txt"), "images/kuva.txt")
    assert response.status_code == 200


def test_development_urls_serve_media_through_the_guarded_view():
    import cms.urls

    try:
        with override_settings(DEBUG=True):
            urls = importlib.reload(cms.urls)
            clear_url_caches()
            match = resolve("/media/documents/salainen.pdf", urlconf=urls)
        assert match.func is serve_media
    finally:
        importlib.reload(cms.urls)
        clear_url_caches()
