"""API tokens (HackMD, GitHub): from the environment or the system keyring, never a file.

A token is wrapped in :class:`Secret`, whose ``repr`` and ``str`` never show it, and
every message that could echo it goes through :func:`redact`.  Each service is an
:class:`Account`: the environment variables looked at first, then the keyring entry
``noteapp``/``<name>``; for GitHub, last, the ``gh`` command's own login
(``gh auth token``) when it is installed.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import urllib.parse
from dataclasses import dataclass

from noteapp.core.errors import PublishError

TOKEN_ENV = "NOTEAPP_HACKMD_TOKEN"
GITHUB_TOKEN_ENVS = ("NOTEAPP_GITHUB_TOKEN", "GITHUB_TOKEN")
KEYRING_SERVICE = "noteapp"
KEYRING_USER = "hackmd"
_GH_TIMEOUT = 10.0  # seconds for `gh auth token`


@dataclass(frozen=True)
class Account:
    name: str  # the keyring user name: "hackmd", "github"
    label: str  # for people: "HackMD"
    envs: tuple[str, ...]
    where_to_make: str  # how to create a token, one line
    otherwise: str = ""  # another way, a sentence

    @property
    def how_to(self) -> str:
        return (
            f"{self.where_to_make}, then store it with\n"
            f"    keyring set {KEYRING_SERVICE} {self.name}\n"
            f"(or in noteapp: Publish ▸ Accounts…), or set the environment variable "
            f"{' or '.join(self.envs)}.{self.otherwise}"
        )


HACKMD = Account(
    "hackmd",
    "HackMD",
    (TOKEN_ENV,),
    "Create a token on hackmd.io (Settings > API > Create API token)",
)
GITHUB = Account(
    "github",
    "GitHub",
    GITHUB_TOKEN_ENVS,
    "Create a token on github.com (Settings > Developer settings > Personal access tokens; "
    "a fine-grained token needs Contents, Pull requests and Issues: read and write)",
    "\nOr log in with GitHub's gh command (gh auth login): noteapp then uses its login.",
)
HOW_TO = HACKMD.how_to


class MissingToken(PublishError):
    """No token anywhere noteapp may look."""


class Secret:
    """A string that does not print itself."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "Secret('***')"

    def __str__(self) -> str:
        return "***"


def hackmd_token() -> Secret:
    """The HackMD token from the environment, else the keyring; a clear error otherwise."""
    return find_token(HACKMD)[0]


def github_token(api_url: str | None = None) -> tuple[Secret, str]:
    """The GitHub token and where it came from (``"NOTEAPP_GITHUB_TOKEN"``, ``"keyring"``,
    ``"gh"``): the environment, the keyring, then ``gh auth token``."""
    return find_token(GITHUB, gh_host=_gh_host(api_url))


def find_token(account: Account, *, gh_host: str | None = None) -> tuple[Secret, str]:
    for name in account.envs:
        value = os.environ.get(name, "").strip()
        if value:
            return Secret(value), name
    stored, problem = _from_keyring(account)
    if stored:
        return Secret(stored), "keyring"
    if account is GITHUB:
        stored = gh_auth_token(gh_host)
        if stored:
            return Secret(stored), "gh"
    where = f" (the system keyring could not be used: {problem})" if problem else ""
    raise MissingToken(f"No {account.label} API token found{where}.\n{account.how_to}")


def token_source(account: Account) -> str | None:
    """Where a token would come from now (for the Accounts dialog); None: nowhere."""
    try:
        return find_token(account)[1]
    except MissingToken:
        return None


def store_token(account: Account, value: str) -> None:
    """Keep ``value`` in the system keyring; PublishError when there is no usable keyring."""
    try:
        import keyring

        if value:
            keyring.set_password(KEYRING_SERVICE, account.name, value)
        else:
            with contextlib.suppress(keyring.errors.PasswordDeleteError):
                keyring.delete_password(KEYRING_SERVICE, account.name)
    except Exception as exc:  # NoKeyringError, a locked Secret Service...
        reason = str(exc).split(". ")[0].strip() or type(exc).__name__
        raise PublishError(
            f"The {account.label} token could not be stored in the system keyring ({reason}). "
            f"Set {account.envs[0]} in the environment instead."
        ) from None


def gh_auth_token(host: str | None = None) -> str | None:
    """The token of the ``gh`` command's login, if it is installed and logged in."""
    gh = shutil.which("gh")
    if gh is None:
        return None
    args = [gh, "auth", "token"] + (["--hostname", host] if host else [])
    try:
        done = subprocess.run(
            args, capture_output=True, text=True, timeout=_GH_TIMEOUT, stdin=subprocess.DEVNULL
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    value = done.stdout.strip()
    return value if done.returncode == 0 and value and "\n" not in value else None


def redact(text: str, *secrets: Secret | str | None) -> str:
    """``text`` with every secret in it replaced by ``***``."""
    for secret in secrets:
        value = secret.reveal() if isinstance(secret, Secret) else secret
        if value and len(value) >= 4:
            text = text.replace(value, "***")
    return text


def _gh_host(api_url: str | None) -> str | None:
    """``gh``'s host name for an API URL: none for github.com, else GitHub Enterprise's."""
    host = urllib.parse.urlsplit(api_url or "").hostname
    if not host or host in ("api.github.com", "github.com"):
        return None
    return host


def _from_keyring(account: Account) -> tuple[str | None, str | None]:
    """(token, why the keyring failed).  A keyring without a backend is not a crash."""
    try:
        import keyring  # imported only when the environment has no token

        return keyring.get_password(KEYRING_SERVICE, account.name), None
    except Exception as exc:  # NoKeyringError, a locked or absent D-Bus service...
        reason = str(exc).split(". ")[0].strip() or type(exc).__name__
        return None, reason
