"""A panel for the initial assessment's answers, whose fields come from the
coordinator-edited questions and so cannot be listed as FieldPanels."""

from wagtail.admin.panels import Panel


class AnswersPanel(Panel):
    class BoundPanel(Panel.BoundPanel):
        template_name = "participants/admin/answers_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["fields"] = self.form.answer_fields()
            return context
