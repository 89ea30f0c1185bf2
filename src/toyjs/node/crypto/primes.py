"""Primes for node:crypto: checkPrime, generatePrime, and DiffieHellman's verifyError.

Python's integers do the arithmetic: trial division by the small primes, then Miller-Rabin
with random bases.
"""

from __future__ import annotations

import math
import secrets

from toyjs.errors import HostError

_SMALL_PRIMES = [n for n in range(3, 1000, 2) if all(n % d for d in range(3, int(n**0.5) + 1, 2))]
_DEFAULT_ROUNDS = 20


def probably_prime(n: int, rounds: int = _DEFAULT_ROUNDS) -> bool:
    """Whether ``n`` is prime, wrong with a chance below 4^-rounds."""
    if n < 4:
        return n in (2, 3)
    if n % 2 == 0 or any(n % p == 0 for p in _SMALL_PRIMES if p < n):
        return False
    d, s = n - 1, 0
    while d % 2 == 0:
        d, s = d // 2, s + 1
    for _ in range(max(rounds, 1)):
        x = pow(2 + secrets.randbelow(n - 3), d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


def check_prime(candidate: bytes, checks: int) -> bool:
    """checkPrime: ``candidate`` big-endian; ``checks`` Miller-Rabin rounds (0: our default)."""
    return probably_prime(int.from_bytes(candidate, "big"), checks or _DEFAULT_ROUNDS)


def generate_prime(bits: int, safe: bool, add: bytes | None, rem: bytes | None) -> bytes:
    """generatePrime: a prime of exactly ``bits`` bits (its top two bits set, as OpenSSL's are),
    safe ((p - 1) / 2 prime too) when asked, and p % add == rem when ``add`` is given (rem
    defaulting to 1, or 3 for a safe prime). Big-endian bytes."""
    if bits < (3 if safe else 2):
        raise HostError("error:01800076:bignum routines::bits too small")
    modulus = int.from_bytes(add, "big") if add is not None else 0
    remainder = int.from_bytes(rem, "big") if rem is not None else (3 if safe else 1)
    if modulus:
        if modulus.bit_length() > bits:
            raise HostError("invalid options.add", js_name="RangeError", code="ERR_OUT_OF_RANGE")
        # A remainder sharing a factor with add leaves no prime to find: fail rather than search forever.
        if remainder >= modulus or math.gcd(remainder, modulus) != 1:
            raise HostError("invalid options.rem", js_name="RangeError", code="ERR_OUT_OF_RANGE")
    top = 3 << (bits - 2)
    while True:
        candidate = secrets.randbits(bits) | top | 1
        if modulus:
            candidate += (remainder - candidate) % modulus
            if candidate.bit_length() != bits:
                continue
        if probably_prime(candidate) and (not safe or probably_prime(candidate // 2)):
            return candidate.to_bytes((bits + 7) // 8, "big")
