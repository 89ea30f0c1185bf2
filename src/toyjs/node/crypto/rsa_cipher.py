"""node:crypto's RSA encryption: publicEncrypt/privateDecrypt (OAEP, PKCS#1 v1.5 or none) and
privateEncrypt/publicDecrypt (PKCS#1 v1.5 type 1, or none), failing with OpenSSL's errors as
Node reports them.

OAEP and PKCS#1 v1.5 encryption and OAEP decryption are the cryptography package's. It has no
raw RSA operation, so the unpadded ones and privateEncrypt's signature padding (type 1, the
message as is, without a digest's DigestInfo) are done here on the key's numbers, blinded as
OpenSSL blinds them (Python's integers do not take constant time).
"""

from __future__ import annotations

import math
import secrets
from typing import Any

from cryptography.hazmat.primitives.asymmetric import padding, rsa

from toyjs.errors import HostError

from .hashing import digest_algorithm

# crypto.constants' paddings.
PKCS1 = 1
NO_PADDING = 3
OAEP = 4
PSS = 6

# OpenSSL's failures: code suffix -> (packed error number, reason).
_RSA_ERRORS = {
    "DATA_TOO_LARGE_FOR_KEY_SIZE": ("0200006E", "data too large for key size"),
    "DATA_TOO_SMALL_FOR_KEY_SIZE": ("0200007A", "data too small for key size"),
    "DATA_TOO_LARGE_FOR_MODULUS": ("02000084", "data too large for modulus"),
    "DATA_GREATER_THAN_MOD_LEN": ("0200006C", "data greater than mod len"),
    "OAEP_DECODING_ERROR": ("02000079", "oaep decoding error"),
    "INVALID_PADDING": ("0200008A", "invalid padding"),
    "UNKNOWN_PADDING_TYPE": ("02000076", "unknown padding type"),
    "MISSING_PRIVATE_KEY": ("020000B3", "missing private key"),
}


def _rsa_error(name: str) -> HostError:
    number, reason = _RSA_ERRORS[name]
    return HostError(f"error:{number}:rsa routines::{reason}", code=f"ERR_OSSL_RSA_{name}")


def _unsupported_padding() -> HostError:
    return HostError(
        "error:1C8000A5:Provider routines::illegal or unsupported padding mode", code="ERR_OSSL_ILLEGAL_OR_UNSUPPORTED_PADDING_MODE"
    )


def _public_of(key: Any) -> rsa.RSAPublicKey:
    if isinstance(key, rsa.RSAPrivateKey):
        return key.public_key()
    if isinstance(key, rsa.RSAPublicKey):
        return key
    raise HostError(
        "error:03000096:digital envelope routines::operation not supported for this keytype",
        code="ERR_OSSL_EVP_OPERATION_NOT_SUPPORTED_FOR_THIS_KEYTYPE",
    )


def _private_of(key: Any) -> rsa.RSAPrivateKey:
    _public_of(key)  # an RSA key at all
    if not isinstance(key, rsa.RSAPrivateKey):
        raise _rsa_error("MISSING_PRIVATE_KEY")
    return key


def _size(key: Any) -> int:
    return (key.key_size + 7) // 8


def _as_number(data: bytes, key: Any, modulus: int) -> int:
    """An input block as a number below the modulus."""
    if len(data) > _size(key):
        raise _rsa_error("DATA_GREATER_THAN_MOD_LEN")
    value = int.from_bytes(data, "big")
    if value >= modulus:
        raise _rsa_error("DATA_TOO_LARGE_FOR_MODULUS")
    return value


def _raw_private(key: rsa.RSAPrivateKey, value: int) -> bytes:
    """value^d mod n, by the Chinese remainder theorem, as a block of the key's size.

    Python's integers do not take constant time, so the input is blinded as OpenSSL blinds
    it: the exponentiation sees value * r^e for a fresh random r, never the value itself,
    and the result is divided by r afterwards."""
    numbers = key.private_numbers()
    n = numbers.public_numbers.n
    while True:
        r = secrets.randbelow(n - 2) + 2
        if math.gcd(r, n) == 1:
            break
    blinded = (value * pow(r, numbers.public_numbers.e, n)) % n
    m1 = pow(blinded, numbers.dmp1, numbers.p)
    m2 = pow(blinded, numbers.dmq1, numbers.q)
    result = (m2 + numbers.q * ((numbers.iqmp * (m1 - m2)) % numbers.p)) * pow(r, -1, n) % n
    return result.to_bytes(_size(key), "big")


def _raw_public(key: rsa.RSAPublicKey, value: int) -> bytes:
    numbers = key.public_numbers()
    return pow(value, numbers.e, numbers.n).to_bytes(_size(key), "big")


def _oaep(oaep_hash: str | None, label: bytes | None) -> padding.OAEP:
    algorithm = digest_algorithm(oaep_hash or "sha1")
    if algorithm is None:
        raise HostError("Invalid digest used", code="ERR_OSSL_EVP_INVALID_DIGEST")
    return padding.OAEP(mgf=padding.MGF1(algorithm), algorithm=algorithm, label=label or None)


def _check_padding(mode: Any) -> None:
    if mode == PSS:  # OpenSSL fails here without naming a reason; Node passes that on
        raise HostError("error:00000000:lib(0)::reason(0)")
    if mode not in (PKCS1, NO_PADDING, OAEP):
        raise _rsa_error("UNKNOWN_PADDING_TYPE")


def public_encrypt(key: Any, data: bytes, mode: Any, oaep_hash: str | None, label: bytes | None) -> bytes:
    public = _public_of(key)
    _check_padding(mode)
    size = _size(public)
    if mode == NO_PADDING:
        if len(data) < size:
            raise _rsa_error("DATA_TOO_SMALL_FOR_KEY_SIZE")
        return _raw_public(public, _as_number(data, public, public.public_numbers().n))
    scheme: padding.AsymmetricPadding
    if mode == OAEP:
        scheme = _oaep(oaep_hash, label)
        room = size - 2 * scheme.algorithm.digest_size - 2  # type: ignore[attr-defined]
    else:
        scheme, room = padding.PKCS1v15(), size - 11
    if len(data) > room:
        raise _rsa_error("DATA_TOO_LARGE_FOR_KEY_SIZE")
    return public.encrypt(data, scheme)


def private_decrypt(key: Any, data: bytes, mode: Any, oaep_hash: str | None, label: bytes | None) -> bytes:
    """OAEP or no padding (JS refuses PKCS#1 v1.5 as Node does since CVE-2023-46809)."""
    private = _private_of(key)
    _check_padding(mode)
    modulus = private.public_key().public_numbers().n
    if mode == NO_PADDING:
        return _raw_private(private, _as_number(data, private, modulus))
    if len(data) > _size(private):
        raise _rsa_error("DATA_GREATER_THAN_MOD_LEN")
    try:
        return private.decrypt(data, _oaep(oaep_hash, label))
    except ValueError as error:
        raise _rsa_error("OAEP_DECODING_ERROR") from error


def private_encrypt(key: Any, data: bytes, mode: Any) -> bytes:
    private = _private_of(key)
    _check_padding(mode)
    if mode == OAEP:
        raise _unsupported_padding()
    size = _size(private)
    modulus = private.public_key().public_numbers().n
    if mode == NO_PADDING:
        if len(data) < size:
            raise _rsa_error("DATA_TOO_SMALL_FOR_KEY_SIZE")
        if len(data) > size:
            raise _rsa_error("DATA_TOO_LARGE_FOR_KEY_SIZE")
        return _raw_private(private, _as_number(data, private, modulus))
    if len(data) > size - 11:
        raise _rsa_error("DATA_TOO_LARGE_FOR_KEY_SIZE")
    block = b"\x00\x01" + b"\xff" * (size - 3 - len(data)) + b"\x00" + data
    return _raw_private(private, int.from_bytes(block, "big"))


def public_decrypt(key: Any, data: bytes, mode: Any) -> bytes:
    public = _public_of(key)
    _check_padding(mode)
    if mode == OAEP:
        raise _unsupported_padding()
    block = _raw_public(public, _as_number(data, public, public.public_numbers().n))
    if mode == NO_PADDING:
        return block
    # 00 01, at least eight FF, 00, the message.
    end = block.find(b"\x00", 2)
    if block[:2] != b"\x00\x01" or end < 10 or block[2:end] != b"\xff" * (end - 2):
        raise _rsa_error("INVALID_PADDING")
    return block[end + 1 :]
