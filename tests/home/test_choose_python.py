"""`make install` makes the virtualenv from the distribution's python3 when there is
one that can (bin/choose_python.sh): the admin lists took about 20% longer on pyenv's
default build on the development machine."""

import subprocess
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "bin" / "choose_python.sh"
CAN_MAKE_A_VENV = "import sys, ensurepip, venv; sys.exit(sys.version_info < (3, 11))"


def _qualifies(python):
    try:
        return subprocess.run([python, "-c", CAN_MAKE_A_VENV], check=False).returncode == 0  # noqa: S603
    except FileNotFoundError:
        return False


def _chosen():
    return subprocess.run(  # noqa: S603 (our own script, no arguments)
        [str(SCRIPT)], capture_output=True, text=True, check=True
    ).stdout.strip()


def test_the_chosen_python_is_3_11_or_newer_and_can_make_a_virtualenv():
    assert _qualifies(_chosen())


def test_the_distributions_python3_comes_before_the_one_on_the_path():
    # Where the distribution's python3 cannot make a virtualenv (no python3-venv, or
    # older than 3.11), python3 on the PATH is taken instead.
    expected = "/usr/bin/python3" if _qualifies("/usr/bin/python3") else "python3"
    assert _chosen() == expected
