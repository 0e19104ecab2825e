import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from wagtail.models import Page

pytestmark = pytest.mark.django_db


def snapshot():
    """Everything load_demo_data creates, in a comparable form."""
    User = get_user_model()
    return {
        "users": sorted(
            (u.username, u.password, tuple(sorted(u.groups.values_list("name", flat=True))))
            for u in User.objects.all()
        ),
        "pages": sorted(Page.objects.values_list("path", "title", "live", "locale__language_code")),
        "revisions": sorted(Page.objects.values_list("pk", "latest_revision_id")),
    }


def run_demo():
    out = io.StringIO()
    call_command("load_demo_data", stdout=out)
    return out.getvalue()


def test_load_demo_data_prints_one_login_per_role():
    out = run_demo()
    for username in ("editor", "coordinator", "worker", "volunteer", "partner", "reader"):
        assert username in out
    assert "demo-coordinator-2026" in out


def test_load_demo_data_twice_leaves_the_same_data():
    run_demo()
    first = snapshot()
    run_demo()
    assert snapshot() == first


def test_demo_logins_work(client):
    run_demo()
    response = client.post(
        "/en/accounts/login/", {"username": "coordinator", "password": "demo-coordinator-2026"}
    )
    # The login form, not client.login(): the lockout backend needs the request.
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


def test_load_demo_data_refuses_in_production(settings):
    settings.DEMO_DATA_ALLOWED = False
    with pytest.raises(CommandError):
        call_command("load_demo_data", stdout=io.StringIO())
