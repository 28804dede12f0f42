"""Fixtures for publishing: a local HackMD, a client for it, a workspace with a note."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from noteapp.publish.hackmd_api import HackMDClient
from noteapp.publish.hackmd_state import SyncState
from tests.conftest import CORPUS
from tests.publish.hackmd_server import FakeHackMD


@pytest.fixture(autouse=True)
def _no_real_hackmd(monkeypatch: pytest.MonkeyPatch) -> None:
    """A developer's own token or API URL never reaches a test."""
    monkeypatch.delenv("NOTEAPP_HACKMD_TOKEN", raising=False)
    monkeypatch.delenv("NOTEAPP_HACKMD_API_URL", raising=False)


@pytest.fixture
def hackmd():
    server = FakeHackMD().start()
    yield server
    server.stop()


@pytest.fixture
def client(hackmd: FakeHackMD) -> HackMDClient:
    return HackMDClient(hackmd.token, hackmd.url, timeout=5, max_wait=10)


@pytest.fixture
def workspace() -> Path:
    return Path(os.environ["NOTEAPP_WORKSPACE"])


@pytest.fixture
def state(workspace: Path) -> SyncState:
    return SyncState(workspace)


@pytest.fixture
def zarr_note(workspace: Path, corpus: Path) -> Path:
    """A real Zarr note inside the workspace."""
    target = workspace / "zarr" / "2024" / "2024-01-24.md"
    target.parent.mkdir(parents=True)
    shutil.copyfile(CORPUS / "zarr" / "2024-01-24.md", target)
    return target
