"""Admin views: a person's export (JSON file or readable page) and erasure with a
confirmation step. Every export and erasure is recorded (PrivacyRecord + the audit
log); an outsider gets 404, as on the participant screens."""

import json

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.serializers.json import DjangoJSONEncoder
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import path, reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.log_actions import log

from volunteers.participants.models import Participant
from volunteers.privacy import export, permissions
from volunteers.privacy.erasure import EXPORT_ACTION, erase_participant, erase_volunteer
from volunteers.privacy.models import PrivacyRecord, Subject
from volunteers.volunteers.models import Volunteer

FORMATS = ("json", "html")


def _person(subject, pk, user):
    """The person if `user` may export her; 404 otherwise (nothing learnt)."""
    if subject not in Subject.values:
        raise Http404
    if subject == Subject.PARTICIPANT:
        person = get_object_or_404(Participant, pk=pk)
        if not permissions.can_export_participant(user, person):
            raise Http404
        return person
    if not permissions.can_export_volunteer(user):
        raise Http404
    return get_object_or_404(Volunteer, pk=pk)


def export_view(request, subject, pk, fmt):
    if fmt not in FORMATS:
        raise Http404
    person = _person(subject, pk, request.user)
    if subject == Subject.PARTICIPANT:
        language = export.participant_language(person)
        build = export.participant_sections
    else:
        language = export.volunteer_language(person)
        build = export.volunteer_sections
    # Her language for the labels and the page, where the interface has it.
    with translation.override(language):
        sections = build(person)
        if fmt == "json":
            body = json.dumps(
                export.as_json(sections, subject, person.pk),
                cls=DjangoJSONEncoder,
                ensure_ascii=False,
                indent=2,
            )
            response = HttpResponse(body, content_type="application/json; charset=utf-8")
            response["Content-Disposition"] = f'attachment; filename="{subject}-{person.pk}.json"'
        else:
            response = render(
                request,
                "privacy/export.html",
                {
                    "sections": sections,
                    "language": language,
                    "bidi": translation.get_language_bidi(),
                    "person": person,
                    "today": date_format(timezone.localdate(), "DATE_FORMAT"),
                },
            )
    # Personal data: never cached by the browser or a proxy.
    response["Cache-Control"] = "no-store"
    log(instance=person, action=EXPORT_ACTION, user=request.user, data={"format": fmt})
    PrivacyRecord.objects.create(
        kind=PrivacyRecord.Kind.EXPORT,
        subject=subject,
        subject_ref=person.pk,
        by=request.user,
        summary=fmt.upper(),
    )
    return response


class EraseView(WagtailAdminTemplateMixin, TemplateView):
    """The confirmation page (GET) and the erasure itself (POST with the confirmation)."""

    template_name = "privacy/confirm_erase.html"
    page_title = gettext_lazy("Erase personal data")
    header_icon = "warning"

    def dispatch(self, request, subject, pk):
        self.person = _person(subject, pk, request.user)
        self.subject = subject
        if subject == Subject.PARTICIPANT:
            allowed = permissions.can_erase_participant(request.user, self.person)
            self.erase = erase_participant
            self.back_url = reverse("participants:inspect", args=[pk])
        else:
            allowed = permissions.can_erase_volunteer(request.user)
            self.erase = erase_volunteer
            self.back_url = reverse("volunteer_admin:inspect", args=[pk])
        if not allowed:
            raise PermissionDenied
        if self.person.anonymised_at:
            messages.info(request, _("This person's data has already been erased."))
            return redirect(self.back_url)
        return super().dispatch(request, subject, pk)

    def get_page_subtitle(self):
        return str(self.person)

    def post(self, request, subject, pk):
        if request.POST.get("confirm") != str(self.person.pk):
            messages.error(request, _("Confirm the erasure with the button on this page."))
            return self.get(request, subject, pk)
        self.erase(self.person, by=request.user)
        messages.success(request, _("Personal data erased. The reports still count her."))
        return redirect(self.back_url)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            person=self.person, subject=Subject(self.subject).label, back_url=self.back_url
        )
        return context


urlpatterns = [
    path("<str:subject>/<int:pk>/export.<str:fmt>", export_view, name="export"),
    path("<str:subject>/<int:pk>/erase/", EraseView.as_view(), name="erase"),
]
