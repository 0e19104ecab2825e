"""Role × route: every URL pattern of the site, requested (GET) as every role of
cms/roles.py and as an anonymous visitor, with real ids of other people's records
(another worker's participant, another volunteer's match, a private page and
document). The answers must match the declared table in route_table.py, and a
route missing from the table fails: a new route needs a decision (issue 16).

"Allowed" is a 2xx answer or a redirect that is not to a login page or (Wagtail's
way of saying "no permission") to the admin dashboard; anything else is "denied".
A 5xx fails the test whatever the table says.
"""

import datetime
import json
import os

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.test import Client
from wagtail.documents.models import Document

from cms import roles
from resources.documents import ensure_private_collection
from tests.factories.matches import finished_run, make_match
from tests.factories.outreach import (
    ChannelFactory,
    OutreachContactFactory,
    PartnerContactFactory,
    PartnerOrganisationFactory,
    ReferralFactory,
)
from tests.factories.participants import KykyviisariFactory, ParticipantFactory, make_meeting
from tests.factories.resources import (
    GuideIndexPageFactory,
    GuidePageFactory,
    ThemeFactory,
    VenueFactory,
)
from tests.factories.volunteers import RequirementItemFactory, approved_volunteer
from volunteers.outbox.models import OutgoingEmail
from volunteers.volunteers import training
from volunteers.volunteers.models import OtherVolunteering, TrainingSession

from .route_table import EXPECTED, LOGOUT_ROUTES
from .route_walk import ANONYMOUS, all_routes, fill, outcome

pytestmark = pytest.mark.django_db
ROLES = [ANONYMOUS, *roles.ALL_GROUPS]
FALLBACK_PK = 999_999  # an id no row has: such a route can only be denied


def training_session(volunteer):
    session = TrainingSession.objects.create(
        date=datetime.date(2026, 1, 10), topic="Perehdytys", trainer="Kaisa"
    )
    training.record_attendance(session, volunteer)
    return session


def make_world(home_page, make_user):
    """Users per role, and records that belong to someone else."""
    users = {
        group: make_user(group, username=f"route-{i}") for i, group in enumerate(roles.ALL_GROUPS)
    }
    other_worker = make_user(roles.PROJECT_WORKERS, username="route-other-worker")
    other_volunteer_user = make_user(roles.VOLUNTEERS, username="route-other-volunteer")
    approved_volunteer(user=users[roles.VOLUNTEERS])
    other_volunteer = approved_volunteer(user=other_volunteer_user)
    participant = ParticipantFactory(worker=other_worker)
    match = make_match(volunteer=other_volunteer, participant=participant)
    guide_index = GuideIndexPageFactory(parent=home_page, slug="oppaat")
    guide = GuidePageFactory(parent=guide_index, slug="ammattilaisille")
    from wagtail.models import PageViewRestriction

    restriction = PageViewRestriction.objects.create(
        page=guide, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set(Group.objects.filter(name__in=[roles.COORDINATORS]))
    document = Document(title="Salainen", collection=ensure_private_collection())
    document.file.save("salainen.txt", ContentFile(b"salainen"), save=True)
    meeting = make_meeting(home_page)
    email = OutgoingEmail.objects.create(to="toinen@example.org", subject="s", body="b")
    pk_by_prefix = {
        "admin/participants/": participant.pk,
        "admin/kykyviisari/": KykyviisariFactory(participant=participant).pk,
        "admin/matches/": match.pk,
        "admin/match/": match.pk,
        "admin/matching/pair-rules/": FALLBACK_PK,
        "admin/matching/": finished_run().pk,
        "admin/volunteers/": other_volunteer.pk,
        "admin/screening/": RequirementItemFactory(volunteer=other_volunteer).pk,
        "admin/outbox/": email.pk,
        "admin/other-volunteering/": OtherVolunteering.objects.create(
            volunteer=other_volunteer,
            date=datetime.date(2026, 1, 5),
            kind="event",
            duration_minutes=60,
        ).pk,
        "admin/training/": training_session(other_volunteer).pk,
        "admin/users/": other_worker.pk,
        "admin/groups/": Group.objects.get(name=roles.COORDINATORS).pk,
        "admin/snippets/resources/theme/": ThemeFactory().pk,
        "admin/snippets/resources/venue/": VenueFactory().pk,
        "admin/snippets/choose/resources/theme/": ThemeFactory().pk,
        "admin/snippets/choose/resources/venue/": VenueFactory().pk,
        "admin/documents/": document.pk,
        "volunteer/me/match/": match.pk,
        "admin/privacy/": participant.pk,
        "admin/outreach_contacts/": OutreachContactFactory(worker=other_worker).pk,
        "admin/referrals/": ReferralFactory(participant=participant).pk,
        "admin/partner_organisations/": PartnerOrganisationFactory().pk,
        "admin/partner_contacts/": PartnerContactFactory().pk,
        "admin/outreach_channels/": ChannelFactory().pk,
    }
    page_ids = dict.fromkeys(
        ("page_id", "parent_page_id", "page_to_move_id", "destination_id", "page_pk"), guide.pk
    )
    ids = {
        "page_path": guide.url.lstrip("/"),
        "document_path": f"{document.pk}/{document.filename}",
        "fallback_pk": FALLBACK_PK,
        "pk_by_prefix": pk_by_prefix,
        "by_name": {
            **page_ids,
            "meeting_id": meeting.pk,
            "document_id": document.pk,
            "doc_id": document.pk,
            "token": "ei-tunnettu-tunniste",
            "uidb64": "MQ",
            "key": "esf",
            "subject": "participant",
            "fmt": "csv",
            "app_label": "resources",
            "app_name": "home",
            "model_name": "theme",
            "content_type_app_name": "resources",
            "content_type_model_name": "guidepage",
            "action_name": "approve",
            "media_type": "audio",
            "filter_spec": "original",
            "revision_id_a": "earliest",
            "revision_id_b": "latest",
        },
    }
    return users, ids


def test_every_route_answers_each_role_as_declared(home_page, make_user):
    users, ids = make_world(home_page, make_user)
    routes = all_routes()
    observed, errors, logouts = {}, [], set()
    for role in ROLES:
        client = Client(raise_request_exception=False)
        if role != ANONYMOUS:
            client.force_login(users[role])
        for route in routes:
            url = fill(route, ids)
            if route.pattern.startswith("admin/settings/"):
                url = url.replace("/theme/", "/contactsettings/")
            result = outcome(client.get(url))
            if role != ANONYMOUS and not client.cookies["sessionid"].value:
                # This GET ended the session; the walk goes on logged in.
                logouts.add(route.pattern)
                client.force_login(users[role])
            if result.startswith("error"):
                errors.append(f"{role} GET {url}: {result}")
            elif result == "allowed":
                observed.setdefault(route.pattern, set()).add(role)
            else:
                observed.setdefault(route.pattern, set())

    size = len(routes) * len(ROLES)
    print(f"\nrole x route: {len(routes)} routes x {len(ROLES)} roles = {size} requests")
    if os.environ.get("ROUTE_TABLE_DUMP"):
        with open(os.environ["ROUTE_TABLE_DUMP"], "w") as out:
            json.dump({k: sorted(v) for k, v in observed.items()}, out, indent=1)
    assert errors == []
    # Only the logout links end a session on GET.
    assert logouts <= LOGOUT_ROUTES, logouts - LOGOUT_ROUTES
    missing = sorted(set(observed) - set(EXPECTED))
    assert missing == [], "routes without a declared entry in route_table.py"
    stale = sorted(set(EXPECTED) - set(observed))
    assert stale == [], "route_table.py declares routes the site no longer has"
    wrong = {
        pattern: {"declared": sorted(EXPECTED[pattern]), "observed": sorted(allowed)}
        for pattern, allowed in observed.items()
        if set(EXPECTED[pattern]) != allowed
    }
    assert wrong == {}
