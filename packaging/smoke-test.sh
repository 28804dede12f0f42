#!/bin/sh
# Smoke test of a built bundle (make dist runs it): smoke-test.sh dist/noteapp
#
# - `noteapp --version` prints the version of noteapp/__init__.py;
# - `noteapp new --template zarr --print` renders a template shipped in the bundle;
# - `noteapp export --to html` renders the sample note with cmark-gfm from the bundle;
# - the window opens a sample note made in a temporary workspace and exits 0 once painted
#   (offscreen; and on a real X server under Xvfb when xvfb-run is installed);
# - the bundle's desktop entry and AppStream metainfo validate (desktop-file-validate and
#   appstreamcli, Debian's desktop-file-utils and appstream: skipped when missing, except
#   under CI=true).
# Nothing touches the user's settings, workspace or recovery files.
set -eu

bundle=$(cd "${1:?usage: smoke-test.sh BUNDLE}" && pwd)
exe=$bundle/noteapp
root=$(cd "$(dirname "$0")/.." && pwd)
APP_ID=io.github.noteapp.NoteApp
tmp=$(mktemp -d "${TMPDIR:-/tmp}/noteapp-smoke.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
export NOTEAPP_CONFIG_DIR="$tmp/config" NOTEAPP_STATE_DIR="$tmp/state"
export NOTEAPP_WORKSPACE="$tmp/workspace" XDG_RUNTIME_DIR="$tmp/runtime"
mkdir -m 700 "$tmp/runtime"
cd "$tmp"  # nothing from the source tree can be picked up by accident

step() { printf 'smoke: %-44s' "$1"; }

step "--version"
want="noteapp $(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$root/noteapp/__init__.py")"
got=$("$exe" --version)
[ "$got" = "$want" ] || { echo "FAILED: printed '$got', expected '$want'"; exit 1; }
echo "$got"

step "new --template zarr (bundled template)"
"$exe" new --template zarr --dir "$tmp/notes" --date 2024-01-24 --print >"$tmp/new.out"
grep -q "^title: 24th January" "$tmp/new.out" || { echo "FAILED"; cat "$tmp/new.out"; exit 1; }
echo "ok"

step "sample note in a new workspace"
# With no file, noteapp creates the workspace from the bundled sample and opens it.
QT_QPA_PLATFORM=offscreen "$exe" --quit-after-load >"$tmp/first.log" 2>&1 \
    || { echo "FAILED"; cat "$tmp/first.log"; exit 1; }
note=$(find "$NOTEAPP_WORKSPACE" -name '*.md' | head -n 1)
[ -n "$note" ] || { echo "FAILED: no sample note in $NOTEAPP_WORKSPACE"; exit 1; }
echo "${note#"$tmp"/}"

step "export --to html (cmark-gfm in the bundle)"
"$exe" export --to html -o "$tmp/note.html" "$note" >"$tmp/export.log" 2>&1 \
    || { echo "FAILED (exit $?)"; cat "$tmp/export.log"; exit 1; }
grep -q "<h1" "$tmp/note.html" || { echo "FAILED: no heading in the HTML"; exit 1; }
echo "ok"

step "--quit-after-load NOTE (offscreen)"
QT_QPA_PLATFORM=offscreen "$exe" --quit-after-load "$note" >"$tmp/run.log" 2>&1 \
    || { echo "FAILED (exit $?)"; cat "$tmp/run.log"; exit 1; }
echo "exit 0"

step "index of 100 notes (worker processes)"
mkdir -p "$tmp/many/call"
for i in $(seq 100 199); do cp "$note" "$tmp/many/call/note-$i.md"; done
NOTEAPP_CACHE_DIR="$tmp/cache" "$exe" search --workspace "$tmp/many" --json meeting \
    >"$tmp/index.out" 2>&1 || { echo "FAILED"; cat "$tmp/index.out"; exit 1; }
grep -q '"path"' "$tmp/index.out" || { echo "FAILED: no hits"; cat "$tmp/index.out"; exit 1; }
echo "$(find "$tmp/many" -name '*.md' | wc -l) notes indexed"

step "attendance plot (pyqtgraph, numpy)"
"$exe" --bundle-check >"$tmp/plot.log" 2>&1 || { echo "FAILED"; cat "$tmp/plot.log"; exit 1; }
tail -n 1 "$tmp/plot.log"

if command -v xvfb-run >/dev/null; then
    step "--quit-after-load NOTE (xcb under Xvfb)"
    QT_QPA_PLATFORM=xcb xvfb-run -a "$exe" --quit-after-load "$note" >"$tmp/xcb.log" 2>&1 \
        || { echo "FAILED (exit $?)"; cat "$tmp/xcb.log"; exit 1; }
    echo "exit 0"
fi

validate() {  # $1: tool, then the command
    tool=$1; shift
    step "$tool"
    if ! command -v "$tool" >/dev/null; then
        if [ "${CI:-}" = "true" ]; then echo "FAILED: $tool missing (CI=true)"; exit 1; fi
        echo "skipped: not installed (apt-get install desktop-file-utils appstream)"
        return
    fi
    "$@" >"$tmp/validate.log" 2>&1 || { echo "FAILED"; cat "$tmp/validate.log"; exit 1; }
    echo "valid"
}
validate desktop-file-validate desktop-file-validate "$bundle/share/applications/$APP_ID.desktop"
validate appstreamcli appstreamcli validate --no-net "$bundle/share/metainfo/$APP_ID.metainfo.xml"
for size in 16 32 48 64 128 256; do
    [ -f "$bundle/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png" ] \
        || { echo "smoke: FAILED: no ${size}x${size} icon in $bundle/share"; exit 1; }
done
echo "smoke: passed"
