"""The parts of `make scale-check`'s run (bin/scale_check.py): the media and sign-up
limit checks across the two app servers, and the page-view and sign-up loads."""

import os
import time
from collections import Counter
from pathlib import Path
from types import SimpleNamespace

from scale_http import admin_post, csrf_token, login, session


def _letters(n: int) -> str:
    """0 -> "a", 25 -> "z", 26 -> "ba": names take letters only."""
    text = ""
    while True:
        n, digit = divmod(n, 26)
        text = "abcdefghijklmnopqrstuvwxyz"[digit] + text
        if not n:
            return text


def signup_data(municipality_pk: int, email: str, n: int) -> dict:
    """The sign-up tests' valid form (tests/volunteers/volunteers/signup_data.py), with a
    name and address of this sign-up's own, so each is told apart in the database."""
    from tests.volunteers.volunteers.signup_data import valid_signup

    municipality = SimpleNamespace(pk=municipality_pk)
    return valid_signup(
        municipality, first_name=f"Kuorma-{_letters(n)}", last_name="Äijälä", email=email
    )


def public_urls() -> list[str]:
    """A few live public pages of each kind the demo has, and the sign-up form."""
    from wagtail.models import Page

    per_kind, urls = Counter(), []
    for page in Page.objects.live().public().filter(depth__gt=1).specific().order_by("path"):
        kind = type(page).__name__
        url = page.get_url()
        if per_kind[kind] < 2 and url and url.startswith("/"):
            per_kind[kind] += 1
            urls.append(url)
    return [*urls[:14], "/volunteer/sign-up/", "/search/?q=neuvola"]


def check_media(rec, args, result):
    """Upload through nginx (one app server); read back through the other app server."""
    import boto3
    from wagtail.documents.models import Document
    from wagtail.models import Collection

    s = login(rec, args.base, "editor", "demo-editor-2026")
    title = f"Skaalaus {int(time.time())}"
    content = f"Jaettu tiedosto {title} — åäö\n".encode()
    response = admin_post(
        rec,
        s,
        args.base,
        "/admin/documents/add/",
        {"title": title, "collection": str(Collection.get_first_root_node().pk)},
        files={"file": ("skaalaus.txt", content, "text/plain")},
    )
    uploaded_via = response.headers.get("X-Scale-Upstream", "") if response is not None else ""
    document = Document.objects.filter(title=title).first()
    ok = response is not None and response.status_code == 302 and document is not None
    other = args.app2 if uploaded_via.endswith(f":{args.app1}") else args.app1
    read_back = b""
    if document is not None:
        answer = rec.request(session(), "media", "GET", f"http://127.0.0.1:{other}{document.url}")
        read_back = answer.content if answer is not None and answer.status_code == 200 else b""
    bucket = boto3.client("s3", endpoint_url=os.environ["AWS_S3_ENDPOINT_URL"])
    keys = [
        o["Key"]
        for o in bucket.list_objects_v2(Bucket=os.environ["AWS_STORAGE_BUCKET_NAME"]).get(
            "Contents", []
        )
    ]
    local_files = [p for p in Path(os.environ["MEDIA_ROOT"]).rglob("*") if p.is_file()]
    # Public media (the demo's audio) by its link, through nginx from the bucket; a
    # document's file by its path in the bucket is refused (privacy checks first).
    from wagtailmedia.models import get_media_model

    audio = get_media_model().objects.order_by("pk").first()
    public_ok = False
    if audio is not None:
        answer = rec.request(session(), "media", "GET", audio.file.url)
        stored = bucket.get_object(
            Bucket=os.environ["AWS_STORAGE_BUCKET_NAME"], Key=audio.file.name
        )
        public_ok = (
            answer is not None
            and answer.status_code == 200
            and answer.content == stored["Body"].read()
            and audio.file.url.startswith(f"{args.base}/media/")
        )
    private_answer = (
        rec.request(session(), "media", "GET", f"{args.base}/media/{document.file.name}")
        if document is not None
        else None
    )
    private_refused = private_answer is not None and private_answer.status_code == 404
    # Nor does the bucket hand a document to anyone who asks it directly.
    bucket_answer = (
        rec.request(
            session(),
            "media",
            "GET",
            f"{os.environ['AWS_S3_ENDPOINT_URL']}/{os.environ['AWS_STORAGE_BUCKET_NAME']}/"
            f"{document.file.name}",
        )
        if document is not None
        else None
    )
    private_refused = (
        private_refused and bucket_answer is not None and bucket_answer.status_code == 403
    )
    in_bucket = document is not None and document.file.name in keys
    result["media"] = {
        "uploaded_via": uploaded_via,
        "read_back_from": f"127.0.0.1:{other}",
        "same_bytes": read_back == content,
        "in_bucket": in_bucket,
        "objects_in_bucket": len(keys),
        "files_in_media_root": len(local_files),
        "public_audio_url": audio.file.url if audio is not None else None,
    }
    return [
        ("media: public audio by its link, through nginx from the bucket", public_ok),
        (
            "media: a document's file is refused by nginx (404) and the bucket (403)",
            private_refused,
        ),
        ("media: upload through one app server stored", ok),
        ("media: the other app server serves the same bytes", read_back == content),
        ("media: the file is in the S3 bucket, none in MEDIA_ROOT", in_bucket and not local_files),
    ]


def check_rate_limit(rec, args, municipality_pk, result, stamp):
    """The 11th sign-up from one client in an hour is refused, though it was posted
    to the other app server than half of the first ten: the count lives in Redis."""
    answers = []
    sessions = {port: session() for port in (args.app1, args.app2)}
    for n in range(11):
        port = (args.app1, args.app2)[n % 2]
        base = f"http://127.0.0.1:{port}"
        s = sessions[port]
        # The app trusts one proxy (TRUSTED_PROXY_COUNT=1): this header is the client.
        headers = {"X-Forwarded-For": "198.51.100.7"}
        token = csrf_token(rec, s, "probe", f"{base}/volunteer/sign-up/")
        response = rec.request(
            s,
            "probe",
            "POST",
            f"{base}/volunteer/sign-up/",
            headers=headers,
            data={
                "csrfmiddlewaretoken": token,
                **signup_data(municipality_pk, f"raja-{stamp}-{n}@example.org", n),
            },
        )
        answers.append(response.status_code if response is not None else 0)
    result["rate_limit_probe"] = answers
    return [
        (
            "sign-up limit shared: 10 pass over both app servers, the 11th is refused",
            answers[:10] == [302] * 10 and answers[10] == 429,
        )
    ]


def page_views(rec, base, urls, stop, kind, pause=0.0):
    s, i = session(), 0
    while not stop.is_set():
        rec.request(s, kind, "GET", base + urls[i % len(urls)])
        i += 1
        if pause:
            time.sleep(pause)


def signups(rec, base, municipality_pk, jobs, done, stamp, errors):
    """Post this thread's sign-ups; one that got no answer or a 5xx is posted again,
    as a person would press the button again."""
    sessions = {}
    for address, n in jobs:
        s = sessions.get(address)
        if s is None:
            s = sessions[address] = session(address)
        email = f"kuorma-{stamp}-{n}@example.org"
        for _attempt in range(3):
            try:
                token = csrf_token(rec, s, "signup-form", f"{base}/volunteer/sign-up/")
            except RuntimeError:
                time.sleep(0.5)
                continue
            response = rec.request(
                s,
                "signup",
                "POST",
                f"{base}/volunteer/sign-up/",
                data={"csrfmiddlewaretoken": token, **signup_data(municipality_pk, email, n)},
            )
            if response is not None and response.status_code < 500 and response.status_code != 0:
                if response.status_code != 302:
                    errors.append(f"sign-up {n} from {address}: HTTP {response.status_code}")
                break
        else:
            errors.append(f"sign-up {n} from {address}: no answer after 3 tries")
        with done[1]:
            done[0] += 1
