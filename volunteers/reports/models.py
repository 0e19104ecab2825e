"""The record of every export: who took which report with which filters, and when.

It also carries the permission to read reports ("reports.view_reports"), which
cms/roles.py gives to Report readers and coordinators.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ReportExport(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("exported by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    at = models.DateTimeField(_("exported at"), auto_now_add=True)
    report = models.CharField(_("report"), max_length=30)
    format = models.CharField(_("format"), max_length=10)
    filters = models.JSONField(_("filters"), default=dict)

    class Meta:
        verbose_name = _("report export")
        verbose_name_plural = _("report exports")
        ordering = ["-at"]
        # Exports are written by the export views only; nobody edits them.
        default_permissions = ()
        permissions = [("view_reports", _("Can read the reports"))]

    def __str__(self):
        return f"{self.report} ({self.format}) {self.at:%Y-%m-%d %H:%M}"
