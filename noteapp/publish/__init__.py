"""Where a note goes after the call: HackMD (its v1 API) and the site's git repository.

No Qt here: the window runs these in a worker thread, passing a ``threading.Event`` to
cancel and a callback for progress lines; the command line runs them directly.
"""
