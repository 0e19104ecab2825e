"""Theme materials and meetings go through the editors' review like guides: another
editor approves, the submitter cannot, nobody publishes past it; Wagtail's default
"Moderators approval" workflow (whose group has no members) is retired."""

import importlib

import pytest
from django.apps import apps
from django.core import mail
from wagtail.models import Page, Workflow, WorkflowPage

from cms import roles
from resources.workflow import WORKFLOW_NAME, ensure_guide_workflow, refuses_direct_publish
from tests.factories.resources import ThemeMeetingPageFactory, ThemePackagePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def package(theme_index):
    ensure_guide_workflow()
    return ThemePackagePageFactory(parent=theme_index, title="Talous arjessa")


@pytest.fixture
def meeting(meeting_index):
    ensure_guide_workflow()
    return ThemeMeetingPageFactory(parent=meeting_index, title="Neuvola tutuksi")


def test_theme_materials_go_through_the_editors_review(package):
    assert package.get_workflow().name == WORKFLOW_NAME


def test_meetings_go_through_the_editors_review(meeting):
    assert meeting.get_workflow().name == WORKFLOW_NAME


def test_editor_cannot_publish_theme_material_directly(package, make_user, rf):
    request = rf.post("/admin/")
    request.user = make_user(roles.EDITORS)
    assert refuses_direct_publish(request, package)


def test_a_new_theme_index_is_put_under_review(client, home_page, make_user):
    from resources.models import ThemeIndexPage

    ensure_guide_workflow()
    index = ThemeIndexPage(title="Uudet teemat", slug="uudet-teemat")
    home_page.add_child(instance=index)
    from resources.wagtail_hooks import put_new_content_index_under_review

    put_new_content_index_under_review(None, index)
    assert index.get_workflow().name == WORKFLOW_NAME


def test_another_editor_is_asked_in_finnish(package, make_user):
    author = make_user(roles.EDITORS, email="kirjoittaja@example.org")
    reviewer = make_user(roles.EDITORS, email="arvioija@example.org")
    package.save_revision(user=author)
    mail.outbox.clear()
    package.get_workflow().start(package, author)
    to_reviewer = [m for m in mail.outbox if reviewer.email in m.to]
    assert to_reviewer
    message = to_reviewer[0]
    assert message.subject == 'Odottaa tarkistustasi: "Talous arjessa"'
    assert "moderation" not in message.body
    assert "Toinen toimittaja on lähettänyt" in message.body


def test_migration_retires_the_moderators_workflow(home_page):
    moderators, _created = Workflow.objects.get_or_create(name="Moderators approval")
    moderators.active = True
    moderators.save()
    WorkflowPage.objects.update_or_create(
        page=Page.get_first_root_node(), defaults={"workflow": moderators}
    )
    retire = importlib.import_module(
        "resources.migrations.0009_editors_review_for_all_content"
    ).retire_moderators_workflow
    retire(apps, None)
    moderators.refresh_from_db()
    assert not moderators.active
    assert not WorkflowPage.objects.filter(workflow=moderators).exists()
    assert home_page.get_workflow() is None or home_page.get_workflow().name == WORKFLOW_NAME
