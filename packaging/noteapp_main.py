"""The bundle's entry point (PyInstaller runs this script): the same as ``noteapp``."""

from noteapp.cli import main

raise SystemExit(main())
