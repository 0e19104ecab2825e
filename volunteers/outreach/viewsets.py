"""Wagtail admin of outreach: contacts (a worker sees her own), the enrol action,
partner organisations, referrals (the participant's caseload) and the channel
vocabulary. Every view narrows its queryset and re-checks the single object, so an
outsider gets a 404 in the listing, edit, delete, history, usage and inspect alike.
"""

from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView
from wagtail.admin import messages
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.history import HistoryView
from wagtail.admin.views.generic.usage import UsageView
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button

from cms.people import person_column
from volunteers.outreach import access, services
from volunteers.outreach.forms import EnrolForm, OutreachContactForm, ReferralForm
from volunteers.outreach.models import (
    OutreachChannel,
    OutreachContact,
    PartnerContact,
    PartnerOrganisation,
    Referral,
)

# --- Row rules ----------------------------------------------------------------------


class RowRuleMixin:
    """Narrow the listing to the rows the user may see and 404 any other row.
    Subclasses name the two functions of access.py."""

    def restrict(self, queryset):
        raise NotImplementedError

    def may_see(self, obj) -> bool:
        raise NotImplementedError

    def get_base_queryset(self):
        return self.restrict(super().get_base_queryset())

    def get_object(self, *args, **kwargs):
        obj = super().get_object(*args, **kwargs)
        if obj is not None and not self.may_see(obj):
            # 404, not 403: an outsider learns nothing about whether the row exists.
            raise Http404
        return obj


class ContactRule(RowRuleMixin):
    def restrict(self, queryset):
        return access.contacts_for(queryset, self.request.user)

    def may_see(self, obj):
        return access.can_see_contact(self.request.user, obj)


class ReferralRule(RowRuleMixin):
    def restrict(self, queryset):
        return access.referrals_for(queryset, self.request.user)

    def may_see(self, obj):
        return access.can_see_referral(self.request.user, obj)


def rule_views(rule):
    """The generic views of a ModelViewSet with `rule` applied to each."""

    class Index(rule, generic.IndexView):
        pass

    class Create(rule, generic.CreateView):
        pass

    class Edit(rule, generic.EditView):
        pass

    class Delete(rule, generic.DeleteView):
        pass

    class History(rule, HistoryView):
        pass

    class Usage(rule, UsageView):
        pass

    class Inspect(rule, generic.InspectView):
        pass

    return {
        "index_view_class": Index,
        "add_view_class": Create,
        "edit_view_class": Edit,
        "delete_view_class": Delete,
        "history_view_class": History,
        "usage_view_class": Usage,
        "inspect_view_class": Inspect,
    }


# --- Outreach contacts --------------------------------------------------------------

_contact_views = rule_views(ContactRule)


class ContactIndexView(_contact_views["index_view_class"]):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("channel", "partner", "participant")


class ContactCreateView(_contact_views["add_view_class"]):
    def save_instance(self):
        self.form.instance.worker = self.request.user
        return super().save_instance()


class ContactEditView(_contact_views["edit_view_class"]):
    @cached_property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        if self.object.participant_id is None:
            buttons.append(
                Button(
                    _("Enrol as a participant"),
                    url=reverse("outreach_contacts:enrol", args=[self.object.pk]),
                    icon_name="user",
                    priority=5,
                )
            )
        return buttons


class EnrolView(WagtailAdminTemplateMixin, FormView):
    """Enrol: create her participant record from the contact and keep the link."""

    form_class = EnrolForm
    template_name = "outreach/admin/enrol.html"
    page_title = _("Enrol as a participant")
    header_icon = "user"

    def dispatch(self, request, pk):
        self.contact = get_object_or_404(OutreachContact, pk=pk)
        if not access.can_see_contact(request.user, self.contact) or not request.user.has_perm(
            "participants.add_participant"
        ):
            raise Http404
        if self.contact.participant_id:
            return redirect("participants:edit", self.contact.participant_id)
        return super().dispatch(request, pk)

    def get_initial(self):
        return {"first_name": self.contact.first_name}

    def get_context_data(self, **kwargs):
        return super().get_context_data(contact=self.contact, **kwargs)

    def form_valid(self, form):
        participant = services.enrol(self.contact, self.request.user, **form.cleaned_data)
        messages.success(
            self.request, _("%(name)s is enrolled as a participant.") % {"name": participant}
        )
        return redirect("participants:edit", participant.pk)


class OutreachContactViewSet(ModelViewSet):
    model = OutreachContact
    icon = "user"
    menu_label = _("Outreach contacts")
    add_to_admin_menu = False
    copy_view_enabled = False
    search_backend_name = None  # search the columns: personal data stays out of the index
    delete_view_class = _contact_views["delete_view_class"]
    history_view_class = _contact_views["history_view_class"]
    usage_view_class = _contact_views["usage_view_class"]
    inspect_view_class = _contact_views["inspect_view_class"]
    index_view_class = ContactIndexView
    add_view_class = ContactCreateView
    edit_view_class = ContactEditView
    list_display = ["__str__", "channel", "partner", "language", "outcome", "participant"]
    list_filter = ["channel", "outcome", "language", "partner"]
    search_fields = ["first_name"]
    edit_handler = ObjectList(
        [
            FieldRowPanel([FieldPanel("date"), FieldPanel("channel")]),
            FieldRowPanel([FieldPanel("municipality"), FieldPanel("partner")]),
            FieldPanel("language"),
            FieldPanel("outcome"),
            MultiFieldPanel(
                [
                    FieldPanel("first_name"),
                    FieldPanel("contact_consent"),
                    FieldPanel("contact_details"),
                ],
                heading=_("Personal data (as little as possible)"),
            ),
            FieldPanel("notes"),
        ],
        base_form_class=OutreachContactForm,
    )

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("enrol/<int:pk>/", EnrolView.as_view(), name="enrol"),
        ]


# --- Referrals ----------------------------------------------------------------------

_referral_views = rule_views(ReferralRule)


class ReferralIndexView(_referral_views["index_view_class"]):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("organisation", "participant")


class ReferralCreateView(_referral_views["add_view_class"]):
    def save_instance(self):
        self.form.instance.referred_by = self.request.user
        return super().save_instance()


class ReferralViewSet(ModelViewSet):
    model = Referral
    icon = "redirect"
    menu_label = _("Referrals")
    add_to_admin_menu = False
    copy_view_enabled = False
    search_backend_name = None
    delete_view_class = _referral_views["delete_view_class"]
    history_view_class = _referral_views["history_view_class"]
    usage_view_class = _referral_views["usage_view_class"]
    inspect_view_class = _referral_views["inspect_view_class"]
    index_view_class = ReferralIndexView
    add_view_class = ReferralCreateView
    edit_view_class = _referral_views["edit_view_class"]
    list_display = [
        "__str__",
        "date",
        "direction",
        "status",
        person_column(Referral, "referred_by"),
    ]
    list_filter = ["direction", "status", "organisation"]
    search_fields = ["family_first_name", "participant__first_name", "participant__last_name"]
    edit_handler = ObjectList(
        [
            FieldRowPanel([FieldPanel("direction"), FieldPanel("date")]),
            FieldPanel("organisation"),
            FieldRowPanel([FieldPanel("participant"), FieldPanel("family_first_name")]),
            FieldPanel("purpose"),
            FieldPanel("status"),
            FieldPanel("outcome"),
        ],
        base_form_class=ReferralForm,
    )


# --- Registers coordinators keep (model permissions) -------------------------------


class PartnerOrganisationViewSet(ModelViewSet):
    model = PartnerOrganisation
    icon = "site"
    menu_label = _("Partner organisations")
    add_to_admin_menu = False
    copy_view_enabled = False
    list_display = ["name", "phone", "email", "active"]
    list_filter = ["active"]
    search_fields = ["name"]
    form_fields = ["name", "description", "phone", "email", "active"]


class PartnerContactViewSet(ModelViewSet):
    model = PartnerContact
    icon = "user"
    menu_label = _("Partner contact people")
    add_to_admin_menu = False
    copy_view_enabled = False
    list_display = ["name", "organisation", "title", "email", "phone"]
    list_filter = ["organisation"]
    search_fields = ["name"]
    form_fields = ["organisation", "name", "title", "phone", "email", "user"]


class ChannelViewSet(ModelViewSet):
    model = OutreachChannel
    icon = "tag"
    menu_label = _("Outreach channels")
    add_to_admin_menu = False
    copy_view_enabled = False
    list_display = ["name", "sort_order", "active"]
    list_filter = ["active"]
    form_fields = ["name", "sort_order", "active"]
    ordering = ["sort_order", "name"]


class OutreachGroup(ViewSetGroup):
    """The "Outreach" menu: contacts, referrals, partners and the channel vocabulary."""

    menu_label = _("Outreach")
    menu_icon = "group"
    menu_order = 215

    def __init__(self):
        self.items = [
            OutreachContactViewSet("outreach_contacts"),
            ReferralViewSet("referrals"),
            PartnerOrganisationViewSet("partner_organisations"),
            PartnerContactViewSet("partner_contacts"),
            ChannelViewSet("outreach_channels"),
        ]
        super().__init__()
