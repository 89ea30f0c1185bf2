"""node:crypto's asymmetric keys on the cryptography package: generating, loading (PEM, DER,
certificates), exporting, signing and verifying.

A key stays here, parsed; JS's KeyObject holds its methods as functions. Formats are named as
Node names them: pem/der, and for the structure spki or pkcs1 (public), pkcs8, pkcs1 or sec1
(private).
"""

from __future__ import annotations

from typing import Any, Callable

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, padding, rsa, utils, x25519

from toyjs.errors import HostError

from . import jwk, rsa_cipher
from .exchange import ECDH_CURVES
from .hashing import digest_algorithm

# Node's names of the curves (OpenSSL's, and the NIST ones it also takes).
CURVES: dict[str, type[ec.EllipticCurve]] = {
    "prime256v1": ec.SECP256R1,
    "p-256": ec.SECP256R1,
    "secp256r1": ec.SECP256R1,
    "secp384r1": ec.SECP384R1,
    "p-384": ec.SECP384R1,
    "secp521r1": ec.SECP521R1,
    "p-521": ec.SECP521R1,
    "secp256k1": ec.SECP256K1,
}
# The package's curve names that OpenSSL spells otherwise.
CURVE_NAMES = {"secp256r1": "prime256v1", "secp192r1": "prime192v1"}

# crypto.constants' values for RSA padding and PSS salt lengths.
RSA_PKCS1_PADDING = 1
RSA_PKCS1_PSS_PADDING = 6
RSA_PSS_SALTLEN_DIGEST = -1
RSA_PSS_SALTLEN_MAX_SIGN = -2
RSA_PSS_SALTLEN_AUTO = -2

_PRIVATE_FORMATS = {
    "pkcs8": serialization.PrivateFormat.PKCS8,
    "pkcs1": serialization.PrivateFormat.TraditionalOpenSSL,
    "sec1": serialization.PrivateFormat.TraditionalOpenSSL,
}
_PUBLIC_FORMATS = {"spki": serialization.PublicFormat.SubjectPublicKeyInfo, "pkcs1": serialization.PublicFormat.PKCS1}


def _unsupported() -> HostError:
    return HostError("error:1E08010C:DECODER routines::unsupported", code="ERR_OSSL_UNSUPPORTED")


def _invalid_encoding(what: str) -> HostError:
    return HostError(what, code="ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS")


def key_type(key: Any) -> str:
    """Node's asymmetricKeyType of a key."""
    if isinstance(key, (rsa.RSAPrivateKey, rsa.RSAPublicKey)):
        return "rsa"
    if isinstance(key, (ec.EllipticCurvePrivateKey, ec.EllipticCurvePublicKey)):
        return "ec"
    if isinstance(key, (ed25519.Ed25519PrivateKey, ed25519.Ed25519PublicKey)):
        return "ed25519"
    if isinstance(key, (x25519.X25519PrivateKey, x25519.X25519PublicKey)):
        return "x25519"
    raise _unsupported()


def _hash(name: Any) -> hashes.HashAlgorithm:
    algorithm = digest_algorithm(str(name))
    if algorithm is None:
        raise HostError(f"Invalid digest: {name}", js_name="TypeError", code="ERR_CRYPTO_INVALID_DIGEST")
    return algorithm


class Key:
    """A private or public key, with what KeyObject, sign and verify ask of it."""

    def __init__(self, key: Any) -> None:
        self._key = key
        self._private = not hasattr(key, "public_bytes")

    def methods(self) -> dict[str, Callable[..., Any]]:
        return {
            "type": "private" if self._private else "public",
            "asymmetricKeyType": key_type(self._key),
            "details": self.details,
            "export": self.export,
            "jwk": lambda: jwk.export(self._key),
            "publicEncrypt": lambda *args: rsa_cipher.public_encrypt(self._key, *args),
            "privateDecrypt": lambda *args: rsa_cipher.private_decrypt(self._key, *args),
            "privateEncrypt": lambda *args: rsa_cipher.private_encrypt(self._key, *args),
            "publicDecrypt": lambda *args: rsa_cipher.public_decrypt(self._key, *args),
            "exchange": self.exchange,
            "public": self.public,
            "sign": self.sign,
            "verify": self.verify,
        }

    def details(self) -> dict[str, Any]:
        """asymmetricKeyDetails: the public exponent as a decimal string (JS makes it a BigInt)."""
        key = self._key
        if isinstance(key, (rsa.RSAPrivateKey, rsa.RSAPublicKey)):
            numbers = key.public_key().public_numbers() if self._private else key.public_numbers()
            return {"modulusLength": key.key_size, "publicExponent": str(numbers.e)}
        if isinstance(key, (ec.EllipticCurvePrivateKey, ec.EllipticCurvePublicKey)):
            return {"namedCurve": CURVE_NAMES.get(key.curve.name, key.curve.name)}
        return {}

    def public(self) -> dict[str, Callable[..., Any]]:
        return Key(self._key.public_key() if self._private else self._key).methods()

    def export(self, format: str, structure: str, cipher: str | None = None, passphrase: bytes | None = None) -> bytes | str:
        """The key as PEM text or DER bytes in ``structure``."""
        encoding = serialization.Encoding.PEM if format == "pem" else serialization.Encoding.DER
        kind = key_type(self._key)
        if self._private:
            if structure not in _PRIVATE_FORMATS or (structure == "pkcs1" and kind != "rsa") or (structure == "sec1" and kind != "ec"):
                raise _invalid_encoding(f"The selected key encoding {structure} can only be used for {'RSA' if structure == 'pkcs1' else 'EC'} keys.")
            protection: serialization.KeySerializationEncryption = serialization.NoEncryption()
            if passphrase is not None and cipher is not None:
                protection = serialization.BestAvailableEncryption(passphrase)
            data = self._key.private_bytes(encoding, _PRIVATE_FORMATS[structure], protection)
        else:
            if structure not in _PUBLIC_FORMATS or (structure == "pkcs1" and kind != "rsa"):
                raise _invalid_encoding(f"The selected key encoding {structure} can only be used for RSA keys.")
            data = self._key.public_bytes(encoding, _PUBLIC_FORMATS[structure])
        return data.decode("ascii") if format == "pem" else data

    def sign(self, digest: Any, data: bytes, rsa_padding: Any, salt_length: Any, dsa_encoding: str) -> bytes:
        key = self._key
        if not self._private:
            raise HostError("error:1E08010C:DECODER routines::unsupported", code="ERR_OSSL_UNSUPPORTED")
        if isinstance(key, ed25519.Ed25519PrivateKey):
            return key.sign(data)
        if isinstance(key, rsa.RSAPrivateKey):
            algorithm = _hash(digest if digest is not None else "sha256")
            return key.sign(data, self._rsa_padding(algorithm, rsa_padding, salt_length, signing=True), algorithm)
        if isinstance(key, ec.EllipticCurvePrivateKey):
            algorithm = _hash(digest if digest is not None else "sha256")
            signature = key.sign(data, ec.ECDSA(algorithm))
            if dsa_encoding == "ieee-p1363":
                r, s = utils.decode_dss_signature(signature)
                size = (key.curve.key_size + 7) // 8
                return r.to_bytes(size, "big") + s.to_bytes(size, "big")
            return signature
        raise HostError("operation not supported for this keytype", code="ERR_OSSL_EVP_OPERATION_NOT_SUPPORTED_FOR_THIS_KEYTYPE")

    def verify(self, digest: Any, data: bytes, signature: bytes, rsa_padding: Any, salt_length: Any, dsa_encoding: str) -> bool:
        key = self._key.public_key() if self._private else self._key
        try:
            if isinstance(key, ed25519.Ed25519PublicKey):
                key.verify(signature, data)
            elif isinstance(key, rsa.RSAPublicKey):
                algorithm = _hash(digest if digest is not None else "sha256")
                key.verify(signature, data, self._rsa_padding(algorithm, rsa_padding, salt_length, signing=False), algorithm)
            elif isinstance(key, ec.EllipticCurvePublicKey):
                algorithm = _hash(digest if digest is not None else "sha256")
                if dsa_encoding == "ieee-p1363":
                    size = (key.curve.key_size + 7) // 8
                    if len(signature) != 2 * size:
                        return False
                    r, s = int.from_bytes(signature[:size], "big"), int.from_bytes(signature[size:], "big")
                    signature = utils.encode_dss_signature(r, s)
                key.verify(signature, data, ec.ECDSA(algorithm))
            else:
                raise HostError("operation not supported for this keytype", code="ERR_OSSL_EVP_OPERATION_NOT_SUPPORTED_FOR_THIS_KEYTYPE")
        except InvalidSignature:
            return False
        return True

    def exchange(self, peer_spki: bytes) -> bytes:
        """crypto.diffieHellman's secret with a peer's public key (SPKI DER); JS checked that
        both keys are of one kind, ec or x25519."""
        peer = serialization.load_der_public_key(peer_spki)
        if isinstance(self._key, ec.EllipticCurvePrivateKey):
            if peer.curve.name != self._key.curve.name:  # type: ignore[attr-defined]
                raise HostError("error:1C8000CB:Provider routines::mismatching domain parameters", code="ERR_OSSL_MISMATCHING_DOMAIN_PARAMETERS")
            return self._key.exchange(ec.ECDH(), peer)
        return self._key.exchange(peer)

    @staticmethod
    def _rsa_padding(algorithm: hashes.HashAlgorithm, rsa_padding: Any, salt_length: Any, signing: bool) -> padding.AsymmetricPadding:
        if rsa_padding != RSA_PKCS1_PSS_PADDING:
            return padding.PKCS1v15()
        if salt_length == RSA_PSS_SALTLEN_DIGEST:
            salt: Any = padding.PSS.DIGEST_LENGTH
        elif isinstance(salt_length, int) and salt_length >= 0:
            salt = salt_length
        else:
            salt = padding.PSS.MAX_LENGTH if signing else padding.PSS.AUTO
        return padding.PSS(mgf=padding.MGF1(algorithm), salt_length=salt)


def load_private(data: bytes, format: str, passphrase: bytes | None) -> dict[str, Callable[..., Any]]:
    """A private key from PEM text or DER bytes (PKCS#8, PKCS#1 or SEC1: the data says which)."""
    if passphrase is None and format == "pem" and b"-----BEGIN ENCRYPTED PRIVATE KEY-----" in data:
        raise HostError("Passphrase required for encrypted key", js_name="TypeError", code="ERR_MISSING_PASSPHRASE")
    load = serialization.load_pem_private_key if format == "pem" else serialization.load_der_private_key
    try:
        try:
            key = load(data, passphrase)
        except TypeError:
            if passphrase is None:
                raise
            key = load(data, None)  # a passphrase for a key that has none: unused, as in Node
    except (TypeError, ValueError) as error:
        raise _unsupported() from error
    return Key(key).methods()


def load_public(data: bytes, format: str) -> dict[str, Callable[..., Any]]:
    """A public key from SPKI or PKCS#1, from a certificate, or from a private key's PEM."""
    try:
        if format != "pem":
            return Key(serialization.load_der_public_key(data)).methods()
        if b"CERTIFICATE-----" in data:
            return Key(x509.load_pem_x509_certificate(data).public_key()).methods()
        if b"PRIVATE KEY-----" in data:
            return Key(serialization.load_pem_private_key(data, None).public_key()).methods()
        return Key(serialization.load_pem_public_key(data)).methods()
    except (ValueError, TypeError) as error:
        raise _unsupported() from error


def load_jwk(members: dict[str, Any], private: bool) -> dict[str, Callable[..., Any]]:
    """A private (or public) key from a JWK's members (see jwk.py)."""
    return Key(jwk.load(members, private)).methods()


def generate(kind: str, options: dict[str, Any]) -> dict[str, Callable[..., Any]]:
    """A new private key of ``kind`` (rsa, ec, ed25519, x25519); ``options``: modulusLength,
    publicExponent and namedCurve, checked by the JS side."""
    if kind == "rsa":
        try:
            key: Any = rsa.generate_private_key(public_exponent=options["publicExponent"], key_size=options["modulusLength"])
        except ValueError as error:  # a size or exponent the package refuses (below 1024 bits)
            raise HostError(str(error), js_name="RangeError", code="ERR_OUT_OF_RANGE") from error
    elif kind == "ec":
        name = str(options.get("namedCurve"))
        curve = CURVES.get(name.lower()) or ECDH_CURVES.get(name)
        if curve is None:
            raise HostError("Invalid EC curve name", js_name="TypeError", code="ERR_CRYPTO_INVALID_CURVE")
        key = ec.generate_private_key(curve())
    elif kind == "ed25519":
        key = ed25519.Ed25519PrivateKey.generate()
    elif kind == "x25519":
        key = x25519.X25519PrivateKey.generate()
    else:
        raise HostError(f"The argument 'type' must be a supported key type. Received '{kind}'", js_name="TypeError", code="ERR_INVALID_ARG_VALUE")
    return Key(key).methods()
