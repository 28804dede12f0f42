"""Three-way merge of a note's text: the last synced version, mine and theirs.

Lines are merged with ``merge3`` (breezy's diff3 in pure Python): a change on one side
only is taken; the same change on both is taken once.  Where both sides changed the same
lines, two refinements run before anything is called a conflict:

- **both only added lines at the same place** (two people signing in at the end of the
  list): both additions are kept, theirs first; nothing is lost and nothing overwritten;
- **both edited the same lines, but different characters** (one fixed a typo at the
  start of a line, the other typed at its end): the region is merged character by
  character, and taken if that merge is clean.

What is left is a real conflict: :class:`Conflict` holds the three versions of that
region, and :meth:`Merge.text` builds the result from the user's choice for each.
Nothing is resolved silently.

``diff-match-patch`` was the other candidate; its patches apply *fuzzily* (a best-effort
match when the context moved), which is what a live editor must never do unasked.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal, cast

import merge3

Choice = Literal["mine", "theirs", "both"]


@dataclass(frozen=True)
class Conflict:
    base: str
    mine: str
    theirs: str
    line: int  # 1-based line in "mine" where the region starts


@dataclass(frozen=True)
class Merge:
    chunks: tuple[str | Conflict, ...]

    @property
    def conflicts(self) -> tuple[Conflict, ...]:
        return tuple(c for c in self.chunks if isinstance(c, Conflict))

    @property
    def clean(self) -> bool:
        return not self.conflicts

    def text(self, choices: Sequence[Choice] = ()) -> str:
        """The merged text; one choice per conflict, in order (ValueError if missing)."""
        conflicts = self.conflicts
        if len(choices) != len(conflicts):
            raise ValueError(f"{len(conflicts)} conflict(s) need a choice each")
        picks = iter(choices)
        out = []
        for chunk in self.chunks:
            if isinstance(chunk, str):
                out.append(chunk)
                continue
            pick = next(picks)
            if pick == "mine":
                out.append(chunk.mine)
            elif pick == "theirs":
                out.append(chunk.theirs)
            else:
                out.append(_both(chunk.mine, chunk.theirs))
        return "".join(out)


def lines(text: str) -> list[str]:
    """``text`` as lines with their ``\\n`` (only ``\\n`` splits: the editor's newlines)."""
    parts = text.split("\n")
    out = [p + "\n" for p in parts[:-1]]
    if parts[-1]:
        out.append(parts[-1])
    return out


def merge_texts(base: str, mine: str, theirs: str) -> Merge:
    """Merge ``mine`` and ``theirs``, both edited from ``base``."""
    if mine == theirs or theirs == base:
        return Merge((mine,))
    if mine == base:
        return Merge((theirs,))
    b, a, t = lines(base), lines(mine), lines(theirs)
    chunks: list[str | Conflict] = []
    for region in merge3.Merge3(b, a, t).merge_regions():
        kind = region[0]
        if kind == "unchanged":
            chunks.append("".join(b[region[1] : region[2]]))
        elif kind in ("a", "same"):
            chunks.append("".join(a[region[1] : region[2]]))
        elif kind == "b":
            chunks.append("".join(t[region[1] : region[2]]))
        else:
            zs, ze, as_, ae, bs, be = cast("tuple[int, ...]", region)[1:]  # a conflict
            old, ours, other = "".join(b[zs:ze]), "".join(a[as_:ae]), "".join(t[bs:be])
            chunks.append(_resolve(old, ours, other, as_ + 1))
    return Merge(tuple(_joined(chunks)))


def _resolve(base: str, mine: str, theirs: str, line: int) -> str | Conflict:
    if not base:  # both only added lines here: keep both
        return _both(mine, theirs)
    fine = merge3.Merge3(list(base), list(mine), list(theirs))
    out = []
    for region in fine.merge_regions():
        kind = region[0]
        if kind == "conflict":
            return Conflict(base, mine, theirs, line)
        if kind == "unchanged":
            out.append(base[region[1] : region[2]])
        elif kind in ("a", "same"):
            out.append(mine[region[1] : region[2]])
        else:
            out.append(theirs[region[1] : region[2]])
    return "".join(out)


def _both(mine: str, theirs: str) -> str:
    if theirs and not theirs.endswith("\n") and mine:
        theirs += "\n"
    return theirs + mine


def _joined(chunks: list[str | Conflict]) -> list[str | Conflict]:
    out: list[str | Conflict] = []
    for chunk in chunks:
        if isinstance(chunk, str) and out and isinstance(out[-1], str):
            out[-1] += chunk
        elif chunk != "":
            out.append(chunk)
    return out
