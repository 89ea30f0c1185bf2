"""JSON Web Keys (RFC 7517/7518) for node:crypto's asymmetric keys: a key's members as
KeyObject.export({ format: "jwk" }) gives them, and a key made from members
(createPrivateKey/createPublicKey({ key, format: "jwk" })).

Members are in Node's order; numbers are big-endian base64url without padding, the EC
coordinates and private scalar padded to the curve's size. The JS side checks the members'
presence and types (and throws Node's errors for those); here the values are checked.
"""

from __future__ import annotations

import base64
import binascii
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa, x25519

from toyjs.errors import HostError

# JWK curve names <-> cryptography's curves.
EC_CURVES: dict[str, type[ec.EllipticCurve]] = {
    "P-256": ec.SECP256R1,
    "secp256k1": ec.SECP256K1,
    "P-384": ec.SECP384R1,
    "P-521": ec.SECP521R1,
}
_EC_NAMES = {curve.name: name for name, curve in EC_CURVES.items()}
_RAW = serialization.Encoding.Raw


def _encode(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _decode(text: str) -> bytes:
    """base64url (padded or not; Node takes either) to bytes."""
    try:
        return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError):
        return b""


def _integer(value: int, size: int = 0) -> str:
    return _encode(value.to_bytes(max(size, (value.bit_length() + 7) // 8, 1), "big"))


def _number(text: str) -> int:
    return int.from_bytes(_decode(text), "big")


def invalid(what: str = "data") -> HostError:
    return HostError(f"Invalid JWK {what}", js_name="TypeError", code="ERR_CRYPTO_INVALID_JWK")


def export(key: Any) -> dict[str, str]:
    """The JWK members of a private or public key."""
    private = not hasattr(key, "public_bytes")
    if isinstance(key, (rsa.RSAPrivateKey, rsa.RSAPublicKey)):
        public = (key.public_key() if private else key).public_numbers()
        members = {"kty": "RSA", "n": _integer(public.n), "e": _integer(public.e)}
        if private:
            numbers = key.private_numbers()
            members.update(
                d=_integer(numbers.d), p=_integer(numbers.p), q=_integer(numbers.q),
                dp=_integer(numbers.dmp1), dq=_integer(numbers.dmq1), qi=_integer(numbers.iqmp),
            )
        return members
    if isinstance(key, (ec.EllipticCurvePrivateKey, ec.EllipticCurvePublicKey)):
        if key.curve.name not in _EC_NAMES:
            raise HostError(f"Unsupported JWK EC curve: {key.curve.name}.", code="ERR_CRYPTO_JWK_UNSUPPORTED_CURVE")
        size = (key.curve.key_size + 7) // 8
        point = (key.public_key() if private else key).public_numbers()
        members = {"kty": "EC", "x": _integer(point.x, size), "y": _integer(point.y, size), "crv": _EC_NAMES[key.curve.name]}
        if private:
            members["d"] = _integer(key.private_numbers().private_value, size)
        return members
    if isinstance(key, (ed25519.Ed25519PrivateKey, ed25519.Ed25519PublicKey, x25519.X25519PrivateKey, x25519.X25519PublicKey)):
        curve = "Ed25519" if isinstance(key, (ed25519.Ed25519PrivateKey, ed25519.Ed25519PublicKey)) else "X25519"
        public = key.public_key() if private else key
        members = {"crv": curve}
        if private:
            members["d"] = _encode(key.private_bytes(_RAW, serialization.PrivateFormat.Raw, serialization.NoEncryption()))
        members.update(x=_encode(public.public_bytes(_RAW, serialization.PublicFormat.Raw)), kty="OKP")
        return members
    raise HostError("Unsupported JWK Key Type.", code="ERR_CRYPTO_JWK_UNSUPPORTED_KEY_TYPE")


def load(members: dict[str, Any], private: bool, validate: bool = True) -> Any:
    """A key from JWK members whose presence JS checked; ``private``: make the private key (else
    the public one, from the public members only). ``validate``: check an RSA private key's
    numbers (costly: WebCrypto leaves it to the operations that use the key)."""
    kind = members["kty"]
    if kind == "RSA":
        return _load_rsa(members, private, validate)
    if kind == "EC":
        return _load_ec(members, private)
    return _load_okp(members, private)


def _load_rsa(members: dict[str, Any], private: bool, validate: bool) -> Any:
    public = rsa.RSAPublicNumbers(_number(members["e"]), _number(members["n"]))
    try:
        if not private:
            return public.public_key()
        numbers = rsa.RSAPrivateNumbers(
            p=_number(members["p"]), q=_number(members["q"]), d=_number(members["d"]),
            dmp1=_number(members["dp"]), dmq1=_number(members["dq"]), iqmp=_number(members["qi"]), public_numbers=public,
        )
        return numbers.private_key(unsafe_skip_rsa_key_validation=not validate)
    except ValueError as error:
        raise invalid("RSA key") from error


def _load_ec(members: dict[str, Any], private: bool) -> Any:
    curve = EC_CURVES[members["crv"]]()
    size = (curve.key_size + 7) // 8
    x, y = _decode(members["x"]), _decode(members["y"])
    if len(x) != size or len(y) != size:
        raise invalid("EC key")
    try:
        public = ec.EllipticCurvePublicNumbers(int.from_bytes(x, "big"), int.from_bytes(y, "big"), curve)
        if not private:
            return public.public_key()
        key = ec.derive_private_key(_number(members["d"]), curve)
    except ValueError as error:
        raise invalid("EC key") from error
    if key.public_key().public_numbers() != public:
        raise invalid("EC key")
    return key


def _load_okp(members: dict[str, Any], private: bool) -> Any:
    kinds = {"Ed25519": (ed25519.Ed25519PrivateKey, ed25519.Ed25519PublicKey), "X25519": (x25519.X25519PrivateKey, x25519.X25519PublicKey)}
    if members["crv"] not in kinds:  # Ed448 and X448: not in this build
        raise invalid()
    private_kind, public_kind = kinds[members["crv"]]
    try:
        if not private:
            return public_kind.from_public_bytes(_decode(members["x"]))
        return private_kind.from_private_bytes(_decode(members["d"]))  # x is not compared, as in Node
    except ValueError as error:
        raise invalid() from error
