"""The admin dashboard as each role's home: who sees which panel, and each panel in
a constant number of queries however much there is to show."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from cms import roles
from tests.conftest import prefer_language
from tests.factories.participants import AttendanceFactory, ParticipantFactory, make_meeting
from tests.factories.resources import GuideIndexPageFactory
from tests.factories.volunteers import VolunteerFactory
from volunteers.participants.models import HomeVisit
from volunteers.volunteers.models import VolunteerStatus

pytestmark = pytest.mark.django_db


def dashboard(client):
    response = client.get("/admin/")
    assert response.status_code == 200
    return response.text


def this_week(home_page, slug):
    """A meeting later today or, late on a Sunday, earlier today: always this week."""
    now = timezone.localtime()
    hours = -1 if now.hour >= 22 else 1
    meeting = make_meeting(home_page, slug=slug, days_ago=0)
    meeting.start = timezone.now() + datetime.timedelta(hours=hours)
    meeting.end = meeting.start + datetime.timedelta(hours=1)
    meeting.save_revision().publish()
    return meeting


def test_coordinator_lands_on_needs_attention_and_screening(client, login):
    login(roles.COORDINATORS)
    VolunteerFactory(status=VolunteerStatus.CONFIRMED)
    text = dashboard(client)
    assert "Needs attention" in text
    assert "Sign-ups waiting for screening" in text


def test_coordinator_sees_whether_attendance_is_recorded(client, login, home_page):
    login(roles.COORDINATORS)
    meeting = this_week(home_page, "viikon-tapaaminen")
    assert 'data-attendance="missing"' in dashboard(client)
    AttendanceFactory(meeting=meeting, participant=ParticipantFactory(), present=True)
    text = dashboard(client)
    assert 'data-attendance="recorded"' in text
    assert 'data-attendance="missing"' not in text


def test_project_worker_sees_her_caseload_and_next_home_visits(client, login):
    worker = login(roles.PROJECT_WORKERS)
    participant = ParticipantFactory(worker=worker, first_name="Hodan")
    HomeVisit.objects.create(
        participant=participant,
        worker=worker,
        date=timezone.localdate() + datetime.timedelta(days=2),
        topics="Neuvola",
    )
    text = dashboard(client)
    assert "You are responsible for 1 active participant." in text
    assert "Your next home visits" in text
    assert "Neuvola" in text
    assert "Sign-ups waiting for screening" not in text


def test_editor_sees_her_drafts_and_no_people_panels(client, login, home_page):
    editor = login(roles.EDITORS)
    index = GuideIndexPageFactory(parent=home_page, slug="oppaat", title="Oppaat")
    index.title = "Oppaat (luonnos)"
    index.save_revision(user=editor)
    text = dashboard(client)
    assert "Your drafts" in text
    assert "Oppaat (luonnos)" in text
    assert "Needs attention" not in text
    assert "You are responsible" not in text


def test_report_reader_gets_no_dead_link_while_there_are_no_reports(client, login):
    login(roles.REPORT_READERS)
    assert "/admin/reports/" not in dashboard(client)


def test_report_reader_gets_the_reports_link_when_they_exist(client, login, monkeypatch):
    monkeypatch.setattr("home.dashboard.REPORTS_PATH", "/admin/pages/")
    login(roles.REPORT_READERS)
    assert 'href="/admin/pages/"' in dashboard(client)


def test_coordinator_dashboard_queries_do_not_grow_with_the_data(client, login, home_page):
    login(roles.COORDINATORS)
    this_week(home_page, "eka")
    VolunteerFactory(status=VolunteerStatus.CONFIRMED)
    dashboard(client)  # warm per-process caches
    with CaptureQueriesContext(connection) as few:
        dashboard(client)
    for index in range(4):
        this_week(home_page, f"lisa-{index}")
    VolunteerFactory.create_batch(5, status=VolunteerStatus.INTERVIEWED)
    with CaptureQueriesContext(connection) as many:
        dashboard(client)
    assert len(many) == len(few)


def test_worker_dashboard_queries_do_not_grow_with_the_visits(client, login):
    worker = login(roles.PROJECT_WORKERS)
    participant = ParticipantFactory(worker=worker)
    soon = timezone.localdate() + datetime.timedelta(days=1)
    HomeVisit.objects.create(participant=participant, worker=worker, date=soon)
    dashboard(client)
    with CaptureQueriesContext(connection) as few:
        dashboard(client)
    for _ in range(4):
        HomeVisit.objects.create(participant=ParticipantFactory(), worker=worker, date=soon)
    with CaptureQueriesContext(connection) as many:
        dashboard(client)
    assert len(many) == len(few)


def _translated_meeting(home_page, slug):
    from wagtail.models import Locale
    from wagtail_localize.models import Translation, TranslationSource

    meeting = make_meeting(home_page, slug=slug, days_ago=-3)
    source, _created = TranslationSource.get_or_create_from_instance(meeting)
    translation = Translation.objects.create(
        source=source, target_locale=Locale.objects.get(language_code="en")
    )
    translation.save_target(publish=True)
    return meeting


def test_editors_see_translations_whose_source_changed_since_the_sync(client, login, home_page):
    login(roles.EDITORS)
    meeting = _translated_meeting(home_page, "kaannetty")
    assert "Every translation is up to date" in dashboard(client)
    meeting.title = "Uusi otsikko"
    meeting.save_revision().publish()
    text = dashboard(client)
    assert "Translations out of date" in text
    assert "(English)" in text
    english = meeting.get_translation(meeting.locale.__class__.objects.get(language_code="en"))
    assert f'data-outdated-translation="{english.pk}"' in text


def test_a_synced_translation_is_no_longer_out_of_date(client, login, home_page):
    from wagtail_localize.models import TranslationSource

    login(roles.EDITORS)
    meeting = _translated_meeting(home_page, "synkattu")
    meeting.save_revision().publish()
    TranslationSource.objects.get(object_id=meeting.translation_key).update_from_db()
    assert "data-outdated-translation" not in dashboard(client)


def test_the_outdated_translations_panel_is_for_editors(client, login, home_page):
    login(roles.COORDINATORS)
    assert "Translations out of date" not in dashboard(client)


def test_the_outdated_translations_query_count_is_constant(client, login, home_page):
    login(roles.EDITORS)
    first = _translated_meeting(home_page, "yksi")
    first.save_revision().publish()
    dashboard(client)
    with CaptureQueriesContext(connection) as few:
        dashboard(client)
    for i in range(3):
        _translated_meeting(home_page, f"lisaa-{i}").save_revision().publish()
    with CaptureQueriesContext(connection) as many:
        assert dashboard(client).count("data-outdated-translation=") == 4
    assert len(many.captured_queries) == len(few.captured_queries)


# --- Panels follow permissions, not group names -----------------------------------


@pytest.fixture
def custom_role(client, make_user, home_page):
    """A group made in the admin by an administrator, named as she likes, holding
    some of the permissions the built-in roles hold."""

    def _login(name, permissions=(), page_permissions=()):
        from django.contrib.auth.models import Group, Permission
        from wagtail.models import GroupPagePermission, Page

        group = Group.objects.create(name=name)
        for dotted in (roles.ADMIN_ACCESS, *permissions):
            app_label, codename = dotted.split(".")
            group.permissions.add(
                Permission.objects.get(content_type__app_label=app_label, codename=codename)
            )
        root = Page.get_first_root_node()
        for codename in page_permissions:
            GroupPagePermission.objects.create(
                group=group,
                page=root,
                permission=Permission.objects.get(
                    content_type__app_label="wagtailcore", codename=codename
                ),
            )
        user = prefer_language(make_user(), "en")
        user.groups.add(group)
        client.force_login(user)
        return user

    return _login


def test_a_funders_group_with_the_reports_permission_gets_the_reports_link(
    client, custom_role, monkeypatch
):
    monkeypatch.setattr("home.dashboard.REPORTS_PATH", "/admin/pages/")
    custom_role("Rahoittajan yhteyshenkilöt", [roles.VIEW_REPORTS])
    assert 'href="/admin/pages/"' in dashboard(client)


def test_a_translators_group_sees_the_outdated_translations(client, custom_role):
    custom_role("Kääntäjät", ["wagtail_localize.submit_translation"])
    assert "Every translation is up to date" in dashboard(client)


def test_a_page_editors_group_sees_its_drafts(client, custom_role, home_page):
    editor = custom_role("Sivujen ylläpitäjät", page_permissions=["change_page"])
    index = GuideIndexPageFactory(parent=home_page, slug="luonnokset", title="Luonnokset")
    index.title = "Luonnokset (muokattu)"
    index.save_revision(user=editor)
    assert "Luonnokset (muokattu)" in dashboard(client)
