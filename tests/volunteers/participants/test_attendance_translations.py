"""One meeting in many languages: one attendance sheet and one row everywhere.

A theme meeting translated into English and Arabic is still one meeting: ticking a
mother present on any copy is seen on every copy, and each listing counts it once,
titled in the reader's language."""

import importlib

import pytest
from django.urls import reverse
from wagtail.models import Locale

from tests.factories.participants import AttendanceFactory, ParticipantFactory, make_meeting
from tests.refusals import assert_refused
from tests.volunteers.participants.participant_helpers import english_admin
from tests.volunteers.participants.test_attendance import arabic_speakers, attendance_data
from volunteers.participants.attendance import meeting_participants
from volunteers.participants.models import MeetingAttendance

pytestmark = pytest.mark.django_db


def translate(page, language_code, title=None):
    """Publish a copy of `page` (and of its missing ancestors) in another locale."""
    locale = Locale.objects.get(language_code=language_code)
    parent = page.get_parent().specific
    if parent.depth > 1 and not parent.has_translation(locale):
        translate(parent, language_code)
    copy = page.copy_for_translation(locale)
    if title:
        copy.title = title
    copy.save_revision().publish()
    return copy.specific


@pytest.fixture
def coordinator(make_user):
    return english_admin(make_user("Coordinators"))


@pytest.fixture
def meeting(home_page):
    return make_meeting(home_page, language_group="ar", days_ago=-1)


@pytest.fixture
def translations(meeting):
    return {
        "en": translate(meeting, "en", "Theme meeting in English"),
        "ar": translate(meeting, "ar", "لقاء موضوعي"),
    }


def test_ticks_on_the_arabic_copy_show_on_the_finnish_sheet(
    client, coordinator, meeting, translations
):
    speakers = arabic_speakers(2)
    client.force_login(coordinator)
    arabic = translations["ar"]
    client.post(reverse("attendance:meeting", args=[arabic.pk]), attendance_data(speakers))
    response = client.get(reverse("attendance:meeting", args=[meeting.pk]))
    forms = [form for _participant, form in response.context["rows"]]
    assert [form.initial["present"] for form in forms] == [True, True]
    assert MeetingAttendance.objects.count() == 2


def test_every_copy_lists_who_was_recorded_on_another(coordinator, meeting, translations):
    outsider = ParticipantFactory(first_name="Muukielinen")
    AttendanceFactory(meeting=meeting, participant=outsider, present=True)
    assert outsider in list(meeting_participants(translations["en"], coordinator))


def test_attendance_list_shows_the_meeting_once_in_the_readers_language(
    client, coordinator, meeting, translations
):
    client.force_login(coordinator)
    response = client.get(reverse("attendance:index"))
    assert [m.title for m in response.context["meetings"]] == ["Theme meeting in English"]


def test_attendance_list_names_the_language_group(client, coordinator, meeting):
    client.force_login(coordinator)
    response = client.get(reverse("attendance:index"))
    assert "Arabic" in response.text
    assert "<td>ar</td>" not in response.text


def test_front_page_panel_counts_the_meeting_once(client, make_user, meeting, translations):
    client.force_login(make_user("Coordinators"))
    response = client.get("/")
    assert response.status_code == 200
    assert response.text.count(reverse("attendance:meeting", args=[meeting.pk])) == 1
    assert reverse("attendance:meeting", args=[translations["ar"].pk]) not in response.text


def test_ical_feed_has_one_event_per_meeting(client, meeting, translations):
    body = client.get(reverse("meetings_ical")).content.decode()
    assert body.count("BEGIN:VEVENT") == 1


def test_ical_feed_falls_back_to_the_source_when_not_translated(client, home_page):
    make_meeting(home_page, language_group="so", days_ago=-2, slug="vain-suomeksi")
    body = client.get("/en/calendar/meetings.ics").content.decode()
    assert body.count("BEGIN:VEVENT") == 1


def test_migration_merges_duplicate_sheets_without_losing_a_tick(meeting, translations):
    from django.apps import apps

    merge = importlib.import_module(
        "volunteers.participants.migrations.0002_merge_translated_meeting_attendance"
    ).merge_into_sources
    both, only_arabic = ParticipantFactory.create_batch(2)
    AttendanceFactory(meeting=meeting, participant=both, present=False, children_in_childcare=2)
    AttendanceFactory(
        meeting=translations["ar"], participant=both, present=True, interpreter_used=True
    )
    AttendanceFactory(meeting=translations["en"], participant=only_arabic, present=True)
    merge(apps, None)
    rows = {row.participant: row for row in MeetingAttendance.objects.all()}
    assert len(rows) == 2
    assert {row.meeting_id for row in rows.values()} == {meeting.pk}
    assert rows[both].present and rows[both].interpreter_used
    assert rows[both].children_in_childcare == 2
    assert rows[only_arabic].present


def test_attendance_sheet_names_the_language_group(client, coordinator, meeting):
    client.force_login(coordinator)
    response = client.get(reverse("attendance:meeting", args=[meeting.pk]))
    assert "Language group: Arabic" in response.text


def test_printable_sheet_lists_the_group_with_ticks_from_any_translation(
    client, coordinator, meeting, translations
):
    speaker = arabic_speakers(1)[0]
    AttendanceFactory(meeting=meeting, participant=speaker, present=True, interpreter_used=True)
    client.force_login(coordinator)
    response = client.get(reverse("attendance:sheet", args=[translations["ar"].pk]))
    assert response.status_code == 200
    assert f"{speaker.first_name} {speaker.last_name}" in response.text
    assert response.text.count("✓") == 2
    assert "attendance_sheet.css" in response.text


def test_printable_sheet_needs_the_attendance_permission(client, make_user, meeting):
    speaker = arabic_speakers(1)[0]
    client.force_login(make_user("Editors"))
    response = client.get(reverse("attendance:sheet", args=[meeting.pk]))
    # Wagtail's admin answers a refused page with a redirect to the dashboard.
    assert_refused(response, to="dashboard")
    assert speaker.last_name not in response.text
