"""Who may do what with volunteer records: Django permission names and checks, in one
place (the groups that hold them are in cms/roles.py)."""

SCREEN = "volunteers.screen_volunteer"
APPROVE = "volunteers.approve_volunteer"
EXPORT = "volunteers.export_volunteer"


def can_screen(user) -> bool:
    """Coordinators (and superusers) run screening."""
    return bool(user and user.is_authenticated and user.has_perm(SCREEN))


def can_export(user) -> bool:
    return bool(user and user.is_authenticated and user.has_perm(EXPORT))
