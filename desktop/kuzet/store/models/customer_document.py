"""Documents in the encrypted vault, attached to a customer or one of its owners.

The row holds what the officer needs to know without decrypting: file name, media type,
size, the SHA-256 of the plaintext, and the period the evidence covers. The content lives
encrypted under ``kuzet.paths.vault_dir(database)`` as ``blob_name``.
"""

from __future__ import annotations

import datetime as dt

from sqlmodel import Field

from .base import RegisterRecord


class CustomerDocument(RegisterRecord, table=True):
    __tablename__ = "customer_document"

    customer_id: int = Field(foreign_key="customer.id", index=True)
    owner_id: int | None = Field(default=None, foreign_key="beneficial_owner.id", index=True)
    category: str = Field(index=True)  # a key of rule customers.document_categories
    file_name: str
    media_type: str
    size: int
    sha256: str
    vault_id: str
    blob_name: str = Field(unique=True)
    uploaded_on: dt.date
    effective_from: dt.date | None = None  # the period the evidence covers
    effective_to: dt.date | None = None
    expires_on: dt.date | None = Field(default=None, index=True)
    description: str = ""
