"""Long work off the GUI thread, with a progress dialog that appears after 600 ms.

After Anki's ``taskman`` and ``progress``: the function runs in a worker thread with a
``kuzet.progress.Progress``; its reports reach a ``QProgressDialog`` through signals; Cancel
sets the flag, the function raises ``Cancelled`` at its next step, and its transaction
rolls back. Results and errors come back to the GUI thread through signals.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from ..i18n import tr
from ..progress import Cancelled, Progress
from .notify import warn
from .refusals import error_text

SHOW_AFTER_MS = 600


class _Signals(QObject):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


class _Runner(QRunnable):
    def __init__(self, work: Callable[[Progress], Any], signals: _Signals, progress: Progress):
        super().__init__()
        self.work = work
        self.signals = signals
        self.progress = progress
        self.setAutoDelete(False)

    def run(self) -> None:
        try:
            result = self.work(self.progress)
        except Cancelled:
            self.signals.cancelled.emit()
        except Exception as exc:  # shown to the user; nothing was committed
            self.signals.failed.emit(exc)
        else:
            self.signals.succeeded.emit(result)


class Task(QObject):
    """One background job. Keep a reference until ``finished`` fires (``run_task`` does)."""

    finished = Signal()

    def __init__(
        self,
        parent: QWidget,
        title: str,
        work: Callable[[Progress], Any],
        on_success: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.title = title
        self.on_success = on_success
        self.on_error = on_error
        self.done = False
        self.result: Any = None
        self.error: Exception | None = None
        self.was_cancelled = False
        self.signals = _Signals()
        self.progress = Progress(self._report)
        self.dialog = QProgressDialog(title, tr("Cancel"), 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(SHOW_AFTER_MS)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)
        self.signals.progressed.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self.signals.succeeded.connect(self._on_success, Qt.ConnectionType.QueuedConnection)
        self.signals.failed.connect(self._on_failure, Qt.ConnectionType.QueuedConnection)
        self.signals.cancelled.connect(self._on_cancelled, Qt.ConnectionType.QueuedConnection)
        self.runner = _Runner(work, self.signals, self.progress)

    def start(self) -> Task:
        self.dialog.setValue(0)
        QThreadPool.globalInstance().start(self.runner)
        return self

    def cancel(self) -> None:
        self.progress.cancel()
        self.dialog.setLabelText(tr("{title}: cancelling…").format(title=self.title))

    def _report(self, done: int, total: int, message: str) -> None:
        self.signals.progressed.emit(done, total, message)

    def _on_progress(self, done: int, total: int, message: str) -> None:
        if self.done:
            return
        self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(min(done, total) if total else 0)
        if message:
            self.dialog.setLabelText(message)

    def _finish(self) -> None:
        self.done = True
        self.dialog.reset()
        self.dialog.hide()
        self.dialog.deleteLater()
        self.finished.emit()

    def _on_success(self, result: Any) -> None:
        self.result = result
        self._finish()
        if self.on_success:
            self.on_success(result)

    def _on_failure(self, error: Exception) -> None:
        self.error = error
        self._finish()
        if self.on_error:
            self.on_error(error)
        else:
            warn(self.parent_widget, self.title, error_text(error))

    def _on_cancelled(self) -> None:
        self.was_cancelled = True
        self._finish()


_running: set[Task] = set()


def run_task(*task: Any, **callbacks: Any) -> Task:
    """Start ``Task(parent, title, work, on_success=None, on_error=None)``:
    ``work(progress)`` runs in the background, the callbacks on the GUI thread. The task
    is kept until it finishes."""
    started = Task(*task, **callbacks)
    _running.add(started)
    started.finished.connect(lambda: _running.discard(started))
    return started.start()
