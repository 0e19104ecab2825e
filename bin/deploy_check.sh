#!/bin/bash
# Runs docs/deploy/nginx-tukiverkko.conf for real in front of two gunicorn app servers
# with the production settings, and checks what a browser would notice: pages and
# static files answer, private document files are never served by the web server,
# and when one app server dies the site goes on answering.
# Needs nginx (Debian's package) and the PostgreSQL of `make test`. `make deploy-check`.
set -euo pipefail
source "$(dirname "$0")/nginx_check_start.sh" deploy-check
PORT=${DEPLOY_CHECK_PORT:-18080}
APP1=$((PORT + 1)); APP2=$((PORT + 2))
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
    sleep 0.5; rm -rf "$WORK"
}
trap cleanup EXIT

export DJANGO_SETTINGS_MODULE=cms.settings.production
export SECRET_KEY=deploy-check-only ALLOWED_HOSTS=127.0.0.1,localhost SECURE_SSL_REDIRECT=false
export DATABASE_URL=${DEPLOY_DATABASE_URL:-postgres://$(id -un)@127.0.0.1:5432/deploy_check}
export STATIC_ROOT=$WORK/staticfiles MEDIA_ROOT=$WORK/media
unset REDIS_URL  # the web tier alone: tasks run in-process here
DB=${DATABASE_URL##*/}
case "$DB" in deploy*) ;; *) echo "DEPLOY_DATABASE_URL must name a database starting with 'deploy'"; exit 1;; esac
ADMIN_URL=${DATABASE_URL%/*}/postgres
"$PY" - "$ADMIN_URL" "$DB" <<'PYEOF'
import sys, psycopg
with psycopg.connect(sys.argv[1], autocommit=True) as conn:
    conn.execute(f'DROP DATABASE IF EXISTS "{sys.argv[2]}"')
    conn.execute(f'CREATE DATABASE "{sys.argv[2]}"')
PYEOF
"$PY" manage.py migrate --no-input -v0
"$PY" manage.py collectstatic --no-input -v0
mkdir -p "$MEDIA_ROOT/documents" "$MEDIA_ROOT/images"
echo "private" > "$MEDIA_ROOT/documents/private-plan.pdf"
echo "public" > "$MEDIA_ROOT/images/public.txt"
cp "$MEDIA_ROOT/documents/private-plan.pdf" "$MEDIA_ROOT/private-plan.pdf"

for port in $APP1 $APP2; do
    "$BIN/gunicorn" cms.wsgi --bind 127.0.0.1:$port --workers 2 --log-level warning &
    pids+=($!)
done

# The shipped site file, with this machine's ports and folders and without TLS.
sed -e "s#/srv/tukiverkko#$WORK#g; s#/staticfiles/;#/staticfiles/;#" \
    -e "s#127.0.0.1:8001#127.0.0.1:$APP1#; s#127.0.0.1:8002#127.0.0.1:$APP2#" \
    -e "s#listen 443 ssl;#listen 127.0.0.1:$PORT;#; /http2 on;/d; /ssl_certificate/d" \
    -e "s#listen 80;#listen 127.0.0.1:$((PORT + 3));#" \
    docs/deploy/nginx-tukiverkko.conf > "$WORK/site.conf"
cat > "$WORK/nginx.conf" <<NGINX
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/error.log;
events { worker_connections 256; }
http {
    include /etc/nginx/mime.types;
    access_log off;
    client_body_temp_path $WORK/tmp; proxy_temp_path $WORK/tmp;
    fastcgi_temp_path $WORK/tmp; uwsgi_temp_path $WORK/tmp; scgi_temp_path $WORK/tmp;
    include $WORK/site.conf;
}
NGINX
mkdir -p "$WORK/tmp"
"$NGINX" -t -q -c "$WORK/nginx.conf" -e "$WORK/error.log"
"$NGINX" -c "$WORK/nginx.conf" -e "$WORK/error.log"

BASE=http://127.0.0.1:$PORT
for _ in $(seq 60); do curl -sf -o /dev/null "$BASE/healthz" && break; sleep 0.5; done
fail=0
expect() {  # expect CODE PATH [header-substring]
    local got headers
    headers=$(curl -s -D - -o /dev/null -H "Accept-Language: fi" "$BASE$2")
    got=$(echo "$headers" | head -1 | awk '{print $2}')
    if [ "$got" != "$1" ]; then echo "FAIL $2: HTTP $got, expected $1"; fail=1; return; fi
    if [ -n "${3:-}" ] && ! echo "$headers" | grep -qi "$3"; then
        echo "FAIL $2: no '$3' header"; fail=1; return
    fi
    echo "ok   $2 -> $got"
}
static_file=$(cd "$STATIC_ROOT" && find . -name '*.css' -path '*[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]*' | head -1)
expect 200 /healthz
expect 200 /admin/login/
expect 200 "/static/${static_file#./}" "immutable"
expect 200 /media/images/public.txt
expect 404 /media/documents/private-plan.pdf
expect 404 /media/documents/../documents/private-plan.pdf
expect 404 /media/images/../documents/private-plan.pdf
expect 404 /media/private-plan.pdf

# One app server dies: every following page view is still answered.
kill -9 "${pids[0]}"; pkill -9 -f "127.0.0.1:$APP1" 2>/dev/null || true
errors=0
for _ in $(seq 40); do
    code=$(curl -s -o /dev/null -w '%{http_code}' "$BASE/admin/login/")
    [ "$code" = 200 ] || errors=$((errors + 1))
done
if [ "$errors" -ne 0 ]; then echo "FAIL after one app server died: $errors of 40 page views failed"; fail=1
else echo "ok   40 of 40 page views answered after one app server died"; fi
[ "$fail" -eq 0 ] && echo "== deploy-check passed" || { echo "== deploy-check FAILED"; exit 1; }
