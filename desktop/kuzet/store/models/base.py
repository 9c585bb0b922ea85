"""What every register record has: an id, when it was made and changed, and retirement.

Records are never hard-deleted inside their retention period: they are retired with a
reason. Every insert, update and retirement of a subclass of ``RegisterRecord`` is written
to the audit trail by the session hooks in ``kuzet.store.audit``.
"""

from __future__ import annotations

import datetime as dt

from sqlmodel import Field, SQLModel


class RegisterRecord(SQLModel):
    """Base of every audited register table (``table=True`` on the subclass)."""

    id: int | None = Field(default=None, primary_key=True)
    created_at: dt.datetime | None = Field(default=None)
    updated_at: dt.datetime | None = Field(default=None)
    retired_at: dt.datetime | None = Field(default=None, index=True)
    retired_reason: str | None = Field(default=None)

    @property
    def retired(self) -> bool:
        return self.retired_at is not None
