"""Sub-commands of ``noteapp`` that each need a module of their own (see noteapp/cli.py)."""
