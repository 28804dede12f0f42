"""The Qt-free core: loading, parsing and editing notes. Nothing here imports PySide6."""
