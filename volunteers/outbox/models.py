"""The outbox: every email the system sends, so that failures are visible."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class OutgoingEmail(models.Model):
    """One email to one recipient, sent by `send_email_task`.

    Kept as a row so that a send is retried with backoff, never sent twice, and a
    send that finally fails is shown to coordinators instead of disappearing.
    """

    class Status(models.TextChoices):
        QUEUED = "queued", _("queued")
        SENT = "sent", _("sent")
        FAILED = "failed", _("failed")

    to = models.EmailField(_("recipient"))
    subject = models.CharField(_("subject"), max_length=255)
    body = models.TextField(_("body"))
    language = models.CharField(_("language"), max_length=10, default="fi")
    purpose = models.CharField(_("purpose"), max_length=50, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.QUEUED, db_index=True
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)
    # When the send task was last handed to the broker; empty while the broker could
    # not be reached. The dispatcher sends queued emails that are empty or old here.
    enqueued_at = models.DateTimeField(_("handed to the task queue"), null=True, blank=True)

    class Meta:
        # The table keeps the name it had before the people side was split into apps.
        db_table = "volunteers_outgoingemail"
        verbose_name = _("outgoing email")
        verbose_name_plural = _("outgoing emails")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.subject} → {self.to}"


class OutgoingSms(models.Model):
    """One text message to one phone number, sent by `send_sms_task` through the
    configured SMS backend (volunteers/outbox/sms/). Like an email, it is a row so
    that a send is retried, never sent twice, and a final failure is visible."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("queued")
        SENT = "sent", _("sent")
        FAILED = "failed", _("failed")

    to = models.CharField(_("phone number"), max_length=20, help_text=_("In E.164 form."))
    body = models.TextField(_("message"))
    language = models.CharField(_("language"), max_length=10, default="fi")
    purpose = models.CharField(_("purpose"), max_length=50, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.QUEUED, db_index=True
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    backend = models.CharField(_("sent through"), max_length=100, blank=True)
    provider_id = models.CharField(_("provider's message id"), max_length=100, blank=True)
    # Set once the send task has reached the broker; until then the dispatcher owns it.
    enqueued_at = models.DateTimeField(_("handed to the task queue"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)

    class Meta:
        verbose_name = _("outgoing SMS")
        verbose_name_plural = _("outgoing SMS messages")
        ordering = ["-created_at"]

    def __str__(self):
        return f"SMS → {self.to}"
