"""Fixtures for lock and snapshot ownership (see ``owners``)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from noteapp.storage.locks import Owner
from tests.storage.owners import exited_owner, running_owner


@pytest.fixture
def dead_owner() -> Owner:
    return exited_owner()


@pytest.fixture
def live_owner() -> Iterator[Owner]:
    with running_owner() as owner:
        yield owner
