"""The admin screens coordinators, project workers, editors and report readers use, in
Finnish: no English on them (tests/i18n/admin_text.py says what counts as English).

The demo data is loaded once for the module, inside a transaction rolled back at the
end, so every screen shows real rows: lists, records, matches, pages, translations.
"""

import pytest
from django.db import transaction
from django.urls import reverse

from tests.conftest import prefer_language

from .admin_text import english_on, visible_pieces

# One xdist worker runs the whole module, so the demo below is loaded once, not once
# per worker (it is the slowest setup here: a few hundred pages and every people table).
pytestmark = pytest.mark.xdist_group("admin-finnish-demo")


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    from django.core.cache import cache

    from home import demo as home_demo

    with django_db_blocker.unblock(), transaction.atomic():
        home_demo.load()
        yield
        transaction.set_rollback(True)
    cache.clear()


def _user(username):
    from django.contrib.auth import get_user_model

    return prefer_language(get_user_model().objects.get(username=username), "fi")


def _coordinator_pages():
    from volunteers.matching.models import Match
    from volunteers.outreach.models import OutreachSettings
    from volunteers.participants.models import Participant
    from volunteers.volunteers import screening
    from volunteers.volunteers.models import Volunteer

    # A sign-up confirmed by its email link: the history then holds the system's note.
    signup = Volunteer.objects.filter(status="submitted").first()
    screening.confirm_email(signup)
    participant = Participant.objects.order_by("pk").first()
    match = Match.objects.order_by("pk").first()
    return [
        reverse("wagtailadmin_home"),
        reverse("volunteer_admin:index"),
        reverse("volunteer_admin:index") + "?q=zzzzzz",
        reverse("volunteer_admin:inspect", args=[signup.pk]),
        reverse("volunteer_admin:edit", args=[signup.pk]),
        reverse("volunteer_admin:screening", args=[signup.pk]),
        reverse("volunteer_admin:history", args=[signup.pk]),
        reverse("participants:index"),
        reverse("participants:inspect", args=[participant.pk]),
        reverse("participants:edit", args=[participant.pk]),
        reverse("volunteers_review:index"),
        reverse("volunteers_matching:index"),
        reverse("pair_rules:index"),
        reverse("match_admin:index"),
        reverse("match_admin:detail", args=[match.pk]),
        reverse("attendance:index"),
        reverse("kykyviisari:index"),
        reverse("home_visits:index"),
        reverse("task_packages:index"),
        reverse("outgoing_email_admin:index"),
        reverse("reports:index"),
        reverse("wagtailadmin_account"),
        *_outreach_pages(),
        reverse("partner_organisations:index"),
        reverse("partner_contacts:index"),
        reverse("outreach_channels:index"),
        reverse(
            "wagtailsettings:edit",
            args=["outreach", "outreachsettings", OutreachSettings.load().pk],
        ),
    ]


def _worker_pages():
    from volunteers.participants.models import HomeVisit

    visit = HomeVisit.objects.order_by("pk").first()
    return [
        reverse("wagtailadmin_home"),
        reverse("participants:index"),
        reverse("home_visits:index"),
        reverse("home_visits:edit", args=[visit.pk]),
        reverse("initial_assessments:index"),
        reverse("introductory_visits:index"),
        *_outreach_pages(),
    ]


def _outreach_pages():
    from volunteers.outreach.models import OutreachContact, Referral

    contact = OutreachContact.objects.filter(participant__isnull=True).order_by("pk").first()
    referral = Referral.objects.filter(direction="out").first()
    return [
        reverse("outreach_contacts:index"),
        reverse("outreach_contacts:edit", args=[contact.pk]),
        reverse("outreach_contacts:enrol", args=[contact.pk]),
        reverse("referrals:index"),
        reverse("referrals:edit", args=[referral.pk]),
    ]


def _editor_pages():
    from wagtail.models import Locale, Page

    from resources.models import GuideChapterPage

    chapter = GuideChapterPage.objects.filter(locale__language_code="fi").first()
    translated = chapter.get_translation(Locale.objects.get(language_code="ar"))
    home = Page.objects.get(depth=2, locale__language_code="fi")
    return [
        reverse("wagtailadmin_home"),
        reverse("wagtailadmin_explore_root"),
        reverse("wagtailadmin_explore", args=[home.pk]),
        reverse("wagtailadmin_pages:edit", args=[chapter.pk]),
        reverse("wagtailadmin_pages:history", args=[chapter.pk]),
        # A translation made with wagtail-localize opens in its translation editor.
        reverse("wagtailadmin_pages:edit", args=[translated.pk]),
        reverse("wagtaildocs:index"),
        reverse("wagtailimages:index"),
        # (Not the themes: their list holds the English translations too, which is content.)
        reverse("wagtailsnippets_resources_venue:list"),
        reverse("wagtailadmin_account"),
    ]


def _reader_pages():
    return [reverse("wagtailadmin_home"), reverse("reports:index")]


ROLES = {
    "coordinator": _coordinator_pages,
    "worker": _worker_pages,
    "editor": _editor_pages,
    "reader": _reader_pages,
}


@pytest.mark.parametrize("username", list(ROLES))
def test_admin_screens_of_each_role_show_no_english(demo, db, client, username):
    client.force_login(_user(username))
    english = {}
    for url in ROLES[username]():
        response = client.get(url)
        assert response.status_code == 200, url
        assert 'lang="fi"' in response.content.decode()[:300], url
        found = english_on(response.content.decode())
        if found:
            english[url] = found
    assert english == {}


def test_the_detector_finds_english_that_reaches_a_finnish_page():
    """The check itself: untranslated Wagtail text, a raw group name and a stored English
    note are caught; Finnish, names and allowed words are not."""
    page = (
        '<nav aria-label="Actions">Kaisa Koordinaattori</nav>'
        "<p>Roolisi: Coordinators</p><li>vahvistettu — email confirmed</li>"
        "<p>1-11 of 11 sivut</p><p>Wagtail</p>"
        '<div hidden>None</div><script>var x = "Close dialog";</script>'
    )
    assert visible_pieces(page)[0] == "Actions"
    found = english_on(page)
    assert any(piece.startswith("Actions") for piece in found)
    assert any("Coordinators" in piece for piece in found)
    assert any("email confirmed" in piece for piece in found)
    assert any("1-11 of 11" in piece for piece in found)
    assert not any(piece.startswith(("Wagtail", "None")) for piece in found)
    assert english_on("<p>Kaisa Koordinaattori</p><p>Vapaaehtoiset</p>") == []


def test_finnish_weekday_abbreviations_are_not_english():
    """Whatever weekday the suite runs on, a meeting on Thursday reads "to 3.12." on the
    dashboard: Finnish, not Wagtail's English "to"."""
    for weekday in ("ma", "ti", "ke", "to", "pe", "la", "su"):
        page = f"<p>— {weekday} 3.12. 13:00, Kohtaamispaikka Rantakoivu, Tornio</p>"
        assert english_on(page) == [], weekday


def test_the_workers_meetings_panel_is_in_finnish(demo, db, client):
    """Her mothers' coming meetings on her dashboard, a registered and a waiting one."""
    import datetime

    from django.utils import timezone

    from resources.models import ThemeMeetingPage
    from volunteers.participants.models import MeetingRegistration, Participant

    worker = _user("worker")
    soon = ThemeMeetingPage.objects.live().filter(
        start__gt=timezone.now(), start__lt=timezone.now() + datetime.timedelta(days=10)
    )
    meeting = soon.filter(locale__language_code="fi").order_by("start").first()
    mothers = Participant.objects.filter(worker=worker).order_by("pk")[:2]
    assert meeting is not None and len(mothers) == 2
    for mother, status in zip(mothers, ("registered", "waiting"), strict=True):
        MeetingRegistration.objects.filter(meeting=meeting, participant=mother).delete()
        MeetingRegistration.objects.create(meeting=meeting, participant=mother, status=status)
    client.force_login(worker)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert 'data-mine="registered"' in html
    assert 'data-mine="waiting"' in html
    assert english_on(html) == []
