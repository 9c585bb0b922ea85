"""File › Audit pack…: the dialog builds a pack of the demo firm in the background, asks
for the vault's passphrase when the pack cites documents, checks its form, and leaves no
file when the build is cancelled."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pytest

from kuzet.reports.manifest import load_manifest, sha256_file
from kuzet.store import keys
from support.demo_db import copy_demo, demo_template

TODAY = dt.date.today()


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The session's demo firm (vault under the public demo passphrase), copied once for
    this module's packs."""
    return copy_demo(demo_template(tmp_path_factory), tmp_path_factory.mktemp("pack-dialog"))


@pytest.fixture
def demo_window(qtbot, demo_path: Path, ui_settings):
    from kuzet.store.session import Store
    from kuzet.ui.launch import make_app
    from kuzet.ui.main_window import MainWindow

    make_app()
    store, _ = Store.open(demo_path)
    keys.forget()
    main = MainWindow(demo_path, store=store, ui_settings=ui_settings)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    keys.forget()
    store.close()


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "packs"
    folder.mkdir()
    return folder


def open_dialog(window):
    dialog = window.run_action("pack")
    assert dialog is not None and dialog.isVisible()
    assert dialog.open_when_done is False  # offscreen: the PDF viewer is not started
    return dialog


def choose(dialog, sections: list[str], out: Path, name: str = "pack.pdf") -> None:
    dialog.preset.setCurrentIndex(dialog.preset.findData("twelve_months"))
    for key, box in dialog.section_boxes.items():
        box.setChecked(key in sections)
    dialog.destination.setText(str(out / name))


def test_the_dialog_builds_the_pack_in_the_background_and_reports_it(
    qtbot, demo_window, out: Path
) -> None:
    from kuzet.ui import notify

    dialog = open_dialog(demo_window)
    assert dialog.date_from.value() < dialog.date_to.value()
    choose(dialog, ["firm", "mining", "trail"], out)
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))
    assert dialog.date_to.value() == TODAY
    task = dialog.build()
    assert task is not None
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=120_000)
    pdf = out / "pack.pdf"
    manifest = load_manifest(out / "pack.manifest.json")
    assert manifest["pdf"]["sha256"] == sha256_file(pdf)
    assert manifest["lang"] == "ru"
    assert [s["key"] for s in manifest["sections"]] == ["firm", "mining", "trail"]
    assert manifest["period"]["to"] == TODAY.isoformat()
    assert notify.last_message["title"] == "Audit pack written"
    assert str(pdf) in notify.last_message["text"]
    assert not dialog.isVisible()


def test_a_pack_citing_documents_asks_for_the_vault_passphrase(
    qtbot, demo_window, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QInputDialog

    asked: list[str] = []

    def answer(*args, **kwargs):
        asked.append(args[2])
        return "demo", True

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(answer))
    dialog = open_dialog(demo_window)
    choose(dialog, ["customers"], out)
    dialog.with_evidence.setChecked(True)
    dialog.build()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=120_000)
    assert len(asked) == 1 and "locked" in asked[0]
    with zipfile.ZipFile(out / "pack.zip") as archive:
        documents = [n for n in archive.namelist() if n.startswith("evidence/")]
    assert len(documents) == len(load_manifest(out / "pack.manifest.json")["evidence"]) > 0


def test_the_form_says_what_is_missing(qtbot, demo_window, out: Path) -> None:
    dialog = open_dialog(demo_window)
    choose(dialog, [], out)
    dialog.date_from.set_value(TODAY)
    dialog.date_to.set_value(TODAY - dt.timedelta(days=1))
    dialog.destination.setText(str(out / "missing-folder" / "pack.pdf"))
    assert dialog.preset.currentData() == "custom"  # edited dates leave the preset
    assert dialog.build() is None
    assert dialog.errors["sections"].text() == "Tick at least one section."
    assert dialog.errors["date_to"].text() == "The period cannot end before it starts."
    assert "does not exist" in dialog.errors["destination"].text()
    assert list(out.iterdir()) == []


def test_a_cancelled_build_leaves_no_file(qtbot, demo_window, out: Path) -> None:
    dialog = open_dialog(demo_window)
    choose(dialog, ["mining", "rules", "trail"], out)
    task = dialog.build()
    task.cancel()
    qtbot.waitUntil(lambda: task.done, timeout=120_000)
    assert task.was_cancelled and dialog.outcome is None
    assert dialog.general_error.text() == "Cancelled: no file was written."
    assert dialog.buttons.isEnabled() and dialog.isVisible()
    assert list(out.iterdir()) == []


def test_the_dialog_builds_a_kazakh_pack(qtbot, demo_window, out: Path) -> None:
    from pypdf import PdfReader

    from support.pack_demo_db import KAZAKH

    dialog = open_dialog(demo_window)
    assert [dialog.language.itemData(i) for i in range(dialog.language.count())] == [
        "en",
        "ru",
        "kk",
    ]
    choose(dialog, ["firm"], out, "kk.pdf")
    dialog.language.setCurrentIndex(dialog.language.findData("kk"))
    assert dialog.build() is not None
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=120_000)
    assert load_manifest(out / "kk.manifest.json")["lang"] == "kk"
    text = "\n".join(page.extract_text() or "" for page in PdfReader(str(out / "kk.pdf")).pages)
    assert KAZAKH.search(text) and "Мазмұны" in text


def test_prepared_by_and_the_auditors_sample_are_chosen_in_the_dialog(
    qtbot, demo_window, out: Path
) -> None:
    from kuzet.demo.programme import MLRO_NAME

    dialog = open_dialog(demo_window)
    assert dialog.prepared_by.currentText().startswith(MLRO_NAME)  # the MLRO by default
    assert dialog.sample_size.value() == 0  # no sample unless asked
    other = next(
        i for i in range(dialog.prepared_by.count()) if i != dialog.prepared_by.currentIndex()
    )
    dialog.prepared_by.setCurrentIndex(other)
    officer = dialog.prepared_by.itemText(other).split(",")[0]
    choose(dialog, ["firm"], out, "sampled.pdf")
    dialog.sample_size.setValue(2)
    dialog.sample_seed.setValue(4242)
    assert dialog.build() is not None
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=120_000)
    manifest = load_manifest(out / "sampled.manifest.json")
    assert manifest["prepared_by"]["staff_id"] == dialog.prepared_by.itemData(other)
    assert manifest["prepared_by"]["name"] == officer
    assert [s["key"] for s in manifest["sections"]] == ["firm", "sample"]
    from support.pack_demo_db import flat, page_texts

    texts = page_texts(out / "sampled.pdf")
    assert officer in flat(texts[0])
    assert "4242" in flat("\n".join(texts))
