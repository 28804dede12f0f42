#!/bin/sh
# Menu entry, icons and AppStream file for a noteapp bundle (Linux desktops).
#
#   install-desktop.sh [BUNDLE]     for the current user, in ${XDG_DATA_HOME:-~/.local/share}:
#                                   the entry starts BUNDLE/noteapp (absolute path)
#   install-desktop.sh --uninstall  removes what the line above installed
#   install-desktop.sh --bundle B   (make dist) puts share/ into bundle B: hicolor icons,
#                                   applications/, metainfo/ (as shipped: Exec=noteapp), and
#                                   a copy of this script, so a copied bundle installs itself
#
# BUNDLE defaults to this script's folder when it sits in a bundle, else dist/noteapp.
set -eu

APP_ID=io.github.noteapp.NoteApp
SIZES="16 32 48 64 128 256"
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}

# The files as shipped: from a bundle's share/, or from the source tree's resources/.
source_files() {  # $1: bundle or "" -> sets desktop, metainfo, svg, png_dir, png_name
    if [ -n "$1" ] && [ -f "$1/share/applications/$APP_ID.desktop" ]; then
        desktop=$1/share/applications/$APP_ID.desktop
        metainfo=$1/share/metainfo/$APP_ID.metainfo.xml
        svg=$1/share/icons/hicolor/scalable/apps/$APP_ID.svg
        png_dir=$1/share/icons/hicolor; png_name=apps/$APP_ID.png
    else
        res=$here/../resources
        desktop=$res/linux/$APP_ID.desktop
        metainfo=$res/linux/$APP_ID.metainfo.xml
        svg=$res/icons/noteapp.svg
        png_dir=$res/icons; png_name=
    fi
}

png_for() {  # $1: size
    if [ -n "$png_name" ]; then echo "$png_dir/${1}x${1}/$png_name"; else echo "$png_dir/noteapp-$1.png"; fi
}

# Put the share/ tree under $1 (a bundle's share/ or the user's data folder); $2: the Exec
# line's program (the desktop file keeps "noteapp %F" when empty).
install_share() {
    for size in $SIZES; do
        mkdir -p "$1/icons/hicolor/${size}x${size}/apps"
        cp "$(png_for "$size")" "$1/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
    done
    mkdir -p "$1/icons/hicolor/scalable/apps" "$1/applications" "$1/metainfo"
    cp "$svg" "$1/icons/hicolor/scalable/apps/$APP_ID.svg"
    cp "$metainfo" "$1/metainfo/$APP_ID.metainfo.xml"
    if [ -n "$2" ]; then
        # Desktop Entry quoting: the path in double quotes with ", `, $ and \ escaped;
        # then escaped once more for sed's replacement text.
        exe=$(printf '%s' "$2" | sed 's/[\\"`$]/\\&/g' | sed 's/[\\&|]/\\&/g')
        sed "s|^Exec=noteapp |Exec=\"$exe\" |" "$desktop" >"$1/applications/$APP_ID.desktop"
    else
        cp "$desktop" "$1/applications/$APP_ID.desktop"
    fi
}

refresh_caches() {
    command -v update-desktop-database >/dev/null && update-desktop-database -q "$data/applications" || true
    command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
}

case "${1:-}" in
--bundle)
    bundle=$(cd "${2:?--bundle needs the bundle folder}" && pwd)
    source_files ""
    install_share "$bundle/share" ""
    cp "$0" "$bundle/install-desktop.sh"
    chmod +x "$bundle/install-desktop.sh"
    echo "install-desktop: share/ (icons, desktop entry, metainfo) in $bundle"
    ;;
--uninstall)
    rm -f "$data/applications/$APP_ID.desktop" "$data/metainfo/$APP_ID.metainfo.xml" \
        "$data/icons/hicolor/scalable/apps/$APP_ID.svg"
    for size in $SIZES; do rm -f "$data/icons/hicolor/${size}x${size}/apps/$APP_ID.png"; done
    refresh_caches
    echo "install-desktop: removed noteapp's menu entry and icons from $data"
    ;;
-h | --help)
    sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'
    ;;
*)
    if [ -n "${1:-}" ]; then bundle=$1
    elif [ -x "$here/noteapp" ]; then bundle=$here
    else bundle=$here/../dist/noteapp
    fi
    [ -x "$bundle/noteapp" ] || { echo "install-desktop: no bundle at $bundle (make dist)" >&2; exit 1; }
    bundle=$(cd "$bundle" && pwd)
    source_files "$bundle"
    install_share "$data" "$bundle/noteapp"
    refresh_caches
    echo "install-desktop: menu entry $data/applications/$APP_ID.desktop -> $bundle/noteapp"
    echo "(remove with: $0 --uninstall)"
    ;;
esac
