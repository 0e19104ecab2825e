"""The private collection of theme-package materials.

Documents in it are served only through Wagtail's document serve view
(WAGTAILDOCS_SERVE_METHOD = "serve_view"), which checks the collection's view
restriction: without a login the download is refused and the reader is sent to log in.
"""

from django.contrib.auth.models import Group
from wagtail.models import Collection, CollectionViewRestriction

from cms import roles
from cms.tree import ensure_roots

# Collection names are not translatable in Wagtail: the organisation's language.
PRIVATE_COLLECTION = "Teemamateriaalit (intranet)"
# Its name in earlier versions, renamed when found.
FORMER_NAMES = ["Theme materials (intranet)"]


def ensure_private_collection() -> Collection:
    """The collection for package materials, readable by the intranet groups only."""
    _root_page, root_collection = ensure_roots()
    collection = Collection.objects.filter(name=PRIVATE_COLLECTION).first()
    if collection is None:
        collection = Collection.objects.filter(name__in=FORMER_NAMES).first()
        if collection is not None:
            collection.name = PRIVATE_COLLECTION
            collection.save(update_fields=["name"])
    if collection is None:
        collection = root_collection.add_child(name=PRIVATE_COLLECTION)
    restriction = CollectionViewRestriction.objects.filter(collection=collection).first()
    if restriction is None:
        restriction = CollectionViewRestriction.objects.create(
            collection=collection, restriction_type=CollectionViewRestriction.GROUPS
        )
    wanted = set(Group.objects.filter(name__in=roles.INTRANET_READERS))
    if set(restriction.groups.all()) != wanted:
        restriction.groups.set(wanted)
    return collection
