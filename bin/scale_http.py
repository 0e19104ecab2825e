"""HTTP for `make scale-check` (bin/scale_check.py): sessions from a client address
of their own, every request recorded with its time and the app server that answered,
logging in and posting admin forms with their CSRF token, and the percentiles."""

import re
import threading
import time
from dataclasses import dataclass

import requests
from requests.adapters import HTTPAdapter

TIMEOUT = 60
CSRF_RE = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


class _SourceAddress(HTTPAdapter):
    """Connect from a given loopback address, so nginx sees a client of its own."""

    def __init__(self, source: str, **kwargs):
        self.source = source
        super().__init__(**kwargs)

    def init_poolmanager(self, *args, **kwargs):
        kwargs["source_address"] = (self.source, 0)
        super().init_poolmanager(*args, **kwargs)


def session(source: str | None = None) -> requests.Session:
    s = requests.Session()
    if source:
        s.mount("http://", _SourceAddress(source))
    return s


@dataclass
class Sample:
    kind: str
    started: float
    ended: float
    status: int  # 0: no answer at all (connection error)
    upstream: str
    url: str


class Recorder:
    def __init__(self):
        self.samples: list[Sample] = []
        self.lock = threading.Lock()

    def request(self, s: requests.Session, kind: str, method: str, url: str, **kwargs):
        started = time.time()
        try:
            response = s.request(method, url, timeout=TIMEOUT, allow_redirects=False, **kwargs)
        except requests.RequestException:
            response = None
        ended = time.time()
        # The production settings mark cookies secure; TLS ends in nginx in production,
        # but here nginx listens without it: send them back over plain HTTP all the same.
        for cookie in s.cookies:
            cookie.secure = False
        sample = Sample(
            kind,
            started,
            ended,
            response.status_code if response is not None else 0,
            response.headers.get("X-Scale-Upstream", "") if response is not None else "",
            url,
        )
        with self.lock:
            self.samples.append(sample)
        return response

    def of(self, kind: str) -> list[Sample]:
        with self.lock:
            return [s for s in self.samples if s.kind == kind]


def csrf_token(rec: Recorder, s: requests.Session, kind: str, url: str) -> str:
    response = rec.request(s, kind, "GET", url)
    if response is None or response.status_code != 200:
        raise RuntimeError(f"GET {url}: {response.status_code if response else 'no answer'}")
    match = CSRF_RE.search(response.text)
    if not match:
        raise RuntimeError(f"GET {url}: no CSRF token in the form")
    return match.group(1)


def login(rec: Recorder, base: str, username: str, password: str) -> requests.Session:
    s = session()
    token = csrf_token(rec, s, "admin", f"{base}/admin/login/")
    response = rec.request(
        s,
        "admin",
        "POST",
        f"{base}/admin/login/",
        data={"csrfmiddlewaretoken": token, "username": username, "password": password},
    )
    if response is None or response.status_code != 302:
        raise RuntimeError(f"{username} could not log in: {response and response.status_code}")
    return s


def admin_post(rec, s, base, path, data, kind="admin", files=None, form_path=None):
    token = csrf_token(rec, s, kind, f"{base}{form_path or path}")
    return rec.request(
        s, kind, "POST", f"{base}{path}", data={"csrfmiddlewaretoken": token, **data}, files=files
    )


def pct(values, q):
    if not values:
        return None
    values = sorted(values)
    return values[min(len(values) - 1, round(q / 100 * (len(values) - 1)))]


def ms(seconds):
    return None if seconds is None else round(seconds * 1000)
