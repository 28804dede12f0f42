"""Shared fixtures. Qt runs offscreen, and no test touches the user's real files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

# Must be set before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Property tests: on a developer's machine each run explores new examples (and keeps the
# failures it finds in .hypothesis/); under CI the examples are derived from the test itself,
# so a green commit stays green and a red one is reproducible.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
    settings.load_profile("ci")

PROJECT = Path(__file__).resolve().parents[1]
CORPUS = Path(os.environ.get("NOTEAPP_CORPUS", PROJECT.parent / "shared" / "corpus"))
FIXTURES = Path(__file__).resolve().parent / "fixtures"
_NOT_NOTES = {"README.md", "FORMATS.md", "MANIFEST.tsv", "FILES.tsv"}
# Fixtures for git and GitHub (the stand-in API, bare remotes), for publish and UI tests.
pytest_plugins = ("tests.publish.github_setup",)


def corpus_files() -> list[Path]:
    """Every real note in the shared corpus (seeds included), sorted."""
    if not CORPUS.is_dir():
        return []
    return sorted(
        p
        for p in CORPUS.rglob("*")
        if p.is_file() and p.name not in _NOT_NOTES and p.parent != CORPUS
    )


def corpus_ids() -> list[str]:
    return [str(p.relative_to(CORPUS)) for p in corpus_files()]


NO_CORPUS = f"no corpus at {CORPUS} (clone with shared/ beside the project)"


def over_corpus(argname="path", *, every=1, names=False, where=None, ids=None):  # type: ignore[no-untyped-def]
    """``@pytest.mark.parametrize`` over the corpus notes (``names``: their relative
    names, ``every``: one note in so many, ``where``: the notes it holds for).  Without
    the corpus: one case, skipped with the reason (not pytest's "got empty parameter
    set"); under CI the collection fails instead."""
    if not CORPUS.is_dir():
        skipped = pytest.param(None, marks=pytest.mark.skip(reason=NO_CORPUS), id="no-corpus")
        return pytest.mark.parametrize(argname, [skipped])
    files = [p for p in corpus_files()[::every] if where is None or where(p)]
    rel = [str(p.relative_to(CORPUS)) for p in files]
    return pytest.mark.parametrize(argname, rel if names else files, ids=ids or rel)


def require_corpus() -> Path:
    """The corpus folder; skips the test (or fails it under CI) when it is absent."""
    if not CORPUS.is_dir():
        if os.environ.get("CI") == "true":
            pytest.fail(f"corpus missing at {CORPUS}: CI must run with shared/ beside the repo")
        pytest.skip(NO_CORPUS)
    return CORPUS


@pytest.fixture
def corpus() -> Path:
    """The corpus folder; skips (or fails under CI) when it is absent."""
    return require_corpus()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if os.environ.get("CI") == "true" and not CORPUS.is_dir():
        raise pytest.UsageError(f"CI=true but the corpus is missing at {CORPUS}")


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Keep the user's real settings, workspace, recovery files and index out of tests."""
    base = tmp_path_factory.mktemp("userdirs")
    monkeypatch.setenv("NOTEAPP_CONFIG_DIR", str(base / "config"))
    monkeypatch.setenv("NOTEAPP_STATE_DIR", str(base / "state"))
    monkeypatch.setenv("NOTEAPP_WORKSPACE", str(base / "workspace"))
    monkeypatch.setenv("NOTEAPP_CACHE_DIR", str(base / "cache"))
    monkeypatch.setenv("NOTEAPP_INDEX", "0")  # windows index nothing unless a test asks
    return base
