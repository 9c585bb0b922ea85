"""Where Kuzet keeps things: the data directory, the database file and the resources.

One place decides every path (as Vorta's ``config.py`` does):

* ``KUZET_HOME`` overrides the per-user data directory from platformdirs;
* ``--db PATH`` (or ``KUZET_DB``) picks the database file, default ``<home>/kuzet.sqlite``
  (a team database URL is read by ``store/location.py``, and its files live in
  ``<home>/team/<server>-<database>-<id>/``);
* ``KUZET_RESOURCES`` overrides where rule packs, fonts and translations are read from.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "Kuzet"
DB_FILENAME = "kuzet.sqlite"
DEMO_FILENAME = "demo.sqlite"


def data_dir() -> Path:
    """The data directory: ``KUZET_HOME`` or the platform's per-user data directory."""
    home = os.environ.get("KUZET_HOME")
    if home:
        return Path(home).expanduser().resolve()
    import platformdirs  # imported here: it is only needed when KUZET_HOME is not set

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=True))


def db_path(cli_value: str | os.PathLike[str] | None = None) -> Path:
    """The database file: ``--db`` beats ``KUZET_DB`` beats ``<data dir>/kuzet.sqlite``.

    A URL (a team database, ``sqlite:///...``) is never turned into a path here: it
    raises ``ValueError``; ``kuzet.store.location.parse_location`` reads every form."""
    chosen = cli_value or os.environ.get("KUZET_DB")
    if chosen:
        if "://" in os.fspath(chosen):
            raise ValueError(f"{chosen} is a database URL, not a file: use parse_location")
        return Path(chosen).expanduser().resolve()
    return data_dir() / DB_FILENAME


def demo_db_path() -> Path:
    """Where ``kuzet demo`` builds the demo firm unless ``--db`` says otherwise."""
    return data_dir() / DEMO_FILENAME


def vault_dir(database: Path) -> Path:
    """The encrypted document vault that belongs to one database file."""
    return database.with_name(database.name + ".vault")


def backups_dir(database: Path) -> Path:
    """Automatic backups of one database file."""
    return database.with_name(database.name + ".backups")


def locks_dir() -> Path:
    """The write locks keyed on database files themselves (``store/lock.py``)."""
    return data_dir() / "locks"


def resources_dir() -> Path:
    """The ``resources/`` folder: override, frozen bundle, source tree or installed copy."""
    override = os.environ.get("KUZET_RESOURCES")
    if override:
        return Path(override)
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    source_tree = Path(__file__).resolve().parents[2] / "resources"
    if (source_tree / "rules").is_dir():
        return source_tree
    return Path(sys.prefix) / "share" / "kuzet" / "resources"


def rules_dir() -> Path:
    return resources_dir() / "rules"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def icons_dir() -> Path:
    return resources_dir() / "icons"


def translations_dir() -> Path:
    return resources_dir() / "translations"
