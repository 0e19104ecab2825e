"""Exports of the people lists that open right in Finnish Excel: headings and choice
labels in the user's language, local time to the minute, a file name with the subject
and the date, CSV with a BOM and semicolons, XLSX with typed cells."""

import csv
import datetime
import io
import re

import pytest
from django.utils import timezone
from openpyxl import load_workbook

from tests.conftest import prefer_language
from tests.factories.matches import make_match
from tests.factories.participants import ParticipantFactory
from tests.factories.volunteers import VolunteerFactory

pytestmark = pytest.mark.django_db


def export_csv(client, url):
    response = client.get(url, {"export": "csv"})
    assert response.status_code == 200
    return response, response.content.decode("utf-8")


def rows(text):
    return list(csv.reader(io.StringIO(text.removeprefix("\ufeff")), delimiter=";"))


def test_participant_csv_opens_in_finnish_excel(coordinator_client):
    ParticipantFactory(first_name="Hodan", last_name="Abdi")
    _response, text = export_csv(coordinator_client, "/admin/participants/")
    assert text.startswith("\ufeff")
    header = text.removeprefix("\ufeff").splitlines()[0]
    assert header.split(";")[:2] == ["Etunimi tai peitenimi", "Sukunimi"]


def test_participant_csv_has_headings_and_labels_in_finnish(coordinator_client):
    ParticipantFactory(first_name="Hodan", needs_interpreter=True, spouse_involvement="sometimes")
    header, row = rows(export_csv(coordinator_client, "/admin/participants/")[1])
    values = dict(zip(header, row, strict=True))
    assert "first_name" not in header
    assert values["Tarvitsee tulkin"] == "kyllä"
    assert "sometimes" not in row
    assert "osallistuu joskus" in row


def test_volunteer_csv_shows_status_label_and_local_time_to_the_minute(coordinator_client):
    volunteer = VolunteerFactory(last_name="Koskinen", status="approved")
    created = timezone.now().replace(microsecond=123456)
    type(volunteer).objects.filter(pk=volunteer.pk).update(created_at=created)
    header, row = rows(export_csv(coordinator_client, "/admin/volunteers/")[1])
    values = dict(zip(header, row, strict=True))
    assert "hyväksytty" in row
    assert "approved" not in row
    local = timezone.localtime(created)
    stamp = next(v for v in row if re.fullmatch(r"\d\d\.\d\d\.\d{4} \d\d:\d\d", v))
    assert stamp == f"{local:%d.%m.%Y %H:%M}"
    assert all("123456" not in value for value in values.values())


def test_export_file_name_has_subject_and_date(coordinator_client):
    VolunteerFactory()
    response, _text = export_csv(coordinator_client, "/admin/volunteers/")
    today = timezone.localdate()
    assert f'filename="vapaaehtoiset-{today:%Y-%m-%d}.csv"' in response["Content-Disposition"]


def test_headings_follow_the_users_language(client, make_user):
    client.force_login(prefer_language(make_user("Coordinators"), "sv"))
    ParticipantFactory()
    header = rows(export_csv(client, "/admin/participants/")[1])[0]
    assert header[0] == "Förnamn eller pseudonym"


def test_match_xlsx_has_typed_cells(coordinator_client):
    match = make_match()
    response = coordinator_client.get("/admin/matches/", {"export": "xlsx"})
    assert response.status_code == 200
    assert f"{timezone.localdate():%Y-%m-%d}.xlsx" in response["Content-Disposition"]
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    header, first = list(sheet.iter_rows(values_only=True))[:2]
    values = dict(zip(header, first, strict=True))
    assert isinstance(values[header[0]], int)
    approved = next(v for v in first if isinstance(v, datetime.datetime))
    assert approved.microsecond == 0
    assert approved == timezone.localtime(match.approved_at).replace(microsecond=0, tzinfo=None)
    assert str(match.volunteer) in first


@pytest.mark.parametrize("typed", ['=HYPERLINK("x")', "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx"])
def test_csv_export_does_not_hand_a_spreadsheet_a_formula(coordinator_client, typed):
    # Text someone typed into a form must open as text, never run as a formula.
    ParticipantFactory(first_name=typed + "Hodan", last_name="Abdi")
    header, row = rows(export_csv(coordinator_client, "/admin/participants/")[1])
    first_name = dict(zip(header, row, strict=True))["Etunimi tai peitenimi"]
    assert first_name == "'" + typed + "Hodan"
