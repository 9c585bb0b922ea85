"""The firm's vault key in team mode: one data key, wrapped for each officer.

Each officer has an X25519 key pair (``VaultOfficerKey``). The private key is sealed with
AES-256-GCM under a key-encryption key that is either derived from the officer's password
(scrypt, ``keys.derive_key``) or a random key kept in their OS keyring (service
``Kuzet officer key``). The public key is in the database, so any officer who holds the
data key can wrap it for a colleague without knowing their password: an ephemeral X25519
exchange, HKDF-SHA256, and AES-256-GCM (``VaultKeyWrap``).

``VaultKey.wrapped_for`` lists the logins holding a wrap; ``share`` and ``rotate`` change
it (with ``key_check`` on rotation) in one audited update, so the trail says who could
read from when. Key material never enters the trail.
"""

from __future__ import annotations

import base64
import os
import uuid

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import delete
from sqlmodel import Session, select

from ..i18n import tr
from . import keys
from .audit import current_actor, reason_for_changes
from .models.officer import Officer
from .models.vault_key import VaultKey
from .models.vault_team import VaultKeyWrap, VaultOfficerKey

SOURCE = "officers"  # VaultKey.key_source of a team vault
KEYRING_SERVICE = "Kuzet officer key"
_RAW = serialization.Encoding.Raw
_private_keys: dict[str, X25519PrivateKey] = {}  # key_id -> unsealed, this process only


def _login() -> str:
    return current_actor().removesuffix(" (no password)")


def _seal_aad(login: str, key_id: str) -> bytes:
    return f"kuzet-officer-key/{key_id}/{login}".encode()


def _wrap_aad(vault_id: str, login: str) -> bytes:
    return f"kuzet-vault-wrap/{vault_id}/{login}".encode()


def _raw_public(public: X25519PublicKey) -> bytes:
    return public.public_bytes(_RAW, serialization.PublicFormat.Raw)


def officer_key(session: Session, login: str) -> VaultOfficerKey | None:
    return session.get(VaultOfficerKey, login)


def enrol(
    session: Session,
    login: str,
    password: str | None = None,
    keep: bool = True,
    officer_password: bool = False,
) -> VaultOfficerKey:
    """Give ``login`` a key pair (replacing any earlier one, whose wraps then no longer
    open): sealed under ``password``, or with no password under a key in the OS keyring.
    ``keep``: the unsealed key stays in this process's memory (false when a manager enrols
    a colleague). ``officer_password``: ``password`` is the officer's sign-in password,
    already held to the officers' password rule, not to the vault passphrase floor."""
    if officer_key(session, login) is not None:
        _drop_wraps_of(session, login)
    private = X25519PrivateKey.generate()
    key_id = uuid.uuid4().hex
    row = officer_key(session, login) or VaultOfficerKey(login=login, key_id=key_id)
    row.key_id = key_id
    row.public_key = _raw_public(private.public_key()).hex()
    if password is not None and not officer_password:
        problem = keys.passphrase_problem(password, session)
        if problem:
            raise keys.VaultError(problem)
    _seal(row, private, password)
    session.add(row)
    session.flush()
    if keep:
        _private_keys[key_id] = private
    return row


def _seal(row: VaultOfficerKey, private: X25519PrivateKey, password: str | None) -> None:
    """Seal ``private`` into ``row``: under ``password`` (scrypt, a new salt), or under a
    new random key kept in the OS keyring."""
    raw_private = private.private_bytes(
        _RAW, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    if password is None:
        kek = os.urandom(keys.KEY_BYTES)
        _keep_kek(row.key_id, kek)
        row.key_source, row.salt, row.kdf_n, row.kdf_r, row.kdf_p = "keyring", "", 0, 0, 0
    else:
        if not password:
            raise keys.VaultError(tr("The passphrase is empty."))
        salt = os.urandom(keys.SALT_BYTES)
        kek = keys.derive_key(password, salt, keys.SCRYPT_N, keys.SCRYPT_R, keys.SCRYPT_P)
        row.key_source, row.salt = "passphrase", salt.hex()
        row.kdf_n, row.kdf_r, row.kdf_p = keys.SCRYPT_N, keys.SCRYPT_R, keys.SCRYPT_P
    nonce = os.urandom(keys.NONCE_BYTES)
    sealed = AESGCM(kek).encrypt(nonce, raw_private, _seal_aad(row.login, row.key_id))
    row.sealed_private = (nonce + sealed).hex()


def reseal(session: Session, login: str, password: str) -> bool:
    """``login``'s private key sealed again under their new ``password`` (the same key
    pair, so every wrap still opens). False when the key is not unsealed in this process:
    the caller enrols them again instead."""
    row = officer_key(session, login)
    private = None if row is None else _private_keys.get(row.key_id)
    if row is None or private is None:
        return False
    _seal(row, private, password)
    session.add(row)
    session.flush()
    return True


def unlock_officer(session: Session, login: str, password: str | None) -> bool:
    """At sign-in: unseal ``login``'s private key with their password and keep it in this
    process's memory. False when they have no key pair, or it is sealed under another
    password (an administrator reset it on the server) or kept in another computer's
    keyring: the vault then asks for their vault password when it is opened."""
    row = officer_key(session, login)
    if row is None:
        return False
    try:
        _private(row, password)
    except keys.VaultError:
        return False
    return True


def _drop_wraps_of(session: Session, login: str) -> None:
    """A replaced key pair opens none of the old wraps: delete them, and take ``login``
    off ``wrapped_for`` (audited) so that ``share`` wraps the key for the new pair."""
    session.execute(delete(VaultKeyWrap).where(VaultKeyWrap.login == login))
    key_row = keys.active_key_row(session)
    if key_row is not None and key_row.key_source == SOURCE:
        holders = [h for h in key_row.wrapped_for.split(",") if h and h != login]
        if holders != key_row.wrapped_for.split(","):
            key_row.wrapped_for = ",".join(holders)
            reason = tr("New vault key pair for {login}").format(login=login)
            with reason_for_changes(session, reason):
                session.flush()


def _keep_kek(key_id: str, kek: bytes) -> None:
    if not keys.keyring_status().usable:
        raise keys.KeyringUnavailable(
            tr("No OS keyring is usable here: protect your vault key with your password.")
        )
    import keyring

    keyring.set_password(KEYRING_SERVICE, key_id, base64.b64encode(kek).decode("ascii"))


def _kek(row: VaultOfficerKey, password: str | None) -> bytes:
    if row.key_source == "keyring":
        import keyring

        stored = keyring.get_password(KEYRING_SERVICE, row.key_id)
        if stored is None:
            raise keys.KeyMissing(
                tr("Your vault key ({service} / {key}) is not in this computer's keyring.").format(
                    service=KEYRING_SERVICE, key=row.key_id
                )
            )
        return base64.b64decode(stored)
    if password is None:
        raise keys.VaultLocked(tr("The document vault is locked: enter your password."))
    return keys.derive_key(password, bytes.fromhex(row.salt), row.kdf_n, row.kdf_r, row.kdf_p)


def _private(row: VaultOfficerKey, password: str | None) -> X25519PrivateKey:
    cached = _private_keys.get(row.key_id)
    if cached is not None:
        return cached
    raw = bytes.fromhex(row.sealed_private)
    try:
        opened = AESGCM(_kek(row, password)).decrypt(
            raw[: keys.NONCE_BYTES], raw[keys.NONCE_BYTES :], _seal_aad(row.login, row.key_id)
        )
    except (InvalidTag, ValueError):
        raise keys.WrongKey(
            tr("That is not your vault password. Nothing was changed; try again.")
        ) from None
    private = X25519PrivateKey.from_private_bytes(opened)
    _private_keys[row.key_id] = private
    return private


def _wrapping_key(shared: bytes, ephemeral: bytes, recipient: bytes, aad: bytes) -> bytes:
    hkdf = HKDF(
        algorithm=hashes.SHA256(), length=keys.KEY_BYTES, salt=ephemeral + recipient, info=aad
    )
    return hkdf.derive(shared)


def wrap(data_key: bytes, vault_id: str, row: VaultOfficerKey) -> str:
    """``data_key`` wrapped for the officer whose key pair ``row`` holds (hex)."""
    recipient = bytes.fromhex(row.public_key)
    ephemeral = X25519PrivateKey.generate()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient))
    aad = _wrap_aad(vault_id, row.login)
    eph = _raw_public(ephemeral.public_key())
    nonce = os.urandom(keys.NONCE_BYTES)
    sealed = AESGCM(_wrapping_key(shared, eph, recipient, aad)).encrypt(nonce, data_key, aad)
    return (eph + nonce + sealed).hex()


def unwrap(session: Session, key_row: VaultKey, password: str | None = None) -> bytes:
    """The data key of the team vault ``key_row``, for the signed-in officer; checked."""
    login = _login()
    wrapped = session.get(VaultKeyWrap, (key_row.vault_id, login))
    row = officer_key(session, login)
    if wrapped is None or row is None:
        raise keys.KeyMissing(
            tr(
                "The firm's vault key is not shared with you yet. It is shared with you when "
                "an officer who holds it next opens the vault. Nothing was changed."
            )
        )
    raw = bytes.fromhex(wrapped.wrapped)
    eph, nonce, sealed = raw[:32], raw[32 : 32 + keys.NONCE_BYTES], raw[32 + keys.NONCE_BYTES :]
    private = _private(row, password)
    recipient = bytes.fromhex(row.public_key)
    aad = _wrap_aad(key_row.vault_id, login)
    shared = private.exchange(X25519PublicKey.from_public_bytes(eph))
    try:
        data_key = AESGCM(_wrapping_key(shared, eph, recipient, aad)).decrypt(nonce, sealed, aad)
    except (InvalidTag, ValueError):
        data_key = b""
    if not keys.key_fits(data_key, key_row):
        raise keys.WrongKey(
            tr("Your copy of the firm's vault key does not open this vault; nothing was changed.")
        )
    return data_key


def data_key_of(session: Session, key_row: VaultKey, password: str | None = None) -> bytes:
    """The team vault's data key: from this process's memory, or unwrapped (and kept)."""
    cached = keys.cached(key_row.vault_id)
    if cached is not None:
        return cached
    data_key = unwrap(session, key_row, password)
    keys.remember(key_row.vault_id, data_key)
    return data_key


def _readers(session: Session, excluding: str = "") -> list[VaultOfficerKey]:
    """Key pairs of the active officers (less ``excluding``), by login."""
    active = select(Officer.login).where(Officer.retired_at.is_(None))
    logins = set(session.exec(active).all()) - {excluding}
    rows = session.exec(select(VaultOfficerKey).order_by(VaultOfficerKey.login)).all()
    return [row for row in rows if row.login in logins]


def _write_wraps(session: Session, key_row: VaultKey, data_key: bytes, readers: list) -> None:
    for reader in readers:
        wrapped = wrap(data_key, key_row.vault_id, reader)
        existing = session.get(VaultKeyWrap, (key_row.vault_id, reader.login))
        if existing is None:
            session.add(
                VaultKeyWrap(vault_id=key_row.vault_id, login=reader.login, wrapped=wrapped)
            )
        else:
            existing.wrapped = wrapped
    key_row.wrapped_for = ",".join(sorted(r.login for r in readers))


def create(session: Session, password: str | None = None) -> tuple[str, bytes]:
    """A new team vault: a random data key wrapped for every active officer with a key
    pair (the signed-in officer is enrolled with ``password`` first if they have none)."""
    if keys.active_key_row(session) is not None:
        raise keys.VaultError(
            tr("The vault already has a key; unlock it instead of making a new one.")
        )
    login = _login()
    if officer_key(session, login) is None:
        enrol(session, login, password)
    vault_id = uuid.uuid4().hex
    data_key = os.urandom(keys.KEY_BYTES)
    key_row = VaultKey(
        vault_id=vault_id, key_source=SOURCE, key_check=keys.check_value(data_key, vault_id)
    )
    _write_wraps(session, key_row, data_key, _readers(session))
    if login not in key_row.wrapped_for.split(","):
        raise keys.VaultError(tr("Only an active officer can make the firm's vault."))
    session.add(key_row)
    session.flush()
    keys.remember(vault_id, data_key)
    return vault_id, data_key


def share(session: Session, password: str | None = None) -> list[str]:
    """Wrap the data key for every active officer with a key pair and no wrap yet;
    returns the logins added (audited through ``VaultKey.wrapped_for``)."""
    key_row = keys.active_key_row(session)
    if key_row is None or key_row.key_source != SOURCE:
        return []
    data_key = data_key_of(session, key_row, password)
    have = set(filter(None, key_row.wrapped_for.split(",")))
    readers = _readers(session)
    added = sorted(r.login for r in readers if r.login not in have)
    if added:
        _write_wraps(session, key_row, data_key, [r for r in readers if r.login in added])
        key_row.wrapped_for = ",".join(sorted(have | set(added)))
        reason = tr("Vault key shared with {logins}").format(logins=", ".join(added))
        with reason_for_changes(session, reason):
            session.flush()
    return added


def rotate(
    session: Session, revoked: str, reason: str, password: str | None = None
) -> tuple[bytes, bytes]:
    """A new data key for the remaining officers: every wrap of the old key is deleted,
    new wraps written, ``key_check``/``wrapped_for`` updated (audited with ``reason``).
    Returns (old key, new key) for the caller to re-encrypt the blobs in this transaction."""
    key_row = keys.active_key_row(session)
    if key_row is None or key_row.key_source != SOURCE:
        raise keys.VaultError(tr("Only a team vault's key is rotated."))
    old_key = data_key_of(session, key_row, password)
    new_key = os.urandom(keys.KEY_BYTES)
    session.execute(delete(VaultKeyWrap).where(VaultKeyWrap.vault_id == key_row.vault_id))
    session.execute(delete(VaultOfficerKey).where(VaultOfficerKey.login == revoked))
    _write_wraps(session, key_row, new_key, _readers(session, excluding=revoked))
    key_row.key_check = keys.check_value(new_key, key_row.vault_id)
    with reason_for_changes(session, reason):
        session.flush()
    keys.forget(key_row.vault_id)
    return old_key, new_key


def adopt(session: Session, data_key: bytes, password: str | None = None) -> list[str]:
    """The firm's earlier vault (a ``keyring`` or ``passphrase`` key, moved to the team
    database) made a team vault with the SAME data key, so no document is re-encrypted:
    wrapped for the signed-in officer (enrolled first with ``password``, their sign-in
    password, if they have no key pair) and for every other active officer with one.
    One audited update of the key row; returns the logins it is wrapped for. The old
    keyring entry is left where it is (the firm's SQLite backups still need it)."""
    key_row = keys.active_key_row(session)
    if key_row is None or key_row.key_source == SOURCE:
        raise keys.VaultError(tr("Only the firm's earlier vault key is made a team key."))
    if not keys.key_fits(data_key, key_row):
        raise keys.WrongKey(tr("That key does not open this vault; nothing was changed."))
    login = _login()
    if officer_key(session, login) is None:
        if password is None:
            raise keys.VaultLocked(tr("The document vault is locked: enter your password."))
        enrol(session, login, password, officer_password=True)
    readers = _readers(session)
    if login not in {r.login for r in readers}:
        raise keys.VaultError(tr("Only an active officer can make the firm's vault."))
    _write_wraps(session, key_row, data_key, readers)
    key_row.key_source, key_row.kdf, key_row.salt = SOURCE, "", ""
    key_row.kdf_n = key_row.kdf_r = key_row.kdf_p = 0
    reason = tr("The firm's vault became a team vault, its key wrapped for {logins}").format(
        logins=key_row.wrapped_for.replace(",", ", ")
    )
    with reason_for_changes(session, reason):
        session.flush()
    keys.remember(key_row.vault_id, data_key)
    return key_row.wrapped_for.split(",")


def forget() -> None:
    """Drop unsealed officer keys from this process's memory (sign-out, tests)."""
    _private_keys.clear()
