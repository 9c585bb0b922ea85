"""Large UN consolidated-list XML files for the memory tests, in the real file's shape.

Each ``INDIVIDUAL`` is about 2 KB, like the real list's: four name parts, the original
script, aliases, places and dates of birth, nationality, documents, addresses and a
comment. References are ``QDi.<n>``, unique; the content is deterministic.
"""

from __future__ import annotations

from pathlib import Path

_FIRST = ("ERLAN", "ASKAR", "DANIYAR", "MURAT", "SERIK", "NURLAN", "TIMUR", "ARMAN")
_LAST = ("TESTOV", "ABENOV", "SADYKOV", "ZHUMANOV", "KASYMOV", "OMAROV", "NURIEV")

_INDIVIDUAL = """    <INDIVIDUAL>
      <DATAID>{n}</DATAID><VERSIONNUM>1</VERSIONNUM>
      <FIRST_NAME>{first}</FIRST_NAME><SECOND_NAME>{last}</SECOND_NAME>
      <THIRD_NAME>{third}</THIRD_NAME><FOURTH_NAME>UULY</FOURTH_NAME>
      <UN_LIST_TYPE>Al-Qaida</UN_LIST_TYPE><REFERENCE_NUMBER>QDi.{n}</REFERENCE_NUMBER>
      <LISTED_ON>2011-03-{day:02d}</LISTED_ON>
      <NAME_ORIGINAL_SCRIPT>Эрлан Тестов {n}</NAME_ORIGINAL_SCRIPT>
      <COMMENTS1>Reportedly involved in financing of listed groups through money service
        businesses and virtual asset transfers across the region. Review pursuant to Security
        Council resolution 1822 (2008) was concluded on {day} June 2010. Entry {n}.</COMMENTS1>
      <DESIGNATION><VALUE>Financier</VALUE></DESIGNATION>
      <NATIONALITY><VALUE>Kazakhstan</VALUE></NATIONALITY>
      <LIST_TYPE><VALUE>UN List</VALUE></LIST_TYPE>
      <LAST_DAY_UPDATED><VALUE>2019-02-01</VALUE></LAST_DAY_UPDATED>
      <INDIVIDUAL_ALIAS><QUALITY>Good</QUALITY><ALIAS_NAME>{first} {last}OV</ALIAS_NAME></INDIVIDUAL_ALIAS>
      <INDIVIDUAL_ALIAS><QUALITY>Low</QUALITY><ALIAS_NAME>Abu {third} {n}</ALIAS_NAME></INDIVIDUAL_ALIAS>
      <INDIVIDUAL_ADDRESS><STREET>Abai avenue {day}</STREET><CITY>Almaty</CITY>
        <COUNTRY>Kazakhstan</COUNTRY><NOTE>Previous address</NOTE></INDIVIDUAL_ADDRESS>
      <INDIVIDUAL_ADDRESS><CITY>Shymkent</CITY><COUNTRY>Kazakhstan</COUNTRY></INDIVIDUAL_ADDRESS>
      <INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>EXACT</TYPE_OF_DATE>
        <DATE>19{year}-01-{day:02d}</DATE></INDIVIDUAL_DATE_OF_BIRTH>
      <INDIVIDUAL_PLACE_OF_BIRTH><CITY>Taraz</CITY><COUNTRY>Kazakhstan</COUNTRY>
        </INDIVIDUAL_PLACE_OF_BIRTH>
      <INDIVIDUAL_DOCUMENT><TYPE_OF_DOCUMENT>Passport</TYPE_OF_DOCUMENT>
        <NUMBER>N{n:08d}</NUMBER><ISSUING_COUNTRY>Kazakhstan</ISSUING_COUNTRY>
        <DATE_OF_ISSUE>2008-05-{day:02d}</DATE_OF_ISSUE><NOTE>Expired</NOTE></INDIVIDUAL_DOCUMENT>
      <INDIVIDUAL_DOCUMENT><TYPE_OF_DOCUMENT>National Identification Number</TYPE_OF_DOCUMENT>
        <NUMBER>{iin}</NUMBER><ISSUING_COUNTRY>Kazakhstan</ISSUING_COUNTRY></INDIVIDUAL_DOCUMENT>
      <SORT_KEY/><SORT_KEY_LAST_MOD/>
    </INDIVIDUAL>
"""


def write_un_xml(path: Path, target_bytes: int) -> int:
    """Write a UN list of at least ``target_bytes``; return the number of entries."""
    count = 0
    with path.open("w", encoding="utf-8") as handle:
        handle.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        handle.write('<CONSOLIDATED_LIST dateGenerated="2026-02-27T00:00:09.554Z">\n')
        handle.write("  <INDIVIDUALS>\n")
        while handle.tell() < target_bytes:
            block = []
            for _ in range(1000):
                count += 1
                block.append(
                    _INDIVIDUAL.format(
                        n=count,
                        first=_FIRST[count % len(_FIRST)],
                        last=_LAST[count % len(_LAST)],
                        third=_FIRST[(count // 7) % len(_FIRST)],
                        day=count % 28 + 1,
                        year=50 + count % 40,
                        iin=f"{700000000000 + count:012d}",
                    )
                )
            handle.write("".join(block))
        handle.write("  </INDIVIDUALS>\n  <ENTITIES/>\n</CONSOLIDATED_LIST>\n")
    return count
