"""``noteapp publish``: placeholder until the sub-command is built (issue 6)."""

from __future__ import annotations

import argparse

HELP = "not built yet"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    pass


def run(args: argparse.Namespace) -> int:
    print("noteapp publish: not built yet")
    return 2
