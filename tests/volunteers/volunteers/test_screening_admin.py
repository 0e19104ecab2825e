import re

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse
from django.utils import timezone, translation

from cms import roles, row_menus
from tests.admin_lists import queries_of, table_html, table_html_unshared
from tests.conftest import prefer_language
from tests.factories.volunteers import VolunteerFactory, approved_volunteer
from volunteers.volunteers.models import RequirementItem, Volunteer, VolunteerStatus

pytestmark = pytest.mark.django_db
INDEX = "/admin/volunteers/"
# The volunteer list of a coordinator: session, user, permissions, the menu, filters,
# the count and the page of volunteers with their languages and requirements.
MAX_LIST_QUERIES = 15


@pytest.fixture
def coordinator_client(client, make_user, english):
    # These tests read the admin's messages in English.
    client.force_login(prefer_language(make_user(roles.COORDINATORS), "en"))
    return client


def screening_url(volunteer):
    return f"/admin/volunteers/{volunteer.pk}/screening/"


def test_coordinators_list_volunteers_with_eligibility(coordinator_client):
    approved_volunteer(first_name="Aino", roles=["friend"])
    VolunteerFactory(first_name="Bertta", status=VolunteerStatus.CONFIRMED, roles=["friend"])
    html = coordinator_client.get(INDEX).content.decode()
    assert "Aino" in html and "Bertta" in html
    assert "missing: interview" in html


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("role=friend", {"Friend"}),
        ("language=ar", {"Arab"}),
        ("status=trained", {"Trained"}),
    ],
)
def test_coordinators_filter_by_role_language_and_state(coordinator_client, query, expected):
    VolunteerFactory(first_name="Friend", roles=["friend"])
    VolunteerFactory(first_name="Arab", roles=["godparent"], languages=[("ar", 3)])
    VolunteerFactory(first_name="Trained", roles=["godparent"], status=VolunteerStatus.TRAINED)
    response = coordinator_client.get(f"{INDEX}?{query}")
    names = {v.first_name for v in response.context["object_list"]}
    assert names == expected


def test_the_volunteer_list_costs_the_same_queries_for_3_rows_as_for_30(
    coordinator_client, django_assert_max_num_queries
):
    for _ in range(3):
        approved_volunteer()
    # The first request of a login also stamps the staff session (a few writes).
    coordinator_client.get(INDEX)
    few = queries_of(coordinator_client, INDEX)
    for _ in range(27):
        approved_volunteer(roles=["friend", "godparent"], languages=[("fi", 3), ("ar", 2)])
    with django_assert_max_num_queries(MAX_LIST_QUERIES):
        assert queries_of(coordinator_client, INDEX) == few


def test_each_rows_menu_is_the_one_wagtail_renders(coordinator_client, monkeypatch):
    """The rows' "…" menus are rendered once and filled in per row (cms/row_menus.py):
    the same HTML as Wagtail's own, each row with its own links and name."""
    first = VolunteerFactory(first_name="Aino 'Äijälä'", last_name="<&>")
    second = VolunteerFactory(first_name="Bertta")
    coordinator_client.get(INDEX)
    rendered = []
    original = row_menus.RowMenus._render_skeleton
    with monkeypatch.context() as patch:
        patch.setattr(
            row_menus.RowMenus,
            "_render_skeleton",
            lambda self, *args: rendered.append(1) or original(self, *args),
        )
        shared = table_html(coordinator_client, INDEX)
    assert len(rendered) == 1  # two rows of one shape: one menu rendered by Wagtail
    assert shared == table_html_unshared(coordinator_client, INDEX, monkeypatch)
    for volunteer in (first, second):
        assert f'href="{screening_url(volunteer)}"' in shared
        assert f'href="{INDEX}inspect/{volunteer.pk}/"' in shared
    assert "Aino &#x27;Äijälä&#x27; &lt;&amp;&gt;" in shared


def test_coordinators_export_volunteers_as_csv(coordinator_client):
    VolunteerFactory(first_name="Äijälä")
    response = coordinator_client.get(f"{INDEX}?export=csv")
    assert response.status_code == 200
    assert "Äijälä" in response.content.decode()


def test_export_is_refused_without_the_export_permission(client, make_user):
    viewer = make_user(roles.PROJECT_WORKERS)
    viewer.user_permissions.add(Permission.objects.get(codename="view_volunteer"))
    client.force_login(viewer)
    assert client.get(INDEX).status_code == 200
    assert "Download CSV" not in client.get(INDEX).content.decode()
    response = client.get(f"{INDEX}?export=csv")
    # Wagtail turns PermissionDenied in the admin into a redirect with a message.
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")
    assert "csv" not in response.get("Content-Type", "")


def test_a_coordinator_moves_a_volunteer_on_the_screening_page(coordinator_client):
    volunteer = VolunteerFactory(status=VolunteerStatus.CONFIRMED)
    response = coordinator_client.post(
        screening_url(volunteer), {"move": "1", "target": "interviewed", "reason": "Hyvä"}
    )
    assert response.status_code == 302
    event = volunteer.status_events.get()
    assert (event.to_status, event.reason) == ("interviewed", "Hyvä")


def test_a_move_not_offered_is_refused_with_a_message(coordinator_client):
    volunteer = VolunteerFactory(status=VolunteerStatus.CONFIRMED)
    response = coordinator_client.post(
        screening_url(volunteer), {"move": "1", "target": "approved"}
    )
    assert response.status_code == 400
    assert Volunteer.objects.get().status == VolunteerStatus.CONFIRMED


def test_a_coordinator_records_the_extract_as_seen_by_them(coordinator_client):
    volunteer = VolunteerFactory()
    today = timezone.localdate().isoformat()
    response = coordinator_client.post(
        screening_url(volunteer), {"req-kind": "criminal_record", "req-done_on": today}
    )
    assert response.status_code == 302
    item = RequirementItem.objects.get()
    assert item.recorded_by == response.wsgi_request.user
    # A request leaves its language active; read the summary in English.
    with translation.override("en"):
        assert item.summary().startswith("criminal-record extract on")


def test_the_extract_note_is_refused_next_to_the_field(coordinator_client):
    volunteer = VolunteerFactory()
    response = coordinator_client.post(
        screening_url(volunteer),
        {"req-kind": "criminal_record", "req-done_on": "2026-01-05", "req-note": "clean"},
    )
    assert response.status_code == 400
    assert "Write nothing about the extract" in response.content.decode()
    assert RequirementItem.objects.count() == 0


def test_a_coordinator_edits_roles_and_languages_in_the_admin(coordinator_client):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data

    volunteer = VolunteerFactory(roles=["friend"], languages=[])
    data = nested_form_data(
        {
            "first_name": volunteer.first_name,
            "last_name": volunteer.last_name,
            "email": volunteer.email,
            "phone": "",
            "municipality": volunteer.municipality_id,
            "postcode": "",
            "gender": "woman",
            "language": "fi",
            "languages": inline_formset([{"language": "so", "level": 2}]),
            "adults": 2,
            "children": inline_formset([{"birth_year": 2018}]),
            "child_age_min": 0,
            "child_age_max": 10,
            "meetings_per_month": 1,
            "capacity": 1,
            "max_travel_km": 10,
            "interests": "",
            "motivation": "",
            "heard_from": "",
        }
    )
    # Multiple-choice values go as repeated keys, which nested_form_data would flatten.
    data.update(roles=["friend", "support_family"], availability=["weekends"])
    response = coordinator_client.post(f"/admin/volunteers/edit/{volunteer.pk}/", data)
    assert response.status_code == 302, response.context["form"].errors
    volunteer.refresh_from_db()
    assert volunteer.roles == ["support_family", "friend"]
    assert [(lang.language, lang.level) for lang in volunteer.languages.all()] == [("so", 2)]
    assert volunteer.children_birth_years() == [2018]


def test_coordinators_search_volunteers_by_name(coordinator_client):
    VolunteerFactory(first_name="Äijälä", last_name="Ñúñez")
    VolunteerFactory(first_name="Outi", last_name="Rautio")
    response = coordinator_client.get(f"{INDEX}?q=Rautio")
    assert [v.first_name for v in response.context["object_list"]] == ["Outi"]


def test_a_language_listed_twice_in_the_admin_is_an_error_not_a_crash(coordinator_client):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data

    volunteer = VolunteerFactory(roles=["friend"], languages=[])
    data = nested_form_data(
        {
            "first_name": volunteer.first_name,
            "last_name": volunteer.last_name,
            "email": volunteer.email,
            "municipality": volunteer.municipality_id,
            "gender": "woman",
            "language": "fi",
            "languages": inline_formset(
                [{"language": "so", "level": 2}, {"language": "so", "level": 1}]
            ),
            "adults": 1,
            "children": inline_formset([]),
            "child_age_min": 0,
            "child_age_max": 10,
            "meetings_per_month": 1,
            "capacity": 1,
            "max_travel_km": 10,
        }
    )
    data.update(roles=["friend"], availability=["weekends"])
    response = coordinator_client.post(f"/admin/volunteers/edit/{volunteer.pk}/", data)
    assert response.status_code == 200
    assert volunteer.languages.count() == 0


def test_approving_without_every_requirement_warns_the_coordinator(coordinator_client):
    volunteer = VolunteerFactory(status=VolunteerStatus.TRAINED, roles=["friend"])
    response = coordinator_client.post(
        screening_url(volunteer), {"move": "1", "target": "approved"}, follow=True
    )
    texts = [str(m) for m in response.context["messages"]]
    assert any("Not yet eligible" in t and "missing: training" in t for t in texts)


def test_the_requirement_list_costs_the_same_queries_for_more_rows(
    coordinator_client, django_assert_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    approved_volunteer()
    # The first request of a login also stamps the staff session (a few writes).
    coordinator_client.get("/admin/screening/")
    with CaptureQueriesContext(connection) as small:
        assert coordinator_client.get("/admin/screening/").status_code == 200
    for _ in range(6):
        approved_volunteer(roles=["support_family"])
    with django_assert_num_queries(len(small.captured_queries)):
        coordinator_client.get("/admin/screening/")


def test_an_email_taken_by_another_volunteer_is_an_error_in_the_admin(coordinator_client):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data

    VolunteerFactory(email="taken@example.org")
    volunteer = VolunteerFactory(roles=["friend"], languages=[])
    data = nested_form_data(
        {
            "first_name": volunteer.first_name,
            "last_name": volunteer.last_name,
            "email": "TAKEN@example.org",
            "municipality": volunteer.municipality_id,
            "gender": "woman",
            "language": "fi",
            "languages": inline_formset([]),
            "adults": 1,
            "children": inline_formset([]),
            "child_age_min": 0,
            "child_age_max": 10,
            "meetings_per_month": 1,
            "capacity": 1,
            "max_travel_km": 10,
        }
    )
    data.update(roles=["friend"], availability=["weekends"])
    response = coordinator_client.post(f"/admin/volunteers/edit/{volunteer.pk}/", data)
    assert response.status_code == 200
    assert "already exists" in str(response.context["form"].errors)


def test_volunteer_list_summarises_eligibility_per_role(coordinator_client):
    VolunteerFactory(first_name="Bertta", status=VolunteerStatus.CONFIRMED, roles=["friend"])
    html = coordinator_client.get(INDEX).content.decode()
    assert "steps missing" in html or "step missing" in html


def test_volunteer_list_says_paused_in_words_only_for_paused(coordinator_client):
    VolunteerFactory(first_name="Tauolla", paused=True)
    VolunteerFactory(first_name="Mukana", paused=False)
    html = coordinator_client.get(INDEX).content.decode()
    cells = re.findall(r"<td[^>]*>\s*Paused\s*</td>", html)
    assert len(cells) == 1
    assert "w-text-text-error" not in html  # no red cross meaning "not paused"


@pytest.mark.parametrize("page", ["edit", "inspect"])
def test_volunteers_own_pages_have_a_screening_button(coordinator_client, page):
    volunteer = VolunteerFactory()
    html = coordinator_client.get(f"{INDEX}{page}/{volunteer.pk}/").content.decode()
    assert f'href="{screening_url(volunteer)}"' in html


def test_the_volunteer_list_shows_whole_names_sorted_by_surname(coordinator_client):
    VolunteerFactory(first_name="Aino", last_name="Östman-Äijälä")
    VolunteerFactory(first_name="Bertta", last_name="Ahonen")
    html = coordinator_client.get(INDEX, {"ordering": "last_name"}).content.decode()
    names = re.findall(r'<a href="/admin/volunteers/edit/\d+/"[^>]*>\s*([^<]+?)\s*</a>', html)
    assert names == ["Bertta Ahonen", "Aino Östman-Äijälä"]
    # One column for the name: the whole name is one link, the surname never its own cell.
    assert ">Ahonen<" not in html


def test_a_language_reads_as_django_would_label_its_choices():
    from volunteers.volunteers.models import VolunteerLanguage

    with translation.override("fi"):
        for language, _label in VolunteerLanguage._meta.get_field("language").choices:
            for level, _level_label in VolunteerLanguage._meta.get_field("level").choices:
                row = VolunteerLanguage(language=language, level=level)
                assert str(row) == f"{row.get_language_display()} ({row.get_level_display()})"
