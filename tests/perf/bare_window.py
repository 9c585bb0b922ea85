"""A bare PySide6 main window, started the way ``kuzet gui --exit-after-show`` starts.

Prints the milliseconds from process start to the window's first paint, then exits.
"""

from __future__ import annotations

import sys

from kuzet import startup  # stdlib only: the same clock Kuzet uses

startup.mark()

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow  # noqa: E402


class Watcher(QObject):
    done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.done and event.type() in (QEvent.Type.Paint, QEvent.Type.Expose):
            self.done = True
            print(f"{startup.elapsed_ms():.0f}", flush=True)
            QTimer.singleShot(0, app.quit)
        return False


app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("bare")
window.resize(1280, 800)
watcher = Watcher()
window.installEventFilter(watcher)
window.show()
sys.exit(app.exec())
