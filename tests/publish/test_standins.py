"""``python -m tests.publish.standins DIR`` as a user runs it: started as a process, its
printed settings point ``noteapp publish --pr`` and ``--hackmd`` at it, Ctrl+C stops it."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import PROJECT


@pytest.fixture
def standins(tmp_path: Path, git_identity: None):
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.publish.standins", str(tmp_path / "try")],
        cwd=PROJECT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    printed: list[str] = []
    assert process.stdout is not None
    for line in process.stdout:
        printed.append(line)
        if line.startswith("Serving"):
            break
    yield process, "".join(printed)
    if process.poll() is None:
        process.kill()
        process.wait(timeout=10)


def noteapp(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "noteapp", *args],
        cwd=PROJECT, env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip


def test_the_standins_run_by_hand_take_a_pull_request_and_a_hackmd_note(standins):
    process, printed = standins
    settings = dict(re.findall(r"^export (NOTEAPP_\w+)=(\S+)$", printed, re.M))
    assert set(settings) == {
        "NOTEAPP_GITHUB_API_URL", "NOTEAPP_GITHUB_TOKEN", "NOTEAPP_HACKMD_API_URL",
        "NOTEAPP_HACKMD_TOKEN", "NOTEAPP_WORKSPACE",
    }  # fmt: skip
    assert all(re.match(r"http://127\.0\.0\.1:\d+", settings[k]) for k in settings if "URL" in k)
    [note] = re.findall(r"noteapp publish (\S+) --pr", printed)
    env = {**os.environ, **settings}
    opened = noteapp(env, "publish", note, "--pr")
    assert opened.returncode == 0, opened.stderr
    assert opened.stdout.startswith("Opened pull request #")
    Path(note).write_text(Path(note).read_text("utf-8") + "- SV: one more\n", "utf-8")
    updated = noteapp(env, "publish", note, "--pr")
    assert updated.returncode == 0 and updated.stdout.startswith("Updated pull request #")
    request = urllib.request.Request(
        settings["NOTEAPP_GITHUB_API_URL"]
        + "/repos/zarr-developers/community-calls/pulls?state=all",
        headers={"Authorization": f"Bearer {settings['NOTEAPP_GITHUB_TOKEN']}"},
    )
    with urllib.request.urlopen(request, timeout=10) as answer:
        pulls = json.load(answer)
    titles = [p["title"] for p in pulls]  # the labelled PR the stand-in starts with, and ours
    assert titles == ["V3 spec: consolidated metadata", "Notes for Zarr community call 2024-03-06"]
    new = noteapp(env, "new", "--series", "zarr", "--date", "2024-03-20", "--agenda-from-github")
    assert new.returncode == 0 and "2 agenda item(s)" in new.stderr
    assert "Sharding codec" in Path(new.stdout.strip()).read_text("utf-8")
    pushed = noteapp(env, "publish", note, "--hackmd")
    assert pushed.returncode == 0 and pushed.stdout.startswith("Created HackMD note ")
    process.send_signal(signal.SIGINT)  # Ctrl+C
    rest, _ = process.communicate(timeout=20)
    assert process.returncode == 0
    assert "Stopped (1 pull request(s) opened, 1 HackMD note(s))" in rest


def test_the_publish_screenshot_runs_open_pull_request_in_the_window(tmp_path: Path):
    out = tmp_path / "publish.png"
    done = subprocess.run(
        [sys.executable, "-m", "tests.publish.publish_screenshot", str(out)],
        cwd=PROJECT, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"wrote {out} (1400x900)") and out.stat().st_size > 0
