"""Customer documents in the encrypted vault: attach, read, retire.

``attach`` encrypts the file into the vault (``kuzet.store.vault``) and records its name,
media type, size, the SHA-256 of the plaintext, the upload date, the period the evidence
covers and an optional expiry. ``read`` decrypts it to memory and checks the SHA-256.
Records are retired, never deleted; the encrypted blob stays for the retention period.
"""

from __future__ import annotations

import datetime as dt
import mimetypes
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from sqlmodel import Session

from ...i18n import tr
from ...regime.rulepack import RuleBook
from ...store.models.beneficial_owner import BeneficialOwner
from ...store.models.customer_document import CustomerDocument
from ...store.vault import Vault
from ..errors import ValidationFailed
from . import options, parts
from .customer_file import get
from .edd import WEALTH_CATEGORY, refresh_completeness


def validate_document(data: Mapping[str, Any], rules: RuleBook, today: dt.date) -> dict[str, str]:
    errors = {}
    categories = options.document_categories(rules, today)
    if data.get("category") not in categories:
        errors["category"] = tr("Choose what the document is.")
    start, end = data.get("effective_from"), data.get("effective_to")
    if start is not None and end is not None and end < start:
        errors["effective_to"] = tr("The period cannot end before it starts.")
    expires = data.get("expires_on")
    if expires is not None and start is not None and expires < start:
        errors["expires_on"] = tr("The expiry cannot be before the period starts.")
    return errors


def media_type_of(file_name: str) -> str:
    guessed, _ = mimetypes.guess_type(file_name)
    return guessed or "application/octet-stream"


def attach(
    session: Session,
    vault: Vault,
    customer_id: int,
    content: bytes,
    file_name: str,
    data: Mapping[str, Any],
    rules: RuleBook,
    today: dt.date,
    *,
    owner_id: int | None = None,
) -> CustomerDocument:
    """Encrypt ``content`` into the vault and record it for the customer (or its owner)."""
    customer = get(session, customer_id)
    errors = validate_document(data, rules, today)
    if customer.retired:
        errors[""] = tr("A retired customer file cannot take new documents.")
    if owner_id is not None:
        owner = session.get(BeneficialOwner, owner_id)
        if owner is None or owner.customer_id != customer_id:
            errors["owner_id"] = tr("Owner #{id} is not an owner of this customer.").format(
                id=owner_id
            )
    name = Path(file_name).name.strip()
    if not name:
        errors["file_name"] = tr("The document needs a file name.")
    if not content:
        errors["file_name"] = tr("The file is empty.")
    if errors:
        raise ValidationFailed(errors)
    stored = vault.put(content)
    try:
        document = CustomerDocument(
            customer_id=customer_id,
            owner_id=owner_id,
            category=str(data["category"]),
            file_name=name,
            media_type=media_type_of(name),
            size=stored.size,
            sha256=stored.sha256,
            vault_id=vault.vault_id,
            blob_name=stored.blob_name,
            uploaded_on=today,
            effective_from=data.get("effective_from"),
            effective_to=data.get("effective_to"),
            expires_on=data.get("expires_on"),
            description=str(data.get("description") or "").strip(),
        )
        session.add(document)
        session.flush()
    except BaseException:
        vault.discard(stored.blob_name)
        raise
    _evidence_changed(session, document)
    return document


def attach_file(
    session: Session,
    vault: Vault,
    customer_id: int,
    path: Path,
    data: Mapping[str, Any],
    rules: RuleBook,
    today: dt.date,
    *,
    owner_id: int | None = None,
) -> CustomerDocument:
    try:
        content = path.read_bytes()
    except OSError as exc:
        raise ValidationFailed(
            {"file_name": tr("Cannot read {name}: {error}").format(name=path.name, error=exc)}
        ) from None
    return attach(
        session, vault, customer_id, content, path.name, data, rules, today, owner_id=owner_id
    )


def get_document(session: Session, document_id: int) -> CustomerDocument:
    return parts.fetch(session, CustomerDocument, document_id, tr("document #{id} does not exist"))


def read(session: Session, vault: Vault, document_id: int) -> bytes:
    """The document's content, decrypted to memory and checked against its SHA-256."""
    document = get_document(session, document_id)
    return vault.get(document.blob_name, document.sha256)


def documents_of(
    session: Session, customer_id: int, include_retired: bool = False
) -> list[CustomerDocument]:
    return parts.of_customer(session, CustomerDocument, customer_id, include_retired)


def retire_document(session: Session, document_id: int, reason: str) -> CustomerDocument:
    """Mark a document as no longer relied on (kept, encrypted, for the retention period)."""
    document = parts.retire(
        session,
        get_document(session, document_id),
        reason,
        tr("Say why the document is no longer relied on."),
        tr("Document #{id} is already retired.").format(id=document_id),
    )
    _evidence_changed(session, document)
    return document


def _evidence_changed(session: Session, document: CustomerDocument) -> None:
    """A source-of-wealth document counts as EDD evidence: its EDD may be complete now."""
    if document.category == WEALTH_CATEGORY:
        refresh_completeness(session, document.customer_id)
