"""One HTTP request with hard limits, for the HackMD client (standard library only).

- **Where.** ``https://``, or plain ``http://`` only to this computer (127.0.0.1, ::1,
  localhost): the token never crosses a network in clear text.
- **No redirects.** A 3xx comes back as the answer; it is never followed, so the
  Authorization header only ever goes to the API's own host.
- **A deadline.** The whole exchange (connect, send, the full answer) must end within
  ``deadline`` seconds, however slowly a server drips bytes.
- **A size cap.** The answer is read in chunks and refused past ``max_bytes``; a declared
  Content-Length over the cap is refused before reading.
- **Cancel at once.** A watcher thread shuts the socket down when the cancel event is set
  or the deadline passes, so a read blocked in the worker thread fails immediately.
"""

from __future__ import annotations

import contextlib
import http.client
import socket
import threading
import time
import urllib.parse
from dataclasses import dataclass
from email.message import Message
from typing import Any

from noteapp.core.errors import PublishError
from noteapp.publish.progress import Cancelled, check

LOOPBACK = frozenset({"127.0.0.1", "::1", "localhost"})
DEADLINE = 60.0  # seconds for one request, connect to the answer's last byte
MAX_BYTES = 16 * 1024 * 1024  # an answer larger than this is refused
_CHUNK = 64 * 1024
_TICK = 0.05  # how often the watcher looks at the cancel flag and the clock


class InsecureURL(PublishError):
    """An API URL the token may not be sent to."""


class NoAnswer(Exception):
    """No usable answer (refused, reset, cut off, too slow).  ``maybe_sent``: the request
    may have reached the server and been carried out."""

    def __init__(self, message: str, *, maybe_sent: bool) -> None:
        super().__init__(message)
        self.maybe_sent = maybe_sent


class TooBig(Exception):
    """The answer is over the cap; ``status`` is what the server said before it."""

    def __init__(self, status: int, max_bytes: int) -> None:
        super().__init__(f"the answer is larger than {_size(max_bytes)}")
        self.status = status


@dataclass(frozen=True)
class Endpoint:
    scheme: str
    host: str
    port: int
    path: str  # the base path, without a trailing slash
    url: str

    @classmethod
    def parse(cls, url: str) -> Endpoint:
        """The API's address; InsecureURL unless https (or http to this computer)."""
        parts = urllib.parse.urlsplit(url)
        scheme, host = parts.scheme.lower(), (parts.hostname or "").lower()
        if scheme not in ("https", "http") or not host:
            raise InsecureURL(f"The HackMD API URL {url!r} is not an https:// address.")
        if parts.username or parts.password:
            raise InsecureURL(
                "The HackMD API URL holds a user name or password; give the address alone "
                "(the token is sent as a header)."
            )
        if scheme == "http" and host not in LOOPBACK:
            raise InsecureURL(
                f"Refusing to send the HackMD token over plain http to {host}: anyone on the "
                "way could read it. Use an https:// API URL (plain http is allowed only to "
                "this computer: 127.0.0.1, ::1 or localhost)."
            )
        try:
            port = parts.port or (443 if scheme == "https" else 80)
        except ValueError:
            raise InsecureURL(f"The HackMD API URL {url!r} has a bad port.") from None
        return cls(scheme, host, port, parts.path.rstrip("/"), url)

    @property
    def authority(self) -> str:
        return self.host if self.port in (80, 443) else f"{self.host}:{self.port}"


@dataclass(frozen=True)
class Answer:
    status: int
    headers: Message
    body: bytes


@dataclass(frozen=True)
class Limits:
    deadline: float = DEADLINE
    max_bytes: int = MAX_BYTES
    timeout: float = 30.0  # the longest silence of the socket, within the deadline


def exchange(
    endpoint: Endpoint,
    method: str,
    path: str,
    body: bytes | None,
    headers: dict[str, str],
    *,
    limits: Limits,
    cancel: threading.Event | None,
    tls: Any = None,
) -> Answer:
    """Send one request and read its whole answer; NoAnswer, TooBig or Cancelled."""
    check(cancel)
    conn = _connection(endpoint, min(limits.timeout, limits.deadline), tls)
    watch = _Watch(conn, cancel, time.monotonic() + limits.deadline)
    sent = False
    try:
        conn.connect()
        watch.check()
        sent = True  # from here on the server may have the whole request
        conn.request(method, endpoint.path + path, body=body, headers=headers)
        response = conn.getresponse()
        declared = _int(response.getheader("Content-Length"))
        if declared is not None and declared > limits.max_bytes:
            raise TooBig(response.status, limits.max_bytes)
        data = _read(response, limits.max_bytes, watch)
        return Answer(response.status, response.headers, data)
    except (OSError, http.client.HTTPException, ValueError) as exc:
        if watch.reason == "cancel":
            raise Cancelled("Cancelled.", maybe_sent=sent) from None
        if watch.reason == "deadline":
            raise NoAnswer(
                f"no complete answer within {limits.deadline:g} s", maybe_sent=sent
            ) from None
        refused = isinstance(exc, ConnectionRefusedError | socket.gaierror)
        raise NoAnswer(_describe(exc), maybe_sent=sent and not refused) from None
    finally:
        watch.stop()
        conn.close()


def _read(response: http.client.HTTPResponse, max_bytes: int, watch: _Watch) -> bytes:
    """The body in chunks of one read each, so the watcher's verdict is seen between them."""
    chunks: list[bytes] = []
    size = 0
    while chunk := response.read1(_CHUNK):
        size += len(chunk)
        if size > max_bytes:
            raise TooBig(response.status, max_bytes)
        chunks.append(chunk)
        watch.check()
    watch.check()  # a shut-down socket reads as the end: it is not one
    if response.length:  # Content-Length said more was coming
        raise http.client.IncompleteRead(b"".join(chunks), response.length)
    return b"".join(chunks)


class _Watch:
    """Shuts the socket down, from its own thread, on cancel or at the deadline."""

    def __init__(
        self, conn: http.client.HTTPConnection, cancel: threading.Event | None, until: float
    ) -> None:
        self.reason: str | None = None  # "cancel" or "deadline" once it acted
        self._conn = conn
        self._cancel = cancel
        self._until = until
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._run, name="hackmd watch", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._done.wait(_TICK):
            if self.reason is None:
                if self._cancel is not None and self._cancel.is_set():
                    self.reason = "cancel"
                elif time.monotonic() >= self._until:
                    self.reason = "deadline"
            if self.reason is not None:
                # Again each tick: before connect() returns there is no socket yet.
                sock = self._conn.sock
                if sock is not None:
                    with contextlib.suppress(OSError):
                        # socket.socket's own shutdown: an SSL socket's would also drop
                        # its TLS state under the worker's feet.
                        socket.socket.shutdown(sock, socket.SHUT_RDWR)

    def check(self) -> None:
        """Raise in the worker once the watcher acted (its shutdown may read as an end)."""
        if self.reason is not None:
            raise OSError(self.reason)

    def stop(self) -> None:
        self._done.set()
        self._thread.join()


def _connection(endpoint: Endpoint, timeout: float, tls: Any) -> http.client.HTTPConnection:
    if endpoint.scheme == "http":
        return http.client.HTTPConnection(endpoint.host, endpoint.port, timeout=timeout)
    proxy = _https_proxy(endpoint.host)
    if proxy is None:
        return http.client.HTTPSConnection(
            endpoint.host, endpoint.port, timeout=timeout, context=tls
        )
    # Through the proxy's CONNECT tunnel: TLS (and the token) end to end with the API host.
    conn = http.client.HTTPSConnection(
        proxy.hostname or "", proxy.port or 8080, timeout=timeout, context=tls
    )
    tunnel_headers = {}
    if proxy.username:
        import base64

        user, secret = (urllib.parse.unquote(v or "") for v in (proxy.username, proxy.password))
        pair = base64.b64encode(f"{user}:{secret}".encode()).decode()
        tunnel_headers["Proxy-Authorization"] = f"Basic {pair}"
    conn.set_tunnel(endpoint.host, endpoint.port, tunnel_headers)
    return conn


def _https_proxy(host: str) -> urllib.parse.SplitResult | None:
    """The proxy the environment names for https (HTTPS_PROXY, NO_PROXY), if any."""
    # Imported here: urllib.request costs ~37 ms to import; only this path needs it.
    import urllib.request

    url = urllib.request.getproxies().get("https")
    if not url or urllib.request.proxy_bypass(host):
        return None
    proxy = urllib.parse.urlsplit(url if "://" in url else f"http://{url}")
    return proxy if proxy.hostname else None


def _describe(exc: BaseException) -> str:
    if isinstance(exc, http.client.IncompleteRead):
        return "the answer was cut off"
    if isinstance(exc, ConnectionResetError):
        return "the connection was reset"
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused"
    if isinstance(exc, socket.gaierror):
        return f"unknown host ({exc.strerror or exc})"
    if isinstance(exc, TimeoutError):
        return "timed out"
    return str(exc) or type(exc).__name__


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:g} MiB" if n >= 1024 * 1024 else f"{n} bytes"
