"""What users install: the wheel carries templates and resources and finds them outside the
source tree; the icons, desktop entry and AppStream file are valid and agree with the code.

The PyInstaller bundle itself is built and smoke-tested by `make dist` (too slow for here).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import noteapp

PROJECT = Path(__file__).resolve().parents[1]
LINUX = PROJECT / "resources" / "linux"
APP_ID = "io.github.noteapp.NoteApp"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
ICON_SIZES = (16, 32, 48, 64, 128, 256)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The project's wheel, built the way pip and pipx build it (about 3 s)."""
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out),
         str(PROJECT)],
        check=True,
        capture_output=True,
        text=True,
    )  # fmt: skip
    (built,) = out.glob("noteapp-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel installed into a bare folder (dependencies come from this venv)."""
    target = tmp_path_factory.mktemp("target")
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--quiet", "--target", str(target),
         str(wheel)],
        check=True,
        capture_output=True,
        text=True,
    )  # fmt: skip
    return target


def _run_installed(target: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``python ARGS`` importing noteapp from ``target``, run from outside the checkout."""
    env = {**os.environ, "PYTHONPATH": str(target), "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.run(
        [sys.executable, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=60
    )


def test_the_wheel_carries_templates_resources_and_desktop_files(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = [
        *(f"noteapp/templates/{p.name}" for p in (PROJECT / "templates").glob("*.md.j2")),
        *(f"noteapp/templates/series/{p.name}" for p in (PROJECT / "templates/series").glob("*")),
        "noteapp/resources/sample/example-community-call.md",
        "noteapp/resources/sample/example-community-call.toml",
        "noteapp/resources/icons/noteapp.svg",
        *(f"noteapp/resources/icons/noteapp-{size}.png" for size in ICON_SIZES),
        f"noteapp/resources/linux/{APP_ID}.desktop",
        f"noteapp/resources/linux/{APP_ID}.metainfo.xml",
    ]
    assert len(shipped) > 20
    assert sorted(set(shipped) - names) == []
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc")]


def test_an_installed_wheel_finds_its_templates_and_sample_with_importlib_resources(
    installed, tmp_path
):
    code = (
        "import sys, noteapp\n"
        "from pathlib import Path\n"
        "from noteapp.packaged import packaged_dir\n"
        "from noteapp.storage.workspace import ensure_workspace\n"
        "print(noteapp.__file__)\n"
        "print(packaged_dir('templates'))\n"
        "print(ensure_workspace(Path('ws')).read_text(encoding='utf-8').splitlines()[1])\n"
        "from noteapp.cli import main\n"
        "sys.exit(main(['new', '--template', 'zarr', '--dir', 'notes', '--date', '2024-01-24',"
        " '--print']))\n"
    )
    result = _run_installed(installed, tmp_path, "-c", code)
    assert result.returncode == 0, result.stderr
    module, templates, sample_line, *note = result.stdout.splitlines()
    # Imported from the installed copy, templates found inside it, not in the checkout.
    assert Path(module).is_relative_to(installed)
    assert Path(templates) == installed / "noteapp" / "templates"
    sample = PROJECT / "resources" / "sample" / "example-community-call.md"
    assert sample_line == sample.read_text(encoding="utf-8").splitlines()[1]
    assert note[0] == str(Path("notes/2024/2024-01-24.md"))
    assert "title: 24th January" in note


def test_the_installed_command_prints_the_one_version(installed, tmp_path):
    result = _run_installed(installed, tmp_path, "-m", "noteapp", "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"noteapp {noteapp.__version__}"


def test_a_source_checkout_uses_its_top_level_folders():
    """The one fallback of noteapp/packaged.py: running from the checkout (editable)."""
    from noteapp.packaged import packaged_dir, packaged_text

    if Path(noteapp.__file__).resolve().parent != PROJECT / "noteapp":
        pytest.skip("noteapp is not imported from this checkout")
    assert packaged_dir("templates", "series") == PROJECT / "templates" / "series"
    assert packaged_text("resources", "sample", "example-community-call.toml")
    with pytest.raises(ValueError):
        packaged_dir("noteapp")


# ------------------------------------------------------------------ desktop integration


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{name} missing: .ci/run installs desktop-file-utils and appstream")
        pytest.skip(f"{name} not installed (apt-get install desktop-file-utils appstream)")
    return path


def test_the_desktop_entry_validates():
    result = subprocess.run(
        [_tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    # Not even a hint: two main categories put the app in the menu twice.
    assert result.stdout.strip() == "", result.stdout


# The freedesktop menu specification's main categories (Desktop Menu Specification, A.1).
MAIN_CATEGORIES = {"AudioVideo", "Audio", "Video", "Development", "Education", "Game",
                   "Graphics", "Network", "Office", "Science", "Settings", "System",
                   "Utility"}  # fmt: skip


def test_the_desktop_entry_has_one_main_category():
    lines = DESKTOP.read_text(encoding="utf-8").splitlines()
    line = next(x for x in lines if x.startswith("Categories="))
    categories = [c for c in line.removeprefix("Categories=").split(";") if c]
    main = [c for c in categories if c in MAIN_CATEGORIES - {"Audio", "Video"}]
    # A text editor belongs under Utility (the spec's related category for TextEditor).
    assert main == ["Utility"], categories
    assert "TextEditor" in categories


def test_the_appstream_metainfo_validates():
    result = subprocess.run(
        [_tool("appstreamcli"), "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_desktop_entry_and_metainfo_agree_with_the_app():
    desktop = DESKTOP.read_text(encoding="utf-8")
    metainfo = METAINFO.read_text(encoding="utf-8")
    assert "\nExec=noteapp %F\n" in desktop
    assert f"\nIcon={APP_ID}\n" in desktop
    assert "MimeType=text/markdown;" in desktop
    assert f'<launchable type="desktop-id">{APP_ID}.desktop</launchable>' in metainfo
    releases = re.findall(r'<release version="([^"]+)"', metainfo)
    assert releases and releases[0] == noteapp.__version__, "add a <release> for this version"
    assert '<screenshot type="default">' in metainfo


def test_install_desktop_installs_and_uninstalls_a_bundle_entry(tmp_path):
    bundle = tmp_path / "my bundle" / "noteapp"
    bundle.mkdir(parents=True)
    (bundle / "noteapp").write_text("#!/bin/sh\n")
    (bundle / "noteapp").chmod(0o755)
    script = PROJECT / "packaging" / "install-desktop.sh"
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data"), "PATH": "/usr/bin:/bin"}

    def run(*args: str) -> None:
        subprocess.run(["sh", str(script), *args], env=env, check=True, capture_output=True)

    run("--bundle", str(bundle))  # what make dist does: share/ inside the bundle
    share = bundle / "share"
    for size in ICON_SIZES:
        assert (share / f"icons/hicolor/{size}x{size}/apps/{APP_ID}.png").is_file()
    assert (share / f"applications/{APP_ID}.desktop").read_bytes() == DESKTOP.read_bytes()
    assert (share / f"metainfo/{APP_ID}.metainfo.xml").is_file()

    run(str(bundle))  # the user's menu entry, starting the bundle by its absolute path
    entry = tmp_path / "data" / "applications" / f"{APP_ID}.desktop"
    assert f'\nExec="{bundle}/noteapp" %F\n' in entry.read_text(encoding="utf-8")
    assert (tmp_path / f"data/icons/hicolor/scalable/apps/{APP_ID}.svg").is_file()
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True)
        assert check.returncode == 0, check.stdout

    run("--uninstall")
    left = [p for p in (tmp_path / "data").rglob("*") if p.is_file() and APP_ID in p.name]
    assert left == []


# ------------------------------------------------------------------------------ icons


def test_the_png_icons_are_the_svg_rendered_by_the_script(qapp):
    sys.path.insert(0, str(PROJECT / "packaging"))
    try:
        from render_icons import SIZES, render
    finally:
        sys.path.remove(str(PROJECT / "packaging"))
    from PySide6.QtGui import QImage

    assert tuple(SIZES) == ICON_SIZES
    svg = PROJECT / "resources" / "icons" / "noteapp.svg"
    for size in ICON_SIZES:
        png = QImage(str(PROJECT / "resources" / "icons" / f"noteapp-{size}.png"))
        fresh = render(svg, size)
        assert png.size() == fresh.size()
        # The rasteriser rounds differently on other CPUs (AVX-512: a dozen pixels of the
        # 256 px icon one unit off): close enough is the same picture; a stale icon (another
        # drawing) differs by far more.
        largest, differing = image_difference(png, fresh)
        assert largest <= PIXEL_TOLERANCE and differing <= max(16, size * size // 100), (
            f"noteapp-{size}.png is stale ({differing} pixels differ, by up to {largest}): "
            "run `make icons`"
        )


PIXEL_TOLERANCE = 4  # colour units per channel (of 255)


def image_difference(a, b) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    """The largest difference of any channel, and how many pixels differ at all."""
    from PySide6.QtGui import QImage

    first = a.convertToFormat(QImage.Format.Format_ARGB32)
    second = b.convertToFormat(QImage.Format.Format_ARGB32)
    assert (first.width(), first.height()) == (second.width(), second.height())
    x, y = bytes(first.constBits()), bytes(second.constBits())
    largest = differing = 0
    for i in range(0, len(x), 4):
        if x[i : i + 4] != y[i : i + 4]:
            differing += 1
            largest = max(
                largest, *(abs(p - q) for p, q in zip(x[i : i + 4], y[i : i + 4], strict=True))
            )
    return largest, differing


def test_the_icon_comparison_tells_a_rounding_from_another_drawing(qapp):
    from PySide6.QtGui import QColor, QImage

    base = QImage(str(PROJECT / "resources" / "icons" / "noteapp-256.png"))
    nudged = base.convertToFormat(QImage.Format.Format_ARGB32)
    for i in range(12):  # what another CPU's rounding did: 12 pixels, one unit each
        colour = nudged.pixelColor(100 + i, 128)
        colour.setRed(min(255, colour.red() + 1) if colour.red() < 255 else 254)
        nudged.setPixelColor(100 + i, 128, colour)
    assert image_difference(base, nudged) == (1, 12)
    other = base.convertToFormat(QImage.Format.Format_ARGB32)
    other.fill(QColor("white"))
    largest, differing = image_difference(base, other)
    assert largest > PIXEL_TOLERANCE and differing > 256 * 256 // 100


def test_the_application_icon_has_every_size(qapp):
    from noteapp.ui.app import ICON_SIZES as APP_SIZES
    from noteapp.ui.app import app_icon

    icon = app_icon()
    assert APP_SIZES == ICON_SIZES
    assert sorted(s.width() for s in icon.availableSizes()) == list(ICON_SIZES)
    assert icon.pixmap(48).width() == 48


def test_the_command_icon_masks_are_their_svgs_rendered_by_the_script(qapp):
    sys.path.insert(0, str(PROJECT / "packaging"))
    try:
        from render_icons import ACTION_SIZES, render_action
    finally:
        sys.path.remove(str(PROJECT / "packaging"))
    from PySide6.QtGui import QImage

    from noteapp.ui.icons import MASK_SIZES

    assert tuple(ACTION_SIZES) == MASK_SIZES
    folder = PROJECT / "resources" / "icons" / "actions"
    svgs = sorted(folder.glob("*.svg"))
    assert len(svgs) >= 10
    for svg in svgs:
        for size in (20, 40):
            png = QImage(str(folder / "png" / f"{svg.stem}-{size}.png"))
            assert png.colorCount() == 256, "a mask is an 8-bit image with a colour table"
            largest, differing = image_difference(png, render_action(svg, size))
            assert largest <= PIXEL_TOLERANCE and differing <= 16, (
                f"{svg.stem}-{size}.png is stale: run `make icons`"
            )
