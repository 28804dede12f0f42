"""One HTTP request to the GitHub API, with the guards every publishing client needs.

- **One host.** The request goes to the API's own host; a redirect is followed only to
  the same scheme, host and port (so the token is never sent anywhere else), at most
  three times.  Plain ``http`` is allowed only to a loopback address (a local stand-in).
- **A deadline for the whole call** (connect, send, wait, read), not per socket read:
  a server that trickles a byte a second cannot hold the window for ever.
- **A size cap** on the answer, checked on ``Content-Length`` and while reading.
- **Cancel ends the call at once**: the request runs in a helper thread and the caller
  waits on the cancel event; on cancel (or the deadline) the socket is shut, the helper
  is abandoned and :class:`~noteapp.publish.progress.Cancelled` is raised.
- **Proxies** from the environment (``HTTPS_PROXY``, ``NO_PROXY``) are honoured for
  ``https``, through a CONNECT tunnel, so the token stays inside TLS.

The answer is returned raw (status, headers with lower-case names, bytes); the API
clients check the status, content type and shape of what they get.
"""

from __future__ import annotations

import contextlib
import http.client
import ipaddress
import json
import socket
import ssl
import threading
import time
import urllib.parse
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from noteapp.publish.progress import Cancelled

MAX_REDIRECTS = 3
_LOOPBACK_NAMES = {"localhost"}


class NoAnswer(Exception):
    """No usable answer: network down, refused, timed out, cut off, too large, or a
    redirect that may not be followed.  ``maybe_sent``: the request may have arrived."""

    def __init__(self, message: str, *, maybe_sent: bool) -> None:
        super().__init__(message)
        self.maybe_sent = maybe_sent


@dataclass(frozen=True)
class Answer:
    status: int
    headers: Mapping[str, str]  # lower-case names
    body: bytes
    url: str  # where it came from (after same-host redirects)

    def header(self, name: str) -> str | None:
        return self.headers.get(name.lower())

    def json(self) -> Any:
        """The body as JSON; ValueError unless the server said JSON and sent JSON."""
        kind = (self.header("content-type") or "").split(";")[0].strip().lower()
        if not (kind == "application/json" or kind.endswith("+json")):
            raise ValueError(f"the answer is {kind or 'untyped'}, not JSON")
        return json.loads(self.body.decode("utf-8"))


def is_loopback(host: str) -> bool:
    if host.lower() in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_base_url(url: str, what: str) -> urllib.parse.SplitResult:
    """The parts of an API base URL; ValueError for anything but https, or http to
    this machine."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise ValueError(f"{what} must be an https:// address, not {url!r}")
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        raise ValueError(
            f"{what} {url!r} is plain http to another machine; the token would travel "
            "unencrypted. Use https (http is only for a server on this machine)."
        )
    return parts


def call(
    method: str,
    url: str,
    *,
    headers: Mapping[str, str],
    body: bytes | None = None,
    deadline: float = 30.0,
    max_bytes: int = 5_000_000,
    cancel: threading.Event | None = None,
) -> Answer:
    """Send one request and read the whole answer within ``deadline`` seconds."""
    give_up = time.monotonic() + deadline
    origin = urllib.parse.urlsplit(url)
    check_base_url(url, "the address")
    for _ in range(MAX_REDIRECTS + 1):
        answer = _one(method, url, headers, body, give_up, max_bytes, cancel)
        if answer.status not in (301, 302, 303, 307, 308):
            return answer
        target = urllib.parse.urljoin(url, answer.header("location") or "")
        there = urllib.parse.urlsplit(target)
        if (there.scheme, there.hostname, there.port) != (
            origin.scheme,
            origin.hostname,
            origin.port,
        ):
            raise NoAnswer(
                f"the server redirected to another host ({there.hostname or target!r}); "
                "noteapp does not follow it, so the token stays with the API",
                maybe_sent=True,
            )
        if answer.status == 303:
            method, body = "GET", None
        url = target
    raise NoAnswer(f"more than {MAX_REDIRECTS} redirects", maybe_sent=True)


def _one(
    method: str,
    url: str,
    headers: Mapping[str, str],
    body: bytes | None,
    give_up: float,
    max_bytes: int,
    cancel: threading.Event | None,
) -> Answer:
    parts = urllib.parse.urlsplit(url)
    target = parts.path or "/"
    if parts.query:
        target += "?" + parts.query
    left = give_up - time.monotonic()
    if left <= 0:
        raise NoAnswer("no answer in time", maybe_sent=False)
    connection = _connection(parts, left)
    done = threading.Event()
    box: dict[str, Any] = {}
    sent = threading.Event()

    def run() -> None:
        try:
            connection.connect()
            sent.set()
            connection.request(method, target, body=body, headers=dict(headers))
            response = connection.getresponse()
            length = response.getheader("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise _TooLarge(int(length))
            chunks, size = [], 0
            while True:
                chunk = response.read(65536)
                if not chunk:
                    break
                size += len(chunk)
                if size > max_bytes:
                    raise _TooLarge(size)
                chunks.append(chunk)
            box["answer"] = Answer(
                response.status,
                {k.lower(): v for k, v in response.getheaders()},
                b"".join(chunks),
                url,
            )
        except BaseException as exc:  # handed to the waiting thread
            box["error"] = exc
        finally:
            connection.close()
            done.set()

    threading.Thread(target=run, name=f"http {method}", daemon=True).start()
    while not done.wait(0.05):
        if cancel is not None and cancel.is_set():
            _shut(connection)
            raise Cancelled("Cancelled.")
        if time.monotonic() > give_up:
            _shut(connection)
            raise NoAnswer("no answer in time (the server is too slow)", maybe_sent=sent.is_set())
    if "answer" in box:
        return box["answer"]
    error = box.get("error")
    if isinstance(error, _TooLarge):
        raise NoAnswer(
            f"the answer is too large ({error.size:,} bytes; at most {max_bytes:,})",
            maybe_sent=True,
        )
    if isinstance(error, ConnectionRefusedError | socket.gaierror):
        raise NoAnswer(_describe(error), maybe_sent=False)
    if isinstance(error, ssl.SSLCertVerificationError):
        raise NoAnswer(f"the server's certificate is not valid ({error})", maybe_sent=False)
    raise NoAnswer(_describe(error), maybe_sent=sent.is_set())


class _TooLarge(Exception):
    def __init__(self, size: int) -> None:
        super().__init__(size)
        self.size = size


def _connection(parts: urllib.parse.SplitResult, timeout: float) -> http.client.HTTPConnection:
    host = parts.hostname or ""
    if parts.scheme == "http":  # loopback only (check_base_url)
        return http.client.HTTPConnection(host, parts.port, timeout=timeout)
    proxy = _https_proxy(host)
    context = ssl.create_default_context()
    if proxy is None:
        return http.client.HTTPSConnection(host, parts.port, timeout=timeout, context=context)
    via = urllib.parse.urlsplit(proxy)
    connection = http.client.HTTPSConnection(
        via.hostname or "", via.port or 8080, timeout=timeout, context=context
    )
    connection.set_tunnel(host, parts.port or 443)
    return connection


def _https_proxy(host: str) -> str | None:
    if is_loopback(host):
        return None
    proxy = urllib.request.getproxies().get("https")
    if not proxy or urllib.request.proxy_bypass(host):
        return None
    return proxy if "://" in proxy else f"http://{proxy}"


def _shut(connection: http.client.HTTPConnection) -> None:
    """Wake the helper thread out of a blocking read: shut its socket."""
    sock = connection.sock
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)


def _describe(error: BaseException | None) -> str:
    if error is None:
        return "no answer"
    if isinstance(error, socket.gaierror):
        return "the server's name could not be looked up (is the network down?)"
    if isinstance(error, ConnectionRefusedError):
        return "the connection was refused"
    if isinstance(error, TimeoutError | socket.timeout):
        return "no answer in time"
    return str(error) or type(error).__name__
