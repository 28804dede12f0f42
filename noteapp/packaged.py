"""Files shipped with noteapp: ``templates/`` and ``resources/`` (icons, sample, desktop files).

The wheel carries them inside the package (``noteapp/templates``, ``noteapp/resources``:
``force-include`` in pyproject.toml), so an installed noteapp — pip, pipx, the PyInstaller
bundle — finds them beside its own modules.  Only a package imported from a zip file has no
such folder on disk; ``importlib.resources`` (4 ms of imports, so not on the start-up path
of the usual installs) serves that case.

The one exception, and the only place that knows about it: a source checkout.  The folders
live at the top of the repository, beside the package, so that templates/README.md and the
site formats stay easy to find.  An editable install (``make run``, ``pip install -e .``)
imports the package from the checkout, and hatchling cannot map force-included folders
into it: its editable wheel only copies them, once, into ``site-packages/noteapp/``, a
snapshot that the checkout's real package shadows (and ``dev-mode-dirs`` only adds folders
to ``sys.path``, it does not rename them).  So when the package has no ``templates/`` of
its own *and* sits in a checkout (``pyproject.toml`` beside it), the checkout's folders are
used.  An installed copy never takes that path: a file missing from a wheel is an error.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

_PACKAGE = "noteapp"
_SHIPPED = ("templates", "resources")


def _checkout_root() -> Path | None:
    """The repository root when noteapp runs from a source checkout, else None."""
    root = Path(__file__).resolve().parent.parent
    return root if (root / "pyproject.toml").is_file() else None


def packaged_path(*parts: str) -> Traversable:
    """``noteapp/<parts>`` as shipped; ``parts[0]`` is ``"templates"`` or ``"resources"``.

    A real folder on disk for every way noteapp is installed (wheel, pipx, bundle, checkout);
    a zip-imported noteapp would give a zip path, which ``read_text`` and ``iterdir`` handle.
    """
    if not parts or parts[0] not in _SHIPPED:
        raise ValueError(f"packaged files live under {' or '.join(_SHIPPED)}/, not {parts!r}")
    package = Path(__file__).parent
    if (package / parts[0]).is_dir():
        return package.joinpath(*parts)
    checkout = _checkout_root()
    if checkout is not None and (checkout / parts[0]).is_dir():
        return checkout.joinpath(*parts)

    # Missing: let the caller's read report the packaged path.
    return resources.files(_PACKAGE).joinpath(*parts)


def packaged_dir(*parts: str) -> Path:
    """``packaged_path`` as a ``Path``, for code that globs folders (templates, series)."""
    return Path(str(packaged_path(*parts)))


def packaged_text(*parts: str) -> str:
    """The UTF-8 text of a shipped file, e.g. ``packaged_text("resources", "sample", "x.md")``."""
    return packaged_path(*parts).read_text(encoding="utf-8")
