"""Demo privacy notice: one version, in Finnish with Swedish and English translations.

Other languages link to the Finnish page until an editor translates it. The text is
a short demo, not legal advice.
"""

import datetime

from django.conf import settings
from wagtail.models import Locale

from .models import PrivacyNoticePage

SLUG = "tietosuojaseloste"
NOTICE = {
    "fi": (
        "Tietosuojaseloste",
        "<h2>Mitä tietoja keräämme</h2><p>Vapaaehtoiseksi ilmoittautuessasi tallennamme "
        "nimesi, yhteystietosi, kielesi ja toiveesi. Tietoja käytetään vain vapaaehtoistyön "
        "järjestämiseen.</p><h2>Oikeutesi</h2><p>Voit pyytää nähdä, korjata tai poistaa "
        "tietosi ottamalla yhteyttä koordinaattoriin.</p>",
    ),
    "sv": (
        "Dataskyddsbeskrivning",
        "<h2>Vilka uppgifter vi samlar in</h2><p>När du anmäler dig som frivillig sparar vi "
        "ditt namn, dina kontaktuppgifter, dina språk och dina önskemål. Uppgifterna används "
        "bara för att ordna frivilligarbetet.</p><h2>Dina rättigheter</h2><p>Du kan be att få "
        "se, rätta eller radera dina uppgifter genom att kontakta koordinatorn.</p>",
    ),
    "en": (
        "Privacy notice",
        "<h2>What we collect</h2><p>When you sign up as a volunteer we store your name, "
        "contact details, languages and wishes. They are used only to organise the volunteer "
        "work.</p><h2>Your rights</h2><p>You can ask to see, correct or erase your details by "
        "contacting the coordinator.</p>",
    ),
}


def ensure_privacy_notice(home):
    """The notice of the current version under the front page (idempotent)."""
    version = settings.PRIVACY_NOTICE_VERSION
    notice = PrivacyNoticePage.objects.child_of(home).filter(version=version).first()
    if notice is None:
        title, body = NOTICE["fi"]
        notice = PrivacyNoticePage(
            title=title,
            slug=SLUG
            if not home.get_children().filter(slug=SLUG).exists()
            else f"{SLUG}-{version}",
            version=version,
            effective_from=datetime.date(2026, 1, 1),
            body=body,
            locale=home.locale,
        )
        home.add_child(instance=notice)
        notice.save_revision().publish()
    for code, (title, body) in NOTICE.items():
        locale = Locale.objects.filter(language_code=code).first()
        if code == "fi" or locale is None or notice.get_translation_or_none(locale):
            continue
        if home.get_translation_or_none(locale) is None:
            continue
        translation = notice.copy_for_translation(locale)
        translation.title, translation.body = title, body
        translation.save_revision().publish()
    return notice
