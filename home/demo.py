"""Demo data for the site itself: locales, the front page, contact details, groups
and one demo user per role. Fictional only; used by `manage.py load_demo_data`."""

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Locale, Site

from cms import roles
from cms.tree import ensure_roots
from resources import demo as resources_demo
from resources import demo_audio as resources_demo_audio
from resources.demo_privacy import ensure_privacy_notice
from volunteers.matching import demo as matching_demo
from volunteers.outreach import demo as outreach_demo
from volunteers.participants import demo as participants_demo
from volunteers.participants import demo_history as participants_history
from volunteers.volunteers import demo as volunteers_demo

from .groups import setup_groups
from .models import ContactSettings, HomePage

# (username, first name, last name, group, password). Development only: the command
# refuses to run under production settings.
DEMO_USERS = [
    ("admin", "Aino", "Ylläpitäjä", None, "demo-admin-2026"),
    ("editor", "Eeva", "Toimittaja", roles.EDITORS, "demo-editor-2026"),
    ("coordinator", "Kaisa", "Koordinaattori", roles.COORDINATORS, "demo-coordinator-2026"),
    ("worker", "Pekka", "Projektityöntekijä", roles.PROJECT_WORKERS, "demo-worker-2026"),
    ("volunteer", "Ville", "Vapaaehtoinen", roles.VOLUNTEERS, "demo-volunteer-2026"),
    ("partner", "Päivi", "Kumppani", roles.PARTNER_PROFESSIONALS, "demo-partner-2026"),
    ("reader", "Raili", "Rahoittaja", roles.REPORT_READERS, "demo-reader-2026"),
]

# The same Finnish text the translations in resources/demo/content/site.yaml were made
# from (a test keeps the two equal).
HOME_WELCOME = {
    "title": "Tukiverkko",
    "welcome_title": "Tervetuloa Tukiverkkoon",
    "welcome_text": (
        "<p>Tervetuloa Tukiverkkoon! Täällä äidit ja perheet, vapaaehtoiset ja työntekijät "
        "löytävät oppaat arkeen Suomessa, teematapaamisten aineistot ja tietoa tuesta lähellä "
        "kotia. Lue oppaita omalla kielelläsi ja tule mukaan äitiryhmään – lapsille "
        "järjestetään hoito tapaamisen ajaksi.</p>"
    ),
    "volunteer_call": (
        "Ryhdy tukiperheeksi tai kummiksi! Tapaatte maahan muuttaneen perheen kanssa muutaman "
        "kerran kuussa noin vuoden ajan: ulkoilette, leivotte, käytte kirjastossa tai "
        "juttelette suomeksi. Erityistaitoja ei tarvita – saat meiltä koulutuksen, "
        "koordinaattorin tuen ja vertaisryhmän."
    ),
}


def ensure_locales() -> Locale:
    """Every content language has a Locale; Finnish is the default."""
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
    return Locale.objects.get(language_code=settings.LANGUAGE_CODE)


def ensure_home_page() -> HomePage:
    """The Finnish front page as the default site's root (replaces Wagtail's welcome page)."""
    locale = ensure_locales()
    root, _collection = ensure_roots()
    home = HomePage.objects.filter(locale=locale).first()
    if home is None:
        # Wagtail's placeholder welcome page (and the site pointing at it) gives way
        # to the real front page.
        root.get_children().not_type(HomePage).delete()
        home = HomePage(slug="home", locale=locale, **HOME_WELCOME)
        root.add_child(instance=home)
        home.save_revision().publish()
    hostname, port = configured_address()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname=hostname,
            port=port,
            root_page=home,
            is_default_site=True,
            site_name="Tukiverkko",
        )
    elif (site.root_page_id, site.hostname, site.port) != (home.pk, hostname, port):
        site.root_page = home
        site.site_name = "Tukiverkko"
        site.hostname, site.port = hostname, port
        site.save()
    return home


def configured_address() -> tuple[str, int]:
    """The hostname and port of WAGTAILADMIN_BASE_URL (`make run` sets it from HOST
    and PORT): the demo Site answers there, so links Wagtail builds from the Site
    (moderation emails, "view live") point where the site really runs."""
    address = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    default_port = 443 if address.scheme == "https" else 80
    return address.hostname or "localhost", address.port or default_port


def ensure_contact_settings(site: Site) -> None:
    contact = ContactSettings.for_site(site)
    contact.organisation = "Meri-Lapin setlementti ry (demo)"
    contact.email = "tukiverkko@example.org"
    contact.phone = "+358 40 000 0000"
    contact.address = "Esimerkkikatu 1, 94100 Kemi"
    contact.save()


def ensure_demo_users() -> list[tuple[str, str, str]]:
    """One user per role; returns (username, password, role) for printing."""
    User = get_user_model()
    printed = []
    for username, first, last, group_name, password in DEMO_USERS:
        user, _created = User.objects.get_or_create(
            username=username,
            defaults={"first_name": first, "last_name": last, "email": f"{username}@example.org"},
        )
        # Only touch the password when it differs, so a second run changes nothing.
        if not user.check_password(password):
            user.set_password(password)
        user.is_superuser = user.is_staff = group_name is None
        user.save()
        if group_name:
            user.groups.set([Group.objects.get(name=group_name)])
        printed.append((username, password, group_name or "Superuser"))
    return printed


def load() -> list[tuple[str, str, str]]:
    setup_groups()
    home = ensure_home_page()
    ensure_contact_settings(Site.objects.get(root_page=home))
    # Guides, theme packages, meetings and the front page's translations first: the
    # participants' attendance links to the meetings.
    resources_demo.load(home)
    ensure_privacy_notice(home)
    resources_demo_audio.load()
    logins = ensure_demo_users()
    # Volunteers after the users: the demo "volunteer" gets an approved profile.
    volunteers_demo.load()
    participants_demo.load(home)
    # Two years of meetings and visits, so that every report has figures to show.
    participants_history.load(home)
    matching_demo.load()
    # After the participants: one demo mother was reached by outreach.
    outreach_demo.load()
    return logins
