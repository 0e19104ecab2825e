"""Pins and exclusions before a run: coordinators decide about single pairs.

A pin forces the pair into the next runs (if it passes every hard rule); an
exclusion keeps it out. Rejections made while reviewing suggestions are the same
rows with kind "rejected". Rules are cleared (not deleted) on the review screen's
rule list, so who pinned, excluded and cleared each pair stays on record.
"""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic import CreateView
from wagtail.admin.viewsets.model import ModelViewSet

from volunteers.matching.models import PairRule


class PairRuleForm(forms.ModelForm):
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
        DateColumn("created_at", label=_("created")),
    ]
    search_fields = ["participant__first_name", "volunteer__first_name", "volunteer__last_name"]
    search_backend_name = None
    inspect_view_enabled = False

    def get_form_class(self, for_update=False):
        return PairRuleForm

    def get_queryset(self, request):
        return (
            PairRule.objects.filter(cleared_at__isnull=True)
            .select_related("participant", "volunteer")
            .order_by("-created_at")
        )


pair_rule_viewset = PairRuleViewSet()
