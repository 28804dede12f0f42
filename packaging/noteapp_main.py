"""The bundle's entry point (PyInstaller runs this script): the same as ``noteapp``.

Two arguments only the bundle knows:

- ``--index-worker``: a worker process of the workspace index (the bundle has no
  ``python -m``; see noteapp/storage/archive/worker.py);
- ``--bundle-check``: draw the People panel's attendance plot offscreen, so the smoke
  test proves pyqtgraph and numpy (imported only when that panel opens) are bundled.
"""

import sys


def bundle_check() -> int:
    import datetime as dt
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import numpy
    import pyqtgraph
    from PySide6.QtWidgets import QApplication, QWidget

    from noteapp.storage.archive.attendance import MeetingCount
    from noteapp.ui.archive.plot import AttendancePlot

    app = QApplication(["noteapp"])
    parent = QWidget()
    plot = AttendancePlot(parent)
    if not plot.available:
        print(plot.widget.text(), file=sys.stderr)  # the reason pyqtgraph did not load
        return 1
    days = [dt.date(2024, 1, 10), dt.date(2024, 1, 24)]
    plot.show([MeetingCount("call", d, f"{d}.md", 2, ("Ada", "Bo")) for d in days], "Ada")
    parent.resize(400, 300)
    parent.show()
    app.processEvents()
    image = plot.widget.grab().toImage()
    if image.isNull() or len(plot.marked) != 2:
        print("the attendance plot did not draw", file=sys.stderr)
        return 1
    print(f"pyqtgraph {pyqtgraph.__version__}, numpy {numpy.__version__}: plot drawn")
    return 0


if sys.argv[1:] == ["--index-worker"]:
    from noteapp.storage.archive.worker import main
elif sys.argv[1:] == ["--bundle-check"]:
    main = bundle_check
else:
    from noteapp.cli import main

raise SystemExit(main())
