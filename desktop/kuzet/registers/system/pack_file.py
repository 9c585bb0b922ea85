"""Reading a rule pack from a file an officer brings: a ZIP of a pack folder, or the folder.

A ZIP may hold only the pack's TOML files (``pack.toml`` and the rule files), at its top
or in one folder; anything else inside (another kind of file, a sub-folder, a path that
climbs out with ``..`` or starts at the root, a link) refuses the whole file, so nothing
is ever unpacked outside it. Sizes are bounded before anything is read. The SHA-256 shown
to the officer and kept with the pack is the ZIP file's own (what a regulator or the
vendor can publish beside it); for a folder, ``pack_digest`` of its files.
"""

from __future__ import annotations

import hashlib
import io
import stat
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from ...i18n import tr
from ...regime.rulepack import pack_digest
from ..errors import RegisterError

MAX_ZIP_BYTES = 20 * 1024 * 1024
MAX_FILE_BYTES = 4 * 1024 * 1024
MAX_TOTAL_BYTES = 16 * 1024 * 1024
MAX_FILES = 200


class PackFileRefused(RegisterError):
    """The file is not a rule pack Kuzet will read; nothing was changed."""


@dataclass(frozen=True)
class PackFile:
    name: str  # the file or folder's name (no directories: it goes in the trail)
    sha256: str
    files: dict[str, str]  # file name -> TOML text


def read_pack_file(path: Path) -> PackFile:
    """The pack's files from ``path`` (a ``.zip`` or a folder); ``PackFileRefused``."""
    path = Path(path)
    if path.is_dir():
        return _read_folder(path)
    if not path.is_file():
        raise PackFileRefused(tr("{path}: no such file or folder").format(path=path))
    zip_name = path.name
    if not zipfile.is_zipfile(path):
        raise PackFileRefused(
            tr("{name}: not a ZIP file (a rule pack comes as a ZIP of its folder)").format(
                name=zip_name
            )
        )
    if path.stat().st_size > MAX_ZIP_BYTES:
        raise PackFileRefused(
            tr("{name}: larger than {mb} MB, too large for a rule pack").format(
                name=zip_name, mb=MAX_ZIP_BYTES // (1024 * 1024)
            )
        )
    data = path.read_bytes()
    files = _read_zip(zip_name, data)
    return PackFile(zip_name, hashlib.sha256(data).hexdigest(), files)


def _read_folder(folder: Path) -> PackFile:
    files: dict[str, str] = {}
    total = 0
    for item in sorted(folder.glob("*.toml")):
        size = item.stat().st_size
        total += size
        if size > MAX_FILE_BYTES or total > MAX_TOTAL_BYTES:
            raise PackFileRefused(_too_large(item.name))
        files[item.name] = _text(item.name, item.read_bytes())
    if not files:
        raise PackFileRefused(tr("{name}: no rule files (*.toml) in it").format(name=folder.name))
    return PackFile(folder.name, pack_digest(files), files)


def _read_zip(zip_name: str, data: bytes) -> dict[str, str]:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError) as exc:
        raise PackFileRefused(f"{zip_name}: {exc}") from None
    with archive:
        entries = archive.infolist()
        if len(entries) > MAX_FILES:
            raise PackFileRefused(
                tr("{name}: more than {count} entries, too many for a rule pack").format(
                    name=zip_name, count=MAX_FILES
                )
            )
        chosen = _pack_entries(zip_name, entries)
        total = sum(info.file_size for info in chosen.values())
        if total > MAX_TOTAL_BYTES:
            raise PackFileRefused(_too_large(zip_name))
        files: dict[str, str] = {}
        for name, info in chosen.items():
            if info.file_size > MAX_FILE_BYTES:
                raise PackFileRefused(_too_large(info.filename))
            try:
                with archive.open(info) as handle:
                    raw = handle.read(MAX_FILE_BYTES + 1)
            except (zipfile.BadZipFile, OSError, RuntimeError, ValueError) as exc:
                raise PackFileRefused(f"{zip_name}: {info.filename}: {exc}") from None
            if len(raw) > MAX_FILE_BYTES:  # the header understated the size
                raise PackFileRefused(_too_large(info.filename))
            files[name] = _text(info.filename, raw)
    if not files:
        raise PackFileRefused(tr("{name}: no rule files (*.toml) in it").format(name=zip_name))
    return files


def _pack_entries(zip_name: str, entries: list[zipfile.ZipInfo]) -> dict[str, zipfile.ZipInfo]:
    """The TOML files by name; every other entry refuses the file, naming it."""
    chosen: dict[str, zipfile.ZipInfo] = {}
    folders: set[str] = set()
    for info in entries:
        name = info.filename
        parts = PurePosixPath(name).parts
        unsafe = (
            "\\" in name
            or name.startswith("/")
            or (len(name) > 1 and name[1] == ":")
            or any(part in ("..", ".") for part in parts)
            or not parts
        )
        if unsafe:
            raise PackFileRefused(_refused(zip_name, name, tr("a path outside the pack")))
        if stat.S_ISLNK(info.external_attr >> 16):
            raise PackFileRefused(_refused(zip_name, name, tr("a link")))
        if info.is_dir():
            if len(parts) > 1:
                raise PackFileRefused(_refused(zip_name, name, tr("a folder inside the folder")))
            folders.add(parts[0])
            continue
        if len(parts) > 2:
            raise PackFileRefused(_refused(zip_name, name, tr("a file inside a sub-folder")))
        if not parts[-1].endswith(".toml"):
            raise PackFileRefused(_refused(zip_name, name, tr("not a rule file (*.toml)")))
        if len(parts) == 2:
            folders.add(parts[0])
        if parts[-1] in chosen:
            raise PackFileRefused(_refused(zip_name, name, tr("the same file twice")))
        chosen[parts[-1]] = info
    top_level = any(len(PurePosixPath(i.filename).parts) == 1 for i in chosen.values())
    if len(folders) > 1 or (folders and top_level):
        raise PackFileRefused(
            tr("{name}: holds more than one folder; a rule pack is one folder").format(
                name=zip_name
            )
        )
    return chosen


def _text(name: str, raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise PackFileRefused(tr("{name}: not UTF-8 text").format(name=name)) from None


def _too_large(name: str) -> str:
    return tr("{name}: too large for a rule pack").format(name=name)


def _refused(zip_name: str, entry: str, why: str) -> str:
    return tr("{zip}: refused: {entry!r} is {why}; a rule pack holds only its .toml files").format(
        zip=zip_name, entry=entry, why=why
    )
