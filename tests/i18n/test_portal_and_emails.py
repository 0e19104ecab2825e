"""The volunteer's own pages and the emails volunteers get, in each of the ten
languages: the reader's language all round (no Finnish chrome on an Arabic page, no
English left in a Somali email), right-to-left where the language is."""

import re

import polib
import pytest
from django.conf import settings
from django.core import mail

from cms import roles
from tests.factories.matches import make_match
from tests.factories.participants import ParticipantFactory
from tests.factories.volunteers import approved_volunteer
from volunteers.outbox.services import queue_email

from .test_public_pages import finnish_on, interface_strings, prefixed

pytestmark = pytest.mark.django_db

LANGUAGES = list(settings.INTERFACE_LANGUAGES)
RTL = set(settings.LANGUAGES_BIDI)
PORTAL = ["volunteer/me/", "volunteer/me/edit/", "volunteer/me/hours/"]


def english_interface_strings(code):
    """Msgids (8 characters or more) whose translation into `code` differs: English
    that should not be left on a page or in an email in that language."""
    path = settings.BASE_DIR / "locale" / code / "LC_MESSAGES" / "django.po"
    strings = set()
    for entry in polib.pofile(str(path)):
        if entry.obsolete or "%(" in entry.msgid or len(entry.msgid) < 8:
            continue
        if entry.msgstr and entry.msgstr != entry.msgid:
            strings.add(entry.msgid)
    return strings


def english_in(text, code):
    """Known English as whole words ("volunteer3@example.org" is an address, not a word)."""
    if code == "en":
        return []
    return sorted(
        s
        for s in english_interface_strings(code)
        if s in text and re.search(rf"(?<![\w@.-]){re.escape(s)}(?![\w@.-])", text)
    )


@pytest.fixture
def volunteer(make_user, home_page):
    return approved_volunteer(user=make_user(roles.VOLUNTEERS), first_name="Ville")


def _translate_home(home_page, code):
    from wagtail.models import Locale

    if code != "fi":
        locale = Locale.objects.get(language_code=code)
        if home_page.get_translation_or_none(locale) is None:
            home_page.copy_for_translation(locale).save_revision().publish()


def _assert_readers_language(response, code, path):
    assert response.status_code == 200, path
    html = response.content.decode()
    opening = re.search(r"<html[^>]*>", html).group(0)
    assert f'lang="{code}"' in opening
    assert f'dir="{"rtl" if code in RTL else "ltr"}"' in opening
    if code != "fi":
        assert finnish_on(response.content, interface_strings("fi"), code) == [], path
    without_scripts = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.S)
    visible = re.sub(r"<[^>]+>", " ", without_scripts)
    assert english_in(visible, code) == [], path
    return html


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_volunteer_portal_speaks_the_readers_language(
    client, translate_tree, volunteer, worker, code
):
    from cms.vocabularies import VolunteerRole
    from tests.factories.participants import ParticipantChildFactory
    from volunteers.participants import registrations
    from volunteers.volunteers.models import MeetingHelper

    tree = translate_tree(code)
    # She helps with the childcare of a meeting two children are registered for, so
    # her page shows its childcare section with a plural count.
    meeting = tree["meeting"]
    helper = MeetingHelper.objects.create(
        meeting=translate_tree("fi")["meeting"], volunteer=volunteer
    )
    mother = ParticipantFactory(worker=worker)
    kids = ParticipantChildFactory.create_batch(2, participant=mother)
    registrations.register(helper.meeting, mother, worker, children=kids)
    client.force_login(volunteer.user)
    for path in PORTAL:
        html = _assert_readers_language(client.get(prefixed(code, path)), code, path)
        if path == "volunteer/me/":
            assert 'id="childcare-heading"' in html
            assert meeting.title in html
    # A childcare volunteer with nothing coming up reads that, in her language too.
    helper.delete()
    volunteer.roles = [*volunteer.roles, VolunteerRole.CHILDCARE]
    volunteer.save()
    html = _assert_readers_language(client.get(prefixed(code, PORTAL[0])), code, PORTAL[0])
    assert 'id="childcare-heading"' in html


def _emails(volunteer):
    participant = ParticipantFactory(first_name="Amina")
    match = make_match(volunteer=volunteer, participant=participant)
    url = "https://tukiverkko.example/link/"
    base = {"volunteer": volunteer, "url": url}
    return {
        "volunteers/email/signup_confirm": {**base, "days": 7},
        "volunteers/email/signup_existing": base,
        "volunteers/email/invitation": {**base, "username": "ville@example.org"},
        "matching/email/match_approved": {
            **base,
            "match": match,
            "first_name": "Amina",
            "municipality": "Kemi",
        },
        "matching/email/quiet_match_nudge": {**base, "first_name": "Amina"},
        "volunteers/email/helper_assigned": {**base, **_helper_context()},
        "volunteers/email/helper_removed": {**base, **_helper_context()},
    }


def _helper_context():
    """What the childcare helper's emails read (volunteers/volunteers/meeting_helpers.py)."""
    import datetime
    from types import SimpleNamespace

    from django.utils import timezone

    start = timezone.now() + datetime.timedelta(days=3)
    return {
        "meeting": SimpleNamespace(title="Teemailta 12"),
        "theme": "Kela-palvelut",
        "place": SimpleNamespace(
            name="Perhekeskus Aalto", address="Valtakatu 1", municipality="Kemi"
        ),
        "start": start,
        "end": start + datetime.timedelta(hours=2),
        "children": 3,
    }


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_emails_volunteers_get_are_in_their_language(volunteer, code):
    finnish = interface_strings("fi")
    own = interface_strings(code) if code != "en" else set()
    for template, context in _emails(volunteer).items():
        email = queue_email(
            to="ville@example.org", template=template, context=context, language=code
        )
        text = f"{email.subject}\n{email.body}"
        if code != "fi":
            assert sorted(s for s in finnish - own if s in text) == [], template
        assert english_in(text, code) == [], template
        assert "Ville" in email.body


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_password_reset_email_is_in_the_pages_language(client, home_page, volunteer, code):
    _translate_home(home_page, code)
    volunteer.user.email = "ville@example.org"
    volunteer.user.save()
    response = client.post(
        prefixed(code, "accounts/password_reset/"), {"email": "ville@example.org"}
    )
    assert response.status_code == 302
    (email,) = mail.outbox
    text = f"{email.subject}\n{email.body}"
    if code != "fi":
        finnish = interface_strings("fi") - (interface_strings(code) if code != "en" else set())
        assert sorted(s for s in finnish if s in text) == []
    assert english_in(text, code) == []


# The check-in on her match page and its email: what she reads, in English here.
CHECKIN_TEXTS = [
    "How is your match going?",
    "A short check-in: your coordinator reads your answers.",
    "How is it going? (1 = badly, 5 = very well)",
    "Meetings held since the last check-in",
    "Only coordinators read this. Keep it short; no health details.",
    "Send my answers",
]


@pytest.mark.parametrize("code", [c for c in LANGUAGES if c != "en"])
def test_the_match_check_in_speaks_the_volunteer_s_language(client, home_page, volunteer, code):
    import datetime

    from django.utils import translation
    from freezegun import freeze_time

    from volunteers.matching import checkins

    _translate_home(home_page, code)
    match = make_match(
        volunteer=volunteer,
        participant=ParticipantFactory(first_name="Amina"),
        introduced_on=datetime.date(2026, 1, 1),
    )
    with freeze_time("2026-01-31 07:00"):
        checkins.open_checkins()
    client.force_login(volunteer.user)
    html = client.get(prefixed(code, f"volunteer/me/match/{match.pk}/")).content.decode()
    assert 'id="checkin"' in html
    # Neither the English source nor (Django's fallback) the Finnish text.
    with translation.override("fi"):
        finnish = [translation.gettext(s) for s in CHECKIN_TEXTS]
    leftovers = CHECKIN_TEXTS + ([] if code == "fi" else finnish)
    assert [s for s in leftovers if s in html] == []
    email = queue_email(
        to="ville@example.org",
        template="matching/email/checkin_open",
        context={"volunteer": volunteer, "first_name": "Amina", "url": "https://x.example/"},
        language=code,
    )
    assert "A short check-in" not in email.subject
    assert "Please answer three short questions" not in email.body
    if code != "fi":
        assert "kuulumis" not in f"{email.subject} {email.body}".lower()
