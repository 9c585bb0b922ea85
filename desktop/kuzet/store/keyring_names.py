"""The OS keyring backends by the names an officer knows them by: "macOS Keychain", not
``keyring.backends.macOS.Keyring`` (the raw class path stays for a tooltip)."""

from __future__ import annotations

from ..labels import marked

# The keyring package's backend classes (module.Class) → their name, in English (the window
# translates it; the string extraction takes the values of a ``*_LABELS`` dict).
KEYRING_LABELS = {
    "keyring.backends.SecretService.Keyring": "Secret Service (GNOME Keyring)",
    "keyring.backends.libsecret.Keyring": "Secret Service (libsecret)",
    "keyring.backends.kwallet.DBusKeyring": "KDE Wallet",
    "keyring.backends.kwallet.DBusKeyringKWallet4": "KDE Wallet",
    "keyring.backends.macOS.Keyring": "macOS Keychain",
    "keyring.backends.Windows.WinVaultKeyring": "Windows Credential Manager",
    "keyring.backends.chainer.ChainerBackend": "the OS keyring",
    "keyring.backends.fail.Keyring": "no keyring available",
    "none": "no keyring available",
    "": "no keyring available",
}
OTHER_KEYRING = marked("another keyring")


def keyring_label(backend: str) -> str:
    """The backend's human name in English (``tr`` it to show it)."""
    return KEYRING_LABELS.get(backend, OTHER_KEYRING)
