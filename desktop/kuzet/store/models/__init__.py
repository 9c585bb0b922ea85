"""Every table Kuzet keeps. Importing this package registers them all with SQLModel's
metadata, which Alembic's env and the verifier read.

A new register adds its module (``store/models/<register>.py``) to the list below.
Import its classes from their module: ``from kuzet.store.models.customer import Customer``.
"""

from . import (  # noqa: F401  (every table registers itself with the metadata)
    audit_chain,
    audit_entry,
    audits,
    base,
    beneficial_owner,
    customer,
    customer_document,
    customer_review,
    edd,
    firm,
    licence,
    mining,
    monitoring,
    officer,
    pep,
    programme,
    responses,
    risk_assessment,
    rule_pack,
    screening,
    setting,
    staff,
    training,
    transaction,
    vault_key,
    vault_team,
)
from .audit_entry import AuditEntry
from .base import RegisterRecord
from .licence import LICENCE_STATUSES, Licence
from .setting import RuleOverride, Setting

__all__ = ["LICENCE_STATUSES", "AuditEntry", "Licence", "RegisterRecord", "RuleOverride", "Setting"]
