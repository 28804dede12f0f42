"""noteapp: a desktop meeting-capture editor for front-matter Markdown notes."""

__version__ = "0.1.0"
