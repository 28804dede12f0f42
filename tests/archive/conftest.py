"""The made-up archive of tests/fixtures/archive, copied so a test may edit it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import FIXTURES

ARCHIVE = FIXTURES / "archive"


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    root = tmp_path / "notes"
    shutil.copytree(ARCHIVE, root)
    return root
