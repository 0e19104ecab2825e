#!/usr/bin/env bash
# Prints the Python that `make install` builds the virtualenv from (override: PYTHON=…).
#
# Why not simply python3 on the PATH: how the interpreter was compiled decides much of
# the site's speed. The distributions' python3 (Debian's, Ubuntu's, Fedora's) is built
# with profile-guided and link-time optimisation; a Python compiled by pyenv with its
# defaults is not. On the development machine the admin lists took about 20% longer
# on pyenv's 3.11 than on Debian's 3.11 (README, Speed). So the distribution's python3 comes
# first when it is 3.11 or newer and can make a virtualenv (Debian: python3-venv).
for candidate in /usr/bin/python3 python3; do
    if "$candidate" -c 'import sys, ensurepip, venv; sys.exit(sys.version_info < (3, 11))' \
        2>/dev/null; then
        echo "$candidate"
        exit 0
    fi
done
echo python3
