"""A page's view restriction holds for all its translations.

Wagtail keeps view restrictions per page and checks them along the page's own
tree, and each language is a tree of its own: a private Finnish page leaves its
English and Arabic translations public. Two ways to close that:

- check, at every read, the restrictions of the page's translations; or
- keep the restriction *rows* the same on every translation.

The rows are kept the same here. Every place that reads privacy then stays right
without knowing about translations: Wagtail's own page serving
(`check_view_restrictions`), `PageQuerySet.public()`, the admin's privacy
indicator, document links, and our search, iCal feed and listings
(resources/privacy.py, which filter by restricted paths). A read-time check would
have to be added to each of those, and a forgotten one leaks.

Any change on any translation (set, change of type, password or groups, removal)
is copied to the others: the latest write wins, whichever language it was made in.
A page being deleted takes its own restriction with it but leaves its
translations' alone, so deleting the Finnish page never opens the English one.
New translations get the restriction from Wagtail's copy (`copy_for_translation`
copies a page's own restrictions); the `copy_for_translation_done` hook makes sure
of it also when the copy skipped them.
"""

from contextvars import ContextVar

from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import copy_for_translation_done

# Set while this module writes restrictions, so its own writes are not copied again.
_syncing: ContextVar[bool] = ContextVar("syncing_translated_privacy", default=False)
# Pages being deleted in this thread: their restrictions go without touching the
# translations'.
_deleting_pages: ContextVar[frozenset] = ContextVar("pages_being_deleted", default=frozenset())


def _other_translations(page_id):
    page = Page.objects.only("id", "translation_key", "locale_id").get(pk=page_id)
    return Page.objects.filter(translation_key=page.translation_key).exclude(pk=page.pk)


def copy_restriction(source: PageViewRestriction, page, groups=True) -> None:
    """Make `page`'s own restriction the same as `source` (one restriction per page)."""
    existing = list(PageViewRestriction.objects.filter(page=page).order_by("pk"))
    target = existing[0] if existing else PageViewRestriction(page=page)
    for extra in existing[1:]:
        extra.delete()
    target.restriction_type = source.restriction_type
    target.password = source.password
    target.save()
    if groups:
        target.groups.set(source.groups.all())


def sync_restriction(restriction: PageViewRestriction, groups=True) -> None:
    """Copy `restriction` to every translation of its page."""
    token = _syncing.set(True)
    try:
        for page in _other_translations(restriction.page_id):
            copy_restriction(restriction, page, groups=groups)
    finally:
        _syncing.reset(token)


def remove_from_translations(page_id) -> None:
    token = _syncing.set(True)
    try:
        for restriction in PageViewRestriction.objects.filter(
            page__in=_other_translations(page_id)
        ):
            restriction.delete()
    finally:
        _syncing.reset(token)


def _saved(sender, instance, created, raw=False, **kwargs):
    if raw or _syncing.get():
        return
    # A new restriction gets its groups after this save (the admin's form and
    # Wagtail's page copy both set them next); copying its empty set now would
    # strip the other translations' groups. The m2m signal copies them.
    sync_restriction(instance, groups=not created)


def _groups_changed(sender, instance, action, **kwargs):
    if _syncing.get() or action not in ("post_add", "post_remove", "post_clear"):
        return
    if isinstance(instance, PageViewRestriction):
        sync_restriction(instance)
    else:  # a group changed from its side: resync the restrictions it was in or left
        for restriction in PageViewRestriction.objects.filter(pk__in=kwargs.get("pk_set") or ()):
            sync_restriction(restriction)


def _page_deleting(sender, instance, **kwargs):
    _deleting_pages.set(_deleting_pages.get() | {instance.pk})


def _page_deleted(sender, instance, **kwargs):
    _deleting_pages.set(_deleting_pages.get() - {instance.pk})


def _deleted(sender, instance, **kwargs):
    if _syncing.get() or instance.page_id in _deleting_pages.get():
        return
    if Page.objects.filter(pk=instance.page_id).exists():
        remove_from_translations(instance.page_id)


def _translated(sender, source_obj, target_obj, **kwargs):
    if not isinstance(source_obj, Page):
        return
    # Any translation may hold the group's restriction (the source may be a draft).
    restriction = (
        PageViewRestriction.objects.filter(page__translation_key=source_obj.translation_key)
        .exclude(page=target_obj)
        .order_by("pk")
        .first()
    )
    if restriction is not None:
        token = _syncing.set(True)
        try:
            copy_restriction(restriction, target_obj)
        finally:
            _syncing.reset(token)


def connect():
    """Called from the app's ready()."""
    uid = "resources.translated_privacy"
    post_save.connect(_saved, sender=PageViewRestriction, dispatch_uid=f"{uid}.saved")
    post_delete.connect(_deleted, sender=PageViewRestriction, dispatch_uid=f"{uid}.deleted")
    m2m_changed.connect(
        _groups_changed, sender=PageViewRestriction.groups.through, dispatch_uid=f"{uid}.groups"
    )
    # A page's deletion collects its base Page row (and its descendants') as Page.
    pre_delete.connect(_page_deleting, sender=Page, dispatch_uid=f"{uid}.page_deleting")
    post_delete.connect(_page_deleted, sender=Page, dispatch_uid=f"{uid}.page_deleted")
    copy_for_translation_done.connect(_translated, dispatch_uid=f"{uid}.translated")
