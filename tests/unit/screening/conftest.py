"""Shared fixtures for the screening tests: the real list files, parsed once per session."""

from __future__ import annotations

import pytest

from kuzet.screening.generic_csv import parse_generic_csv
from kuzet.screening.index import ScreeningIndex
from kuzet.screening.ofac_csv import parse_ofac_csv
from kuzet.screening.un_xml import parse_un_xml
from support.screening_files import OFAC_FILES, UN_FILE, need
from support.screening_quality_set import KAZAKH_LIST_ROWS, write_generic_csv


@pytest.fixture(scope="session")
def un_list():
    return parse_un_xml(need(UN_FILE))


@pytest.fixture(scope="session")
def ofac_list():
    for path in OFAC_FILES.values():
        need(path)
    return parse_ofac_csv(OFAC_FILES)


@pytest.fixture(scope="session")
def kazakh_list(tmp_path_factory):
    path = tmp_path_factory.mktemp("lists") / "domestic_peps.csv"
    write_generic_csv(path, KAZAKH_LIST_ROWS)
    return parse_generic_csv(path, source="Domestic PEPs")


@pytest.fixture(scope="session")
def full_index(un_list, ofac_list, kazakh_list):
    return ScreeningIndex([un_list, ofac_list, kazakh_list])
