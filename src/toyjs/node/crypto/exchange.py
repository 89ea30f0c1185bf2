"""node:crypto's key exchanges: ECDH (createECDH, ECDH.convertKey) on the cryptography
package's curves, and finite-field Diffie-Hellman (createDiffieHellman, getDiffieHellman).

An exchange in progress stays here; JS gets its methods as functions. Finite-field DH is
modular exponentiation on Python's integers (the cryptography package refuses the small and
unchecked groups Node accepts); the named groups are RFC 2409/3526's, computed from their
definition rather than spelled out.
"""

from __future__ import annotations

import functools
import secrets
import warnings
from typing import Any, Callable

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import dh, ec

from toyjs.errors import HostError

from .primes import probably_prime

# OpenSSL's names of the curves the cryptography package has, in getCurves()'s order.
ECDH_CURVES: dict[str, type[ec.EllipticCurve]] = {
    "brainpoolP256r1": ec.BrainpoolP256R1,
    "brainpoolP384r1": ec.BrainpoolP384R1,
    "brainpoolP512r1": ec.BrainpoolP512R1,
    "prime192v1": ec.SECP192R1,
    "prime256v1": ec.SECP256R1,
    "secp224r1": ec.SECP224R1,
    "secp256k1": ec.SECP256K1,
    "secp384r1": ec.SECP384R1,
    "secp521r1": ec.SECP521R1,
}

_X962 = serialization.Encoding.X962
_POINT_FORMATS = {"compressed": serialization.PublicFormat.CompressedPoint, "uncompressed": serialization.PublicFormat.UncompressedPoint}


def _failed(what: str) -> HostError:
    return HostError(what, code="ERR_CRYPTO_OPERATION_FAILED")


def invalid_curve() -> HostError:
    return HostError("Invalid EC curve name", js_name="TypeError", code="ERR_CRYPTO_INVALID_CURVE")


def _curve(name: str) -> ec.EllipticCurve:
    if name not in ECDH_CURVES:
        raise invalid_curve()
    return ECDH_CURVES[name]()


def _encode_point(key: ec.EllipticCurvePublicKey, form: str) -> bytes:
    """The point as X9.62 octets; "hybrid" is the uncompressed form tagged 6 or 7 by y's parity."""
    if form == "hybrid":
        point = key.public_bytes(_X962, serialization.PublicFormat.UncompressedPoint)
        return bytes([6 | (point[-1] & 1)]) + point[1:]
    return key.public_bytes(_X962, _POINT_FORMATS[form])


def _decode_point(curve: ec.EllipticCurve, data: bytes) -> ec.EllipticCurvePublicKey:
    """A point in any of the three forms; ValueError when it is none on ``curve``."""
    if data[:1] in (b"\x06", b"\x07"):
        size = (curve.key_size + 7) // 8
        if len(data) != 1 + 2 * size or (data[-1] & 1) != (data[0] & 1):
            raise ValueError("not a hybrid point")
        data = b"\x04" + data[1:]
    return ec.EllipticCurvePublicKey.from_encoded_point(curve, data)


def convert_key(data: bytes, curve_name: str, form: str) -> bytes:
    """ECDH.convertKey: a public point in another form."""
    curve = _curve(curve_name)
    try:
        point = _decode_point(curve, data)
    except ValueError as error:
        raise _failed("Failed to convert Buffer to EC_POINT") from error
    return _encode_point(point, form)


def _minimal_bytes(value: int) -> bytes:
    return value.to_bytes(max(1, (value.bit_length() + 7) // 8), "big")


class Ecdh:
    """One side of an ECDH exchange: its private key (when made or set) and public point."""

    def __init__(self, curve_name: str) -> None:
        self._curve = _curve(curve_name)
        self._private: ec.EllipticCurvePrivateKey | None = None
        self._public: ec.EllipticCurvePublicKey | None = None

    def methods(self) -> dict[str, Callable[..., Any]]:
        return {
            "generateKeys": self.generate_keys,
            "computeSecret": self.compute_secret,
            "getPublicKey": self.get_public_key,
            "getPrivateKey": self.get_private_key,
            "setPrivateKey": self.set_private_key,
            "setPublicKey": self.set_public_key,
        }

    def generate_keys(self) -> None:
        self._private = ec.generate_private_key(self._curve)
        self._public = self._private.public_key()

    def get_public_key(self, form: str) -> bytes:
        if self._public is None:
            raise _failed("Failed to get ECDH public key")
        return _encode_point(self._public, form)

    def get_private_key(self) -> bytes:
        if self._private is None:
            raise _failed("Failed to get ECDH private key")
        return _minimal_bytes(self._private.private_numbers().private_value)

    def set_private_key(self, data: bytes) -> None:
        try:
            self._private = ec.derive_private_key(int.from_bytes(data, "big"), self._curve)
        except ValueError as error:  # zero, or not below the curve's order
            raise HostError("Private key is not valid for specified curve.", js_name="RangeError", code="ERR_CRYPTO_INVALID_KEYTYPE") from error
        self._public = self._private.public_key()

    def set_public_key(self, data: bytes) -> None:
        try:
            self._public = _decode_point(self._curve, data)
        except ValueError as error:
            raise _failed("Failed to convert Buffer to EC_POINT") from error

    def compute_secret(self, data: bytes) -> bytes:
        try:
            peer = _decode_point(self._curve, data)
        except ValueError as error:
            raise HostError("Public key is not valid for specified curve", code="ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY") from error
        if self._private is None:
            raise HostError("Invalid key pair", js_name="RangeError", code="ERR_CRYPTO_INVALID_KEYPAIR")
        return self._private.exchange(ec.ECDH(), peer)


# ── Finite-field Diffie-Hellman ──

# The named groups: bits and the offset k of p = 2^n - 2^(n-64) - 1 + 2^64 * (floor(2^(n-130) pi) + k).
_GROUPS = {
    "modp1": (768, 149686),
    "modp2": (1024, 129093),
    "modp5": (1536, 741804),
    "modp14": (2048, 124476),
    "modp15": (3072, 1690314),
    "modp16": (4096, 240904),
    "modp17": (6144, 929484),
    "modp18": (8192, 4743158),
}

# DH_check's flags, as verifyError gives them.
_P_NOT_PRIME = 0x01
_P_NOT_SAFE_PRIME = 0x02
_NOT_SUITABLE_GENERATOR = 0x08
_MODULUS_TOO_SMALL = 0x80
_MIN_BITS = 512


def _arctan_inverse(x: int, bits: int) -> int:
    """atan(1/x) * 2^bits, by its Taylor series on integers."""
    term = total = (1 << bits) // x
    n, sign = 1, -1
    while term:
        term //= x * x
        n += 2
        total += sign * (term // n)
        sign = -sign
    return total


def _pi_scaled(bits: int) -> int:
    """floor(pi * 2^bits), by Machin's formula with guard bits."""
    guard = 32
    return (16 * _arctan_inverse(5, bits + guard) - 4 * _arctan_inverse(239, bits + guard)) >> guard


def group_prime(name: str) -> int:
    if name not in _GROUPS:
        raise HostError("Unknown DH group", code="ERR_CRYPTO_UNKNOWN_DH_GROUP")
    bits, offset = _GROUPS[name]
    return 2**bits - 2 ** (bits - 64) - 1 + 2**64 * (_pi_scaled(bits - 130) + offset)


@functools.cache
def _group_primes() -> frozenset[int]:
    return frozenset(group_prime(name) for name in _GROUPS)


def _modulus_too_small() -> HostError:
    return HostError("error:0280007E:Diffie-Hellman routines::modulus too small", code="ERR_OSSL_DH_MODULUS_TOO_SMALL")


def _bad_generator() -> HostError:
    return HostError("error:02800065:Diffie-Hellman routines::bad generator", code="ERR_OSSL_DH_BAD_GENERATOR")


def _private_bits(prime: int) -> int:
    """Twice the group's security strength (as OpenSSL sizes private keys for groups with no
    subgroup order)."""
    bits = prime.bit_length()
    strength = 80 if bits <= 1024 else 112 if bits <= 2048 else 128 if bits <= 3072 else 192 if bits <= 7680 else 256
    return min(2 * strength, bits - 1)


class DiffieHellman:
    """One side of a finite-field exchange over (prime, generator)."""

    def __init__(self, prime: int, generator: int, checked: bool = False) -> None:
        """``checked``: a named group, known to be sound."""
        self._prime = prime
        self._generator = generator
        self._checked = checked
        self._private: int | None = None
        self._public: int | None = None

    def methods(self) -> dict[str, Callable[..., Any]]:
        return {
            "verifyError": self.verify_error,
            "generateKeys": self.generate_keys,
            "computeSecret": self.compute_secret,
            "getPrime": lambda: _minimal_bytes(self._prime),
            "getGenerator": lambda: _minimal_bytes(self._generator),
            "getPublicKey": self.get_public_key,
            "getPrivateKey": self.get_private_key,
            "setPublicKey": self.set_public_key,
            "setPrivateKey": self.set_private_key,
        }

    def verify_error(self) -> int:
        """DH_check's findings about the group (asked for when read: testing a large prime
        takes a while)."""
        if self._checked:
            return 0
        p, g = self._prime, self._generator
        flags = _MODULUS_TOO_SMALL if p.bit_length() < _MIN_BITS else 0
        if g < 2 or g >= p - 1:
            flags |= _NOT_SUITABLE_GENERATOR
        if p in _group_primes():  # a named group's prime, known to be safe
            return flags
        if not probably_prime(p):
            flags |= _P_NOT_PRIME
        elif not probably_prime((p - 1) // 2):
            flags |= _P_NOT_SAFE_PRIME
        return flags

    def generate_keys(self) -> bytes:
        """A new private key unless one was set; the public key from it."""
        if self._prime.bit_length() < _MIN_BITS:
            raise _modulus_too_small()
        if self._private is None:
            bits = _private_bits(self._prime)
            self._private = secrets.randbits(bits - 1) | (1 << (bits - 1))
        self._public = pow(self._generator, self._private, self._prime)
        return _minimal_bytes(self._public)

    def get_public_key(self) -> bytes:
        if self._public is None:
            raise HostError("No public key - did you forget to generate one?", code="ERR_CRYPTO_INVALID_STATE")
        return _minimal_bytes(self._public)

    def get_private_key(self) -> bytes:
        if self._private is None:
            raise HostError("No private key - did you forget to generate one?", code="ERR_CRYPTO_INVALID_STATE")
        return _minimal_bytes(self._private)

    def set_public_key(self, data: bytes) -> None:
        self._public = int.from_bytes(data, "big")

    def set_private_key(self, data: bytes) -> None:
        self._private = int.from_bytes(data, "big")

    def compute_secret(self, data: bytes) -> bytes:
        """The shared secret, as many bytes as the prime has."""
        if self._private is None:
            raise HostError("Invalid key type", js_name="RangeError", code="ERR_CRYPTO_INVALID_KEYTYPE")
        peer = int.from_bytes(data, "big")
        if peer <= 1:
            raise HostError("Supplied key is too small", js_name="RangeError", code="ERR_CRYPTO_INVALID_KEYLEN")
        if peer >= self._prime - 1:
            raise HostError("Supplied key is too large", js_name="RangeError", code="ERR_CRYPTO_INVALID_KEYLEN")
        return pow(peer, self._private, self._prime).to_bytes((self._prime.bit_length() + 7) // 8, "big")


def new_diffie_hellman(prime: bytes, generator: bytes) -> dict[str, Any]:
    p, g = int.from_bytes(prime, "big"), int.from_bytes(generator, "big")
    if p == 0 and not prime:
        raise HostError("error:01800076:bignum routines::bits too small", code="ERR_OSSL_BN_BITS_TOO_SMALL")
    if g <= 1:
        raise _bad_generator()
    return DiffieHellman(p, g).methods()


def generate_diffie_hellman(bits: int, generator_bytes: bytes) -> dict[str, Any]:
    """A group with a new safe prime of ``bits``. The package makes primes for the generators
    2 and 5; another generator gets a prime made for 2 (a safe prime: any generator in range
    gives a large subgroup)."""
    generator = int.from_bytes(generator_bytes, "big")
    if bits < _MIN_BITS:
        raise _modulus_too_small()
    if generator <= 1:
        raise _bad_generator()
    with warnings.catch_warnings():  # the package means to drop finite-field DH; Node has it
        warnings.simplefilter("ignore")
        made_for = generator if generator in (2, 5) else 2
        prime = dh.generate_parameters(generator=made_for, key_size=bits).parameter_numbers().p
    return DiffieHellman(prime, generator, checked=generator < prime - 1).methods()


def named_group(name: str) -> dict[str, Any]:
    return DiffieHellman(group_prime(name), 2, checked=True).methods()
