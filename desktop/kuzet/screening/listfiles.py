"""Reading list files: bytes and their hashes, text decoding, and safe XML.

Watchlist files are untrusted input. XML goes through ``defusedxml`` with DTDs, entity
declarations and external references all forbidden, so a billion-laughs or XXE file is
refused before anything is expanded or fetched. Decoding problems and malformed XML become
``ListFormatError`` naming the file and the line.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from pathlib import Path
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden
from defusedxml.ElementTree import fromstring

from kuzet.screening.entries import ListFormatError

PathLike = str | os.PathLike[str]


def read_bytes(path: PathLike) -> bytes:
    """The file's bytes, or a ``ListFormatError`` naming it if it cannot be read."""
    path = Path(path)
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise ListFormatError(f"{path.name}: file not found ({path})") from None
    except OSError as exc:
        raise ListFormatError(f"{path.name}: cannot be read: {exc.strerror or exc}") from None


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def combined_sha256(digests: Iterable[str]) -> str:
    """The hash of a multi-file list: SHA-256 of the files' hex digests joined by newlines."""
    return sha256_hex("\n".join(digests).encode("ascii"))


def decode_utf8(data: bytes, name: str) -> str:
    """UTF-8 text with or without a byte-order mark; the error names the line."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise ListFormatError(
            f"{name} line {line}: not UTF-8 text (byte 0x{data[exc.start]:02x} at offset "
            f"{exc.start}); save the file as UTF-8"
        ) from None


def parse_xml(data: bytes, name: str) -> Element:
    """Parse untrusted XML: no DTD, no entities, no external references, ever."""
    try:
        return fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except (DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden, ParseError) as exc:
        raise (xml_refusal(exc, name) or exc) from None


def xml_refusal(exc: BaseException, name: str) -> ListFormatError | None:
    """The officer's message for a refused or malformed XML file (``None``: not such a fault)."""
    if isinstance(exc, DTDForbidden):
        return ListFormatError(
            f"{name}: refused: the file declares a DTD (<!DOCTYPE ...>); Kuzet refuses DTDs "
            "and entity declarations in list files (they can expand without limit or read "
            "other files), so nothing was expanded or imported"
        )
    if isinstance(exc, EntitiesForbidden):
        return ListFormatError(
            f"{name}: refused: the file declares XML entities; Kuzet refuses entity "
            "declarations in list files, so nothing was expanded or imported"
        )
    if isinstance(exc, ExternalReferenceForbidden):
        return ListFormatError(
            f"{name}: refused: the file refers to an external resource; Kuzet never "
            "follows external references in list files"
        )
    if isinstance(exc, ParseError):
        line, column = getattr(exc, "position", (0, 0))
        return ListFormatError(f"{name} line {line}, column {column}: not well-formed XML")
    return None


def local_name(tag: str) -> str:
    """The tag without its ``{namespace}``."""
    return tag.rsplit("}", 1)[-1] if tag.startswith("{") else tag


def strip_namespaces(root: Element) -> Element:
    """Rewrite every tag to its local name in place, so paths work whatever the namespace."""
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.startswith("{"):
            element.tag = local_name(element.tag)
    return root


def text_of(element: Element | None) -> str:
    """The element's text with whitespace collapsed, or ``""``."""
    if element is None or element.text is None:
        return ""
    return " ".join(element.text.split())


def child_text(parent: Element, tag: str) -> str:
    return text_of(parent.find(tag))


def texts(parent: Element, path: str) -> list[str]:
    """Non-empty texts of every element at ``path`` under ``parent``."""
    return [t for t in (text_of(e) for e in parent.iterfind(path)) if t]
