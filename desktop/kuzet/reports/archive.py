"""PDF/A-2b for records kept for years: the last step before a PDF is written.

reportlab lays the pages out; ``make_archival`` then opens the finished bytes with
``pikepdf`` (qpdf) and adds what ISO 19005-2 level B asks of them and reportlab leaves out:

- XMP metadata (``dc:title``, ``dc:creator``, ``dc:description``, ``xmp:CreateDate`` ...)
  made from the Info dictionary, so the two agree, with ``pdfaid:part`` 2 and
  ``pdfaid:conformance`` B;
- an sRGB output intent: the pages paint in DeviceRGB (and DeviceGray), which PDF/A
  accepts only against an output intent. The ICC profile is LittleCMS's built-in sRGB,
  made through Pillow (a reportlab dependency) rather than shipped: it carries no
  copyright ("No copyright, use freely"), and its header version is set to 4.2, the ISO
  15076-1 version PDF/A-2 names (LittleCMS stamps 4.4; the tags it writes are all v4.2 tags);
- the Print flag on every annotation (the contents' links print with the page);
- a document ID (kept from reportlab's, or made by qpdf when saving).

It refuses (``ArchiveError``) a PDF that uses a font it does not embed: a base-14
Helvetica sneaking in would make the file depend on the reader's fonts, and claiming
PDF/A for it would be false. The caller hashes the bytes this returns: the manifest's
SHA-256 is of the final file.

veraPDF, the reference validator, is a Java program not published in the package
registries this project installs from; ``tests/unit/reports/test_pack_archive.py`` checks
the parts above with pikepdf instead.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from functools import cache

import pikepdf
from pikepdf import Dictionary, Name, Pdf

SRGB_NAME = "sRGB IEC61966-2.1"
PRINT_FLAG = 4  # annotation flag bit 3: print the annotation with the page
_HIDDEN_FLAGS = 1 | 2 | 32  # Invisible, Hidden, NoView: not allowed in PDF/A
_PDFA_ICC_VERSION = bytes([4, 0x20, 0, 0])  # 4.2.0.0


class ArchiveError(ValueError):
    """The PDF cannot be made PDF/A as it is (a font is not embedded)."""


@cache
def srgb_profile() -> bytes:
    """The sRGB ICC profile of the output intent (monitor class, RGB, v4.2 header)."""
    from PIL import ImageCms

    data = bytearray(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())
    if bytes(data[8:12]) > _PDFA_ICC_VERSION:
        data[8:12] = _PDFA_ICC_VERSION
    return bytes(data)


def make_archival(data: bytes, *, lang: str | None = None) -> bytes:
    """``data`` (a PDF) as PDF/A-2b: XMP, output intent, printable annotations, an ID.

    The Info dictionary (title, author, subject, keywords, creator, producer, dates) is
    the source of the XMP, so set those when laying out. Raises ``ArchiveError`` if a font
    the pages use is not embedded."""
    with Pdf.open(io.BytesIO(data)) as pdf:
        missing = sorted(set(unembedded_fonts(pdf)))
        if missing:
            raise ArchiveError(
                "the PDF uses fonts that are not embedded, so it cannot be archive-grade "
                f"(PDF/A): {', '.join(missing)}"
            )
        _add_metadata(pdf, lang)
        _add_output_intent(pdf)
        _make_annotations_print(pdf)
        out = io.BytesIO()
        # qpdf keeps the first half of reportlab's /ID (and makes one if there is none);
        # reportlab's deflated streams are copied as they are, not inflated and redone.
        pdf.save(
            out,
            fix_metadata_version=False,
            compress_streams=True,
            stream_decode_level=pikepdf.StreamDecodeLevel.none,
        )
        return out.getvalue()


def _add_metadata(pdf: Pdf, lang: str | None) -> None:
    info = pdf.docinfo
    # /Trapped (reportlab writes /False) has no XMP twin that pikepdf maps; PDF/A wants
    # every Info entry mirrored in the XMP, so drop it (absent means "unknown").
    if "/Trapped" in info:
        del info["/Trapped"]
    with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta:
        meta.load_from_docinfo(info, delete_missing=False, raise_failure=True)
        keywords = str(info.get("/Keywords", "")).strip()
        if keywords:
            meta["dc:subject"] = {k for k in keywords.replace(",", " ").split() if k}
        if lang:
            meta["dc:language"] = {lang}
        meta["dc:format"] = "application/pdf"
        meta["pdfaid:part"] = "2"
        meta["pdfaid:conformance"] = "B"


def _add_output_intent(pdf: Pdf) -> None:
    profile = pdf.make_stream(srgb_profile())
    profile.N = 3
    profile.Alternate = Name.DeviceRGB
    intent = Dictionary(
        Type=Name.OutputIntent,
        S=Name.GTS_PDFA1,
        OutputConditionIdentifier=pikepdf.String(SRGB_NAME),
        Info=pikepdf.String(SRGB_NAME),
        RegistryName=pikepdf.String("http://www.color.org"),
        DestOutputProfile=profile,
    )
    pdf.Root.OutputIntents = pikepdf.Array([pdf.make_indirect(intent)])


def _make_annotations_print(pdf: Pdf) -> None:
    for page in pdf.pages:
        for annot in page.obj.get("/Annots", pikepdf.Array()):
            flags = int(annot.get("/F", 0))
            annot.F = (flags | PRINT_FLAG) & ~_HIDDEN_FLAGS


def _fonts_of(resources: object, seen: set) -> Iterator[tuple[str, Dictionary]]:
    """Every font dictionary reachable from ``resources`` (through form XObjects too)."""
    if not isinstance(resources, Dictionary):
        return
    fonts = resources.get("/Font")
    if isinstance(fonts, Dictionary):
        yield from fonts.items()
    xobjects = resources.get("/XObject")
    if isinstance(xobjects, Dictionary):
        for xobject in xobjects.values():
            key = xobject.objgen
            if key in seen or xobject.get("/Subtype") != Name.Form:
                continue
            seen.add(key)
            yield from _fonts_of(xobject.get("/Resources"), seen)


def _embedded(font: Dictionary) -> bool:
    subtype = font.get("/Subtype")
    if subtype == Name.Type3:
        return True  # its glyphs are drawn by content streams in the file
    if subtype == Name.Type0:
        return all(_embedded(d) for d in font.get("/DescendantFonts", []))
    descriptor = font.get("/FontDescriptor")
    if not isinstance(descriptor, Dictionary):
        return False
    return any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))


def unembedded_fonts(pdf: Pdf) -> Iterator[str]:
    """The base names of fonts the pages (or their forms and annotations) use but the file
    does not embed."""
    seen: set = set()
    for page in pdf.pages:
        sources = [page.obj.get("/Resources")]
        for annot in page.obj.get("/Annots", pikepdf.Array()):
            appearance = annot.get("/AP")
            if isinstance(appearance, Dictionary):
                for stream in appearance.values():
                    if isinstance(stream, pikepdf.Stream):
                        sources.append(stream.get("/Resources"))
        for resources in sources:
            for name, font in _fonts_of(resources, seen):
                if not _embedded(font):
                    yield str(font.get("/BaseFont", name))
