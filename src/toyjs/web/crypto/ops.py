"""The Python side of crypto: the OS's random bytes, and hashlib/hmac for SubtleCrypto."""

from __future__ import annotations

import hashlib
import hmac
import os
import uuid
from typing import Any, Callable

from toyjs.errors import HostError

HASHES = {"SHA-1": "sha1", "SHA-256": "sha256", "SHA-384": "sha384", "SHA-512": "sha512"}


def hash_name(name: str) -> str:
    """The canonical WebCrypto name of a supported hash (names are case-insensitive)."""
    for canonical in HASHES:
        if canonical.lower() == str(name).lower():
            return canonical
    raise HostError(f"Unrecognized algorithm name: {name}", js_name="NotSupportedError")


def digest(name: str, data: bytes) -> bytes:
    return hashlib.new(HASHES[hash_name(name)], data).digest()


def hmac_sign(hash_algorithm: str, key: bytes, data: bytes) -> bytes:
    return hmac.new(key, data, HASHES[hash_name(hash_algorithm)]).digest()


def hmac_verify(hash_algorithm: str, key: bytes, signature: bytes, data: bytes) -> bool:
    return hmac.compare_digest(hmac_sign(hash_algorithm, key, data), signature)


def ops(runtime: Any) -> dict[str, Callable[..., Any]]:
    return {
        "randomBytes": os.urandom,
        "randomUUID": lambda: str(uuid.uuid4()),
        "hashName": hash_name,
        "digest": digest,
        "hmacSign": hmac_sign,
        "hmacVerify": hmac_verify,
    }
