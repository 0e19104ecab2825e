import pytest

from tests.conftest import prefer_language


@pytest.fixture
def login(client, make_user, home_page):
    """Log the test client in as a new member of `group`, her admin in English."""

    def _login(group):
        user = prefer_language(make_user(group), "en")
        client.force_login(user)
        return user

    return _login
