"""How the document vault's key is kept: never the key itself.

``key_source`` is ``keyring`` (a random key in the OS keyring, service "Kuzet", user
``vault_id``), ``passphrase`` (scrypt with ``salt`` and the n/r/p parameters) or
``officers`` (a random key wrapped for each officer, ``models/vault_team.py``). ``check``
is a value encrypted with the key, so a wrong key is recognised before anything is written.
"""

from __future__ import annotations

from sqlmodel import Field

from .base import RegisterRecord


class VaultKey(RegisterRecord, table=True):
    __tablename__ = "vault_key"

    vault_id: str = Field(unique=True)
    key_source: str  # keyring or passphrase
    kdf: str = ""  # scrypt (passphrase only)
    salt: str = ""  # hex
    kdf_n: int = 0
    kdf_r: int = 0
    kdf_p: int = 0
    key_check: str  # hex: nonce + AES-GCM of a fixed text under the key
    # key_source "officers" (team mode): the logins the data key is wrapped for, sorted;
    # a rotation changes it and key_check in one audited update (store/team_keys.py)
    wrapped_for: str = ""
