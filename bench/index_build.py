"""The workspace index over 5,000 generated notes (bench/notegen.py generate_workspace).

Run: .venv/bin/python -m bench.index_build [--notes N] [--queries N]

- build: notes per second of a first build, against the floor of reading the same
  files (open + read + SHA-256, what any index must do at least);
- update with nothing changed (the start-up check: one stat per note), and after one
  note changed;
- search latency p50/p95 over a mix of queries (words, phrases, prefixes, filters);
- the action-item tracker and attendance queries;
- memory: the growth of the process's peak RSS during the build, and the index size.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import resource
import statistics
import tempfile
import time
from pathlib import Path

from bench.notegen import generate_workspace

QUERIES = (
    ("release", {}),
    ("governance vote", {}),
    ('"release branch"', {}),
    ("migr*", {}),
    ("codec OR pinning", {}),
    ("roadmap", {"series": "steering"}),
    ("triage", {"since": "2015-01-01"}),
    ("wheel", {"person": "Ada Lovelace"}),
    ("benchmark cache", {"series": "infra-sync", "since": "2012-01-01", "until": "2018-12-31"}),
    ("feedstock", {"person": "jaimergp"}),
)


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--notes", type=int, default=5000)
    parser.add_argument("--queries", type=int, default=20, help="runs of each query")
    parser.add_argument("--workers", type=int, help="parsing processes (default: cores - 1)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="noteapp-bench-") as tmp:
        root = Path(tmp) / "workspace"
        os.environ["NOTEAPP_CACHE_DIR"] = str(Path(tmp) / "cache")
        paths = generate_workspace(root, args.notes)
        size = sum(p.stat().st_size for p in paths)
        print(
            f"{len(paths)} notes, {size / 1e6:.1f} MB, "
            f"in {len({p.parent.parent for p in paths})} series"
        )

        began = time.perf_counter()
        for path in paths:
            hashlib.sha256(path.read_bytes()).hexdigest()
        floor = time.perf_counter() - began

        from noteapp.storage.archive import Workspace

        peak_before = _peak_mb()
        began = time.perf_counter()
        ws = Workspace.open(root, update=False)
        ws.update(workers=args.workers)
        build = time.perf_counter() - began
        peak_after = _peak_mb()
        print(
            f"build: {len(paths) / build:7.0f} notes/s ({build:.2f} s); floor (read + hash): "
            f"{len(paths) / floor:7.0f} notes/s ({floor:.2f} s); ratio {build / floor:.1f}x"
        )
        began = time.perf_counter()
        report = ws.update()
        idle = time.perf_counter() - began
        assert not report.touched
        target = paths[len(paths) // 2]
        target.write_text(target.read_text() + "- [ ] (AL) One more thing\n", encoding="utf-8")
        began = time.perf_counter()
        report = ws.update()
        one = time.perf_counter() - began
        assert report.changed == 1
        began = time.perf_counter()
        ws.update([target.relative_to(root).as_posix()])
        watched = time.perf_counter() - began
        print(
            f"update, nothing changed: {idle * 1000:.0f} ms (stat of every note); one note "
            f"changed: {one * 1000:.0f} ms (full check) / {watched * 1000:.1f} ms "
            "(the watcher's path)"
        )

        times = []
        for _ in range(args.queries):
            for query, filters in QUERIES:
                began = time.perf_counter()
                results = ws.search(query, **filters)
                times.append((time.perf_counter() - began) * 1000)
                assert results.message is None
        times.sort()
        p50 = statistics.median(times)
        p95 = times[int(len(times) * 0.95) - 1]
        print(
            f"search (best 20 with their lines): p50 {p50:.1f} ms, p95 {p95:.1f} ms over "
            f"{len(times)} queries (goal < 50 ms)"
        )

        began = time.perf_counter()
        items = ws.actions(open=True)
        tracker = (time.perf_counter() - began) * 1000
        began = time.perf_counter()
        people = ws.people()
        counts = ws.attendance(series="steering")
        people_ms = (time.perf_counter() - began) * 1000
        print(
            f"tracker: {len(items)} open items in {tracker:.0f} ms; people: {len(people)} "
            f"people and {len(counts)} meetings in {people_ms:.0f} ms"
        )
        index_mb = (
            sum(
                Path(f"{ws.index_file}{s}").stat().st_size
                for s in ("", "-wal")
                if Path(f"{ws.index_file}{s}").exists()
            )
            / 1e6
        )
        print(
            f"memory: peak RSS grew {peak_after - peak_before:.0f} MB during the build "
            f"(peak {peak_after:.0f} MB); index file {index_mb:.0f} MB for "
            f"{size / 1e6:.0f} MB of notes"
        )
        ws.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
