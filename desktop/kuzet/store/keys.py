"""The document vault's key: in the OS keyring, or derived from the officer's passphrase.

* With a usable OS keyring (Windows Credential Manager, macOS Keychain, Secret Service),
  a random 256-bit key is generated on first use and kept there under service "Kuzet" and
  user = the vault id stored in the database.
* Where no keyring backend is usable, Kuzet says so and derives the key from a passphrase
  the officer enters (scrypt; the salt and parameters are in the database).

Neither way writes a plain key to disk. The database keeps only ``key_check``: a fixed text
encrypted under the key, so a wrong passphrase or a wrong keyring entry is recognised
before anything is decrypted or written. An unlocked key stays in this process's memory
until ``forget`` (or the process ends).
"""

from __future__ import annotations

import base64
import os
import uuid
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from sqlmodel import Session, select

from ..i18n import tr
from .keyring_names import keyring_label
from .models.setting import Setting
from .models.vault_key import VaultKey

SERVICE = "Kuzet"
KEY_BYTES = 32  # AES-256
NONCE_BYTES = 12
SALT_BYTES = 16
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**17, 8, 1  # 128 MiB, about half a second
# A product rule, not an officer's setting: the floor under every passphrase Kuzet derives a
# key from (the vault's, a backup's export passphrase). The demo database alone uses the
# public passphrase "demo", and says so.
MIN_PASSPHRASE = 10
# Bounds on scrypt parameters read from a database, a backup or an export: anything outside
# is refused before deriving (a hostile file could ask for gigabytes or hours).
SCRYPT_MAX_MEMORY = 2**30  # 128 * n * r bytes: 1 GiB, 8 times the default
SCRYPT_MAX_WORK = 2**23  # n * r * p: 8 times the default
SCRYPT_MAX_P = 16
SCRYPT_MAX_SALT = 64
_DEMO_SETTING = "demo"  # registers/system/settings.IS_DEMO (the store cannot import it)
_CHECK_TEXT = b"Kuzet vault key check, version 1"

_unlocked: dict[str, bytes] = {}


class VaultError(Exception):
    """A vault problem, in words the officer can act on. Nothing was written or lost."""


class KeyringUnavailable(VaultError):
    pass


class VaultLocked(VaultError):
    """The vault key is derived from a passphrase, and none was given."""


class WrongKey(VaultError):
    pass


class KeyMissing(VaultError):
    pass


class VaultNotSetUp(VaultError):
    pass


@dataclass(frozen=True)
class KeyringStatus:
    usable: bool
    backend: str  # e.g. "keyring.backends.SecretService.Keyring"
    reason: str = ""  # why it is not usable

    @property
    def description(self) -> str:
        """One sentence for the officer (Settings, the self-test)."""
        if self.usable:
            return tr("The vault key is kept in the OS keyring ({label}).").format(
                label=tr(keyring_label(self.backend))
            )
        return tr(
            "No OS keyring is usable here ({reason}): the vault key is derived from a "
            "passphrase you enter, and is never stored in plain text."
        ).format(reason=self.reason)


@dataclass(frozen=True)
class VaultState:
    configured: bool
    vault_id: str | None
    key_source: str | None  # "keyring" or "passphrase"
    unlocked: bool
    keyring: KeyringStatus


def keyring_status() -> KeyringStatus:
    """Which OS keyring backend is in use, and whether it can hold the vault key."""
    try:  # here, not at the top: a broken keyring install is reported, not raised
        import keyring
        from keyring.backends import chainer, fail
    except Exception as exc:  # keyring missing or broken in this install
        return KeyringStatus(False, "none", tr("the keyring module cannot load: {e}").format(e=exc))
    try:
        backend = keyring.get_keyring()
    except Exception as exc:  # a backend that fails while it is chosen
        return KeyringStatus(False, "none", tr("the keyring cannot start: {e}").format(e=exc))
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    if isinstance(backend, fail.Keyring):
        return KeyringStatus(False, name, tr("no OS keyring backend is available on this computer"))
    if isinstance(backend, chainer.ChainerBackend) and not backend.backends:
        return KeyringStatus(False, name, tr("no OS keyring backend is available on this computer"))
    try:
        priority = float(backend.priority)
    except Exception:
        priority = 1.0
    if priority <= 0:
        return KeyringStatus(
            False, name, tr("the keyring backend {name} cannot store secrets").format(name=name)
        )
    return KeyringStatus(True, name)


def active_key_row(session: Session) -> VaultKey | None:
    query = select(VaultKey).where(VaultKey.retired_at.is_(None)).order_by(VaultKey.id.desc())
    return session.exec(query).first()


def vault_state(session: Session) -> VaultState:
    row = active_key_row(session)
    status = keyring_status()
    if row is None:
        return VaultState(False, None, None, False, status)
    return VaultState(True, row.vault_id, row.key_source, row.vault_id in _unlocked, status)


def _check_value(key: bytes, vault_id: str) -> str:
    nonce = os.urandom(NONCE_BYTES)
    sealed = AESGCM(key).encrypt(nonce, _CHECK_TEXT, vault_id.encode("ascii"))
    return (nonce + sealed).hex()


def _key_fits(key: bytes, row: VaultKey) -> bool:
    raw = bytes.fromhex(row.key_check)
    try:
        opened = AESGCM(key).decrypt(raw[:NONCE_BYTES], raw[NONCE_BYTES:], row.vault_id.encode())
    except (InvalidTag, ValueError):
        return False
    return opened == _CHECK_TEXT


def scrypt_problem(salt: bytes, n: int, r: int, p: int) -> str:
    """Why these scrypt parameters are refused ("" when they are sane)."""
    if n < 2 or n & (n - 1) or r < 1 or p < 1 or p > SCRYPT_MAX_P:
        return tr("the key derivation parameters (n={n}, r={r}, p={p}) are not valid").format(
            n=n, r=r, p=p
        )
    if 128 * n * r > SCRYPT_MAX_MEMORY or n * r * p > SCRYPT_MAX_WORK:
        return tr(
            "the key derivation asks for more than {mb} MB of memory or {times} times the usual "
            "work (n={n}, r={r}, p={p})"
        ).format(mb=SCRYPT_MAX_MEMORY // 2**20, times=SCRYPT_MAX_WORK // 2**20, n=n, r=r, p=p)
    if not 8 <= len(salt) <= SCRYPT_MAX_SALT:
        return tr("the key derivation salt is {size} bytes long").format(size=len(salt))
    return ""


def derive_key(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    """The scrypt key of ``passphrase``; parameters outside Kuzet's bounds are refused
    (``VaultError``) before any memory is taken, wherever they were read from."""
    problem = scrypt_problem(salt, n, r, p)
    if problem:
        raise VaultError(
            tr("Kuzet refuses this key: {problem}. Nothing was changed.").format(problem=problem)
        )
    return Scrypt(salt=salt, length=KEY_BYTES, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def passphrase_problem(passphrase: str | None, session: Session | None = None) -> str:
    """Why ``passphrase`` cannot be chosen for a new key ("" when it can). The demo
    database (``session`` on it) also takes its public short passphrase."""
    if not passphrase:
        return tr("The passphrase is empty.")
    if len(passphrase) < MIN_PASSPHRASE and not (session is not None and _is_demo(session)):
        return tr("The passphrase needs at least {n} characters.").format(n=MIN_PASSPHRASE)
    return ""


def _is_demo(session: Session) -> bool:
    query = select(Setting.value).where(Setting.key == _DEMO_SETTING)
    return session.exec(query).first() == "true"


def create_key(session: Session, passphrase: str | None = None) -> tuple[str, bytes]:
    """Set up the vault key on first use; return (vault id, key).

    Without a passphrase the key goes to the OS keyring (``KeyringUnavailable`` when none is
    usable); with one, the key is derived from it. Refused when a key already exists: a
    new key would orphan every document encrypted under the old one.
    """
    if active_key_row(session) is not None:
        raise VaultError(tr("The vault already has a key; unlock it instead of making a new one."))
    vault_id = uuid.uuid4().hex
    if passphrase is None:
        status = keyring_status()
        if not status.usable:
            raise KeyringUnavailable(
                tr(
                    "No OS keyring is usable here ({reason}): choose a passphrase for the vault."
                ).format(reason=status.reason)
            )
        key = os.urandom(KEY_BYTES)
        keep_in_keyring(vault_id, key)
        row = VaultKey(
            vault_id=vault_id, key_source="keyring", key_check=_check_value(key, vault_id)
        )
    else:
        problem = passphrase_problem(passphrase, session)
        if problem:
            raise VaultError(problem)
        salt = os.urandom(SALT_BYTES)
        key = derive_key(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
        row = VaultKey(
            vault_id=vault_id,
            key_source="passphrase",
            kdf="scrypt",
            salt=salt.hex(),
            kdf_n=SCRYPT_N,
            kdf_r=SCRYPT_R,
            kdf_p=SCRYPT_P,
            key_check=_check_value(key, vault_id),
        )
    session.add(row)
    session.flush()
    _unlocked[vault_id] = key
    return vault_id, key


def unlock(session: Session, passphrase: str | None = None) -> tuple[str, bytes]:
    """The vault id and key, from memory, the keyring or the passphrase; checked."""
    row = active_key_row(session)
    if row is None:
        raise VaultNotSetUp(
            tr("The document vault has no key yet: it is made with the first document.")
        )
    return row.vault_id, key_of(row, passphrase)


def key_of(row: VaultKey, passphrase: str | None = None) -> bytes:
    """The key of the vault ``row`` describes, from memory, the keyring or the passphrase;
    checked against its check value, and kept in memory from then on. A team vault's key
    (``officers``) is unwrapped by ``store/team_keys.py`` instead."""
    cached = _unlocked.get(row.vault_id)
    if cached is not None:
        return cached
    if row.key_source == "officers":
        raise VaultLocked(tr("The document vault is locked: enter your password."))
    if row.key_source == "keyring":
        key = _from_keyring(row)
    else:
        if passphrase is None:
            raise VaultLocked(tr("The document vault is locked: enter its passphrase."))
        key = derive_key(passphrase, bytes.fromhex(row.salt), row.kdf_n, row.kdf_r, row.kdf_p)
        if not _key_fits(key, row):
            raise WrongKey(
                tr("That is not the vault's passphrase. Nothing was changed; try again.")
            )
    _unlocked[row.vault_id] = key
    return key


def key_fits(key: bytes, row: VaultKey) -> bool:
    """True if ``key`` opens the check value of the vault ``row`` describes."""
    return len(key) == KEY_BYTES and _key_fits(key, row)


def check_value(key: bytes, vault_id: str) -> str:
    """A new check value for ``key`` (what ``VaultKey.key_check`` holds)."""
    return _check_value(key, vault_id)


def keep_in_keyring(vault_id: str, key: bytes) -> None:
    """Put ``key`` in the OS keyring under Kuzet / ``vault_id`` and read it back."""
    status = keyring_status()
    if not status.usable:
        message = tr("No OS keyring is usable here ({reason}): choose a passphrase for the vault.")
        raise KeyringUnavailable(message.format(reason=status.reason))
    import keyring

    try:
        keyring.set_password(SERVICE, vault_id, base64.b64encode(key).decode("ascii"))
        stored = keyring.get_password(SERVICE, vault_id)
    except Exception:
        stored = None
    if stored is None or base64.b64decode(stored) != key:
        raise KeyringUnavailable(
            tr("The OS keyring did not keep the vault key; choose a passphrase.")
        )


def in_keyring(row: VaultKey) -> bool:
    """True if this computer's keyring holds the key of the vault ``row`` describes."""
    if row.key_source != "keyring":
        return False
    try:
        _from_keyring(row)
    except VaultError:
        return False
    return True


def _from_keyring(row: VaultKey) -> bytes:
    status = keyring_status()
    if not status.usable:
        raise KeyringUnavailable(
            tr(
                "This database keeps its vault key in an OS keyring, but none is usable here "
                "({reason}). Open it on the computer that holds the key; nothing was changed."
            ).format(reason=status.reason)
        )
    import keyring

    stored = keyring.get_password(SERVICE, row.vault_id)
    if stored is None:
        raise KeyMissing(
            tr(
                "The vault key (Kuzet / {vault}) is not in this computer's keyring. Restore it "
                "from the key export or open the database where it was made; no document was "
                "changed."
            ).format(vault=row.vault_id)
        )
    try:
        key = base64.b64decode(stored, validate=True)
    except ValueError:
        key = b""
    if len(key) != KEY_BYTES or not _key_fits(key, row):
        raise WrongKey(
            tr(
                "The keyring entry Kuzet / {vault} does not hold this vault's key; no document "
                "was changed."
            ).format(vault=row.vault_id)
        )
    return key


def cached(vault_id: str) -> bytes | None:
    """The vault's key if this process has it unlocked."""
    return _unlocked.get(vault_id)


def remember(vault_id: str, key: bytes) -> None:
    """Keep an unlocked (checked) key in this process's memory."""
    _unlocked[vault_id] = key


def forget(vault_id: str | None = None) -> None:
    """Drop unlocked keys from memory (one vault, or all)."""
    if vault_id is None:
        _unlocked.clear()
    else:
        _unlocked.pop(vault_id, None)
