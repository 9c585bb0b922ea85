"""Private scratch folders: where unencrypted copies live while a command works.

A backup's database snapshot, a restore's extracted archive and a "with evidence" ZIP
being written hold records (or decrypted documents) in the clear. They are made in
``<folder>/.kuzet-scratch/<kind>-<pid>-<random>/`` (0700, files 0600) beside the database
or under the data directory, removed on every exit path (``private_folder``) and, if the
process was killed, swept by the next Kuzet that starts there (``sweep``): a scratch
folder whose process is gone is deleted, together with the partial files it was writing
elsewhere (listed in its ``outside.txt``).

A result is moved to its destination with ``move_into``: ``os.replace`` on the same
filesystem; otherwise it is copied to a ``.part`` file beside the destination that the
scratch folder lists (so a kill leaves it for the next sweep) and renamed.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

ROOT_NAME = ".kuzet-scratch"
OUTSIDE = "outside.txt"
_CHUNK = 1 << 20


def scratch_root(folder: Path) -> Path:
    """The private scratch root in ``folder`` (created 0700)."""
    root = Path(folder) / ROOT_NAME
    root.mkdir(mode=0o700, parents=True, exist_ok=True)
    with contextlib.suppress(OSError):
        os.chmod(root, 0o700)
    return root


@contextlib.contextmanager
def private_folder(folder: Path, kind: str) -> Iterator[Path]:
    """A new 0700 scratch folder under ``folder``; removed when the block ends, however."""
    sweep(folder)
    path = Path(tempfile.mkdtemp(prefix=f"{kind}-{os.getpid()}-", dir=scratch_root(folder)))
    try:
        yield path
    finally:
        _remove(path)
        with contextlib.suppress(OSError):
            Path(folder, ROOT_NAME).rmdir()  # only if empty


def sweep(folder: Path) -> list[Path]:
    """Delete the scratch folders in ``folder`` left by processes that are gone."""
    root = Path(folder) / ROOT_NAME
    if not root.is_dir():
        return []
    removed = []
    for path in sorted(root.iterdir()):
        pid = _owner(path.name)
        if pid is not None and alive(pid):
            continue
        _remove(path)
        removed.append(path)
    with contextlib.suppress(OSError):
        root.rmdir()
    return removed


def move_into(source: Path, target: Path, scratch: Path) -> Path:
    """Move the finished ``source`` (in ``scratch``) to ``target``, never leaving a part."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.replace(source, target)
        return target
    except OSError as exc:
        if exc.errno != 18:  # EXDEV: another filesystem
            raise
    partial = target.with_name(f".{target.name}.{os.getpid()}.part")
    with open(scratch / OUTSIDE, "a", encoding="utf-8") as note:
        note.write(f"{partial}\n")
        note.flush()
        os.fsync(note.fileno())
    try:
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with open(source, "rb") as src, os.fdopen(fd, "wb") as dst:
            shutil.copyfileobj(src, dst, _CHUNK)
            dst.flush()
            os.fsync(dst.fileno())
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return target


def _owner(name: str) -> int | None:
    parts = name.split("-")
    return int(parts[1]) if len(parts) > 2 and parts[1].isdigit() else None


def alive(pid: int) -> bool:
    """True while process ``pid`` runs (on Windows: assumed true)."""
    if pid == os.getpid():
        return True
    if os.name != "posix":
        return True  # os.kill would end it there; a later start on POSIX or by hand sweeps
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def _remove(path: Path) -> None:
    note = path / OUTSIDE
    if note.is_file():
        for line in note.read_text(encoding="utf-8").splitlines():
            if line.strip():
                Path(line.strip()).unlink(missing_ok=True)
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)
