import pytest

pytestmark = pytest.mark.django_db


def test_front_page_is_public(client, home_page):
    response = client.get("/")
    assert response.status_code == 200
    assert "Tervetuloa Tukiverkkoon" in response.text


@pytest.mark.parametrize("url", ["/admin/", "/accounts/password_change/"])
def test_intranet_urls_send_anonymous_users_to_login(client, home_page, url):
    response = client.get(url)
    assert response.status_code == 302
    assert "login" in response["Location"]


def test_private_page_sends_anonymous_users_to_login(client, home_page):
    from wagtail.models import Page, PageViewRestriction

    private = home_page.add_child(instance=Page(title="Sisäinen", slug="sisainen"))
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    response = client.get(private.url)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_logged_in_user_gets_the_intranet_start(client, home_page, make_user):
    user = make_user("Coordinators", first_name="Ñúñez")
    client.force_login(user)
    response = client.get("/")
    assert response.status_code == 200
    assert "Ñúñez" in response.text
    assert "/admin/" in response.text


def test_volunteer_start_has_no_admin_link(client, home_page, make_user):
    client.force_login(make_user("Volunteers", first_name="محمد"))
    response = client.get("/")
    assert "محمد" in response.text
    assert 'href="/admin/"' not in response.text


def test_login_page_is_translated(client, home_page):
    assert "Kirjaudu" in client.get("/accounts/login/").text
    assert "Logga in" in client.get("/sv/accounts/login/").text
    assert "Log in" in client.get("/en/accounts/login/").text


def test_wrong_password_gives_a_clear_message_and_keeps_the_username(client, make_user, home_page):
    make_user(username="aino")
    response = client.post("/en/accounts/login/", {"username": "aino", "password": "wrong"})
    assert response.status_code == 200
    assert "correct username and password" in response.text
    assert 'value="aino"' in response.text


def test_wagtails_error_trial_page_is_not_open_to_visitors(client):
    # /admin/failwhale/ raises on purpose; anyone could fill the error log with it.
    response = client.get("/admin/failwhale/")
    assert response.status_code == 404
