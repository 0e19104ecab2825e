"""Guide changes go through review: an editor submits, another editor approves."""

import pytest

from cms import roles
from resources.workflow import ensure_guide_workflow
from tests.factories.resources import GuideChapterPageFactory, GuidePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def submitted_chapter(guide_index, make_user):
    ensure_guide_workflow()
    chapter = GuideChapterPageFactory(parent=GuidePageFactory(parent=guide_index), title="Neuvola")
    author = make_user(roles.EDITORS)
    chapter.title = "Neuvola ja rokotukset"
    chapter.save_revision(user=author)
    chapter.get_workflow().start(chapter, author)
    chapter.refresh_from_db()
    return chapter


def test_guide_chapters_inherit_the_review_workflow(submitted_chapter):
    assert submitted_chapter.get_workflow().name == "Guide review"


def test_submitted_change_is_not_live_before_approval(submitted_chapter):
    assert submitted_chapter.title == "Neuvola"
    assert submitted_chapter.workflow_in_progress


def test_second_editor_approves_and_the_change_is_published(submitted_chapter, make_user):
    reviewer = make_user(roles.EDITORS)
    state = submitted_chapter.current_workflow_task_state
    state.task.specific.on_action(state, reviewer, "approve")
    submitted_chapter.refresh_from_db()
    assert submitted_chapter.title == "Neuvola ja rokotukset"
    assert submitted_chapter.live


def test_non_editor_cannot_approve(submitted_chapter, make_user):
    coordinator = make_user(roles.COORDINATORS)
    task = submitted_chapter.current_workflow_task
    assert task.specific.get_actions(submitted_chapter, coordinator) == []


def test_ensure_guide_workflow_twice_changes_nothing(guide_index):
    from wagtail.models import Task, Workflow, WorkflowPage

    ensure_guide_workflow()
    counts = (Workflow.objects.count(), Task.objects.count(), WorkflowPage.objects.count())
    ensure_guide_workflow()
    assert (Workflow.objects.count(), Task.objects.count(), WorkflowPage.objects.count()) == counts


def test_author_cannot_approve_their_own_change(submitted_chapter):
    state = submitted_chapter.current_workflow_state
    task = submitted_chapter.current_workflow_task.specific
    assert task.get_actions(submitted_chapter, state.requested_by) == []


def test_second_editor_is_offered_approval(submitted_chapter, make_user):
    task = submitted_chapter.current_workflow_task.specific
    actions = [
        name
        for name, _label, _modal in task.get_actions(submitted_chapter, make_user(roles.EDITORS))
    ]
    assert "approve" in actions


def test_editor_cannot_publish_a_guide_chapter_directly(guide_index, make_user, rf):
    from resources.wagtail_hooks import publish_guides_through_review

    ensure_guide_workflow()
    chapter = GuideChapterPageFactory(parent=GuidePageFactory(parent=guide_index))
    request = rf.post("/admin/")
    request.user = make_user(roles.EDITORS)
    request.session = {}
    request._messages = _Messages()
    response = publish_guides_through_review(request, chapter)
    assert response.status_code == 302
    assert request._messages.stored


def test_editor_cannot_publish_a_theme_package_directly(theme_index, make_user, rf):
    # Issue 12: theme materials go through the editors' review like guides.
    from resources.wagtail_hooks import publish_guides_through_review
    from tests.factories.resources import ThemePackagePageFactory

    ensure_guide_workflow()
    request = rf.post("/admin/")
    request.user = make_user(roles.EDITORS)
    request.session = {}
    request._messages = _Messages()
    package = ThemePackagePageFactory(parent=theme_index)
    assert publish_guides_through_review(request, package).status_code == 302


class _Messages:
    """A minimal message store for a request built by RequestFactory."""

    def __init__(self):
        self.stored = []

    def add(self, level, message, extra_tags=""):
        self.stored.append(message)
