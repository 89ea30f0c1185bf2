"""node:crypto's key derivation: PBKDF2 and scrypt (hashlib), HKDF (RFC 5869, on hmac).

Each runs at once for the *Sync functions, or on a worker thread for the callback forms (see
ops.py): a costly derivation then does not stop the event loop.
"""

from __future__ import annotations

import hashlib
import hmac

from toyjs.errors import HostError

from .hashing import hashlib_name, is_xof


def digest_name(algorithm: str) -> str:
    """hashlib's name of a digest a KDF may use, or Node's error for one it may not."""
    name = hashlib_name(algorithm)
    if name is None or is_xof(name):
        raise HostError(f"Invalid digest: {algorithm}", js_name="TypeError", code="ERR_CRYPTO_INVALID_DIGEST")
    return name


def pbkdf2(password: bytes, salt: bytes, iterations: int, length: int, digest: str) -> bytes:
    name = digest_name(digest)
    if length == 0:
        return b""
    return hashlib.pbkdf2_hmac(name, password, salt, iterations, length)


def scrypt_memory(cost: int, block_size: int, parallelization: int) -> int:
    """The bytes scrypt needs with these parameters, counted as OpenSSL counts them against
    maxmem: the p blocks of 128·r bytes, and the table of N + 2 such blocks."""
    return 128 * block_size * (parallelization + cost + 2)


def check_scrypt(cost: int, block_size: int, parallelization: int, maxmem: int) -> None:
    """Node's errors for parameters scrypt refuses: N a power of two above 1, p·r below 2^30,
    and the memory within maxmem."""
    if cost < 2 or cost & (cost - 1) or parallelization * block_size >= 2**30:
        raise HostError("Invalid scrypt params", js_name="RangeError", code="ERR_CRYPTO_INVALID_SCRYPT_PARAMS")
    if scrypt_memory(cost, block_size, parallelization) > maxmem:
        raise HostError(
            "Invalid scrypt params: error:030000AC:digital envelope routines::memory limit exceeded",
            js_name="RangeError",
            code="ERR_CRYPTO_INVALID_SCRYPT_PARAMS",
        )


def scrypt(password: bytes, salt: bytes, length: int, cost: int, block_size: int, parallelization: int, maxmem: int) -> bytes:
    check_scrypt(cost, block_size, parallelization, maxmem)
    if length == 0:
        return b""
    # hashlib checks maxmem again, with a cap of its own below 2 GiB: give it what is needed.
    needed = min(scrypt_memory(cost, block_size, parallelization) + 1024 * 1024, 2**31 - 1)
    return hashlib.scrypt(password, salt=salt, n=cost, r=block_size, p=parallelization, maxmem=needed, dklen=length)


def check_hkdf(digest: str, length: int) -> str:
    """hashlib's name of the digest; Node's error for a length past 255 blocks of it."""
    name = digest_name(digest)
    if length > 255 * hashlib.new(name).digest_size:
        raise HostError("Invalid key length", js_name="RangeError", code="ERR_CRYPTO_INVALID_KEYLEN")
    return name


def hkdf(digest: str, key: bytes, salt: bytes, info: bytes, length: int) -> bytes:
    """HKDF's extract (a pseudorandom key: the HMAC of the key under the salt) then expand
    (blocks T(i) = HMAC(prk, T(i-1) + info + i), concatenated and cut to ``length``)."""
    name = check_hkdf(digest, length)
    size = hashlib.new(name).digest_size
    prk = hmac.new(salt or bytes(size), key, name).digest()
    output = b""
    block = b""
    counter = 1
    while len(output) < length:
        block = hmac.new(prk, block + info + bytes([counter]), name).digest()
        output += block
        counter += 1
    return output[:length]
