"""Names, not codes, in the reader's language: roles and municipalities."""

import pytest
from django.utils import translation

from resources.models.places import ensure_seed_municipalities, municipality_names
from tests.conftest import prefer_language
from tests.factories.volunteers import MunicipalityFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "prefix, expected", [("", "Roolisi: Koordinaattorit"), ("/ar", "أدوارك: المنسقون")]
)
def test_the_start_panel_names_the_roles_in_the_pages_language(
    client, home_page, make_user, prefix, expected
):
    from wagtail.models import Locale

    if prefix:
        home_page.copy_for_translation(
            Locale.objects.get(language_code="ar")
        ).save_revision().publish()
    client.force_login(prefer_language(make_user("Coordinators"), "fi"))
    content = client.get(f"{prefix}/").content.decode()
    assert expected in content
    assert "Coordinators" not in content


def test_seed_municipalities_have_their_swedish_and_other_script_names():
    ensure_seed_municipalities()
    assert municipality_names("sv")["Tornio"] == "Torneå"
    assert municipality_names("sv")["Kemi"] == "Kemi"  # no Swedish name: the Finnish one
    assert municipality_names("ru")["Tornio"] == "Торнио"
    assert municipality_names("fi")["Tornio"] == "Tornio"


def test_a_name_written_by_an_administrator_is_kept_by_the_seeding():
    tornio = MunicipalityFactory(name="Tornio")
    tornio.other_names = {"sv": "Torneå stad"}
    tornio.save()
    ensure_seed_municipalities()
    names = municipality_names("sv")
    assert names["Tornio"] == "Torneå stad"
    assert municipality_names("ru")["Tornio"] == "Торнио"


def test_a_municipality_reads_in_the_current_language():
    tornio = MunicipalityFactory(name="Tornio")
    tornio.other_names = {"sv": "Torneå"}
    tornio.save()
    with translation.override("sv"):
        assert str(tornio) == "Torneå"
    with translation.override("so"):
        assert str(tornio) == "Tornio"


def test_the_swedish_sign_up_form_lists_the_swedish_name(client, home_page):
    tornio = MunicipalityFactory(name="Tornio")
    tornio.other_names = {"sv": "Torneå"}
    tornio.save()
    assert ">Torneå<" in client.get("/sv/volunteer/sign-up/").content.decode()
    assert ">Tornio<" in client.get("/volunteer/sign-up/").content.decode()


def test_a_meeting_page_names_the_venues_municipality_in_the_readers_language(translate_tree):
    kemi = MunicipalityFactory(name="Kemi")
    kemi.other_names = {"ru": "Кеми"}
    kemi.save()
    from django.test import Client

    tree = translate_tree("ru")
    client = Client()
    for name in ("meeting", "meeting_index"):
        content = client.get(tree[name].url).content.decode()
        assert "Кеми" in content, name


def test_the_private_collection_keeps_its_id_under_its_finnish_name():
    from wagtail.models import Collection

    from resources.documents import PRIVATE_COLLECTION, ensure_private_collection

    old = Collection.get_first_root_node().add_child(name="Theme materials (intranet)")
    assert ensure_private_collection().pk == old.pk
    assert PRIVATE_COLLECTION == "Teemamateriaalit (intranet)"
    assert Collection.objects.get(pk=old.pk).name == PRIVATE_COLLECTION
