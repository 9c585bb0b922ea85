"""Reading list XML as a stream: one record element at a time, in bounded memory.

A consolidated list can run to hundreds of megabytes. ``XmlStream`` reads the file in
small blocks through ``defusedxml``'s ``iterparse`` (DTDs, entity declarations and external
references still forbidden, so a billion-laughs or XXE file is refused before anything is
expanded or fetched), hands each record element to the parser once it is complete, and
then drops it from the tree, so memory holds one record and the path to it, not the file.
The SHA-256 of the file's bytes is computed on the way through.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO
from xml.etree.ElementTree import Element

from defusedxml.ElementTree import iterparse

from kuzet.screening.entries import ListFormatError
from kuzet.screening.listfiles import PathLike, local_name, strip_namespaces, xml_refusal

RecordTest = Callable[[tuple[str, ...]], bool]


class _HashingReader:
    """A binary file whose bytes are hashed as the parser reads them."""

    def __init__(self, handle: BinaryIO) -> None:
        self._handle = handle
        self.digest = hashlib.sha256()

    def read(self, size: int = -1) -> bytes:
        data = self._handle.read(size)
        self.digest.update(data)
        return data


class XmlStream:
    """One list file read once, front to back.

    ``root()`` gives the root element as soon as its start tag is read (its tag and
    attributes only); ``records(test)`` yields, with its path of tags from the root, every
    complete element whose path passes ``test``, and removes it from the tree once the
    caller has moved on. ``sha256`` is known once the records are exhausted. With
    ``local_names`` tags are compared and returned without their ``{namespace}``.
    """

    def __init__(self, path: PathLike, *, local_names: bool = False) -> None:
        self.path = Path(path)
        self.name = self.path.name
        self._local = local_names
        try:
            self._handle = self.path.open("rb")
        except FileNotFoundError:
            raise ListFormatError(f"{self.name}: file not found ({self.path})") from None
        except OSError as exc:
            raise ListFormatError(f"{self.name}: cannot be read: {exc.strerror or exc}") from None
        self._reader = _HashingReader(self._handle)
        self._events = iterparse(
            self._reader,
            events=("start", "end"),
            forbid_dtd=True,
            forbid_entities=True,
            forbid_external=True,
        )
        self._root: Element | None = None
        self._sha256 = ""

    def _next(self) -> tuple[str, Element] | None:
        try:
            return next(self._events)
        except StopIteration:
            return None
        except Exception as exc:
            refusal = xml_refusal(exc, self.name)
            if refusal is None:
                raise
            self.close()
            raise refusal from None

    def _tag(self, element: Element) -> str:
        tag = element.tag if isinstance(element.tag, str) else ""
        return local_name(tag) if self._local else tag

    def root(self) -> Element:
        """The root element as its start tag reads: tag and attributes, no children yet."""
        if self._root is None:
            event = self._next()
            if event is None:
                raise ListFormatError(f"{self.name}: the file is empty")
            self._root = event[1]
            if self._local:
                self._root.tag = self._tag(self._root)
        return self._root

    def records(self, test: RecordTest) -> Iterator[tuple[tuple[str, ...], Element]]:
        """Every complete element whose path passes ``test``. Elements outside a record
        are dropped as soon as they close, so nothing but records is ever kept."""
        root = self.root()
        stack: list[Element] = [root]
        tags: list[str] = [root.tag]
        inside: list[bool] = [False]  # per open element: is it, or is it in, a record?
        try:
            while (event := self._next()) is not None:
                kind, element = event
                if kind == "start":
                    stack.append(element)
                    tags.append(self._tag(element))
                    inside.append(inside[-1] or test(tuple(tags)))
                    continue
                path = tuple(tags)
                stack.pop()
                tags.pop()
                kept = inside.pop()
                if not stack or (kept and inside[-1]):
                    continue  # the root, or a part of a record still being read
                if kept:
                    if self._local:
                        strip_namespaces(element)
                    yield path, element
                stack[-1].remove(element)  # done with: free it
            while self._reader.read(1 << 20):
                pass
            self._sha256 = self._reader.digest.hexdigest()
        finally:
            self.close()

    @property
    def sha256(self) -> str:
        if not self._sha256:
            raise RuntimeError("the hash is known once every record has been read")
        return self._sha256

    def close(self) -> None:
        self._handle.close()
