"""Initials for a person the note has none for (a walk-in): from their name, unique.

``Dorothy Vaughan`` is ``DV``, ``Jaime Rodríguez-Guerra`` ``JRG`` (every word's first
letter, as the notes write them); when that is taken, the first and last word's
(``MN`` for ``Maria van Niekerk`` when ``MVN`` is), then ``DoV`` and ``DVA`` (more of the
given name, then of the family name), then ``DorV``. One word gives its first two or
three letters (``Kai``: ``KA``, ``KAI``). Accents are dropped (``Ábel Ñúñez``: ``AN``).
Only what reads back as initials (``Name (AB)``: a capital, up to two letters, a capital)
is offered; a name that gives none, or only taken ones, gets none.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from noteapp.core.meeting.attendees.text import INITIALS_RE


def _letters(word: str) -> str:
    bare = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in bare if ch.isascii() and ch.isalpha())


def derived_initials(name: str, taken: Iterable[str | None]) -> str | None:
    """Initials for ``name`` that none of ``taken`` has (compared without case)."""
    words = [w for w in (_letters(part) for part in name.replace("-", " ").split()) if w]
    if not words:
        return None
    used = {t.casefold() for t in taken if t}
    first, last = words[0], words[-1]
    if len(words) == 1:
        candidates = [first[:2].upper(), first[:3].upper()]
    else:
        f, l_ = first[0].upper(), last[0].upper()
        candidates = [
            "".join(w[0].upper() for w in words),
            f + l_,
            f + first[1:2].lower() + l_,
            f + l_ + last[1:2].upper(),
            f + first[1:3].lower() + l_,
        ]
    return next(
        (c for c in candidates if INITIALS_RE.fullmatch(c) and c.casefold() not in used), None
    )
