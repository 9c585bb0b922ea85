"""Issue #16 item 12: list XML is read as a stream, in bounded memory, still refusing
DTDs and entities.

A 30 MB UN list in the real file's shape is parsed in a subprocess whose peak memory is
read with ``os.wait4``: a whole-tree parse needs several times the file's size, the stream
holds one record at a time and the entries read.
"""

from __future__ import annotations

import hashlib
import sys

import pytest

from kuzet.screening.afm_xml import parse_afm_xml
from kuzet.screening.entries import ListFormatError
from kuzet.screening.ofac_xml import parse_ofac_xml
from kuzet.screening.un_xml import parse_un_xml
from kuzet.screening.xml_stream import XmlStream
from support.peak_memory import run_measured
from support.un_xml_maker import write_un_xml

MB = 1024 * 1024

_PEAK = """
import resource, sys
from kuzet.screening.un_xml import parse_un_xml
parsed = parse_un_xml(sys.argv[1])
print(len(parsed), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
"""


@pytest.fixture(scope="module")
def big_list(tmp_path_factory):
    path = tmp_path_factory.mktemp("lists") / "un_big.xml"
    count = write_un_xml(path, 30 * MB)
    return path, count


def test_big_list_read_whole_and_hashed(big_list) -> None:
    path, count = big_list
    parsed = parse_un_xml(path)
    assert len(parsed) == count
    assert parsed.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    first = parsed.entries[0]
    assert first.ref == "QDi.1" and first.names[0] == "ASKAR ABENOV ERLAN UULY"
    assert first.iins == ("700000000001",) and first.dobs == ("1951-01-02",)
    assert parsed.entries[-1].ref == f"QDi.{count}"


def test_big_list_parsed_in_bounded_memory(big_list) -> None:
    path, count = big_list
    run = run_measured([sys.executable, "-c", _PEAK, str(path)])
    assert run.exit_code == 0, run.stderr
    assert run.stdout.split()[0] == str(count)
    size_mb = path.stat().st_size / MB
    # A whole tree of this file alone takes about 7 times its size (over 200 MB).
    assert run.peak_mb < 100, f"peak {run.peak_mb:.0f} MB for a {size_mb:.0f} MB list"


def test_records_are_dropped_once_read(tmp_path) -> None:
    path = tmp_path / "un.xml"
    write_un_xml(path, 200_000)
    stream = XmlStream(path)
    assert stream.root().tag == "CONSOLIDATED_LIST"
    seen, most = 0, 0
    for record_path, _element in stream.records(lambda p: p[-1] == "INDIVIDUAL"):
        assert record_path == ("CONSOLIDATED_LIST", "INDIVIDUALS", "INDIVIDUAL")
        parent = next(e for e in stream.root() if e.tag == "INDIVIDUALS")
        most = max(most, len(parent))  # the record, and what the parser read ahead
        seen += 1
    assert seen > 90 and most <= 12  # ~100 records read, never more than a block's worth
    assert len(stream.root()) == 0  # nothing outside the records is kept either


def test_hash_before_the_end_is_an_error(tmp_path) -> None:
    path = tmp_path / "un.xml"
    write_un_xml(path, 10_000)
    stream = XmlStream(path)
    with pytest.raises(RuntimeError, match="once every record"):
        _ = stream.sha256
    stream.close()


def test_truncated_big_file_names_the_line(big_list, tmp_path) -> None:
    path, _count = big_list
    cut = tmp_path / "un_cut.xml"
    cut.write_bytes(path.read_bytes()[: 5 * MB])
    with pytest.raises(ListFormatError, match=r"un_cut\.xml line \d+, column \d+: not well-formed"):
        parse_un_xml(cut)


HOSTILE = {
    "dtd": '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaa">]>{root}',
    "xxe": '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY s SYSTEM "file:///etc/passwd">]>{root}',
}
ROOTS = {
    parse_un_xml: "<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><FIRST_NAME>&a;</FIRST_NAME>"
    "<REFERENCE_NUMBER>QDi.1</REFERENCE_NUMBER></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>",
    parse_ofac_xml: "<sdnList><sdnEntry><uid>1</uid><lastName>&a;</lastName>"
    "<sdnType>Individual</sdnType></sdnEntry></sdnList>",
    parse_afm_xml: "<list><person><lname>&a;</lname></person></list>",
}


@pytest.mark.parametrize("parser", list(ROOTS), ids=["un", "ofac", "afm"])
@pytest.mark.parametrize("kind", list(HOSTILE))
def test_streams_still_refuse_dtds_and_entities(tmp_path, parser, kind) -> None:
    path = tmp_path / "list.xml"
    path.write_text(HOSTILE[kind].format(root=ROOTS[parser]))
    with pytest.raises(ListFormatError, match=r"list\.xml: refused: the file declares a DTD"):
        parser(path)


def test_missing_file_is_named(tmp_path) -> None:
    with pytest.raises(ListFormatError, match=r"gone\.xml: file not found"):
        parse_un_xml(tmp_path / "gone.xml")
