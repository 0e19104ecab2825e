"""The audit log of outreach contacts and referrals: Wagtail log entries with a
neutral label ("Outreach contact #12") and the access rule of access.py.

Wagtail's ModelLogEntry would keep `str(instance)` (her first name) as the label for
ever and show every entry to anyone holding a permission on the model; these entries
follow the rows instead: coordinators see all, a project worker those of her own
contacts and of her caseload's referrals, others none.
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Q
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.models.audit_log import BaseLogEntry, BaseLogEntryManager

from volunteers.participants.models import Participant
from volunteers.participants.permissions import has_caseload, sees_all


def neutral_label(instance) -> str:
    with translation.override(settings.LANGUAGE_CODE):
        return _("%(type)s #%(id)s") % {
            "type": str(instance._meta.verbose_name).capitalize(),
            "id": instance.pk,
        }


def worker_ref_of(instance):
    # Only a contact belongs to the worker who recorded it; a referral follows its
    # participant's caseload.
    return instance.worker_id if instance._meta.model_name == "outreachcontact" else None


class OutreachLogEntryManager(BaseLogEntryManager):
    def get_instance_title(self, instance):
        return neutral_label(instance)

    def log_action(self, instance, action, **kwargs):
        kwargs.update(
            object_id=str(instance.pk),
            worker_ref=worker_ref_of(instance),
            participant_ref=getattr(instance, "participant_id", None),
            title=neutral_label(instance),
        )
        return super().log_action(instance, action, **kwargs)

    def for_instance(self, instance):
        return self.filter(
            content_type=ContentType.objects.get_for_model(instance, for_concrete_model=False),
            object_id=str(instance.pk),
        )

    def viewable_by_user(self, user):
        if sees_all(user):
            return self.all()
        if has_caseload(user):
            return self.filter(
                Q(worker_ref=user.pk)
                | Q(participant_ref__in=Participant.objects.filter(worker=user).values("pk"))
            )
        return self.none()


class OutreachLogEntry(BaseLogEntry):
    """One audited action on an outreach contact or a referral."""

    object_id = models.CharField(max_length=255, blank=False, db_index=True)
    # Plain ids, not foreign keys: the entry outlives the rows.
    worker_ref = models.PositiveBigIntegerField(null=True, blank=True, db_index=True)
    participant_ref = models.PositiveBigIntegerField(null=True, blank=True, db_index=True)

    objects = OutreachLogEntryManager()

    class Meta(BaseLogEntry.Meta):
        ordering = ["-timestamp", "-id"]
        verbose_name = _("outreach log entry")
        verbose_name_plural = _("outreach log entries")

    def __str__(self):
        return f"OutreachLogEntry {self.pk}: {self.action} on {self.label}"
