"""The audit log of participants' records: Wagtail log entries that know their
participant's id and never her name.

Wagtail's ModelLogEntry keeps `str(instance)` as the entry's label (her name, for
ever, even after she is deleted) and lets anyone with a permission on the model
read every entry in the site history. Entries about participants and their records
go to this table instead (registered in wagtail_hooks.py): the label is neutral
("Participant #123") and `viewable_by_user` applies the caseload rule, so the site
history, its exports and the object histories show a project worker only her own
caseload's entries.
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Q
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.models.audit_log import BaseLogEntry, BaseLogEntryManager

from volunteers.participants import permissions
from volunteers.participants.models.participants import Participant


def participant_id_of(instance):
    """The id of the participant an entry is about (the record's owner), or None."""
    if instance._meta.model_name == "participant":
        return instance.pk
    return getattr(instance, "participant_id", None)


def neutral_label(instance) -> str:
    """A label that names no one: the record type and ids only, in the site language
    (a log entry outlives the person, so it must not carry who she was)."""
    participant_id = participant_id_of(instance)
    with translation.override(settings.LANGUAGE_CODE):
        if instance._meta.model_name == "participant":
            return _("Participant #%(id)s") % {"id": instance.pk}
        return _("%(type)s #%(id)s of participant #%(participant)s") % {
            "type": str(instance._meta.verbose_name).capitalize(),
            "id": instance.pk,
            "participant": participant_id,
        }


class ParticipantLogEntryManager(BaseLogEntryManager):
    def get_instance_title(self, instance):
        return neutral_label(instance)

    def log_action(self, instance, action, **kwargs):
        kwargs.update(
            object_id=str(instance.pk),
            participant_ref=participant_id_of(instance),
            # The caller's title would be str(instance): her name.
            title=neutral_label(instance),
        )
        return super().log_action(instance, action, **kwargs)

    def for_instance(self, instance):
        return self.filter(
            content_type=ContentType.objects.get_for_model(instance, for_concrete_model=False),
            object_id=str(instance.pk),
        )

    def viewable_by_user(self, user):
        """Coordinators (and superusers) see every entry, a project worker those of
        her current caseload, others none.

        Wagtail's own rule (BaseLogEntryManager.viewable_by_user) is not used: it
        caches the allowed content types on the user object from whichever log table
        the site history asks first (the tables come from a set, so the order changes
        between processes), and this table's answer would then depend on that order.
        The participant permissions below are the whole rule for these entries."""
        if permissions.sees_all(user):
            return self.all()
        if permissions.has_caseload(user):
            return self.filter(
                Q(participant_ref__in=Participant.objects.filter(worker=user).values("pk"))
            )
        return self.none()


class ParticipantLogEntry(BaseLogEntry):
    """One audited action (create, edit, delete, read, export, erase) on a
    participant or one of her records."""

    object_id = models.CharField(max_length=255, blank=False, db_index=True)
    # A plain id, not a foreign key: the entry outlives her record, and keeps only this.
    participant_ref = models.PositiveBigIntegerField(
        _("participant id"), null=True, blank=True, db_index=True
    )

    objects = ParticipantLogEntryManager()

    class Meta(BaseLogEntry.Meta):
        ordering = ["-timestamp", "-id"]
        verbose_name = _("participant log entry")
        verbose_name_plural = _("participant log entries")

    def __str__(self):
        return f"ParticipantLogEntry {self.pk}: {self.action} on {self.label}"
