#!/bin/bash
# `make scale-check`: the site on several processes, as the deployment guide runs it,
# on 127.0.0.1: docs/deploy's nginx site in front of two gunicorn app servers, two
# Celery workers (one per queue: `celery` for emails, `matching` for runs), one beat,
# the shared PostgreSQL and Redis (broker DB 3, cache and rate limit DB 4), uploaded
# media on S3-compatible object storage (moto_server, a local emulator from PyPI).
# bin/scale_check.py then runs a bounded mixed load, kills one app server and one
# worker in the middle, checks what an operator would notice and prints the figures.
# Workers and beat are restarted when they die, as systemd's Restart= does; the killed
# app server is not, so one app server carries the rest of the load.
# Needs nginx (Debian's package), PostgreSQL and Redis as for `make test`.
set -euo pipefail
source "$(dirname "$0")/nginx_check_start.sh" scale-check
# The S3 emulator and the storage backend come with the [test] extra; install them
# into the venv if this one predates them.
if [ ! -x "$BIN/moto_server" ] || ! "$PY" -c 'import storages, boto3' 2>/dev/null; then
    echo "Installing the S3 emulator and django-storages into the virtualenv"
    "$BIN/pip" install --quiet 'moto[server]>=5.0,<6' 'django-storages[s3]>=1.14,<2'
fi

PORT=${SCALE_CHECK_PORT:-18180}
APP1=$((PORT + 1)); APP2=$((PORT + 2)); S3_PORT=$((PORT + 5))
mkdir -p "$WORK/pids" "$WORK/logs" "$WORK/mail" "$WORK/tmp" "$WORK/media"
supervisors=()
cleanup() {
    touch "$WORK/stopping"
    for pid in "${supervisors[@]}"; do kill "$pid" 2>/dev/null || true; done
    # Each part runs in its own process group (setsid); end each group we started.
    for f in "$WORK"/pids/*.pid; do
        [ -f "$f" ] && kill -TERM -- "-$(cat "$f")" 2>/dev/null || true
    done
    [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
    sleep 1
    for f in "$WORK"/pids/*.pid; do
        [ -f "$f" ] && kill -KILL -- "-$(cat "$f")" 2>/dev/null || true
    done
    if [ -n "${SCALE_CHECK_KEEP:-}" ]; then echo "Logs kept in $WORK/logs"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

export DJANGO_SETTINGS_MODULE=cms.settings.production
export SECRET_KEY=scale-check-only ALLOWED_HOSTS=127.0.0.1,localhost SECURE_SSL_REDIRECT=false
export DATABASE_URL=${SCALE_DATABASE_URL:-postgres://$(id -un)@127.0.0.1:5432/scale_check}
export REDIS_URL=${SCALE_REDIS_URL:-redis://127.0.0.1:6379/3}
export CACHE_URL=${SCALE_CACHE_URL:-redis://127.0.0.1:6379/4}
export STATIC_ROOT=$WORK/staticfiles MEDIA_ROOT=$WORK/media
export TRUSTED_PROXY_COUNT=1 CONN_MAX_AGE=60
# Staff log in with a password only here: the check drives the admin over HTTP.
export MFA_REQUIRED=false
export EMAIL_BACKEND=django.core.mail.backends.filebased.EmailBackend EMAIL_FILE_PATH=$WORK/mail
export MEDIA_STORAGE=s3 AWS_STORAGE_BUCKET_NAME=tukiverkko-media AWS_S3_REGION_NAME=us-east-1
export AWS_S3_ENDPOINT_URL=http://127.0.0.1:$S3_PORT
# Links to public media on the site's own address; nginx passes them to the bucket.
export AWS_S3_CUSTOM_DOMAIN=127.0.0.1:$PORT/media AWS_S3_URL_PROTOCOL=http:
# The emulator accepts any key; these are not secrets.
export AWS_ACCESS_KEY_ID=scale-check AWS_SECRET_ACCESS_KEY=scale-check
# Recovery within the check's few minutes: the dispatcher (beat) every 5 s; a run
# whose heartbeat (every 2 s) is 10 s old lost its worker and is queued again.
export DISPATCH_INTERVAL_SECONDS=5 MATCHING_HEARTBEAT_SECONDS=2 MATCHING_STALE_SECONDS=10
export OUTBOX_REDISPATCH_SECONDS=30 LOG_LEVEL=WARNING

DB=${DATABASE_URL##*/}
case "$DB" in scale_check*) ;; *) echo "SCALE_DATABASE_URL must name a database starting with 'scale_check'"; exit 1;; esac
"$PY" - "${DATABASE_URL%/*}/postgres" "$DB" "$REDIS_URL" "$CACHE_URL" <<'PYEOF'
import sys, psycopg, redis
with psycopg.connect(sys.argv[1], autocommit=True) as conn:
    conn.execute(f'DROP DATABASE IF EXISTS "{sys.argv[2]}"')
    conn.execute(f'CREATE DATABASE "{sys.argv[2]}"')
for url in sys.argv[3:]:
    if url.startswith("redis"):
        redis.Redis.from_url(url).flushdb()
PYEOF

# Each part in its own process group, its pid (= group id) in pids/NAME.pid.
start() {  # start NAME COMMAND...
    local name=$1; shift
    setsid "$@" >>"$WORK/logs/$name.log" 2>&1 &
    echo $! >"$WORK/pids/$name.pid"
}
# Restart a part whenever it dies, 3 s later, as systemd's Restart=on-failure does.
supervise() {  # supervise NAME COMMAND...
    local name=$1; shift
    (
        while [ ! -e "$WORK/stopping" ]; do
            setsid "$@" >>"$WORK/logs/$name.log" 2>&1 &
            echo $! >"$WORK/pids/$name.pid"
            wait $! || true
            [ -e "$WORK/stopping" ] && break
            echo "$(date +%s.%N) restart" >>"$WORK/logs/$name.restarts"
            sleep 3
        done
    ) &
    supervisors+=($!)
}

echo "== scale-check: S3 emulator, database, demo data and a 5,000 x 5,000 cohort (at ${SECONDS} s)"
start s3 "$BIN/moto_server" -H 127.0.0.1 -p "$S3_PORT"
for _ in $(seq 60); do curl -s -o /dev/null "$AWS_S3_ENDPOINT_URL" && break; sleep 0.5; done
# The bucket lets anyone read the four public media folders, nothing else (as the
# deployment guide says); the objects themselves stay private.
"$PY" - <<'PYEOF'
import json, os, boto3
bucket = os.environ["AWS_STORAGE_BUCKET_NAME"]
s3 = boto3.client("s3", endpoint_url=os.environ["AWS_S3_ENDPOINT_URL"])
s3.create_bucket(Bucket=bucket)
public = ["images", "original_images", "media", "media_thumbnails"]
s3.put_bucket_policy(Bucket=bucket, Policy=json.dumps({
    "Version": "2012-10-17",
    "Statement": [{
        "Sid": "PublicMediaFolders", "Effect": "Allow", "Principal": "*",
        "Action": "s3:GetObject",
        "Resource": [f"arn:aws:s3:::{bucket}/{folder}/*" for folder in public],
    }],
}))
PYEOF
"$PY" manage.py migrate --no-input -v0
# The demo content (pages, documents, audio: into the bucket) under the development
# settings, which alone allow it; the same database, storage and cache.
(unset REDIS_URL; DJANGO_SETTINGS_MODULE=cms.settings.dev EMAIL_BACKEND=django.core.mail.backends.locmem.EmailBackend \
    "$PY" manage.py load_demo_data >/dev/null)
"$PY" manage.py collectstatic --no-input -v0
"$PY" bin/scale_check.py setup

echo "== scale-check: two app servers, nginx, two workers, one beat (at ${SECONDS} s)"
for port in $APP1 $APP2; do
    # As the systemd unit tukiverkko-web@.service runs it.
    start "app$port" "$BIN/gunicorn" cms.wsgi --bind 127.0.0.1:$port --workers 3 --timeout 60 \
        --graceful-timeout 30 --log-level warning
done
supervise worker-celery "$BIN/celery" -A cms worker -Q celery --hostname celery@scale-check \
    --concurrency 2 --loglevel=WARNING
supervise worker-matching "$BIN/celery" -A cms worker -Q matching --hostname matching@scale-check \
    --concurrency 1 --loglevel=WARNING
supervise beat "$BIN/celery" -A cms beat --loglevel=WARNING --schedule="$WORK/beat-schedule"

# The shipped site file, with this machine's ports and folders and without TLS.
# Public media come from the bucket through nginx, as the site file's comment says.
sed -e "s#alias /srv/tukiverkko/media/#proxy_pass $AWS_S3_ENDPOINT_URL/$AWS_STORAGE_BUCKET_NAME/#" \
    -e "s#/srv/tukiverkko#$WORK#g" \
    -e "s#127.0.0.1:8001#127.0.0.1:$APP1#; s#127.0.0.1:8002#127.0.0.1:$APP2#" \
    -e "s#listen 443 ssl;#listen 127.0.0.1:$PORT;#; /http2 on;/d; /ssl_certificate/d" \
    -e "s#listen 80;#listen 127.0.0.1:$((PORT + 3));#" \
    docs/deploy/nginx-tukiverkko.conf >"$WORK/site.conf"
cat >"$WORK/nginx.conf" <<NGINX
worker_processes 2;
pid $WORK/nginx.pid;
error_log $WORK/logs/nginx-error.log;
events { worker_connections 512; }
http {
    include /etc/nginx/mime.types;
    access_log off;
    # Which app server answered: the check allows a 5xx only from the killed one.
    add_header X-Scale-Upstream \$upstream_addr always;
    client_body_temp_path $WORK/tmp; proxy_temp_path $WORK/tmp;
    fastcgi_temp_path $WORK/tmp; uwsgi_temp_path $WORK/tmp; scgi_temp_path $WORK/tmp;
    include $WORK/site.conf;
}
NGINX
"$NGINX" -t -q -c "$WORK/nginx.conf" -e "$WORK/logs/nginx-error.log"
"$NGINX" -c "$WORK/nginx.conf" -e "$WORK/logs/nginx-error.log"

for port in $APP1 $APP2; do
    for _ in $(seq 120); do curl -sf -o /dev/null "http://127.0.0.1:$port/healthz" && break; sleep 0.5; done
done
for _ in $(seq 120); do
    # Both workers answer a ping before the load starts.
    [ "$("$BIN/celery" -A cms inspect ping --timeout 2 2>/dev/null | grep -c 'pong')" -ge 2 ] && break
    sleep 1
done

echo "== scale-check: load (at ${SECONDS} s)"
status=0
"$PY" bin/scale_check.py run --base "http://127.0.0.1:$PORT" --app1 "$APP1" --app2 "$APP2" \
    --work "$WORK" --json "${SCALE_CHECK_JSON:-scale-check-results.json}" || status=$?
if [ "$status" -ne 0 ]; then
    echo "== scale-check FAILED; the last lines of each part's log:"
    for log in "$WORK"/logs/*.log; do echo "-- $log"; tail -n 15 "$log"; done
    exit "$status"
fi
echo "== scale-check passed"
