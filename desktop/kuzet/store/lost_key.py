"""A lost vault key: a new key for new documents, the old documents named as unreadable.

When the vault's key is gone for good (the passphrase forgotten, the keyring entry lost
with no key export), the documents encrypted under it cannot be opened by anyone, and
without this the database could never take a document again (``create_key`` refuses a
second key). ``replace_lost_key`` retires the lost key's record with the officer's reason
and makes a new key, both in one audited transaction; the records of the old documents
stay (their hashes remain evidence that they existed) and are listed as unreadable; their
encrypted files are left in the vault, untouched. The lost key's record keeps its salt and
check value, so the retirement and its reason stay in the trail.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, select

from ..i18n import tr
from . import keys
from .audit import reason_for_changes, utc_now
from .keys import VaultError, VaultNotSetUp
from .models.customer_document import CustomerDocument
from .models.training import TrainingAttendance
from .session import Store


@dataclass(frozen=True)
class ReplacedKey:
    old_vault_id: str
    new_vault_id: str
    key_source: str  # of the new key: "keyring" or "passphrase"
    unreadable: tuple[str, ...]  # one line per document left under the lost key


def replace_lost_key(store: Store, reason: str, passphrase: str | None = None) -> ReplacedKey:
    """Retire the lost key and make a new one (the OS keyring, else ``passphrase``).

    Refused, with nothing changed, when no reason is given, when the vault has no key, or
    when the key is not lost: it is unlocked in this process or this computer's keyring
    holds it.
    """
    reason = reason.strip()
    if not reason:
        raise VaultError(tr("Say why the vault key is lost; the reason goes in the trail."))
    with store.transaction() as session:
        row = keys.active_key_row(session)
        if row is None:
            raise VaultNotSetUp(tr("The document vault has no key yet: nothing is lost."))
        if keys.vault_state(session).unlocked or keys.in_keyring(row):
            raise VaultError(
                tr("The vault key is not lost: it opens on this computer. Nothing was changed.")
            )
        old = row.vault_id
        with reason_for_changes(session, tr("vault key lost: {reason}").format(reason=reason)):
            row.retired_at = utc_now()
            row.retired_reason = reason
            session.add(row)
            session.flush()
            new_id, _key = keys.create_key(session, passphrase)
            source = keys.active_key_row(session).key_source
        unreadable = unreadable_documents(session, old)
    return ReplacedKey(old, new_id, source, unreadable)


def unreadable_documents(session: Session, vault_id: str) -> tuple[str, ...]:
    """The documents encrypted under the vault ``vault_id``, one line each (no content)."""
    lines = []
    documents = select(CustomerDocument).where(CustomerDocument.vault_id == vault_id)
    for document in session.exec(documents.order_by(CustomerDocument.id)):
        lines.append(
            tr("customer #{customer}: document #{id} {name}").format(
                customer=document.customer_id, id=document.id, name=document.file_name
            )
        )
    certificates = select(TrainingAttendance).where(
        TrainingAttendance.certificate_vault_id == vault_id,
        TrainingAttendance.certificate_blob.is_not(None),  # type: ignore[union-attr]
    )
    for attendance in session.exec(certificates.order_by(TrainingAttendance.id)):
        lines.append(
            tr("training attendance #{id}: certificate {name}").format(
                id=attendance.id, name=attendance.certificate_file
            )
        )
    return tuple(lines)
