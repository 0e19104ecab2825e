"""`make bench` as one report: the JSON file says when and on what, the table shows each
benchmark's headline figures, and a failing benchmark fails the run (never a silent gap)."""

import json
import subprocess

import pytest
from django.core.management import CommandError, call_command

from home.management.commands import bench_all

REVIEW = {
    "pending_40": {"first_page_ms": 117.0, "last_page_ms": 106.0, "first_page_queries": 14},
    "pending_1300": {"first_page_ms": 107.3, "last_page_ms": 104.1, "first_page_queries": 14},
}


def fake_run(outputs):
    def run(command, arguments):
        code, out = outputs[command]
        return subprocess.CompletedProcess(command, code, stdout=out, stderr="boom" if code else "")

    return run


def test_one_file_and_one_table(monkeypatch, tmp_path, capsys):
    monkeypatch.setattr(
        bench_all,
        "run_benchmark",
        fake_run({"bench_review": (0, "chatter\n" + json.dumps(REVIEW))}),
    )
    output = tmp_path / "bench.json"
    call_command("bench_all", "--only", "review_1300", "--output", str(output))
    report = json.loads(output.read_text())
    assert report["machine"]["cpus"] >= 1
    assert len(report["machine"]["load_average_before"]) == 3
    assert report["benchmarks"]["review_1300"]["pending_1300"]["first_page_ms"] == 107.3
    table = capsys.readouterr().out
    # The larger queue's figures, not the one-page baseline's.
    assert "review_1300    first page 107 ms, last page 104 ms, queries 14" in table


def test_a_failing_benchmark_fails_the_run_and_is_in_the_file(monkeypatch, tmp_path):
    monkeypatch.setattr(bench_all, "run_benchmark", fake_run({"bench_review": (1, "")}))
    output = tmp_path / "bench.json"
    with pytest.raises(CommandError):
        call_command("bench_all", "--only", "review_1300", "--output", str(output))
    assert json.loads(output.read_text())["benchmarks"]["review_1300"] == {"failed": "boom"}


def test_an_unknown_benchmark_name_is_an_error(tmp_path):
    with pytest.raises(CommandError):
        call_command("bench_all", "--only", "nothing", "--output", str(tmp_path / "x.json"))


@pytest.mark.django_db
def test_bench_admin_lists_times_every_list_as_a_200_and_leaves_no_rows(capsys, settings):
    """Where staff must enrol in two-step verification (the development settings), the
    lists are still measured as rendered pages, and the data is rolled back."""
    from resources.models.places import ensure_seed_municipalities
    from volunteers.participants.models import Participant

    ensure_seed_municipalities()  # a transactional test elsewhere may have emptied them
    settings.MFA_REQUIRED = True
    call_command("bench_admin_lists", "--scale", "0.02", "--repeat", "2", "--json")
    report = json.loads(capsys.readouterr().out)
    assert set(report["lists"]) == {
        "volunteers",
        "participants",
        "matches",
        "attendance",
        "theme_materials_editor",
    }
    assert all(figures["queries"] > 5 for figures in report["lists"].values())
    assert not Participant.objects.exists()


def test_make_bench_runs_matching_at_1k_5k_and_10k_and_20k_only_when_asked(monkeypatch, tmp_path):
    sizes = []

    def run(command, arguments):
        if command == "bench_matching":
            sizes.append(int(arguments[arguments.index("--participants") + 1]))
        return subprocess.CompletedProcess(command, 1, stdout="", stderr="not run here")

    monkeypatch.setattr(bench_all, "run_benchmark", run)
    with pytest.raises(CommandError):
        call_command("bench_all", "--output", str(tmp_path / "a.json"))
    assert sizes == [1000, 5000, 10000]
    sizes.clear()
    with pytest.raises(CommandError):
        call_command("bench_all", "--large", "--output", str(tmp_path / "b.json"))
    assert sizes == [1000, 5000, 10000, 20000]
