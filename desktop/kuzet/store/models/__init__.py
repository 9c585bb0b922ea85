"""Every table Kuzet keeps. Importing this package registers them all with SQLModel's
metadata, which Alembic's env and the verifier read.

A new register adds its module here (``store/models/<register>.py``); it is imported
automatically. Import its classes from their module: ``from kuzet.store.models.customer
import Customer``.
"""

import importlib as _importlib
import pkgutil as _pkgutil

from .audit_entry import AuditEntry
from .base import RegisterRecord
from .licence import LICENCE_STATUSES, Licence
from .setting import RuleOverride, Setting

for _module in _pkgutil.iter_modules(__path__):
    _importlib.import_module(f"{__name__}.{_module.name}")

__all__ = ["LICENCE_STATUSES", "AuditEntry", "Licence", "RegisterRecord", "RuleOverride", "Setting"]
