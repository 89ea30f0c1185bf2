"""SubtleCrypto's operations on the cryptography package: AES (GCM, CBC, CTR, KW), the KDFs
(HKDF, PBKDF2) and asymmetric keys (RSA, EC, Ed25519, X25519); ML-KEM-512 keys come from
modern.py (on pycryptodome).

An asymmetric key stays here, parsed; JS's CryptoKey holds a dict of functions bound to it
(see ``handle``). Failures are raised as HostErrors named after the DOMException the
standard asks for (OperationError, DataError...); the JS side makes them DOMExceptions.
"""

from __future__ import annotations

import base64
import binascii
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, keywrap, padding as block_padding, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed448, ed25519, mldsa, mlkem, padding, rsa, utils, x448, x25519
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf import argon2
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC

from toyjs.errors import HostError
from toyjs.node.crypto import jwk
from toyjs.web.crypto import edwards25519
from toyjs.web.crypto.modern import MLKEM512PrivateKey, MLKEM512PublicKey, load_mlkem512

HASHES: dict[str, type[hashes.HashAlgorithm]] = {
    "SHA-1": hashes.SHA1, "SHA-256": hashes.SHA256, "SHA-384": hashes.SHA384, "SHA-512": hashes.SHA512,
    "SHA3-256": hashes.SHA3_256, "SHA3-384": hashes.SHA3_384, "SHA3-512": hashes.SHA3_512,
}
CURVES: dict[str, type[ec.EllipticCurve]] = {"P-256": ec.SECP256R1, "P-384": ec.SECP384R1, "P-521": ec.SECP521R1}
_CURVE_NAMES = {curve.name: name for name, curve in CURVES.items()}
_DER = serialization.Encoding.DER
_RAW = serialization.Encoding.Raw


def operation_error(message: str = "The operation failed for an operation-specific reason") -> HostError:
    return HostError(message, js_name="OperationError")


def data_error(message: str = "The key data is invalid") -> HostError:
    return HostError(message, js_name="DataError")


# --- AES ---


def aes_gcm(encrypting: bool, key: bytes, iv: bytes, data: bytes, additional: bytes | None, tag_bits: int) -> bytes:
    tag_bytes = tag_bits // 8
    if encrypting:
        sealed = Cipher(algorithms.AES(key), modes.GCM(iv)).encryptor()
        if additional:
            sealed.authenticate_additional_data(additional)
        body = sealed.update(data) + sealed.finalize()
        return body + sealed.tag[:tag_bytes]
    if len(data) < tag_bytes:
        raise operation_error()
    opened = Cipher(algorithms.AES(key), modes.GCM(iv, data[len(data) - tag_bytes:], min_tag_length=4)).decryptor()
    if additional:
        opened.authenticate_additional_data(additional)
    try:
        return opened.update(data[: len(data) - tag_bytes]) + opened.finalize()
    except InvalidTag as error:
        raise operation_error("The authentication tag did not match") from error


def aes_cbc(encrypting: bool, key: bytes, iv: bytes, data: bytes) -> bytes:
    cipher = Cipher(algorithms.AES(key), modes.CBC(iv))
    if encrypting:
        padder = block_padding.PKCS7(128).padder()
        padded = padder.update(data) + padder.finalize()
        work = cipher.encryptor()
        return work.update(padded) + work.finalize()
    if len(data) % 16 or not data:
        raise operation_error("The data is not a whole number of blocks")
    work = cipher.decryptor()
    padded = work.update(data) + work.finalize()
    unpadder = block_padding.PKCS7(128).unpadder()
    try:
        return unpadder.update(padded) + unpadder.finalize()
    except ValueError as error:
        raise operation_error("The padding is invalid") from error


def aes_ctr(key: bytes, counter: bytes, length: int, data: bytes) -> bytes:
    """AES-CTR where only the rightmost ``length`` bits of the counter block count (and wrap
    around), as the standard has it: the keystream is made block by block."""
    blocks = (len(data) + 15) // 16
    if length < 128 and blocks > 1 << length:
        raise operation_error("The counter would wrap around and repeat")
    start = int.from_bytes(counter, "big")
    modulus = 1 << length
    fixed, low = start & ~(modulus - 1), start & (modulus - 1)
    counters = b"".join((fixed | ((low + i) % modulus)).to_bytes(16, "big") for i in range(blocks))
    work = Cipher(algorithms.AES(key), modes.ECB()).encryptor()
    stream = work.update(counters) + work.finalize()
    mixed = int.from_bytes(data, "big") ^ int.from_bytes(stream[: len(data)], "big")
    return mixed.to_bytes(len(data), "big")


def _aead(cipher: Any, encrypting: bool, iv: bytes, data: bytes, additional: bytes | None) -> bytes:
    if encrypting:
        return cipher.encrypt(iv, data, additional)
    try:
        return cipher.decrypt(iv, data, additional)
    except InvalidTag as error:
        raise operation_error("The authentication tag did not match") from error


def chacha20_poly1305(encrypting: bool, key: bytes, iv: bytes, data: bytes, additional: bytes | None, tag_bits: int) -> bytes:
    return _aead(ChaCha20Poly1305(key), encrypting, iv, data, additional)


def aes_kw(wrapping: bool, key: bytes, data: bytes) -> bytes:
    if wrapping:
        if len(data) % 8 or len(data) < 16:
            raise operation_error("The data must be a multiple of 8 bytes, at least 16")
        return keywrap.aes_key_wrap(key, data)
    try:
        return keywrap.aes_key_unwrap(key, data)
    except (keywrap.InvalidUnwrap, ValueError) as error:
        raise operation_error("The data could not be unwrapped") from error


# --- key derivation ---


def hkdf(hash_name: str, key: bytes, salt: bytes, info: bytes, bits: int) -> bytes:
    try:
        return HKDF(HASHES[hash_name](), bits // 8, salt, info).derive(key)
    except ValueError as error:
        raise operation_error("The length is too large for HKDF") from error


def pbkdf2(hash_name: str, key: bytes, salt: bytes, iterations: int, bits: int) -> bytes:
    return PBKDF2HMAC(HASHES[hash_name](), bits // 8, salt, iterations).derive(key)


def argon2_derive(
    variant: str, key: bytes, nonce: bytes, bits: int, passes: int, parallelism: int, memory: int,
    associated: bytes | None, secret: bytes | None,
) -> bytes:
    kind = {"Argon2d": argon2.Argon2d, "Argon2i": argon2.Argon2i, "Argon2id": argon2.Argon2id}[variant]
    try:
        function = kind(salt=nonce, length=bits // 8, iterations=passes, lanes=parallelism, memory_cost=memory, ad=associated, secret=secret)
        return function.derive(key)
    except (ValueError, MemoryError) as error:  # parameters out of Argon2's ranges, or memory
        raise operation_error(str(error)) from error


# --- asymmetric keys ---


# The post-quantum keys (FIPS 203, 204), by WebCrypto's names: private and public key classes.
PQ: dict[str, tuple[type, type]] = {
    "ML-DSA-44": (mldsa.MLDSA44PrivateKey, mldsa.MLDSA44PublicKey),
    "ML-DSA-65": (mldsa.MLDSA65PrivateKey, mldsa.MLDSA65PublicKey),
    "ML-DSA-87": (mldsa.MLDSA87PrivateKey, mldsa.MLDSA87PublicKey),
    "ML-KEM-512": (MLKEM512PrivateKey, MLKEM512PublicKey),  # (not in the cryptography package)
    "ML-KEM-768": (mlkem.MLKEM768PrivateKey, mlkem.MLKEM768PublicKey),
    "ML-KEM-1024": (mlkem.MLKEM1024PrivateKey, mlkem.MLKEM1024PublicKey),
}


def _kind(key: Any) -> str:
    if isinstance(key, (rsa.RSAPrivateKey, rsa.RSAPublicKey)):
        return "RSA"
    if isinstance(key, (ec.EllipticCurvePrivateKey, ec.EllipticCurvePublicKey)):
        return "EC"
    for name, kinds in (*OKP.items(), *PQ.items()):
        if isinstance(key, kinds):
            return name
    return "other"


# The octet key pairs (RFC 8037): private and public key classes by name.
OKP: dict[str, tuple[type, type]] = {
    "Ed25519": (ed25519.Ed25519PrivateKey, ed25519.Ed25519PublicKey),
    "X25519": (x25519.X25519PrivateKey, x25519.X25519PublicKey),
    "Ed448": (ed448.Ed448PrivateKey, ed448.Ed448PublicKey),
    "X448": (x448.X448PrivateKey, x448.X448PublicKey),
}


class AsymmetricKey:
    """One private or public key, with what SubtleCrypto asks of it."""

    def __init__(self, key: Any) -> None:
        self._key = key
        self._private = not hasattr(key, "public_bytes")

    def handle(self) -> dict[str, Any]:
        return {
            "kind": _kind(self._key),
            "type": "private" if self._private else "public",
            "details": self.details(),
            "export": self.export,
            "public": lambda: AsymmetricKey(self._public()).handle(),
            "sign": self.sign,
            "verify": self.verify,
            "encrypt": self.encrypt,
            "decrypt": self.decrypt,
            "derive": self.derive,
            "encapsulate": lambda: self._key.encapsulate(),  # (shared secret, ciphertext)
            "decapsulate": self.decapsulate,
        }

    def decapsulate(self, ciphertext: bytes) -> bytes:
        try:
            return self._key.decapsulate(ciphertext)
        except ValueError as error:
            raise operation_error("The ciphertext is invalid") from error

    def _public(self) -> Any:
        return self._key.public_key() if self._private else self._key

    def details(self) -> dict[str, Any]:
        key = self._public()
        if isinstance(key, rsa.RSAPublicKey):
            exponent = key.public_numbers().e
            return {"modulusLength": key.key_size, "publicExponent": exponent.to_bytes((exponent.bit_length() + 7) // 8, "big")}
        if isinstance(key, ec.EllipticCurvePublicKey):
            return {"namedCurve": _CURVE_NAMES.get(key.curve.name, key.curve.name)}
        return {}

    def export(self, format: str) -> Any:
        if format == "jwk":
            if _kind(self._key) in PQ:
                return _pq_jwk(self._key)
            return _okp_jwk(self._key) if _kind(self._key) in OKP else jwk.export(self._key)
        if format == "raw-seed":
            return self._key.private_bytes_raw()
        if format == "spki":
            return self._public().public_bytes(_DER, serialization.PublicFormat.SubjectPublicKeyInfo)
        if format == "pkcs8":
            return self._key.private_bytes(_DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
        if isinstance(self._key, ec.EllipticCurvePublicKey):
            return self._key.public_bytes(serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint)
        return self._key.public_bytes(_RAW, serialization.PublicFormat.Raw)

    def sign(self, scheme: str, hash_name: str, parameter: Any, data: bytes) -> bytes:
        """``parameter``: RSA-PSS's salt length, or ML-DSA's context (bytes or None)."""
        key = self._key
        if isinstance(key, (ed25519.Ed25519PrivateKey, ed448.Ed448PrivateKey)):
            return key.sign(data)
        if _kind(key) in PQ:
            return key.sign(data, parameter)
        if isinstance(key, ec.EllipticCurvePrivateKey):
            r, s = utils.decode_dss_signature(key.sign(data, ec.ECDSA(HASHES[hash_name]())))
            size = (key.curve.key_size + 7) // 8
            return r.to_bytes(size, "big") + s.to_bytes(size, "big")
        algorithm = HASHES[hash_name]()
        try:
            return key.sign(data, self._rsa_padding(scheme, algorithm, parameter), algorithm)
        except ValueError as error:  # a salt too long for the modulus
            raise operation_error(str(error)) from error

    def verify(self, scheme: str, hash_name: str, parameter: Any, signature: bytes, data: bytes) -> bool:
        key = self._key
        try:
            if isinstance(key, ed25519.Ed25519PublicKey):
                # (a small-order or non-canonical key or R verifies nothing, whatever OpenSSL says)
                public = key.public_bytes(_RAW, serialization.PublicFormat.Raw)
                if not (edwards25519.is_verifiable(public) and edwards25519.is_verifiable(signature[:32])):
                    return False
                key.verify(signature, data)
            elif isinstance(key, ed448.Ed448PublicKey):
                key.verify(signature, data)
            elif _kind(key) in PQ:
                key.verify(signature, data, parameter)
            elif isinstance(key, ec.EllipticCurvePublicKey):
                size = (key.curve.key_size + 7) // 8
                if len(signature) != 2 * size:
                    return False
                r, s = int.from_bytes(signature[:size], "big"), int.from_bytes(signature[size:], "big")
                key.verify(utils.encode_dss_signature(r, s), data, ec.ECDSA(HASHES[hash_name]()))
            else:
                algorithm = HASHES[hash_name]()
                key.verify(signature, data, self._rsa_padding(scheme, algorithm, parameter), algorithm)
        except (InvalidSignature, ValueError):
            return False
        return True

    @staticmethod
    def _rsa_padding(scheme: str, algorithm: hashes.HashAlgorithm, salt_length: int) -> padding.AsymmetricPadding:
        if scheme == "RSA-PSS":
            return padding.PSS(mgf=padding.MGF1(algorithm), salt_length=salt_length)
        return padding.PKCS1v15()

    def _oaep(self, hash_name: str, label: bytes | None) -> padding.OAEP:
        algorithm = HASHES[hash_name]()
        return padding.OAEP(mgf=padding.MGF1(algorithm), algorithm=algorithm, label=label or None)

    def encrypt(self, hash_name: str, label: bytes | None, data: bytes) -> bytes:
        try:
            return self._key.encrypt(data, self._oaep(hash_name, label))
        except ValueError as error:
            raise operation_error("The data is too long for this key") from error

    def decrypt(self, hash_name: str, label: bytes | None, data: bytes) -> bytes:
        try:
            return self._key.decrypt(data, self._oaep(hash_name, label))
        except ValueError as error:
            raise operation_error("The data could not be decrypted") from error

    def derive(self, peer_spki: bytes) -> bytes:
        peer = serialization.load_der_public_key(peer_spki)
        try:
            if isinstance(self._key, ec.EllipticCurvePrivateKey):
                return self._key.exchange(ec.ECDH(), peer)  # type: ignore[arg-type]
            return self._key.exchange(peer)
        except ValueError as error:  # X25519's all-zero secret (a small-order point)
            raise operation_error("The shared secret is invalid") from error


def generate(kind: str, params: dict[str, Any]) -> dict[str, Any]:
    """A new private key's handle: kind RSA (modulusLength, publicExponent bytes), EC
    (namedCurve), Ed25519 or X25519."""
    if kind == "RSA":
        exponent = int.from_bytes(params["publicExponent"], "big")
        if exponent not in (3, 65537) or not 1024 <= params["modulusLength"] <= 16384 or params["modulusLength"] % 8:
            raise operation_error("The RSA key parameters are not supported")
        key: Any = rsa.generate_private_key(public_exponent=exponent, key_size=params["modulusLength"])
    elif kind == "EC":
        key = ec.generate_private_key(CURVES[params["namedCurve"]]())
    else:
        key = {**OKP, **PQ}[kind][0].generate()
    return AsymmetricKey(key).handle()


def _okp_jwk(key: Any) -> dict[str, str]:
    public = key.public_key() if hasattr(key, "public_key") else key
    members = {"crv": _kind(key)}
    if public is not key:
        members["d"] = _b64(key.private_bytes(_RAW, serialization.PrivateFormat.Raw, serialization.NoEncryption()))
    members.update(x=_b64(public.public_bytes(_RAW, serialization.PublicFormat.Raw)), kty="OKP")
    return members


def _pq_jwk(key: Any) -> dict[str, str]:
    """An ML-DSA key's JWK members (kty AKP): the public key, and the private seed."""
    public = key.public_key() if hasattr(key, "public_key") else key
    members = {"kty": "AKP", "pub": _b64(public.public_bytes_raw())}
    if public is not key:
        members["priv"] = _b64(key.private_bytes_raw())
    return members


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _from_b64(text: str) -> bytes:
    return base64.b64decode(text + "=" * (-len(text) % 4), altchars=b"-_", validate=True)


def _load_jwk(members: dict[str, Any]) -> Any:
    """A key from JWK members (kty checked by JS): a private one when ``d`` is there, whose
    public members must then match it."""
    if members["kty"] == "AKP":
        private_kind, public_kind = PQ[members["alg"]]
        if "priv" not in members:
            return public_kind.from_public_bytes(_from_b64(members["pub"]))
        key = private_kind.from_seed_bytes(_from_b64(members["priv"]))
        if _pq_jwk(key)["pub"] != members.get("pub"):
            raise data_error("The JWK's pub does not match its private key")
        return key
    if members["kty"] == "OKP":
        private_kind, public_kind = OKP[members["crv"]]
        if "d" not in members:
            return public_kind.from_public_bytes(_from_b64(members["x"]))
        key = private_kind.from_private_bytes(_from_b64(members["d"]))
        if _okp_jwk(key)["x"] != members.get("x"):
            raise data_error("The JWK's x does not match its private key")
        return key
    key = jwk.load(members, "d" in members, validate=False)
    if "d" in members and members["kty"] != "RSA":
        public = jwk.export(key.public_key())
        for name in ("x", "y"):
            if name in public and members.get(name) != public[name]:
                raise data_error("The JWK's public members do not match its private key")
    return key


def import_key(kind: str, format: str, data: Any, named_curve: str | None) -> dict[str, Any]:
    """A key's handle from spki/pkcs8 DER, raw bytes or (checked) JWK members; DataError when
    the data is not a key of ``kind`` (and curve)."""
    try:
        if kind == "ML-KEM-512" and format in ("spki", "pkcs8"):
            key: Any = load_mlkem512(format, data)
        elif format == "spki":
            key = serialization.load_der_public_key(data)
        elif format == "pkcs8":
            key = serialization.load_der_private_key(data, None, unsafe_skip_rsa_key_validation=True)
        elif format == "jwk":
            key = _load_jwk(data)
        elif format == "raw-seed":
            key = PQ[kind][0].from_seed_bytes(data)
        elif kind == "EC":
            key = ec.EllipticCurvePublicKey.from_encoded_point(CURVES[str(named_curve)](), data)
        else:
            key = {**OKP, **PQ}[kind][1].from_public_bytes(data)
    except (ValueError, TypeError, KeyError, binascii.Error, HostError, UnsupportedAlgorithm) as error:
        raise data_error() from error
    if _kind(key) != kind:
        raise data_error("The key is not of the algorithm's kind")
    if kind == "EC" and _CURVE_NAMES.get(key.curve.name) != named_curve:
        raise data_error("The key's curve is not the named curve")
    return AsymmetricKey(key).handle()
