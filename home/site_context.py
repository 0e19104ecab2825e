"""What every public page asks first, read in one query.

Before a public page shows anything, Wagtail finds the site for the host (one query),
the active locale (one), the site's root page in that language (one or two), and,
for the first page address it builds, the site root paths (two); the footer reads
the contact settings (one). Each is small and each is a round trip: on a cold cache
they were half the queries of a chapter.

They are all rows joined to the sites, so `SiteContextMiddleware` reads them in one
query (sites, their root pages in every language with the locales, the contact
settings) and hands each answer to the place Wagtail keeps it for the request:

- `request._wagtail_site` (`Site.find_for_request`),
- `request._wagtail_cached_site_root_paths` (`Page.get_url(request)`; `page.url`
  without the request still reads Wagtail's shared cache entry, which Wagtail fills),
- the request memo of `Locale.get_for_language` (resources/request_memo.py),
- `ContactSettings.for_request`'s attribute, when the row exists,
- `request._wagtail_route_for_request` (`Page.route_for_request`): the page at the
  address, found from the root page in the reader's language by one lookup of its
  `url_path` (home/routing.py) instead of the tree walk.

The same query brings the live index pages the content navigation links to (every
language; a handful of rows), for the navigation to choose from when it is not
cached (resources/navigation.py).

Each is Wagtail's documented per-request cache of that answer, so Wagtail's serving,
hooks and restriction checks run unchanged on it. Only GET and HEAD requests of the
public site get this: the admin and the other addresses outside `i18n_patterns` in
cms/urls.py read as Wagtail does.
"""

from django.conf import settings
from django.db import connection
from django.http.request import split_domain_port
from django.utils import translation
from wagtail import views as wagtail_views
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page, Site
from wagtail.models.sites import SiteRootPath

from resources import navigation
from resources.request_memo import remember

from .models import ContactSettings
from .routing import find_page, route_to

# The addresses outside i18n_patterns in cms/urls.py, and the files.
NOT_PUBLIC = ("/admin/", "/documents/", "/healthz", "/calendar/private/", "/i18n/", "/favicon")

_SITE_FIELDS = ("id", "hostname", "port", "site_name", "root_page_id", "is_default_site")
_CONTACT_FIELDS = [f.attname for f in ContactSettings._meta.concrete_fields]
_CONTACT_COLUMNS = [f.column for f in ContactSettings._meta.concrete_fields]


class SiteContextMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.method not in ("GET", "HEAD") or request.path_info.startswith(
            (*NOT_PUBLIC, settings.STATIC_URL, settings.MEDIA_URL)
        ):
            return None
        components = None
        if view_func is wagtail_views.serve:
            path = view_kwargs.get("path", view_args[0] if view_args else "")
            components = [part for part in path.split("/") if part]
        roots = read_site_context(request, components)
        if roots and components is not None:
            route = _route(request, roots, components)
            if route is not None:
                request._wagtail_route_for_request = route
        return None


def read_site_context(request, components=None):
    """Read the sites, root pages, locales and contact settings in one query and give
    them to Wagtail's per-request caches; the root pages of the request's site by
    language code (empty, and nothing given, if there is no site).

    With the path `components` of a page address, the same query finds the page at
    that path below each site's root page in the reader's language, with its
    translations (kept on the request for `_route`)."""
    language = _content_language() if components else None
    sql, params = _sql(components if language else None, language)
    rows = list(Page.objects.raw(sql, params))
    if not rows:
        return {}
    db = connection.alias
    sites, root_paths, contacts, index_pages = {}, {}, {}, {}
    routed, translations = {}, {}
    for row in rows:
        row._state.fields_cache["locale"] = Locale.from_db(
            db, ["id", "language_code"], [row.locale_id, row._locale_code]
        )
        remember(("locale", row._locale_code), row.locale)
        if not row._is_root:  # an index page of the navigation (once per site)
            index_pages.setdefault(row.pk, row)
            continue
        if language and row._at_path_id is not None:
            routed[row.pk] = row._at_path_id
            if row._tr_id is not None and row._tr_id not in translations:
                translations[row._tr_id] = _translation(db, row)
        site = sites.get(row._site_id)
        if site is not None and any(page.pk == row.pk for page in root_paths[site.pk]):
            continue  # the same root again, once per translation of the page at the path
        if site is None:
            site = sites[row._site_id] = Site.from_db(
                db, _SITE_FIELDS, [getattr(row, f"_site_{name}") for name in _SITE_FIELDS]
            )
            root_paths[site.pk] = []
            if row._contact_id is not None:
                contacts[site.pk] = ContactSettings.from_db(
                    db, _CONTACT_FIELDS, [getattr(row, f"_contact_{f}") for f in _CONTACT_FIELDS]
                )
        if row.pk == site.root_page_id:
            site._state.fields_cache["root_page"] = row
        root_paths[site.pk].append(row)

    navigation.give_candidates(request, index_pages.values())
    request._site_context_route = (routed, list(translations.values()))
    ordered = _reverse_sorted_by_url_path(sites.values())
    paths = [
        SiteRootPath(site.pk, page.url_path, site.root_url, page.locale.language_code)
        for site in ordered
        for page in root_paths[site.pk]
    ]
    request._wagtail_cached_site_root_paths = paths

    site = _site_for_request(request, sites.values())
    request._wagtail_site = site
    if site is None:
        return {}
    if site.pk in contacts:
        setattr(request, ContactSettings.get_cache_attr_name(), contacts[site.pk])
        contacts[site.pk]._request = request
    return {page.locale.language_code: page for page in root_paths[site.pk]}


def _route(request, roots, components):
    """The route result of the page at `components`, or None to let Wagtail walk the
    tree."""
    site = request._wagtail_site
    active = Locale.get_active()
    root = roots.get(active.language_code)
    if root is None or not root.live:  # as Page.localized: the original instead
        root = site.root_page
    routed, translations = getattr(request, "_site_context_route", ({}, []))
    if components and root.pk in routed:
        # Read with the site (`_sql`): the page at the path below this very root.
        found = next((page for page in translations if page.pk == routed[root.pk]), None)
        return route_to(found, translations)
    return find_page(root, components, root_translations=list(roots.values()))


# The page's translations are read with these fields only: what their addresses in the
# language switcher and the route need (the served page's own row is read in full).
# In the model's order of fields, as `Model.from_db` takes them.
_TRANSLATION_FIELDS = tuple(
    f.attname
    for f in Page._meta.concrete_fields
    if f.attname
    in {
        "id",
        "path",
        "depth",
        "url_path",
        "live",
        "locale_id",
        "content_type_id",
        "translation_key",
        "alias_of_id",
    }
)


def _translation(db, row):
    page = Page.from_db(
        db, _TRANSLATION_FIELDS, [getattr(row, f"_tr_{name}") for name in _TRANSLATION_FIELDS]
    )
    page._state.fields_cache["locale"] = Locale.from_db(
        db, ["id", "language_code"], [page.locale_id, row._tr_locale_code]
    )
    return page


def _content_language():
    """The content language of the request (as `Locale.get_active()`, without a query);
    None if it is not one."""
    try:
        return get_supported_content_language_variant(translation.get_language())
    except LookupError:
        return None


def _site_for_request(request, sites):
    """`wagtail.models.sites.get_site_for_hostname` on the sites already read."""
    hostname = split_domain_port(request._get_raw_host())[0]
    port = request.get_port()

    def match(site):
        if site.hostname == hostname and str(site.port) == str(port):
            return 0
        if site.hostname == hostname and site.is_default_site:
            return 1
        return 2 if site.is_default_site else 3

    candidates = sorted(
        (s for s in sites if s.hostname == hostname or s.is_default_site), key=match
    )
    if not candidates:
        return None
    if len(candidates) == 1 or match(candidates[0]) in (0, 1):
        return candidates[0]
    if match(candidates[0]) == 2:
        return candidates[len(candidates) == 2]
    return None


def _reverse_sorted_by_url_path(sites):
    """Wagtail's order of the root paths: `-root_page__url_path, -is_default_site,
    hostname`, the most specific first."""
    by_hostname = sorted(sites, key=lambda s: s.hostname)
    by_default = sorted(by_hostname, key=lambda s: s.is_default_site, reverse=True)
    return sorted(by_default, key=lambda s: s.root_page.url_path, reverse=True)


def _sql(components=None, language=None):
    """The query's text and parameters; with `components`, the joins that find the
    page at that path below the root page in `language` and its translations."""
    q = connection.ops.quote_name
    page, site, locale = Page._meta.db_table, Site._meta.db_table, Locale._meta.db_table
    contact = ContactSettings._meta.db_table
    site_columns = ", ".join(f"s.{q(name)} AS _site_{name}" for name in _SITE_FIELDS)
    contact_columns = ", ".join(
        f"c.{q(column)} AS _contact_{name}"
        for column, name in zip(_CONTACT_COLUMNS, _CONTACT_FIELDS, strict=True)
    )
    # Without Wagtail's i18n the root path is the root page's alone.
    same = f"p.{q('id')} = r.{q('id')}"
    if settings.WAGTAIL_I18N_ENABLED:
        same = f"p.{q('translation_key')} = r.{q('translation_key')}"
    # The navigation's index pages: every live one, in every language (a handful).
    index_types = ", ".join(str(int(pk)) for pk in navigation.content_type_ids()) or "NULL"
    index_page = f"p.{q('live')} AND p.{q('content_type_id')} IN ({index_types})"
    columns = (
        f"p.*, ({same}) AS _is_root, l.{q('language_code')} AS _locale_code, "
        f"{site_columns}, {contact_columns}"
    )
    route_joins, params = "", []
    if components:
        # a: the page at the path below the root in the reader's language (path, depth
        # and url_path: as home/routing.py); t: its translations, tl their locales.
        columns += f", a.{q('id')} AS _at_path_id, tl.{q('language_code')} AS _tr_locale_code, "
        columns += ", ".join(f"t.{q(name)} AS _tr_{name}" for name in _TRANSLATION_FIELDS)
        route_joins = (
            f"LEFT JOIN {q(page)} a ON ({same}) AND l.{q('language_code')} = %s "
            f"AND a.{q('depth')} = p.{q('depth')} + %s "
            f"AND a.{q('url_path')} = p.{q('url_path')} || %s "
            f"AND a.{q('path')} LIKE p.{q('path')} || %s "
            f"LEFT JOIN {q(page)} t ON t.{q('translation_key')} = a.{q('translation_key')} "
            f"LEFT JOIN {q(locale)} tl ON tl.{q('id')} = t.{q('locale_id')} "
        )
        params = [language, len(components), "/".join(components) + "/", "%"]
    # Only names from the models' metadata, quoted, and content type ids (integers) go
    # into the text; the path is a parameter.
    sql = (
        f"SELECT {columns} "  # noqa: S608
        f"FROM {q(site)} s "
        f"JOIN {q(page)} r ON r.{q('id')} = s.{q('root_page_id')} "
        f"JOIN {q(page)} p ON ({same}) OR ({index_page}) "
        f"JOIN {q(locale)} l ON l.{q('id')} = p.{q('locale_id')} "
        f"LEFT JOIN {q(contact)} c ON c.{q('site_id')} = s.{q('id')} "
        f"{route_joins}"
        f"ORDER BY p.{q('path')}"
    )
    return sql, params
