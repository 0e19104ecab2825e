"""The admin's sidebar is built once per user and shown again from the cache, yet never
stale and never another user's: a role, a permission, a name or a language changed is
in the sidebar of the next admin page (issue 17: about 10 ms of every admin page)."""

import json
import re

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from wagtail.admin.menu import admin_menu
from wagtail.users.models import UserProfile

from cms import roles

pytestmark = pytest.mark.django_db

MATCHING = reverse("volunteers_matching:index")


def sidebar(client) -> str:
    """The sidebar's props (the menu, the account) of the admin's home page."""
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    found = re.search(r'<script id="wagtail-sidebar-props"[^>]*>(.*?)</script>', html, re.S)
    assert found, "no sidebar"
    return json.dumps(json.loads(found.group(1)), ensure_ascii=False)


@pytest.fixture
def editor(make_user):
    return make_user(roles.EDITORS, first_name="Eeva")


@pytest.fixture
def builds(monkeypatch):
    """How many times Wagtail built a main menu."""
    calls = []
    build = admin_menu.render_component

    def counted(request):
        calls.append(request.user.pk)
        return build(request)

    monkeypatch.setattr(admin_menu, "render_component", counted)
    return calls


def test_a_second_admin_page_shows_the_sidebar_without_building_it(client, editor, builds):
    client.force_login(editor)
    first = sidebar(client)
    second = sidebar(client)
    assert second == first
    assert builds == [editor.pk]


def test_a_user_given_a_role_sees_its_menu_on_her_next_page(client, editor):
    client.force_login(editor)
    assert MATCHING not in sidebar(client)
    editor.groups.add(Group.objects.get(name=roles.COORDINATORS))
    assert MATCHING in sidebar(client)
    editor.groups.remove(Group.objects.get(name=roles.COORDINATORS))
    assert MATCHING not in sidebar(client)


def test_a_permission_given_to_her_group_is_in_her_next_sidebar(client, editor):
    client.force_login(editor)
    assert MATCHING not in sidebar(client)
    app_label, codename = "matching.run_matching".split(".")
    permission = Permission.objects.get(content_type__app_label=app_label, codename=codename)
    Group.objects.get(name=roles.EDITORS).permissions.add(permission)
    assert MATCHING in sidebar(client)


def test_two_users_never_share_a_sidebar(client, editor, make_user):
    coordinator = make_user(roles.COORDINATORS, first_name="Kaisa")
    for user, shows_matching, name in [
        (editor, False, "Eeva"),
        (coordinator, True, "Kaisa"),
        (editor, False, "Eeva"),
    ]:
        client.force_login(user)
        props = sidebar(client)
        assert (MATCHING in props) is shows_matching
        assert name in props


def test_a_new_name_and_language_are_in_the_next_sidebar(client, editor):
    client.force_login(editor)
    assert "Eeva" in sidebar(client)
    editor.first_name = "Ääli-Ülle"
    editor.save()
    assert "Ääli-Ülle" in sidebar(client)
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "en"
    profile.save()
    assert '"Log out"' in sidebar(client)
    profile.preferred_language = "fi"
    profile.save()
    assert '"Log out"' not in sidebar(client)


def _explorer_start(props: str) -> int:
    """The page the sidebar's "Pages" item opens at."""

    def find(node):
        if isinstance(node, dict):
            if node.get("_type") == "wagtail.sidebar.PageExplorerMenuItem":
                return node["_args"][-1]
            return next((f for f in map(find, node.values()) if f is not None), None)
        if isinstance(node, list):
            return next((f for f in map(find, node) if f is not None), None)
        return None

    return find(json.loads(props))


def test_a_moved_page_moves_where_pages_opens_and_editing_pages_keeps_it(
    client, home_page, make_user, builds
):
    from django.contrib.auth.models import Permission as Perm
    from wagtail.models import GroupPagePermission

    from tests.factories.resources import GuideIndexPageFactory

    left = GuideIndexPageFactory(parent=home_page, slug="vasen")
    right = GuideIndexPageFactory(parent=home_page, slug="oikea")
    first = GuideIndexPageFactory(parent=left, slug="eka")
    second = GuideIndexPageFactory(parent=left, slug="toka")
    area = Group.objects.create(name="Alue")
    area.permissions.add(Perm.objects.get(codename="access_admin"))
    change = Perm.objects.get(content_type__app_label="wagtailcore", codename="change_page")
    for page in (first, second):
        GroupPagePermission.objects.create(group=area, page=page, permission=change)
    user = make_user(None, first_name="Alli")
    user.groups.add(area)
    client.force_login(user)
    assert _explorer_start(sidebar(client)) == left.pk
    first.title = "Eka, muokattu"
    first.save_revision().publish()
    assert _explorer_start(sidebar(client)) == left.pk
    assert builds == [user.pk]  # a publish leaves the sidebar as it was
    second.move(right, pos="last-child")
    assert _explorer_start(sidebar(client)) == home_page.pk


def test_other_users_new_accounts_and_roles_leave_her_sidebar_as_it_was(
    client, editor, make_user, builds
):
    client.force_login(editor)
    sidebar(client)
    coordinators = Group.objects.get(name=roles.COORDINATORS)
    volunteer = make_user(roles.VOLUNTEERS)
    coordinators.user_set.add(make_user(None))
    volunteer.first_name = "Uusi"
    volunteer.save()
    sidebar(client)
    assert builds == [editor.pk]
    # From the group's side too, her own change is in her next sidebar.
    coordinators.user_set.add(editor)
    assert MATCHING in sidebar(client)
    assert builds == [editor.pk, editor.pk]
