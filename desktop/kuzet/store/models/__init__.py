"""Every table Kuzet keeps. Importing this package registers them all with SQLModel's
metadata, which Alembic's env and the verifier read. A new register adds its module here."""

from .audit_entry import AuditEntry
from .base import RegisterRecord
from .licence import LICENCE_STATUSES, Licence
from .setting import RuleOverride, Setting

__all__ = ["LICENCE_STATUSES", "AuditEntry", "Licence", "RegisterRecord", "RuleOverride", "Setting"]
