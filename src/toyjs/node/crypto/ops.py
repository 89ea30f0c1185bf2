"""The Python side of node:crypto: hashes and HMACs (hashing.py), key derivation (kdf.py),
ciphers (ciphers.py), asymmetric keys (keys.py) and the OS's randomness.

The callback forms of the costly functions (pbkdf2, scrypt, hkdf, generateKeyPair) run on a
worker thread; JS gets a promise settled in a later macrotask, and calls back from it.
"""

from __future__ import annotations

import asyncio
import os
import secrets
from typing import Any, Callable

from . import certificates, ciphers, exchange, hashing, kdf, keys, primes


def random_int(low: int, high: int) -> int:
    """A uniformly chosen integer in [low, high)."""
    return low + secrets.randbelow(high - low)


def ops(runtime: Any) -> dict[str, Callable[..., Any]]:
    def off_the_loop(function: Callable[..., Any]) -> Callable[..., Any]:
        """``function`` run on a worker thread: the op returns a promise of its result."""

        def start(*args: Any) -> Any:
            return runtime.loop.start(asyncio.to_thread(function, *args))

        start.__name__ = function.__name__
        return start

    return {
        "cryptoNextTurn": lambda: runtime.loop.start(asyncio.sleep(0)),
        "cryptoHashNames": hashing.hash_names,
        "cryptoHashNew": hashing.new_hash,
        "cryptoHmacNew": hashing.new_hmac,
        "cryptoRandomBytes": os.urandom,
        "cryptoRandomBytesAsync": off_the_loop(os.urandom),
        "cryptoRandomInt": random_int,
        "cryptoKdfDigest": kdf.digest_name,
        "cryptoPbkdf2": kdf.pbkdf2,
        "cryptoPbkdf2Async": off_the_loop(kdf.pbkdf2),
        "cryptoScryptCheck": kdf.check_scrypt,
        "cryptoScrypt": kdf.scrypt,
        "cryptoScryptAsync": off_the_loop(kdf.scrypt),
        "cryptoHkdfCheck": kdf.check_hkdf,
        "cryptoHkdf": kdf.hkdf,
        "cryptoHkdfAsync": off_the_loop(kdf.hkdf),
        "cryptoCipherNames": ciphers.cipher_names,
        "cryptoCipherNew": ciphers.new_cipher,
        "cryptoKeyGenerate": keys.generate,
        "cryptoKeyGenerateAsync": off_the_loop(keys.generate),
        "cryptoKeyLoadPrivate": keys.load_private,
        "cryptoKeyLoadPublic": keys.load_public,
        "cryptoKeyLoadJwk": keys.load_jwk,
        "cryptoX509Load": certificates.load,
        "cryptoPrimeCheck": primes.check_prime,
        "cryptoPrimeCheckAsync": off_the_loop(primes.check_prime),
        "cryptoPrimeGenerate": primes.generate_prime,
        "cryptoPrimeGenerateAsync": off_the_loop(primes.generate_prime),
        "cryptoEcdhNew": lambda curve: exchange.Ecdh(curve).methods(),
        "cryptoEcdhConvertKey": exchange.convert_key,
        "cryptoEcdhCurves": lambda: list(exchange.ECDH_CURVES),
        "cryptoDhNew": exchange.new_diffie_hellman,
        "cryptoDhGenerate": exchange.generate_diffie_hellman,
        "cryptoDhGroup": exchange.named_group,
    }
