"""The peak memory of a command, measured from a small Python that starts it.

Linux keeps a process's peak resident size across ``fork`` and ``exec``, so a command
started straight from the test process would report at least the test process's own size.
A small launcher starts the command instead and reads its peak with ``os.wait4``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

_LAUNCHER = """
import os, subprocess, sys
child = subprocess.Popen(sys.argv[1:])
_, status, usage = os.wait4(child.pid, 0)
sys.stderr.write(f"\\nPEAK_KB={usage.ru_maxrss} EXIT={os.waitstatus_to_exitcode(status)}\\n")
"""


@dataclass(frozen=True)
class Run:
    exit_code: int
    stdout: str
    stderr: str
    peak_mb: float


def run_measured(
    command: Sequence[str], env: Mapping[str, str] | None = None, timeout: float = 1800
) -> Run:
    """Run ``command``; its exit code, output and peak resident memory in MB."""
    done = subprocess.run(
        [sys.executable, "-c", _LAUNCHER, *command],
        capture_output=True,
        text=True,
        env=dict(env) if env is not None else dict(os.environ),
        timeout=timeout,
    )
    stderr, _, tail = done.stderr.rpartition("\nPEAK_KB=")
    peak_kb, _, exit_code = tail.strip().partition(" EXIT=")
    return Run(int(exit_code), done.stdout, stderr, int(peak_kb) / 1024)
