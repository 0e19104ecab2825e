"""Check-ins on the coordinators' match page: the answers, the family's view, the
attention panel, and who may see them."""

import datetime

import pytest
from django.test import RequestFactory
from django.urls import reverse
from freezegun import freeze_time

from cms import roles
from tests.factories.matches import make_match
from tests.refusals import assert_refused, refused_to
from volunteers.matching import checkins
from volunteers.matching.models import MatchCheckIn
from volunteers.matching.wagtail_hooks import attention_panel

pytestmark = pytest.mark.django_db
D = datetime.date


@pytest.fixture(autouse=True)
def in_english():
    from django.utils import translation

    with translation.override("en"):
        yield


@pytest.fixture
def coordinator_user(make_user):
    """A coordinator whose admin is in English (the admin's default is Finnish)."""
    from wagtail.users.models import UserProfile

    user = make_user(roles.COORDINATORS)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user


@pytest.fixture
def coordinator_client(client, coordinator_user):
    client.force_login(coordinator_user)
    return client


@pytest.fixture
def answered():
    """A match whose first volunteer check-in was answered."""
    match = make_match(introduced_on=D(2026, 1, 1))
    with freeze_time("2026-01-31 07:00"):
        checkins.open_checkins()
    checkins.answer(
        match.checkins.get(side="volunteer"),
        rating=2,
        meetings_held=1,
        note="Perhe muuttaa ehkä",
        by=None,
    )
    return match


def detail(match):
    return reverse("match_admin:detail", args=[match.pk])


def test_the_answers_show_on_the_match_page(coordinator_client, answered):
    html = coordinator_client.get(detail(answered)).content.decode()
    assert "2/5" in html
    assert "Perhe muuttaa ehkä" in html
    assert "not answered" in html  # the family's view is not recorded yet
    assert "A check-in was answered low" in html


def test_the_coordinator_records_the_familys_view(coordinator_client, coordinator_user, answered):
    family = answered.checkins.get(side="family")
    response = coordinator_client.post(
        detail(answered),
        {
            "action": "family_checkin",
            "checkin": family.pk,
            "checkin-rating": "5",
            "checkin-meetings_held": "2",
            "checkin-note": "Äiti on tyytyväinen",
        },
    )
    assert response.status_code == 302
    family.refresh_from_db()
    assert (family.rating, family.note, family.answered_by) == (
        5,
        "Äiti on tyytyväinen",
        coordinator_user,
    )
    html = coordinator_client.get(detail(answered)).content.decode()
    assert "Äiti on tyytyväinen" in html
    assert "Record the family&#x27;s view" not in html


def test_recording_the_familys_view_is_the_coordinators_checkin(coordinator_client, answered):
    """The follow-up reminder of the same occasion is done once she has heard the
    family: it leaves the attention panel's count."""
    from volunteers.matching import followup

    with freeze_time("2026-01-31 07:00"):
        followup.run_followups()
    assert followup.attention()["followups"] == 1
    family = answered.checkins.get(side="family")
    response = coordinator_client.post(
        detail(answered),
        {
            "action": "family_checkin",
            "checkin": family.pk,
            "checkin-rating": "4",
            "checkin-meetings_held": "3",
        },
    )
    assert response.status_code == 302
    assert followup.attention()["followups"] == 0


def test_the_familys_view_is_validated(coordinator_client, answered):
    family = answered.checkins.get(side="family")
    response = coordinator_client.post(
        detail(answered),
        {"action": "family_checkin", "checkin": family.pk, "checkin-rating": "9"},
    )
    assert response.status_code == 400
    assert "Choose a number from 1 to 5." in response.content.decode()
    family.refresh_from_db()
    assert family.answered_at is None


def test_marking_seen_takes_the_match_off_the_panel(coordinator_client, answered):
    assert checkins.attention_matches().get() == answered
    coordinator_client.post(detail(answered), {"action": "checkin_seen"})
    assert not checkins.attention_matches().exists()


def test_the_attention_panel_counts_and_links_the_matches(coordinator_user, answered):
    request = RequestFactory().get("/")
    request.user = coordinator_user
    panel = attention_panel(request)
    assert panel.context["counts"]["checkins"] == 1
    listing_url = panel.context["checkin_attention_url"]
    assert listing_url.endswith("?checkin_attention=true")


def test_the_match_list_filters_the_flagged_matches(coordinator_client, answered):
    other = make_match()
    html = coordinator_client.get(
        reverse("match_admin:index") + "?checkin_attention=true"
    ).content.decode()
    assert detail(answered) in html
    assert detail(other) not in html


@pytest.mark.parametrize("group", [roles.PROJECT_WORKERS, roles.EDITORS, roles.VOLUNTEERS])
def test_others_neither_see_the_answers_nor_record_a_view(client, make_user, answered, group):
    client.force_login(make_user(group))
    family = answered.checkins.get(side="family")
    for response in (
        client.get(detail(answered)),
        client.post(
            detail(answered),
            {"action": "family_checkin", "checkin": family.pk, "checkin-rating": "5"},
        ),
    ):
        assert_refused(response, to=refused_to(group))
        assert "Perhe muuttaa" not in response.content.decode()
    family.refresh_from_db()
    assert family.answered_at is None
    assert MatchCheckIn.objects.filter(seen_at__isnull=False).count() == 0


def test_a_finnish_coordinator_reads_the_page_in_finnish(client, make_user, answered):
    client.force_login(make_user(roles.COORDINATORS))
    html = client.get(detail(answered)).content.decode()
    assert "Kuulumiskyselyt: miten tukisuhde sujuu" in html
    assert "Kirjaa perheen näkemys" in html
