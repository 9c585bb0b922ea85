"""Issue #16 item 12: an XLSX zip bomb is refused from its declared sizes, in flat memory.

The bomb is a real, valid ZIP archive (CRC and all): its sheet is 2 GiB of spreadsheet
rows deflated to about 6 MB. It goes through the real ``kuzet import customers`` in a
subprocess whose peak memory is read with ``os.wait4``.
"""

from __future__ import annotations

import os
import struct
import sys
import zipfile
import zlib
from pathlib import Path

import openpyxl
import pytest

from kuzet.registers.errors import ImportRejected
from kuzet.registers.tabular import read_rows, write_table
from kuzet.registers.zip_guard import MAX_RATIO, archive_problem
from support.officers import OFFICER_ENV
from support.peak_memory import run_measured

GIB = 1024**3
_ROW = b'<row><c t="inlineStr"><is><t>Zip bomb row</t></is></c></row>'


def _deflated_repeat(block: bytes, times: int) -> tuple[bytes, int]:
    """Raw deflate of ``block`` repeated ``times`` (each copy after a full flush compresses
    to the same bytes), and the CRC-32 of the expanded data."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    piece = compressor.compress(block) + compressor.flush(zlib.Z_FULL_FLUSH)
    crc = 0
    for _ in range(times):
        crc = zlib.crc32(block, crc)
    return piece * times + compressor.flush(zlib.Z_FINISH), crc


def _write_zip(path: Path, members: list[tuple[str, bytes, int, int]]) -> None:
    """A ZIP of (name, deflated data, CRC, expanded size) members, written by hand so that a
    member can be far larger expanded than anything this test ever holds in memory."""
    body, directory = b"", b""
    for name, data, crc, size in members:
        encoded = name.encode()
        fields = (20, 0, 8, 0, 0x21, crc, len(data), size, len(encoded), 0)
        local = struct.pack("<IHHHHHIIIHH", 0x04034B50, *fields)
        directory += struct.pack(
            "<IHHHHHHIIIHHHHHII", 0x02014B50, 20, *fields, 0, 0, 0, 0, len(body)
        )
        directory += encoded
        body += local + encoded + data
    end = struct.pack(
        "<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), len(directory), len(body), 0
    )
    path.write_bytes(body + directory + end)


def _bomb(path: Path, sheet_bytes: int) -> Path:
    """A workbook made by openpyxl whose first sheet is replaced by ``sheet_bytes`` of rows."""
    template = path.with_name("template.xlsx")
    book = openpyxl.Workbook()
    book.active.append(["full_name"])
    book.save(template)
    members = []
    with zipfile.ZipFile(template) as source:
        for info in source.infolist():
            if info.filename == "xl/worksheets/sheet1.xml":
                continue
            raw = source.read(info)
            compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
            deflated = compressor.compress(raw) + compressor.flush()
            members.append((info.filename, deflated, zlib.crc32(raw), len(raw)))
    block = (_ROW * ((1 << 24) // len(_ROW) + 1))[: 1 << 24]  # 16 MiB of rows
    data, crc = _deflated_repeat(block, sheet_bytes // len(block))
    members.append(("xl/worksheets/sheet1.xml", data, crc, sheet_bytes))
    _write_zip(path, members)
    return path


def test_bomb_is_a_valid_archive_declaring_gigabytes(tmp_path) -> None:
    bomb = _bomb(tmp_path / "customers.xlsx", 2 * GIB)
    assert bomb.stat().st_size < 8 * 1024 * 1024  # 2 GiB in under 8 MB
    with zipfile.ZipFile(bomb) as archive:
        sheet = archive.getinfo("xl/worksheets/sheet1.xml")
        assert sheet.file_size == 2 * GIB
        with archive.open(sheet) as handle:  # it really expands: read the first 64 MiB
            assert handle.read(64 * 1024 * 1024).startswith(_ROW)
        problem = archive_problem(archive)
    assert problem is not None and "2.0 GB" in problem and "zip bomb" in problem
    smaller = _bomb(tmp_path / "smaller.xlsx", 64 * 1024 * 1024)
    with zipfile.ZipFile(smaller) as archive:
        assert archive.testzip() is None  # every CRC is right: a real archive, not a lie


def test_bomb_refused_by_the_cli_with_flat_memory(tmp_path) -> None:
    bomb = _bomb(tmp_path / "customers.xlsx", 2 * GIB)
    env = {**os.environ, "KUZET_HOME": str(tmp_path / "home"), "QT_QPA_PLATFORM": "offscreen"}
    env.update(OFFICER_ENV)  # an import writes: the first run makes the firm's first officer
    kuzet = str(Path(sys.executable).with_name("kuzet"))
    run = run_measured(
        [kuzet, "--db", str(tmp_path / "k.sqlite"), "import", "customers", str(bomb)], env
    )
    assert run.exit_code == 1, run.stderr
    assert "customers.xlsx" in run.stderr and "zip bomb" in run.stderr
    assert "2.0 GB" in run.stderr and "Traceback" not in run.stderr
    assert run.peak_mb < 150, f"peak memory {run.peak_mb:.0f} MB"  # measured: about 100 MB


def test_high_ratio_member_under_the_total_is_refused(tmp_path) -> None:
    bomb = _bomb(tmp_path / "small.xlsx", 64 * 1024 * 1024)  # 64 MiB, far under the total
    with pytest.raises(ImportRejected) as caught:
        read_rows(bomb, ["full_name"])
    message = str(caught.value.problems[0])
    assert "small.xlsx" in message and "times" in message and f"at most {MAX_RATIO}" in message


def test_an_ordinary_large_export_is_read(tmp_path) -> None:
    path = tmp_path / "register.xlsx"
    rows = [(f"Customer {i}", f"{i:012d}", "2026-01-01", i * 1.5) for i in range(12_000)]
    write_table(path, ["full_name", "iin", "date", "amount"], rows)
    with zipfile.ZipFile(path) as archive:
        assert archive_problem(archive) is None
    read = read_rows(path, ["full_name", "iin"])
    assert len(read) == 12_000 and read[-1].get("full_name") == "Customer 11999"
