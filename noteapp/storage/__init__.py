"""Files on disk: atomic saves, the workspace, settings (no Qt)."""
