"""Who may do what with participants' records: Django permission names and checks,
in one place (the groups that hold them are in cms/roles.py; the caseload rule that
narrows rows to a worker's own participants is in caseload.py)."""

# Every caseload, not only one's own: coordinators.
VIEW_ALL = "participants.view_all_participants"
# One's own caseload: project workers (coordinators hold it too).
VIEW = "participants.view_participant"
EXPORT = "participants.export_participant"


def _has(user, permission) -> bool:
    return bool(user and user.is_authenticated and user.has_perm(permission))


def sees_all(user) -> bool:
    """Coordinators and superusers see every participant."""
    return _has(user, VIEW_ALL)


def has_caseload(user) -> bool:
    """Project workers see their own caseload."""
    return _has(user, VIEW)


def can_export(user) -> bool:
    """Exports of participant data are logged and gated by their own permission."""
    return _has(user, EXPORT)
