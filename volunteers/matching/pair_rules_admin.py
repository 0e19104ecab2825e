"""Pins and exclusions before a run: coordinators decide about single pairs.

A pin forces the pair into the next runs (if it passes every hard rule); an
exclusion keeps it out. Rejections made while reviewing suggestions are the same
rows with kind "rejected". This viewset is the one list of open rules; a rule is
cleared (not deleted) from it, so who pinned, excluded and cleared each pair stays
on record.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404, redirect
from django.urls import path
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic import CreateView
from wagtail.admin.viewsets.model import ModelViewSet

from cms.forms import PlainTextFormMixin
from volunteers.matching import review
from volunteers.matching.models import PairRule

CHANGE_PERMISSION = "matching.change_pairrule"


class PairRuleForm(PlainTextFormMixin, forms.ModelForm):
    class Meta:
        model = PairRule
        fields = ["participant", "volunteer", "kind", "reason"]

    def clean(self):
        cleaned = super().clean()
        participant, volunteer = cleaned.get("participant"), cleaned.get("volunteer")
        if participant and volunteer:
            open_rules = PairRule.objects.filter(
                participant=participant, volunteer=volunteer, cleared_at__isnull=True
            ).exclude(pk=self.instance.pk)
            if open_rules.exists():
                raise forms.ValidationError(
                    _("This pair already has a rule. Edit or delete that one instead.")
                )
        return cleaned


class PairRuleCreateView(CreateView):
    def get_form(self, *args, **kwargs):
        form = super().get_form(*args, **kwargs)
        form.instance.created_by = self.request.user
        return form


class ClearColumn(Column):
    """A small form that clears the row's rule (a POST, so a link preview cannot)."""

    cell_template_name = "matching/admin/clear_rule_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        request = parent_context.get("request")
        context["csrf_token"] = get_token(request) if request else ""
        return context


@require_POST
def clear_rule(request, pk):
    if not request.user.has_perm(CHANGE_PERMISSION):
        raise PermissionDenied
    review.clear_rule(get_object_or_404(PairRule, pk=pk), by=request.user)
    messages.success(request, gettext("Cleared: the pair may be suggested again."))
    return redirect("pair_rules:index")


class PairRuleViewSet(ModelViewSet):
    model = PairRule
    add_view_class = PairRuleCreateView
    icon = "pick"
    menu_label = _("Pins and exclusions")
    add_to_admin_menu = False
    url_prefix = "matching/pair-rules"
    name = "pair_rules"
    list_filter = ["kind"]
    list_display = [
        Column("participant", label=_("participant")),
        Column("volunteer", label=_("volunteer")),
        Column("kind", label=_("kind"), accessor="get_kind_display"),
        Column("reason", label=_("reason")),
        Column("created_by", label=_("by")),
        DateColumn("created_at", label=_("created")),
        ClearColumn("clear", label=_("Clear"), accessor="pk"),
    ]
    search_fields = ["participant__first_name", "volunteer__first_name", "volunteer__last_name"]
    search_backend_name = None
    inspect_view_enabled = False

    def get_urlpatterns(self):
        return [*super().get_urlpatterns(), path("clear/<int:pk>/", clear_rule, name="clear")]

    def get_form_class(self, for_update=False):
        return PairRuleForm

    def get_queryset(self, request):
        return (
            PairRule.objects.filter(cleared_at__isnull=True)
            .select_related("participant", "volunteer", "created_by")
            .order_by("-created_at")
        )


pair_rule_viewset = PairRuleViewSet()
