"""Officers' passwords: scrypt hashes (``hashlib.scrypt``) with a random salt.

A hash is stored as ``scrypt$n$r$p$salt$key`` (hex), so the cost can grow later and old
hashes still verify. The parameters read back from a stored hash are bounded: a hash
altered to ask for an absurd cost is refused, not computed.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

N, R, P = 2**14, 8, 1  # ~16 MiB and a few tens of milliseconds per check
_MAX_N, _MAX_R, _MAX_P = 2**17, 16, 4
_KEY_BYTES = 32
MIN_LENGTH = 8


def _derive(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        password.encode("utf-8"),
        salt=salt,
        n=n,
        r=r,
        p=p,
        maxmem=256 * 1024 * 1024,
        dklen=_KEY_BYTES,
    )


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    key = _derive(password, salt, N, R, P)
    return f"scrypt${N}${R}${P}${salt.hex()}${key.hex()}"


def check_password(password: str, stored: str) -> bool:
    """Does ``password`` match ``stored``? False for a malformed or out-of-bounds hash."""
    try:
        scheme, n_text, r_text, p_text, salt_hex, key_hex = stored.split("$")
        n, r, p = int(n_text), int(r_text), int(p_text)
        salt, key = bytes.fromhex(salt_hex), bytes.fromhex(key_hex)
    except ValueError:
        return False
    bounded = 2 <= n <= _MAX_N and n & (n - 1) == 0 and 1 <= r <= _MAX_R and 1 <= p <= _MAX_P
    if scheme != "scrypt" or not bounded or len(key) != _KEY_BYTES or len(salt) < 16:
        return False
    return hmac.compare_digest(_derive(password, salt, n, r, p), key)
