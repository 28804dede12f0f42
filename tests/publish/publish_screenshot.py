"""``python -m tests.publish.publish_screenshot OUT.png``: the publish flow's picture
(``make screenshot``): the stand-ins started in a temporary folder, Publish ▸ Open Pull
Request run in the real window on their Zarr note, the Publish menu open over the result."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from tests.publish.standins import start


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m tests.publish.publish_screenshot OUT.png", file=sys.stderr)
        return 2
    from noteapp.ui import screenshot

    with tempfile.TemporaryDirectory(prefix="noteapp-publish-shot-") as tmp:
        github, hackmd, env, note = start(Path(tmp))
        os.environ.update(env)
        for who in ("AUTHOR", "COMMITTER"):  # the commit's author: never the user's
            os.environ[f"GIT_{who}_NAME"] = "Sanket Verma"
            os.environ[f"GIT_{who}_EMAIL"] = "notes@example.org"
        try:
            return screenshot.main(
                [args[0], str(note), "--scene", "publish", "--workspace", env["NOTEAPP_WORKSPACE"]]
            )
        finally:
            github.stop()
            hackmd.stop()


if __name__ == "__main__":
    raise SystemExit(main())
