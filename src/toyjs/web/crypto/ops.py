"""The Python side of crypto: the OS's random bytes, hashlib/hmac for SubtleCrypto's digest and
HMAC, subtle.py for the rest of its algorithms (the costly ones on a worker thread) and
modern.py for the draft's algorithms the cryptography package lacks (cSHAKE, KMAC, AES-OCB).

subtle.py and modern.py, and the packages they stand on, load on a program's first use of them:
importing them costs start-up time every program would pay."""

from __future__ import annotations

import asyncio
import base64
import binascii
import hashlib
import hmac
import importlib
import os
from typing import Any, Callable

from toyjs.errors import HostError

HASHES = {
    "SHA-1": "sha1", "SHA-256": "sha256", "SHA-384": "sha384", "SHA-512": "sha512",
    "SHA3-256": "sha3_256", "SHA3-384": "sha3_384", "SHA3-512": "sha3_512",
}


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


def base64url_encode(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def base64url_decode(text: str) -> bytes:
    """A JWK member's bytes: base64url without padding (RFC 7515); DataError otherwise."""
    if "=" in text or len(text) % 4 == 1:
        raise _not_base64url()
    try:
        return base64.b64decode(text + "=" * (-len(text) % 4), altchars=b"-_", validate=True)
    except (binascii.Error, ValueError) as error:
        raise _not_base64url() from error


def _not_base64url() -> HostError:
    return HostError("The JWK member is not base64url", js_name="DataError")


def _lazy(module: str, name: str) -> Callable[..., Any]:
    """The function ``name`` of toyjs.web.crypto.``module``, the module imported on the first
    call."""

    def call(*args: Any) -> Any:
        return getattr(importlib.import_module(f"toyjs.web.crypto.{module}"), name)(*args)

    call.__name__ = name
    return call


def _subtle(name: str) -> Callable[..., Any]:
    return _lazy("subtle", name)


def _modern(name: str) -> Callable[..., Any]:
    return _lazy("modern", name)


def random_uuid() -> str:
    """A version 4 UUID (RFC 9562): 122 random bits in the 8-4-4-4-12 hex form. Made here
    rather than by the uuid module, whose import costs ~10 ms of every start-up."""
    value = bytearray(os.urandom(16))
    value[6] = value[6] & 0x0F | 0x40  # version 4
    value[8] = value[8] & 0x3F | 0x80  # variant 10xx
    text = value.hex()
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


def ops(runtime: Any) -> dict[str, Callable[..., Any]]:
    def off_the_loop(function: Callable[..., Any]) -> Callable[..., Any]:
        """``function`` run on a worker thread: the op returns a promise of its result."""
        return lambda *args: runtime.loop.start(asyncio.to_thread(function, *args))

    return {
        "randomBytes": os.urandom,
        "randomUUID": random_uuid,
        "digest": digest,
        "hmacSign": hmac_sign,
        "hmacVerify": hmac_verify,
        "subtleBase64urlEncode": base64url_encode,
        "subtleBase64urlDecode": base64url_decode,
        "subtleAesGcm": _subtle("aes_gcm"),
        "subtleAesCbc": _subtle("aes_cbc"),
        "subtleAesCtr": _subtle("aes_ctr"),
        "subtleAesKw": _subtle("aes_kw"),
        "subtleAesOcb": _modern("aes_ocb"),
        "subtleCShake": _modern("cshake"),
        "subtleKmac": _modern("kmac"),
        "subtleKmacVerify": _modern("kmac_verify"),
        "subtleChaCha20Poly1305": _subtle("chacha20_poly1305"),
        "subtleHkdf": _subtle("hkdf"),
        "subtlePbkdf2": off_the_loop(_subtle("pbkdf2")),
        "subtleArgon2": off_the_loop(_subtle("argon2_derive")),
        "subtleGenerate": _subtle("generate"),
        "subtleGenerateAsync": off_the_loop(_subtle("generate")),
        "subtleImport": _subtle("import_key"),
    }
