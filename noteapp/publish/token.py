"""The HackMD API token: from ``NOTEAPP_HACKMD_TOKEN`` or the system keyring, never a file.

The token is wrapped in :class:`Secret`, whose ``repr`` and ``str`` never show it, and
every message that could echo it goes through :func:`redact`.
"""

from __future__ import annotations

import os

from noteapp.core.errors import PublishError

TOKEN_ENV = "NOTEAPP_HACKMD_TOKEN"
KEYRING_SERVICE = "noteapp"
KEYRING_USER = "hackmd"
HOW_TO = (
    "Create a token on hackmd.io (Settings > API > Create API token), then store it with\n"
    f"    keyring set {KEYRING_SERVICE} {KEYRING_USER}\n"
    f"or set the environment variable {TOKEN_ENV}."
)


class MissingToken(PublishError):
    """No HackMD token anywhere noteapp may look."""


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
    """The token from the environment, else the keyring; a clear error when neither has one."""
    value = os.environ.get(TOKEN_ENV, "").strip()
    if value:
        return Secret(value)
    value, problem = _from_keyring()
    if value:
        return Secret(value)
    where = f" (the system keyring could not be used: {problem})" if problem else ""
    raise MissingToken(f"No HackMD API token found{where}.\n{HOW_TO}")


def redact(text: str, *secrets: Secret | str | None) -> str:
    """``text`` with every secret in it replaced by ``***``."""
    for secret in secrets:
        value = secret.reveal() if isinstance(secret, Secret) else secret
        if value and len(value) >= 4:
            text = text.replace(value, "***")
    return text


def _from_keyring() -> tuple[str | None, str | None]:
    """(token, why the keyring failed).  A keyring without a backend is not a crash."""
    try:
        import keyring  # imported only when the environment has no token

        return keyring.get_password(KEYRING_SERVICE, KEYRING_USER), None
    except Exception as exc:  # NoKeyringError, a locked or absent D-Bus service...
        reason = str(exc).split(". ")[0].strip() or type(exc).__name__
        return None, reason
