"""UI fixtures: a main window on a fresh database, with its own settings file."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def ui_settings(kuzet_home: Path):
    from PySide6.QtCore import QSettings

    return QSettings(str(kuzet_home / "ui-test.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, store, db_file: Path, ui_settings):
    from kuzet.ui.launch import make_app
    from kuzet.ui.main_window import MainWindow

    make_app()
    main = MainWindow(db_file, store=store, ui_settings=ui_settings)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main
