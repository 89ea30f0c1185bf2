"""The algorithms of the Modern Algorithms in WebCrypto draft that the cryptography package
lacks, on pycryptodome: cSHAKE and KMAC (NIST SP 800-185), AES-OCB with 64- and 96-bit tags and
nonces shorter than 12 bytes, and ML-KEM-512 (FIPS 203).

Failures are raised as HostErrors named after the DOMException the draft asks for.
"""

from __future__ import annotations

import hmac
from typing import Any

from Crypto.Cipher import AES
from Crypto.Hash.cSHAKE128 import cSHAKE_XOF
from Crypto.PublicKey import MLKEM
from cryptography.hazmat.primitives import serialization

from toyjs.errors import HostError

# The Keccak capacity (bits) of each function: cSHAKE128 and KMAC128 use Keccak[256],
# cSHAKE256 and KMAC256 Keccak[512].
_CAPACITY = {"cSHAKE128": 256, "cSHAKE256": 512, "KMAC128": 256, "KMAC256": 512}


def _operation_error(message: str) -> HostError:
    return HostError(message, js_name="OperationError")


# --- SP 800-185's encodings (section 2.3) ---


def _left_encode(value: int) -> bytes:
    digits = value.to_bytes(max(1, (value.bit_length() + 7) // 8), "big")
    return bytes([len(digits)]) + digits


def _right_encode(value: int) -> bytes:
    digits = value.to_bytes(max(1, (value.bit_length() + 7) // 8), "big")
    return digits + bytes([len(digits)])


def _encode_string(text: bytes) -> bytes:
    return _left_encode(len(text) * 8) + text


def _bytepad(text: bytes, width: int) -> bytes:
    padded = _left_encode(width) + text
    return padded + bytes(-len(padded) % width)


def _squeeze(xof: Any, bits: int) -> bytes:
    """The first ``bits`` bits of an XOF's output: whole bytes, the bits past ``bits`` in the
    last byte cleared (its low bits, as Node gives them)."""
    output = bytearray(xof.read((bits + 7) // 8))
    if bits % 8:
        output[-1] &= 0xFF << (8 - bits % 8) & 0xFF
    return bytes(output)


def cshake(name: str, data: bytes, bits: int, function_name: bytes | None, customization: bytes | None) -> bytes:
    """cSHAKE128/256(X=data, L=bits, N=function_name, S=customization); with N and S empty,
    SHAKE itself (as SP 800-185 defines it)."""
    # (pycryptodome's cSHAKE_XOF takes N, its public cSHAKE*.new() only S)
    return _squeeze(cSHAKE_XOF(data, customization or b"", _CAPACITY[name], function_name or b""), bits)


def kmac(name: str, key: bytes, data: bytes, bits: int, customization: bytes | None) -> bytes:
    """KMAC128/256(K=key, X=data, L=bits, S=customization), SP 800-185 section 4.3: cSHAKE of
    bytepad(encode_string(K), rate) || X || right_encode(L), named "KMAC". (Built on cSHAKE
    here: pycryptodome's own KMAC refuses keys under 16 bytes and tags under 64 bits, which
    WebCrypto allows.)"""
    rate = (1600 - _CAPACITY[name]) // 8
    message = _bytepad(_encode_string(key), rate) + data + _right_encode(bits)
    return _squeeze(cSHAKE_XOF(message, customization or b"", _CAPACITY[name], b"KMAC"), bits)


def kmac_verify(name: str, key: bytes, data: bytes, bits: int, customization: bytes | None, signature: bytes) -> bool:
    return hmac.compare_digest(kmac(name, key, data, bits, customization), signature)


def aes_ocb(encrypting: bool, key: bytes, iv: bytes, data: bytes, additional: bytes | None, tag_bits: int) -> bytes:
    """AES-OCB (RFC 7253) with a 1 to 15 byte nonce and a 64, 96 or 128-bit tag after the
    ciphertext."""
    tag_bytes = tag_bits // 8
    cipher = AES.new(key, AES.MODE_OCB, nonce=iv, mac_len=tag_bytes)
    if additional:
        cipher.update(additional)
    if encrypting:
        body, tag = cipher.encrypt_and_digest(data)
        return body + tag
    if len(data) < tag_bytes:
        raise _operation_error("The data is shorter than the tag")
    try:
        return cipher.decrypt_and_verify(data[: len(data) - tag_bytes], data[len(data) - tag_bytes:])
    except ValueError as error:
        raise _operation_error("The authentication tag did not match") from error


# --- ML-KEM-512 ---


class MLKEM512PublicKey:
    """An ML-KEM-512 encapsulation key, with the methods of cryptography's ML-KEM public keys
    that subtle.py uses (cryptography has ML-KEM-768 and -1024 only)."""

    def __init__(self, key: Any) -> None:
        self._key = key

    @classmethod
    def from_public_bytes(cls, data: bytes) -> MLKEM512PublicKey:
        return cls(MLKEM.construct(param_set=MLKEM.ML_KEM_512, ek=bytes(data)))

    def public_bytes_raw(self) -> bytes:
        return self._key.ek

    def public_bytes(self, encoding: Any, format: Any) -> bytes:
        """SubjectPublicKeyInfo DER for the DER encoding, else the raw key."""
        return self._key.export_key(format="DER") if encoding == serialization.Encoding.DER else self._key.ek

    def encapsulate(self) -> tuple[bytes, bytes]:
        """(shared secret, ciphertext). (The package's public API makes, imports and exports
        keys; encapsulation is the method its own HPKE module calls.)"""
        return self._key._encaps()


class MLKEM512PrivateKey:
    """An ML-KEM-512 decapsulation key, known by its 64-byte seed."""

    def __init__(self, key: Any) -> None:
        self._key = key

    @classmethod
    def generate(cls) -> MLKEM512PrivateKey:
        return cls(MLKEM.generate(param_set=MLKEM.ML_KEM_512))

    @classmethod
    def from_seed_bytes(cls, seed: bytes) -> MLKEM512PrivateKey:
        if len(seed) != 64:
            raise ValueError("An ML-KEM seed is 64 bytes")
        return cls(MLKEM.construct(param_set=MLKEM.ML_KEM_512, seed=bytes(seed)))

    def public_key(self) -> MLKEM512PublicKey:
        return MLKEM512PublicKey(self._key.public_key())

    def private_bytes_raw(self) -> bytes:
        return self._key.seed

    def private_bytes(self, encoding: Any, format: Any, encryption: Any) -> bytes:
        """PKCS#8 DER holding the seed (RFC 9935's recommended form)."""
        return self._key.export_key(format="DER")

    def decapsulate(self, ciphertext: bytes) -> bytes:
        """The shared secret (FIPS 203's implicit rejection makes a wrong ciphertext of the
        right length give a pseudorandom one); ValueError for a ciphertext of another length."""
        return self._key._decaps(bytes(ciphertext))


def load_mlkem512(format: str, data: bytes) -> MLKEM512PublicKey | MLKEM512PrivateKey:
    """An ML-KEM-512 key from SubjectPublicKeyInfo or PKCS#8 DER; ValueError when the data is
    not one (or is a key of another parameter set)."""
    key = MLKEM.import_key(bytes(data))
    if key.param_set is not MLKEM.ML_KEM_512 or key.has_private() != (format == "pkcs8"):
        raise ValueError("Not an ML-KEM-512 key of that format")
    if key.has_private():
        _ = key.seed  # ValueError for a key known only in its expanded form: it has no seed to export
    return MLKEM512PrivateKey(key) if key.has_private() else MLKEM512PublicKey(key)
