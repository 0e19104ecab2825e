#!/usr/bin/env bash
# Prove that a database made by an older Tukiverkko reaches the current code's layout
# with `manage.py migrate` and loses nothing. `make upgrade-check` runs this.
#
#   1. drop and create a scratch PostgreSQL database (its name must start with "upgrade")
#   2. check out UPGRADE_FROM in a temporary git worktree; with it: migrate,
#      load_demo_data, add records as a coordinator would (bin/upgrade_admin_records.py),
#      note which model owned which table (bin/upgrade_orm.py dump)
#   3. snapshot every table with SQL (bin/upgrade_snapshot.py snapshot)
#   4. with the current tree: migrate, compare (bin/upgrade_snapshot.py compare),
#      makemigrations --check, check, smoke reads through the ORM (bin/upgrade_orm.py smoke)
# Deliberate changes (moved apps, renamed tables) are declared in bin/upgrade_moves.py.
# Exits non-zero on any difference; the worktree and the database are removed on exit.
set -euo pipefail

root=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
cd "$root"
from=${UPGRADE_FROM:?set UPGRADE_FROM to the old commit (make upgrade-check sets it)}
url=${UPGRADE_DATABASE_URL:-postgres://$(id -un)@127.0.0.1:5432/upgrade_check}
python=${PYTHON_BIN:-$root/.venv/bin/python}
bin="$root/bin"

log() { printf '\n== %s\n' "$*"; }

if ! git cat-file -e "$from^{commit}" 2>/dev/null; then
    # A shallow CI clone lacks the old commit: fetch the history once.
    if [ "$(git rev-parse --is-shallow-repository)" = true ]; then
        git fetch --quiet --unshallow || true
    fi
    git cat-file -e "$from^{commit}" 2>/dev/null ||
        { echo "upgrade-check: the old commit $from is not in this clone"; exit 2; }
fi
old_commit=$(git rev-parse --short "$from^{commit}")

work=$(mktemp -d "${TMPDIR:-/tmp}/upgrade-check.XXXXXX")
old="$work/old"
cleanup() {
    status=$?
    git worktree remove --force "$old" 2>/dev/null || true
    rm -rf "$work"
    git worktree prune 2>/dev/null || true
    "$python" "$bin/upgrade_snapshot.py" drop-db "$url" 2>/dev/null || true
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Both codes run with the scratch database, in-process tasks (no worker) and no .env
# of a developer's own interfering: DATABASE_URL in the environment wins over .env.
export DATABASE_URL="$url"
unset REDIS_URL
old_manage() { (cd "$old" && "$python" manage.py "$@"); }
new_manage() { (cd "$root" && "$python" manage.py "$@"); }
run_script() {  # run_script old|new SCRIPT: run a bin/ script inside that code's shell
    local where=$1 script=$2
    "${where}_manage" shell --no-imports -c "import runpy; runpy.run_path('$script', run_name='__main__')"
}

log "Scratch database $(basename "$url"), old code $from ($old_commit)"
"$python" "$bin/upgrade_snapshot.py" recreate-db "$url"
git worktree add --quiet --detach "$old" "$old_commit"

log "Old code: migrate, demo data, records added as in the admin"
old_manage migrate --no-input -v0
old_manage load_demo_data >/dev/null
run_script old "$bin/upgrade_admin_records.py"
UPGRADE_ORM=dump UPGRADE_MODELS="$work/models.json" run_script old "$bin/upgrade_orm.py"
"$python" "$bin/upgrade_snapshot.py" snapshot "$url" "$work/before.json"

log "New code: migrate"
new_manage migrate --no-input

failed=()
log "Compare every table, the content types and the permissions"
"$python" "$bin/upgrade_snapshot.py" compare "$url" "$work/before.json" || failed+=(compare)

log "makemigrations --check"
new_manage makemigrations --check --dry-run || failed+=(makemigrations)

log "check"
new_manage check || failed+=(check)

log "Smoke reads through the new models"
UPGRADE_ORM=smoke UPGRADE_MODELS="$work/models.json" UPGRADE_SNAPSHOT="$work/before.json" \
    run_script new "$bin/upgrade_orm.py" || failed+=(smoke)

if [ ${#failed[@]} -gt 0 ]; then
    log "upgrade-check FAILED from $old_commit: ${failed[*]}"
    exit 1
fi
log "upgrade-check passed: a database from $old_commit upgrades without loss"
