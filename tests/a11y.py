"""Accessibility checks with axe-core (shipped inside axe-playwright-python)."""

from axe_playwright_python.sync_playwright import Axe

BLOCKING_IMPACTS = {"serious", "critical"}
_axe = Axe()


def serious_violations(page) -> list[dict]:
    """axe-core violations of serious or critical impact on the current page."""
    results = _axe.run(page)
    return [v for v in results.response["violations"] if v.get("impact") in BLOCKING_IMPACTS]


def assert_accessible(page):
    violations = serious_violations(page)
    summary = "\n".join(
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
        for v in violations
    )
    assert not violations, f"axe-core found serious violations on {page.url}:\n{summary}"
