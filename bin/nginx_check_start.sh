# The start that bin/deploy_check.sh and bin/scale_check.sh share (sourced, after
# `set -euo pipefail`): the project root, the virtualenv's Python, nginx, and a work
# folder for the run. $1: the check's name, for the message and the folder.
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$PWD
PY=${PYTHON_BIN:-$ROOT/.venv/bin/python}
BIN=$(dirname "$PY")
NGINX=${NGINX:-$(command -v nginx || echo /usr/sbin/nginx)}
[ -x "$NGINX" ] || { echo "$1 needs nginx (apt-get install nginx)"; exit 1; }
WORK=$(mktemp -d "/tmp/tukiverkko-$1.XXXXXX")
chmod 755 "$WORK"  # nginx's workers run as another user
