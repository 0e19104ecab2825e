"""Records a coordinator would add in the admin, made through the OLD code's models.

Run by bin/upgrade_check.sh inside the old checkout's `manage.py shell`, after
its demo data, so the upgrade is tried on rows the demo loader never makes:
Unicode names, tags, consents, screening events, a pair rule, an outgoing email,
a match with its events, a custom group and a user's own permission.

Written against models by name and fields by feature-detection, so an older
UPGRADE_FROM that lacks a model skips it (and says so) instead of failing.
"""

import datetime

from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils import timezone

TODAY = timezone.localdate()
skipped = []


def model(label):
    try:
        return apps.get_model(label)
    except LookupError:
        skipped.append(label)
        return None


def create(label, **values):
    """Create a `label` row with the values its model has fields for."""
    cls = model(label)
    if cls is None:
        return None
    names = {f.name for f in cls._meta.get_fields()} | {
        f.attname for f in cls._meta.concrete_fields
    }
    dropped = sorted(set(values) - names)
    if dropped:
        skipped.append(f"{label}.{'/'.join(dropped)}")
    return cls.objects.create(**{k: v for k, v in values.items() if k in names})


def permissions(*names):
    found = []
    for name in names:
        app_label, codename = name.split(".")
        perm = Permission.objects.filter(content_type__app_label=app_label, codename=codename)
        if perm.exists():
            found.append(perm.get())
        else:
            skipped.append(f"permission {name}")
    return found


@transaction.atomic
def add_records():
    user_model = apps.get_model("auth.User")
    worker = user_model.objects.create_user(
        "upgrade-työntekijä",
        email="tyontekija@example.invalid",
        password="not-used-upgrade-check",  # noqa: S106 (a scratch database)
        first_name="Äijälä",
        last_name="Šťastná",
        is_staff=True,
    )
    coordinators = Group.objects.filter(name="Coordinators").first()
    if coordinators:
        worker.groups.add(coordinators)
    worker.user_permissions.add(*permissions("volunteers.view_participant"))
    group = Group.objects.create(name="Alueryhmä Ääni – مجموعة")
    group.permissions.add(
        *permissions(
            "volunteers.view_volunteer",
            "volunteers.change_participant",
            "volunteers.view_outgoingemail",
            "volunteers.view_pairrule",
        )
    )
    worker.groups.add(group)

    municipality = model("volunteers.Municipality").objects.order_by("pk").first()
    participant = create(
        "volunteers.Participant",
        first_name="محمد",
        last_name="Äijälä-Öhman",
        phone="+358 40 123 4567",
        email="aijala@example.invalid",
        municipality=municipality,
        postcode="00100",
        needs_interpreter=True,
        goals="Suomen kieli ja arki – اللغة الفنلندية",
        wishes=["women_only"],
        availability=["evenings"],
        interests="Käsityöt, ulkoilu",
        worker=worker,
    )
    if hasattr(participant, "needs"):
        participant.needs.add("talous", "suomen kieli", "وحدة")
        participant.save()
    create("volunteers.ParticipantLanguage", participant=participant, language="ar", level=3)
    create("volunteers.ParticipantChild", participant=participant, birth_year=TODAY.year - 3)
    create(
        "volunteers.ParticipantConsent", participant=participant, purpose="records", language="ar"
    )
    create(
        "volunteers.ParticipantConsent", participant=participant, purpose="matching", language="ar"
    )
    create(
        "volunteers.EsfProfile",
        participant=participant,
        stage="entry",
        recorded_on=TODAY,
        age_band="25_54",
        foreign_background="yes",
    )
    create(
        "volunteers.HomeVisit",
        participant=participant,
        worker=worker,
        topics="Kela, päiväkoti",
        notes="Tulkki mukana; خطة الأسبوع",
    )
    create(
        "volunteers.IntroductoryVisit",
        participant=participant,
        place="Kirjasto Oodi",
        who_went="Äijälä ja vapaaehtoinen",
    )

    volunteer = create(
        "volunteers.Volunteer",
        roles=["friend"],
        first_name="Åsa",
        last_name="Öhman-Äijälä",
        email="asa.ohman@example.invalid",
        phone="+358 50 765 4321",
        municipality=municipality,
        postcode="00530",
        availability=["evenings", "weekends"],
        wishes=[],
        gender="woman",
        motivation="Haluan auttaa – أريد المساعدة",
        status="approved",
        confirmed_at=timezone.now(),
        user=user_model.objects.create_user(
            "asa-ohman", email="asa.ohman@example.invalid", first_name="Åsa"
        ),
    )
    if hasattr(volunteer, "interests") and not isinstance(volunteer.interests, str):
        volunteer.interests.add("käsityöt", "ليلى")
        volunteer.save()
    create("volunteers.VolunteerLanguage", volunteer=volunteer, language="fi", level=3)
    create("volunteers.VolunteerLanguage", volunteer=volunteer, language="sv", level=2)
    create("volunteers.HouseholdChild", volunteer=volunteer, birth_year=TODAY.year - 10)
    for kind, days in (("interview", 30), ("training", 20), ("criminal_record", 10)):
        create(
            "volunteers.RequirementItem",
            volunteer=volunteer,
            kind=kind,
            done_on=TODAY - datetime.timedelta(days=days),
            recorded_by=worker,
            note="" if kind == "criminal_record" else "Hyvä haastattelu – ممتاز",
        )
    for before, after in (("confirmed", "interviewed"), ("trained", "approved")):
        create(
            "volunteers.VolunteerStatusEvent",
            volunteer=volunteer,
            from_status=before,
            to_status=after,
            by=worker,
            reason=f"{before} → {after}: Äijälä hyväksyi",
        )
    create(
        "volunteers.VolunteerConsent",
        volunteer=volunteer,
        purpose="privacy_notice",
        language="sv",
        privacy_notice_version="2024-1",
    )
    create(
        "volunteers.PairRule",
        participant=participant,
        volunteer=volunteer,
        kind="pin",
        reason="Sama kieli – نفس اللغة",
        created_by=worker,
    )
    create(
        "volunteers.OutgoingEmail",
        to="asa.ohman@example.invalid",
        subject="Tervetuloa, Åsa – مرحبا",
        body="Hei Åsa,\n\nTervetuloa Tukiverkkoon! 🌱",
        language="fi",
        purpose="welcome",
        status="failed",
        attempts=3,
        last_error="SMTP 451: yritä myöhemmin",
    )
    match = create(
        "volunteers.Match",
        participant=participant,
        volunteer=volunteer,
        status="introduced",
        approved_by=worker,
        introduced_on=TODAY,
        agreed_contact="WhatsApp, arabiaksi",
        meeting_plan="Kerran viikossa puistossa – مرة في الأسبوع",
    )
    if match is not None:
        create(
            "volunteers.MatchEvent", match=match, from_status="", to_status="approved", by=worker
        )
        create(
            "volunteers.MatchEvent",
            match=match,
            from_status="approved",
            to_status="introduced",
            by=worker,
            reason="Tutustuminen kirjastossa, Äijälä paikalla",
        )


add_records()
print("admin records added" + (f"; skipped (not in this version): {skipped}" if skipped else ""))
