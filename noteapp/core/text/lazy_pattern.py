"""Regular expressions compiled on their first use.

CPython compiles a pattern in pure Python (0.05–0.5 ms each).  The note readers hold
about 80 patterns, and a typical note never needs a good part of them (TOML front matter,
"TODO:" lines, owners written "Ann to …"): those are declared with :func:`lazy_compile`,
so opening a note does not pay for them.
"""

from __future__ import annotations

import re
from typing import Any, cast

# The methods a compiled pattern is used through; after the first use each is a plain
# instance attribute, so later calls cost what a compiled pattern's own calls cost.
_METHODS = ("match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer")


class _LazyPattern:
    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        self._flags = flags

    def __getattr__(self, name: str) -> Any:  # only for names not yet on the instance
        compiled = re.compile(self.pattern, self._flags)
        for method in _METHODS:
            setattr(self, method, getattr(compiled, method))
        self.flags = compiled.flags
        self.groups = compiled.groups
        self.groupindex = compiled.groupindex
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy_compile({self.pattern!r})"


def lazy_compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, compiled when first used."""
    return cast("re.Pattern[str]", _LazyPattern(pattern, flags))
