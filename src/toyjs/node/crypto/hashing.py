"""node:crypto's hashes and HMACs on hashlib and hmac.

Node names digests as OpenSSL does; NAMES maps each name Node accepts (case-insensitively,
with the RSA- aliases) to hashlib's. A hash or HMAC in progress stays here, in Python; JS gets
its methods as functions (which keep it alive only as long as JS keeps them).
"""

from __future__ import annotations

import hashlib
import hmac
from typing import Any, Callable

from cryptography.hazmat.primitives import hashes

from toyjs.errors import HostError

# OpenSSL's name -> hashlib's, for the digests both know.
_OPENSSL_TO_HASHLIB = {
    "md5": "md5",
    "md5-sha1": "md5-sha1",
    "sha1": "sha1",
    "sha224": "sha224",
    "sha256": "sha256",
    "sha384": "sha384",
    "sha512": "sha512",
    "sha512-224": "sha512_224",
    "sha512-256": "sha512_256",
    "sha3-224": "sha3_224",
    "sha3-256": "sha3_256",
    "sha3-384": "sha3_384",
    "sha3-512": "sha3_512",
    "shake128": "shake_128",
    "shake256": "shake_256",
    "blake2b512": "blake2b",
    "blake2s256": "blake2s",
    "ripemd160": "ripemd160",
    "sm3": "sm3",
}
# Other names OpenSSL gives the same digests, as getHashes() spells them.
_ALIASES = {
    "RSA-MD5": "md5",
    "RSA-RIPEMD160": "ripemd160",
    "RSA-SHA1": "sha1",
    "RSA-SHA1-2": "sha1",
    "RSA-SHA224": "sha224",
    "RSA-SHA256": "sha256",
    "RSA-SHA3-224": "sha3-224",
    "RSA-SHA3-256": "sha3-256",
    "RSA-SHA3-384": "sha3-384",
    "RSA-SHA3-512": "sha3-512",
    "RSA-SHA384": "sha384",
    "RSA-SHA512": "sha512",
    "RSA-SHA512/224": "sha512-224",
    "RSA-SHA512/256": "sha512-256",
    "RSA-SM3": "sm3",
    "id-rsassa-pkcs1-v1_5-with-sha3-224": "sha3-224",
    "id-rsassa-pkcs1-v1_5-with-sha3-256": "sha3-256",
    "id-rsassa-pkcs1-v1_5-with-sha3-384": "sha3-384",
    "id-rsassa-pkcs1-v1_5-with-sha3-512": "sha3-512",
    "md5WithRSAEncryption": "md5",
    "ripemd": "ripemd160",
    "ripemd160WithRSA": "ripemd160",
    "rmd160": "ripemd160",
    "sha1WithRSAEncryption": "sha1",
    "sha224WithRSAEncryption": "sha224",
    "sha256WithRSAEncryption": "sha256",
    "sha384WithRSAEncryption": "sha384",
    "sha512-224WithRSAEncryption": "sha512-224",
    "sha512-256WithRSAEncryption": "sha512-256",
    "sha512WithRSAEncryption": "sha512",
    "sm3WithRSAEncryption": "sm3",
    "ssl3-md5": "md5",
    "ssl3-sha1": "sha1",
}
_ALIAS_OF = {alias.lower(): name for alias, name in _ALIASES.items()}
# Extendable-output functions: their output length when none is asked (OpenSSL's default).
_XOF_DEFAULT_LENGTH = {"shake_128": 16, "shake_256": 32}


def hashlib_name(name: str) -> str | None:
    """hashlib's name of the digest Node calls ``name``, or None when this Python lacks it."""
    lowered = name.lower()
    found = _OPENSSL_TO_HASHLIB.get(_ALIAS_OF.get(lowered, lowered))
    return found if found in hashlib.algorithms_available else None


def digest_algorithm(name: str) -> hashes.HashAlgorithm | None:
    """The cryptography package's algorithm for the digest Node calls ``name`` (for keys'
    signatures and encryption), or None when it has none."""
    algorithm = {
        "md5": hashes.MD5, "sha1": hashes.SHA1, "sha224": hashes.SHA224, "sha256": hashes.SHA256,
        "sha384": hashes.SHA384, "sha512": hashes.SHA512, "sha512_224": hashes.SHA512_224,
        "sha512_256": hashes.SHA512_256, "sha3_224": hashes.SHA3_224, "sha3_256": hashes.SHA3_256,
        "sha3_384": hashes.SHA3_384, "sha3_512": hashes.SHA3_512,
    }.get(hashlib_name(name) or "")
    return None if algorithm is None else algorithm()


def is_xof(name: str) -> bool:
    """Whether hashlib's digest ``name`` is extendable-output (SHAKE)."""
    return name in _XOF_DEFAULT_LENGTH


def hash_names() -> list[str]:
    """The names getHashes() lists: the digests this Python has, under each of their names."""
    return sorted(name for name in [*_OPENSSL_TO_HASHLIB, *_ALIASES] if hashlib_name(name))


class Digest:
    """A hash in progress (hashlib's, or hmac's over one of them)."""

    def __init__(self, state: Any, output_length: int | None) -> None:
        self._state = state
        self._output_length = output_length

    def update(self, data: bytes) -> None:
        self._state.update(data)

    def digest(self) -> bytes:
        if self._output_length is not None:
            return self._state.digest(self._output_length)
        return self._state.digest()

    def copy(self, output_length: Any) -> dict[str, Callable[..., Any]]:
        """A hash going on from here on its own; an XOF may ask for another output length."""
        length = output_length if isinstance(output_length, int) and self._output_length is not None else self._output_length
        return Digest(self._state.copy(), length).methods()

    def methods(self) -> dict[str, Callable[..., Any]]:
        return {"update": self.update, "digest": self.digest, "copy": self.copy}


def new_hash(algorithm: str, output_length: Any) -> dict[str, Callable[..., Any]]:
    """A hash of ``algorithm``; ``output_length`` (bytes, or undefined) only for XOFs, or the
    digest's own length."""
    name = hashlib_name(algorithm)
    if name is None:
        raise HostError("Digest method not supported")
    state = hashlib.new(name)
    if is_xof(name):
        length = output_length if isinstance(output_length, int) else _XOF_DEFAULT_LENGTH[name]
    else:
        if isinstance(output_length, int) and output_length != state.digest_size:
            raise HostError(
                "error:030000B2:digital envelope routines::not XOF or invalid length",
                code="ERR_OSSL_EVP_NOT_XOF_OR_INVALID_LENGTH",
            )
        length = None
    return Digest(state, length).methods()


def new_hmac(algorithm: str, key: bytes) -> dict[str, Callable[..., Any]]:
    name = hashlib_name(algorithm)
    if name is None or is_xof(name):
        raise HostError(f"Invalid digest: {algorithm}", js_name="TypeError", code="ERR_CRYPTO_INVALID_DIGEST")
    return Digest(hmac.new(key, digestmod=name), None).methods()

