"""One HTTP request per connection to the app on 127.0.0.1, timed, never raising: a connection that is
refused, reset or times out is an answer too (status None, error named), which is what a fault suite
has to record."""
import errno
import http.client
import json
import re
import socket
import time
import urllib.parse
from dataclasses import dataclass, field


@dataclass
class Answer:
    status: int | None          # None: no HTTP answer at all
    error: str | None           # refused, reset, timeout, closed, or the exception's name
    latency: float              # seconds from connect to the end of the answer (or the failure)
    started: float              # time.time() when the request began
    sent: float | None          # time.time() when the whole request had been written (None: never)
    headers: dict = field(default_factory=dict)
    body: bytes = b""

    @property
    def ok(self):
        return self.status is not None and 200 <= self.status < 300

    @property
    def outcome(self):
        """'201', '503', 'refused', ...: how a client saw it."""
        return str(self.status) if self.status is not None else (self.error or "error")

    def json(self):
        return json.loads(self.body.decode("utf-8"))

    def text(self):
        return self.body.decode("utf-8", "replace")


def _error_name(e):
    if isinstance(e, ConnectionRefusedError) or getattr(e, "errno", None) == errno.ECONNREFUSED:
        return "refused"
    if isinstance(e, (ConnectionResetError, BrokenPipeError)) or getattr(e, "errno", None) in (errno.ECONNRESET, errno.EPIPE):
        return "reset"
    if isinstance(e, (socket.timeout, TimeoutError)):
        return "timeout"
    if isinstance(e, (http.client.RemoteDisconnected, http.client.IncompleteRead, http.client.BadStatusLine)):
        return "closed"
    return type(e).__name__


def request(port, method, path, body=None, headers=None, timeout=10.0):
    """body: bytes, str, a dict (sent as JSON) or None."""
    headers = dict(headers or {})
    if isinstance(body, (dict, list)):
        body = json.dumps(body).encode()
        headers.setdefault("Content-Type", "application/json")
    elif isinstance(body, str):
        body = body.encode()
    headers.setdefault("Connection", "close")
    started = time.time()
    t0 = time.monotonic()
    sent = None
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request(method, path, body=body, headers=headers)
        sent = time.time()
        r = conn.getresponse()
        data = r.read()
        return Answer(r.status, None, time.monotonic() - t0, started, sent,
                      {k.lower(): v for k, v in r.getheaders()}, data)
    except Exception as e:  # every failure is data here
        return Answer(None, _error_name(e), time.monotonic() - t0, started, sent)
    finally:
        conn.close()


class Browser:
    """A browser's cookies (the SESSION cookie is all Ascent sets) and its forms' CSRF tokens."""

    def __init__(self, port, cookie=None):
        self.port = port
        self.cookie = cookie

    def get(self, path, port=None):
        a = request(port or self.port, "GET", path, headers=self._headers())
        self._keep(a)
        return a

    def post_form(self, path, fields, port=None):
        a = request(port or self.port, "POST", path, body=urllib.parse.urlencode(fields),
                    headers=self._headers({"Content-Type": "application/x-www-form-urlencoded"}))
        self._keep(a)
        return a

    def _headers(self, extra=None):
        h = dict(extra or {})
        if self.cookie:
            h["Cookie"] = "SESSION=" + self.cookie
        return h

    def _keep(self, a):
        m = re.search(r"SESSION=([^;]+)", a.headers.get("set-cookie", ""))
        if m:
            self.cookie = m.group(1)


def csrf(page):
    m = re.search(r'name="_csrf" value="([^"]*)"', page.text())
    if not m:
        raise RuntimeError("no CSRF token in the page (status %s)" % page.outcome)
    return m.group(1)
