"""Which OS keyring would hold the vault key, said plainly (for Settings and the self-test).

Like Vorta's keyring classes, Kuzet tells the officer where a secret goes: the OS keyring
(Windows Credential Locker, macOS Keychain, the Secret Service on Linux) when one works,
or that none is usable, in which case the vault key is derived from a passphrase and is
never written to disk in plain text.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..i18n import tr


@dataclass(frozen=True)
class KeyringStatus:
    usable: bool
    backend: str  # e.g. "keyring.backends.SecretService.Keyring"
    description: str  # one sentence for the officer


def keyring_status() -> KeyringStatus:
    """The keyring backend ``keyring`` chose here, and whether it can hold a key."""
    try:
        import keyring
        from keyring.backends import fail
    except Exception as exc:  # not installed or broken: say so
        return KeyringStatus(False, "", tr("No keyring is usable ({error}).").format(error=exc))
    try:
        backend = keyring.get_keyring()
    except Exception as exc:
        return KeyringStatus(False, "", tr("No keyring is usable ({error}).").format(error=exc))
    name = f"{type(backend).__module__}.{type(backend).__qualname__}"
    chained = getattr(backend, "backends", None)
    if isinstance(backend, fail.Keyring) or (chained is not None and not chained):
        return KeyringStatus(
            False,
            name,
            tr(
                "No OS keyring is usable here: the vault key is derived from a passphrase you "
                "enter, and is never stored in plain text."
            ),
        )
    label = getattr(backend, "name", "") or type(backend).__name__
    return KeyringStatus(
        True,
        name,
        tr("The vault key is kept in the OS keyring ({label}).").format(label=label),
    )
