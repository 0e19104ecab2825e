import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.models import GroupCollectionPermission, GroupPagePermission

from cms import roles


def permission_names(group):
    return {f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.all()}


@pytest.fixture
def groups(db):
    call_command("setup_groups", stdout=open("/dev/null", "w"))  # noqa: SIM115
    return {g.name: g for g in Group.objects.all()}


def test_every_role_has_a_group(groups):
    assert set(groups) >= {
        "Editors",
        "Coordinators",
        "Project workers",
        "Volunteers",
        "Partner professionals",
        "Report readers",
    }


def test_volunteers_and_partners_have_no_model_permissions(groups):
    # They use the public site only; any permission here would open the admin.
    assert permission_names(groups["Volunteers"]) == set()
    # Partners only refer families in on their own page (volunteers/outreach/views.py).
    assert permission_names(groups["Partner professionals"]) == {"outreach.refer_in"}


def test_outreach_is_coordinated_and_workers_keep_contacts_and_referrals(groups):
    coordinators = permission_names(groups["Coordinators"])
    workers = permission_names(groups["Project workers"])
    assert {"outreach.change_outreachsettings", "outreach.add_outreachchannel"} <= coordinators
    assert {n for n in workers if n.startswith("outreach.")} == {
        "outreach.add_outreachcontact",
        "outreach.change_outreachcontact",
        "outreach.view_outreachcontact",
        "outreach.add_referral",
        "outreach.change_referral",
        "outreach.view_referral",
        "outreach.view_partnerorganisation",
        "outreach.view_partnercontact",
    }


def test_editors_manage_content_but_not_people(groups):
    names = permission_names(groups["Editors"])
    assert "wagtailadmin.access_admin" in names
    assert {"wagtailimages.add_image", "wagtaildocs.add_document"} <= names
    assert not any(name.startswith("volunteers.") for name in names)
    assert not any(name.startswith("auth.") for name in names)


def test_editors_page_permissions_are_exactly_editing(groups):
    codenames = set(
        GroupPagePermission.objects.filter(group=groups["Editors"]).values_list(
            "permission__codename", flat=True
        )
    )
    assert codenames == {"add_page", "change_page", "publish_page", "lock_page", "unlock_page"}


def test_only_editors_have_page_and_collection_permissions(groups):
    assert set(GroupPagePermission.objects.values_list("group__name", flat=True).distinct()) == {
        "Editors"
    }
    assert set(
        GroupCollectionPermission.objects.values_list("group__name", flat=True).distinct()
    ) == {"Editors"}


def test_each_group_has_exactly_the_permissions_of_roles_module(groups):
    for name in roles.ALL_GROUPS:
        assert permission_names(groups[name]) == set(roles.GROUP_PERMISSIONS[name]), name


def test_setup_groups_removes_a_stray_permission(groups):
    from django.contrib.auth.models import Permission

    stray = Permission.objects.get(codename="delete_user")
    groups["Volunteers"].permissions.add(stray)
    call_command("setup_groups", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert permission_names(Group.objects.get(name="Volunteers")) == set()


def test_setup_groups_twice_changes_nothing(groups):
    before = {name: permission_names(g) for name, g in groups.items()}
    page_perms = GroupPagePermission.objects.count()
    call_command("setup_groups", stdout=open("/dev/null", "w"))  # noqa: SIM115
    after = {g.name: permission_names(g) for g in Group.objects.all()}
    assert before == after
    assert GroupPagePermission.objects.count() == page_perms
    assert Group.objects.count() == len(roles.ALL_GROUPS)


def test_coordinators_keep_volunteer_records_and_may_export_them(groups):
    names = permission_names(groups["Coordinators"])
    assert {
        "volunteers.view_volunteer",
        "volunteers.change_volunteer",
        "volunteers.add_requirementitem",
        "volunteers.export_volunteer",
        "volunteers.screen_volunteer",
        "volunteers.approve_volunteer",
    } <= names


def test_only_coordinators_move_volunteers_through_screening(groups):
    screening = {"volunteers.screen_volunteer", "volunteers.approve_volunteer"}
    holders = {name for name, group in groups.items() if screening & permission_names(group)}
    assert holders == {"Coordinators"}


PARTICIPANT_RECORDS = [
    "participant",
    "kykyviisarisummary",
    "initialassessment",
    "meetingattendance",
    "meetingregistration",
    "homevisit",
    "introductoryvisit",
    "taskpackagehandout",
]


def _perms(models, actions):
    return {f"participants.{action}_{model}" for model in models for action in actions}


def test_coordinators_manage_all_participant_records(groups):
    expected = _perms(PARTICIPANT_RECORDS, ["add", "change", "delete", "view"]) | _perms(
        ["initialassessmentquestion"], ["add", "change", "delete", "view"]
    )
    expected |= {"participants.view_all_participants", "participants.export_participant"}
    names = permission_names(groups["Coordinators"])
    participant_models = {*PARTICIPANT_RECORDS, "initialassessmentquestion", "all_participants"}
    assert {n for n in names if n.split("_", 1)[-1] in participant_models} == expected


def test_project_workers_keep_participant_records_but_do_not_delete(groups):
    names = permission_names(groups["Project workers"])
    # Neither every caseload nor the exports: those are coordinators' alone.
    assert {n for n in names if n.startswith("participants.")} == _perms(
        PARTICIPANT_RECORDS, ["add", "change", "view"]
    )


def test_only_coordinators_book_interpreters(groups):
    holders = {
        name
        for name, group in groups.items()
        if "participants.change_interpreterbooking" in permission_names(group)
    }
    assert holders == {"Coordinators"}


def test_report_readers_have_no_participant_permissions(groups):
    # They read aggregates through the reports, never a person's record.
    assert permission_names(groups["Report readers"]) == {
        "wagtailadmin.access_admin",
        "reports.view_reports",
    }


def test_coordinators_decide_on_matches_and_read_the_outbox(groups):
    names = permission_names(groups["Coordinators"])
    match_models = {"match", "matchsuggestion", "pairrule", "outgoingemail", "outgoingsms"}
    assert {n for n in names if n.split(".")[1].split("_", 1)[-1] in match_models} == {
        "matching.add_match",
        "matching.change_match",
        "matching.view_match",
        "matching.view_matchsuggestion",
        "matching.change_matchsuggestion",
        "matching.add_pairrule",
        "matching.change_pairrule",
        "matching.view_pairrule",
        "outbox.view_outgoingemail",
        "outbox.view_outgoingsms",
    }


def test_report_readers_and_coordinators_read_the_reports_and_nobody_else(groups):
    readers = {
        name for name, group in groups.items() if "reports.view_reports" in permission_names(group)
    }
    assert readers == {"Report readers", "Coordinators"}
