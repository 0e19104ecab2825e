"""Property-based: whatever is posted, the sign-up never fails and never stores markup."""

import pytest
from django.test import Client
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from volunteers.volunteers.models import Volunteer

from .signup_data import valid_signup

TEXT_FIELDS = [
    "first_name",
    "last_name",
    "email",
    "phone",
    "adults",
    "children_birth_years",
    "postcode",
    "max_travel_km",
    "language_1",
    "level_1",
    "child_age_min",
    "child_age_max",
    "meetings_per_month",
    "capacity",
    "interests",
    "motivation",
    "heard_from",
]
hostile_text = st.one_of(
    st.text(max_size=300),
    st.sampled_from(
        ["<script>alert(1)</script>", "\x00", "\u202e", "' OR 1=1 --", "محمد", "9" * 40]
    ),
    st.text(alphabet="<>&\"'/ascript", max_size=40),
)


@pytest.mark.django_db
@hypothesis_settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    overrides=st.dictionaries(st.sampled_from(TEXT_FIELDS), hostile_text, min_size=1, max_size=6),
    roles=st.lists(st.sampled_from(["friend", "godparent", "bogus", ""]), max_size=3),
)
def test_sign_up_post_never_fails_and_never_stores_markup(
    home_page, kemi, settings, overrides, roles
):
    settings.SIGNUP_RATELIMIT = None
    data = valid_signup(kemi, **{"roles": roles, **overrides})
    client = Client()
    # A fresh address each time would hide duplicates; clear instead.
    Volunteer.objects.all().delete()
    response = client.post("/en/volunteer/sign-up/", data)
    assert response.status_code in (302, 400)
    html = response.content.decode()
    assert "<script>alert" not in html
    for volunteer in Volunteer.objects.all():
        stored = " ".join(
            str(getattr(volunteer, name))
            for name in ("first_name", "last_name", "email", "phone", "motivation", "heard_from")
        )
        stored += " ".join(t.name for t in volunteer.interests.all())
        assert "<script" not in stored.lower()
        assert "<" not in volunteer.first_name + volunteer.last_name
