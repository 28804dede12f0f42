"""Every keyboard shortcut in one place (Qt maps Ctrl to Cmd on macOS)."""

from __future__ import annotations

NEW = "Ctrl+N"
OPEN = "Ctrl+O"
SAVE = "Ctrl+S"
SAVE_AS = "Ctrl+Shift+S"
QUIT = "Ctrl+Q"
