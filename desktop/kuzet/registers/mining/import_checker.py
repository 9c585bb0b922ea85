"""A second process that reads and checks a large import file while this one writes.

Reading, checking and converting a million rows is Python work; inserting them is
SQLite's. Done one after the other they add up; on two cores they overlap: a checker
process (``multiprocessing``, spawned, so nothing of the window is copied into it) reads
the file and parses every row exactly as ``import_reader`` does in-process (the same
parser, built by the job's ``make_parse``), and sends the good rows in chunks through a
pipe; this process writes each chunk in the caller's transaction as it arrives. The pipe
holds little, so the checker is never more than a chunk or two ahead.

The checker only ever says "all good" or "a bad row": on a bad row it stops, and the
caller checks the file again in-process, which names every problem (line, column,
reason, in the officer's language) and rejects the file, so the transaction and what was
written in it roll back. If the checker cannot start, the import runs in-process.
Small files are checked in-process: starting a process costs more than it saves.
"""

from __future__ import annotations

import multiprocessing
from multiprocessing.connection import Connection
from typing import Any

from ... import collector
from ...i18n import tr
from ...store.bulk import BulkWriter
from ..errors import ImportRejected
from . import import_reader

FROM_LINES = 50_000  # files with fewer lines are checked in-process
BAD_ROWS = object()  # the checker found a bad row (or no data row): check in-process
UNAVAILABLE = object()  # no checker process: import in-process


def check_elsewhere(job: import_reader.CheckJob, out: Connection) -> None:
    """The checker process: read and parse ``job.path``; send ``("rows", parsed,
    rows read)`` per chunk, then ``("done", rows read, repeated in the file)``, or
    ``("bad",)`` at the first bad row, or ``("error", text)``."""
    try:
        with collector.paused():
            reader = import_reader.RowReader(
                job.path, job.fields, job.required, job.mapping, job.today
            )
            parse = job.make_parse(reader, job.context)
            seen: set[tuple[Any, str]] = set()
            chunk: list[import_reader.Parsed] = []
            rows = repeated = 0
            for _line, values in reader:
                rows += 1
                try:
                    parsed = parse(reader, values)
                except import_reader.BadValue:
                    out.send(("bad",))
                    return
                pair = (parsed[0], parsed[1])
                if pair in seen:
                    repeated += 1
                    continue
                seen.add(pair)
                chunk.append(parsed)
                if len(chunk) >= import_reader.CHUNK:
                    out.send(("rows", chunk, rows))
                    chunk = []
            if rows == 0:
                out.send(("bad",))
                return
            out.send(("rows", chunk, rows))
            out.send(("done", rows, repeated))
    except ImportRejected:  # bad text (a control character, a field too long): the
        out.send(("bad",))  # in-process check names every problem with its line and field
    except Exception as exc:
        out.send(("error", f"{type(exc).__name__}: {exc}"))
    finally:
        out.close()


def import_checked_elsewhere(
    job: import_reader.CheckJob,
    reader: import_reader.RowReader,
    writer: BulkWriter,
    exists: import_reader.Exists,
    progress: Any,
) -> Any:
    """Write the rows a checker process sends; an ``Outcome``, ``BAD_ROWS`` or
    ``UNAVAILABLE``. A cancel (raised by ``progress``) stops the checker too."""
    name = reader.path.name
    context = multiprocessing.get_context("spawn")
    receive, send = context.Pipe(duplex=False)
    checker = context.Process(
        target=check_elsewhere, args=(job, send), name="kuzet-import-checker", daemon=True
    )
    try:
        checker.start()
    except Exception:
        receive.close()
        send.close()
        return UNAVAILABLE
    send.close()
    ids: list[int] = []
    skipped = 0
    progress.step(0, reader.total, tr("Checking {name}").format(name=name))
    try:
        while True:
            try:
                message = receive.recv()
            except EOFError:
                if not ids and not skipped:
                    return UNAVAILABLE  # it died before sending anything: do it here
                raise RuntimeError(
                    tr("the checker process stopped unexpectedly; nothing was imported")
                ) from None
            kind = message[0]
            if kind == "rows":
                written, already = import_reader.write_new(message[1], writer, exists)
                ids.extend(written)
                skipped += already
                rows = message[2]
                progress.step(
                    rows,
                    reader.total,
                    tr("{name}: {rows} rows").format(name=name, rows=f"{rows:,}"),
                )
            elif kind == "done":
                rows, repeated = message[1], message[2]
                progress.step(
                    rows, rows, tr("{name}: {rows} rows checked").format(name=name, rows=rows)
                )
                return len(ids), skipped + repeated, rows, ids
            elif kind == "bad":
                return BAD_ROWS
            else:
                raise RuntimeError(message[1])
    finally:
        receive.close()
        if checker.is_alive():
            checker.kill()
        checker.join()
