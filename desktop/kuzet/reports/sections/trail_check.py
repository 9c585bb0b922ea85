"""The audit-trail verification for the pack, run in a separate process while the other
sections are read and laid out.

``store.verify.verify`` recomputes every hash and compares every register row with its last
recorded state: on 130,000 entries it costs about as much as laying out 100,000 table
rows. It only reads, through its own connection, so it runs beside the build in a child
Python (``python -m kuzet.reports.sections.trail_check DATABASE``, which prints the report
as JSON) and the trail section waits for it only when the layout reaches it. A frozen build
has no separate interpreter to start: there, and if the child cannot start, it runs
in-process. A cancelled or failed pack stops the child.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from kuzet.progress import Progress
from kuzet.store.verify import VerifyReport, verify

POLL_SECONDS = 0.05


def verify_file(database: Path) -> VerifyReport:
    from kuzet.store.db import make_engine

    engine = make_engine(database)
    try:
        return verify(engine)
    finally:
        engine.dispose()


def report_json(report: VerifyReport) -> str:
    return json.dumps(
        {
            "entries": report.entries,
            "rows": report.rows,
            "head_hash": report.head_hash,
            "problems": report.problems,
        }
    )


def report_from_json(text: str) -> VerifyReport:
    data = json.loads(text)
    return VerifyReport(data["entries"], data["rows"], data["head_hash"], list(data["problems"]))


class TrailCheck:
    """Starts the verification of ``database``; ``report(progress)`` waits for it."""

    def __init__(self, database: Path, in_process: bool | None = None) -> None:
        self.database = database
        self._report: VerifyReport | None = None
        self._child: subprocess.Popen[str] | None = None
        if in_process is None:
            in_process = bool(getattr(sys, "frozen", False))
        if not in_process:
            self._start()

    def _start(self) -> None:
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in sys.path if p))
        try:
            self._child = subprocess.Popen(
                [sys.executable, "-m", __name__, str(self.database)],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                stdin=subprocess.DEVNULL,
                text=True,
                env=env,
                creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),  # no console flash
            )
        except OSError:
            self._child = None

    @property
    def in_child(self) -> bool:
        return self._child is not None

    def report(self, progress: Progress) -> VerifyReport:
        """The verification report (waiting for the child, honouring a cancel)."""
        if self._report is not None:
            return self._report
        child = self._child
        if child is None:
            progress.check()
            self._report = verify_file(self.database)
            return self._report
        try:
            while True:
                try:
                    out, err = child.communicate(timeout=POLL_SECONDS)  # reads as it waits
                    break
                except subprocess.TimeoutExpired:
                    progress.check()
        finally:
            self.close()
        if child.returncode != 0:
            last = (err.strip().splitlines() or ["no message"])[-1]
            raise RuntimeError(f"the audit-trail verification failed: {last}")
        self._report = report_from_json(out)
        return self._report

    def close(self) -> None:
        """Stop the child if it still runs."""
        child, self._child = self._child, None
        if child is not None and child.poll() is None:
            child.kill()
            child.communicate()


def main(argv: list[str]) -> int:  # pragma: no cover - runs in the child
    print(report_json(verify_file(Path(argv[0]))))
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main(sys.argv[1:]))
