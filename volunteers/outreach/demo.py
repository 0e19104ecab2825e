"""Demo outreach: the channel vocabulary, three partner organisations (the demo
"partner" login is a contact person of one), outreach contacts of the demo worker,
one of them enrolled, and referrals in and out. Fictional only; idempotent."""

import datetime

from django.contrib.auth import get_user_model
from django.utils import timezone

from resources.models.places import Municipality
from volunteers.outreach.models import (
    Outcome,
    OutreachChannel,
    OutreachContact,
    PartnerContact,
    PartnerOrganisation,
    Referral,
)
from volunteers.participants.models import Participant
from volunteers.participants.models.participants import ReachedVia

CHANNELS = ["Neuvola", "Koulu", "Kirjasto", "Kumppanin ohjaus", "Tapahtuma", "Kotikäynti"]

PARTNERS = [
    ("Kemin neuvola (demo)", "Äitiys- ja lastenneuvola"),
    ("Tornion kirjasto (demo)", "Satutunnit ja kielikahvila"),
    ("Meri-Lapin työllisyyspalvelut (demo)", "Työnhaku ja koulutusneuvonta"),
]

# (days ago, channel, partner index or None, language, outcome, first name)
CONTACTS = [
    (3, "Neuvola", 0, "ar", Outcome.INVITED, "Amira"),
    (10, "Kirjasto", 1, "so", Outcome.INFORMATION, ""),
    (17, "Tapahtuma", None, "ti", Outcome.INVITED, "Saba"),
    (24, "Koulu", None, "ru", Outcome.REFERRED, ""),
    (40, "Kumppanin ohjaus", 0, "ar", Outcome.INVITED, "Rasha"),
    (65, "Kotikäynti", None, "ckb", Outcome.INFORMATION, "Shilan"),
]


def load():
    User = get_user_model()
    worker = User.objects.filter(username="worker").first()
    partner_login = User.objects.filter(username="partner").first()
    channels = {}
    for order, name in enumerate(CHANNELS):
        channels[name], _created = OutreachChannel.objects.get_or_create(
            name=name, defaults={"sort_order": order}
        )
    partners = [
        PartnerOrganisation.objects.get_or_create(name=name, defaults={"description": what})[0]
        for name, what in PARTNERS
    ]
    if partner_login and not PartnerContact.objects.filter(user=partner_login).exists():
        PartnerContact.objects.create(
            organisation=partners[0],
            name="Päivi Kumppani",
            title="terveydenhoitaja",
            email="partner@example.org",
            user=partner_login,
        )
    PartnerContact.objects.get_or_create(
        organisation=partners[2], name="Timo Työllistäjä", defaults={"title": "ohjaaja"}
    )
    if OutreachContact.objects.exists():
        return
    today = timezone.localdate()
    # The demo worker works in Kemi; the library contacts were made in Tornio.
    places = Municipality.objects.in_bulk(["Kemi", "Tornio"], field_name="name")
    for days, channel, partner, language, outcome, first_name in CONTACTS:
        OutreachContact.objects.create(
            date=today - datetime.timedelta(days=days),
            channel=channels[channel],
            municipality=places.get("Tornio" if partner == 1 else "Kemi"),
            partner=partners[partner] if partner is not None else None,
            language=language,
            outcome=outcome,
            first_name=first_name,
            worker=worker,
        )
    # One mother of the demo caseload was reached by outreach and enrolled.
    enrolled = (
        Participant.objects.filter(worker=worker, outreach_contact__isnull=True)
        .order_by("entry_date", "pk")
        .first()
    )
    if enrolled:
        enrolled.reached_via = ReachedVia.OUTREACH
        enrolled.save(update_fields=["reached_via"])
        OutreachContact.objects.create(
            date=enrolled.entry_date - datetime.timedelta(days=14),
            channel=channels["Neuvola"],
            municipality=enrolled.municipality,
            partner=partners[0],
            outcome=Outcome.ENROLLED,
            first_name=enrolled.first_name,
            worker=worker,
            participant=enrolled,
        )
        Referral.objects.create(
            direction=Referral.Direction.OUT,
            date=today - datetime.timedelta(days=20),
            organisation=partners[2],
            participant=enrolled,
            purpose="Työnhaun tuki ja kielikurssi",
            status=Referral.Status.IN_PROGRESS,
            referred_by=worker,
        )
    Referral.objects.create(
        direction=Referral.Direction.IN,
        date=today - datetime.timedelta(days=5),
        organisation=partners[0],
        family_first_name="Hodan",
        purpose="Äiti toivoo vertaistukea ja suomen kielen harjoittelua.",
        status=Referral.Status.RECEIVED,
        referred_by=partner_login,
    )
    # Families the library's language café sent our way over the autumn.
    for days, name, status in (
        (45, "Fadumo", Referral.Status.COMPLETED),
        (60, "Olena", Referral.Status.COMPLETED),
        (75, "Zahra", Referral.Status.DECLINED),
    ):
        Referral.objects.create(
            direction=Referral.Direction.IN,
            date=today - datetime.timedelta(days=days),
            organisation=partners[1],
            family_first_name=name,
            purpose="Äiti kysyi kielikahvilassa vertaisryhmästä.",
            status=status,
        )
    Referral.objects.create(
        direction=Referral.Direction.IN,
        date=today - datetime.timedelta(days=30),
        organisation=partners[0],
        family_first_name="Nasra",
        purpose="Yksinäinen äiti, kaksi pientä lasta.",
        status=Referral.Status.COMPLETED,
        outcome="Mukana torstain teemaryhmässä.",
        referred_by=partner_login,
    )
