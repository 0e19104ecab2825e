"""Meeting series: the term's dates without public holidays, moving and cancelling
one occurrence, clashes refused with nothing saved, meetings in use kept."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone, translation
from wagtail import hooks

from cms import roles
from resources import series as series_service
from resources.models import MeetingSeries, SeriesTheme, ThemeMeetingPage, Weekday
from resources.signals import meeting_cancelled
from tests.factories.resources import ThemeMeetingPageFactory, ThemePackagePageFactory, VenueFactory
from tests.refusals import assert_refused

pytestmark = pytest.mark.django_db

# Spring 2027: Thursdays 1.4.–13.5.; Ascension Day (helatorstai) is Thursday 6.5.2027.
TERM_START = datetime.date(2027, 4, 1)
TERM_END = datetime.date(2027, 5, 13)
THURSDAYS_WITHOUT_ASCENSION = [
    datetime.date(2027, 4, 1),
    datetime.date(2027, 4, 8),
    datetime.date(2027, 4, 15),
    datetime.date(2027, 4, 22),
    datetime.date(2027, 4, 29),
    datetime.date(2027, 5, 13),
]


@pytest.fixture
def venue(db):
    return VenueFactory(name="Perhetalo")


@pytest.fixture
def make_series(meeting_index, venue):
    def _make(**overrides):
        values = {
            "title": "Arabiankielinen ryhmä",
            "index_page": meeting_index,
            "language_group": "ar",
            "weekday": Weekday.THURSDAY,
            "start_time": datetime.time(10, 0),
            "end_time": datetime.time(12, 0),
            "venue": venue,
            "term_start": TERM_START,
            "term_end": TERM_END,
            "seats": 12,
            "childcare_places": 6,
        }
        values.update(overrides)
        return MeetingSeries.objects.create(**values)

    return _make


def occurrences(series):
    return list(ThemeMeetingPage.objects.filter(series=series).order_by("start"))


def local(dt):
    return timezone.localtime(dt).replace(tzinfo=None)


def test_a_term_with_a_public_holiday_gets_every_weekday_but_the_holiday(make_series):
    series = make_series()
    result = series_service.generate(series)
    meetings = occurrences(series)
    assert [m.series_date for m in meetings] == THURSDAYS_WITHOUT_ASCENSION
    assert len(result.created) == 6
    first = meetings[0]
    assert local(first.start) == datetime.datetime(2027, 4, 1, 10, 0)
    assert local(first.end) == datetime.datetime(2027, 4, 1, 12, 0)
    assert all(m.live for m in meetings)
    assert {(m.seats, m.childcare_places, m.language_group) for m in meetings} == {(12, 6, "ar")}


def test_easter_monday_is_skipped_too(make_series):
    series = make_series(
        weekday=Weekday.MONDAY,
        term_start=datetime.date(2027, 3, 22),
        term_end=datetime.date(2027, 4, 5),
    )
    assert series_service.planned_dates(series) == [
        datetime.date(2027, 3, 22),
        datetime.date(2027, 4, 5),
    ]


def test_the_theme_plan_sets_each_dates_package(make_series, home_page):
    package = ThemePackagePageFactory(parent=home_page, slug="kela")
    series = make_series()
    SeriesTheme.objects.create(series=series, date=datetime.date(2027, 4, 8), theme_package=package)
    series_service.generate(series)
    themed = {m.series_date: m.theme_package_id for m in occurrences(series)}
    assert themed[datetime.date(2027, 4, 8)] == package.pk
    assert themed[datetime.date(2027, 4, 1)] is None


def test_generating_twice_changes_nothing(make_series):
    series = make_series()
    series_service.generate(series)
    again = series_service.generate(series)
    assert (again.created, again.updated, again.deleted) == ([], [], [])
    assert len(occurrences(series)) == 6


def test_a_series_with_no_dates_is_refused_and_nothing_is_made(make_series):
    # The only Thursday of the term is Ascension Day.
    series = make_series(term_start=datetime.date(2027, 5, 5), term_end=datetime.date(2027, 5, 7))
    with translation.override("en"):
        with pytest.raises(ValidationError) as error:
            series_service.generate(series)
        assert "The series has no meeting dates" in error.value.messages[0]
    assert occurrences(series) == []


def test_a_double_booked_venue_is_refused_and_nothing_is_made(make_series, meeting_index, venue):
    booked = timezone.make_aware(datetime.datetime(2027, 4, 15, 11, 0))
    ThemeMeetingPageFactory(
        parent=meeting_index,
        title="Somalinkielinen ryhmä",
        venue=venue,
        language_group="so",
        start=booked,
        end=booked + datetime.timedelta(hours=2),
    )
    series = make_series()
    with translation.override("en"):
        with pytest.raises(ValidationError) as error:
            series_service.generate(series)
        assert len(error.value.messages) == 1
        assert "The venue is already booked then: Somalinkielinen ryhmä" in error.value.messages[0]
    assert occurrences(series) == []


def test_an_overlapping_meeting_of_the_same_language_group_is_refused(make_series):
    series_service.generate(make_series())
    other_venue = VenueFactory(name="Kirjasto")
    second = make_series(title="Toinen arabiankielinen", venue=other_venue)
    with translation.override("en"):
        with pytest.raises(ValidationError) as error:
            series_service.generate(second)
        assert len(error.value.messages) == 6
        assert "The language group already has a meeting then" in error.value.messages[0]
    assert occurrences(second) == []


def test_a_theme_on_a_date_without_a_meeting_is_refused(make_series, home_page):
    package = ThemePackagePageFactory(parent=home_page, slug="kela")
    series = make_series()
    SeriesTheme.objects.create(series=series, date=datetime.date(2027, 5, 6), theme_package=package)
    with translation.override("en"):
        with pytest.raises(ValidationError) as error:
            series_service.generate(series)
        assert "the series has no meeting that day" in error.value.messages[0]


def test_moving_one_occurrence_keeps_it_when_the_series_is_regenerated(make_series):
    series = make_series()
    series_service.generate(series)
    meeting = occurrences(series)[1]
    new_start = timezone.make_aware(datetime.datetime(2027, 4, 9, 13, 0))
    series_service.move(meeting, new_start, new_start + datetime.timedelta(hours=2))
    series.start_time, series.end_time = datetime.time(9, 0), datetime.time(11, 0)
    series.save()
    series_service.generate(series)
    moved = ThemeMeetingPage.objects.get(pk=meeting.pk)
    assert local(moved.start) == datetime.datetime(2027, 4, 9, 13, 0)
    assert moved.live and not moved.has_unpublished_changes
    others = [m for m in occurrences(series) if m.pk != meeting.pk]
    assert {local(m.start).time() for m in others} == {datetime.time(9, 0)}


def test_moving_onto_another_occurrence_is_refused(make_series):
    series = make_series()
    series_service.generate(series)
    first, second = occurrences(series)[:2]
    with translation.override("en"):
        with pytest.raises(ValidationError) as error:
            series_service.move(second, first.start, first.end)
        assert "The venue is already booked then" in error.value.messages[0]
    assert ThemeMeetingPage.objects.get(pk=second.pk).start == second.start


def test_cancelling_one_occurrence_marks_it_and_tells_the_people_layer(make_series):
    series = make_series()
    series_service.generate(series)
    meeting = occurrences(series)[2]
    heard = []

    def receiver(sender, meeting, **kwargs):
        heard.append(meeting.pk)

    meeting_cancelled.connect(receiver)
    try:
        assert series_service.cancel(meeting) is True
        assert series_service.cancel(meeting) is False
    finally:
        meeting_cancelled.disconnect(receiver)
    assert heard == [meeting.pk]
    assert ThemeMeetingPage.objects.get(pk=meeting.pk).cancelled
    assert sum(m.cancelled for m in occurrences(series)) == 1


def test_shortening_the_term_never_deletes_a_meeting_in_use(make_series):
    series = make_series()
    series_service.generate(series)
    last_two = occurrences(series)[-2:]
    in_use = last_two[1]

    def used(keys):
        return {key for key in keys if key == in_use.translation_key}

    series.term_end = datetime.date(2027, 4, 22)
    series.save()
    with hooks.register_temporarily(series_service.IN_USE_HOOK, used):
        result = series_service.generate(series)
    assert [m.pk for m in result.deleted] == [last_two[0].pk]
    assert [m.pk for m in result.kept_in_use] == [in_use.pk]
    assert ThemeMeetingPage.objects.filter(pk=in_use.pk).exists()
    assert not ThemeMeetingPage.objects.filter(pk=last_two[0].pk).exists()


def test_editors_and_coordinators_may_define_series(make_user):
    for group in (roles.EDITORS, roles.COORDINATORS):
        assert make_user(group).has_perm("resources.add_meetingseries")
    assert not make_user(roles.PROJECT_WORKERS).has_perm("resources.add_meetingseries")


def admin_form(meeting_index, venue, **overrides):
    data = {
        "title": "Arabiankielinen ryhmä",
        "index_page": meeting_index.pk,
        "language_group": "ar",
        "weekday": Weekday.THURSDAY,
        "start_time": "10:00",
        "end_time": "12:00",
        "venue": venue.pk,
        "term_start": TERM_START.isoformat(),
        "term_end": TERM_END.isoformat(),
        "seats": "12",
        "childcare_places": "6",
        "theme_plan-TOTAL_FORMS": "0",
        "theme_plan-INITIAL_FORMS": "0",
        "theme_plan-MIN_NUM_FORMS": "0",
        "theme_plan-MAX_NUM_FORMS": "1000",
    }
    data.update(overrides)
    return data


def test_a_coordinator_creates_a_series_in_the_admin_and_its_meetings_appear(
    client, make_user, meeting_index, venue
):
    client.force_login(make_user(roles.COORDINATORS))
    response = client.post(
        "/admin/meeting-series/new/", admin_form(meeting_index, venue), follow=True
    )
    assert response.status_code == 200
    series = MeetingSeries.objects.get()
    assert [m.series_date for m in occurrences(series)] == THURSDAYS_WITHOUT_ASCENSION
    assert "6 tapaamista luotu" in response.content.decode()


def test_bad_input_in_the_admin_gets_a_message_and_saves_nothing(
    client, make_user, meeting_index, venue
):
    client.force_login(make_user(roles.COORDINATORS))
    response = client.post(
        "/admin/meeting-series/new/",
        admin_form(meeting_index, venue, term_start="2027-05-05", term_end="2027-05-07"),
    )
    assert response.status_code == 200
    assert "Sarjalla ei ole yhtään tapaamispäivää" in response.content.decode()
    assert MeetingSeries.objects.count() == 0
    assert ThemeMeetingPage.objects.count() == 0


def test_a_project_worker_cannot_open_the_series_admin(client, make_user):
    client.force_login(make_user(roles.PROJECT_WORKERS))
    assert_refused(client.get("/admin/meeting-series/"), to="dashboard")


def test_a_cancelled_meeting_says_so_on_its_page(make_series, client):
    series = make_series()
    series_service.generate(series)
    meeting = occurrences(series)[0]
    series_service.cancel(meeting)
    html = client.get(meeting.url).content.decode()
    assert "Tämä tapaaminen on peruttu." in html
