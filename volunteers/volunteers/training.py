"""Training attendance fulfils the "training" screening requirement, automatically.

Recording that a volunteer attended a session creates her RequirementItem of kind
"training", dated on the session, and links it to the attendance. Changing the
session's date moves that item's date. Removing the attendance (it was recorded by
mistake, or on the wrong person) deletes the item it produced and nothing else: a
training recorded by hand or from another session still counts, and eligibility
(volunteers/volunteers/eligibility.py) is computed from the items that remain. The
screening *status* is not moved back: status moves are a coordinator's decision,
recorded as events (screening.py); the eligibility check shows the gap instead.

The receivers are connected in VolunteersConfig.ready(), so the admin's inline
editing (modelcluster saves and deletes the children) keeps the two in step too.
"""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.utils.translation import gettext

from volunteers.volunteers.models import (
    RequirementItem,
    RequirementKind,
    TrainingAttendance,
    TrainingSession,
)


def _note(session) -> str:
    return (gettext("Training session: %(topic)s") % {"topic": session.topic})[:300]


@transaction.atomic
def sync_requirement(attendance: TrainingAttendance) -> RequirementItem:
    """Create or update the training requirement this attendance stands for."""
    session = attendance.session
    item = (
        RequirementItem.objects.filter(pk=attendance.requirement_id).first()
        if attendance.requirement_id
        else None
    )
    if item is None:
        item = RequirementItem.objects.create(
            volunteer_id=attendance.volunteer_id,
            kind=RequirementKind.TRAINING,
            done_on=session.date,
            recorded_by=attendance.recorded_by,
            note=_note(session),
        )
        TrainingAttendance.objects.filter(pk=attendance.pk).update(requirement=item)
        attendance.requirement = item
    elif (item.volunteer_id, item.done_on) != (attendance.volunteer_id, session.date):
        item.volunteer_id, item.done_on, item.note = (
            attendance.volunteer_id,
            session.date,
            _note(session),
        )
        item.save(update_fields=["volunteer", "done_on", "note"])
    return item


def record_attendance(session: TrainingSession, volunteer, by=None) -> TrainingAttendance:
    """Mark ``volunteer`` as having attended ``session`` (idempotent)."""
    attendance, created = TrainingAttendance.objects.get_or_create(
        session=session, volunteer=volunteer, defaults={"recorded_by": by}
    )
    if not created:
        sync_requirement(attendance)
    return attendance


def remove_attendance(session: TrainingSession, volunteer) -> None:
    for attendance in TrainingAttendance.objects.filter(session=session, volunteer=volunteer):
        attendance.delete()


def _attendance_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        sync_requirement(instance)


def _attendance_deleted(sender, instance, **kwargs):
    if instance.requirement_id:
        RequirementItem.objects.filter(pk=instance.requirement_id).delete()


def _session_saved(sender, instance, raw=False, created=False, **kwargs):
    if raw or created:
        return
    RequirementItem.objects.filter(training_attendance__session=instance).update(
        done_on=instance.date, note=_note(instance)
    )


def connect():
    post_save.connect(_attendance_saved, sender=TrainingAttendance, dispatch_uid="training_att")
    post_delete.connect(
        _attendance_deleted, sender=TrainingAttendance, dispatch_uid="training_att_del"
    )
    post_save.connect(_session_saved, sender=TrainingSession, dispatch_uid="training_session")
