"""node:crypto's ciphers on the cryptography package: AES in CBC, ECB, CTR and GCM modes, and
ChaCha20-Poly1305 (RFC 8439, built here from the package's ChaCha20 and Poly1305 so that it
streams as Node's does: each update gives its bytes at once).

A cipher in progress stays here; JS gets its methods as functions. Errors carry Node's codes
and OpenSSL's messages, as Node reports them.
"""

from __future__ import annotations

import hmac
import struct
from typing import Any, Callable

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import padding, poly1305
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from toyjs.errors import HostError

AES_KEY_BITS = (128, 192, 256)
AES_MODES = ("cbc", "ecb", "ctr", "gcm")
BLOCK_BITS = 128


def cipher_names() -> list[str]:
    """The ciphers toyjs has, as getCiphers() names them."""
    names = [f"aes-{bits}-{mode}" for bits in AES_KEY_BITS for mode in AES_MODES]
    return sorted([*names, "chacha20-poly1305"])


def _error(message: str, code: str | None = None, js_name: str = "Error") -> HostError:
    return HostError(message, js_name=js_name, code=code)


def _openssl_error(reason: str, number: str, code: str) -> HostError:
    return _error(f"error:{number}:Provider routines::{reason}", code)


def unauthenticated() -> HostError:
    return _error("Unsupported state or unable to authenticate data")


class Stream:
    """One AES encryption or decryption (the mode's own padding and tag handled here)."""

    def __init__(self, mode: str, key: bytes, iv: bytes, decrypt: bool, tag_length: int) -> None:
        self._decrypt = decrypt
        self._mode = mode
        self._tag_length = tag_length
        self._padding = mode in ("cbc", "ecb")
        self._pending_tag: bytes | None = None
        self._tag = b""
        self._buffered = 0  # bytes given but not yet a whole block (unpadded block modes)
        cipher_mode = {
            "cbc": lambda: modes.CBC(iv),
            "ecb": lambda: modes.ECB(),
            "ctr": lambda: modes.CTR(iv),
            "gcm": lambda: modes.GCM(iv, min_tag_length=4),
        }[mode]()
        cipher = Cipher(algorithms.AES(key), cipher_mode)
        self._context: Any = cipher.decryptor() if decrypt else cipher.encryptor()
        self._padder: Any = None

    def set_auto_padding(self, on: bool) -> None:
        self._padding = on and self._mode in ("cbc", "ecb")

    def set_aad(self, data: bytes) -> None:
        self._context.authenticate_additional_data(data)

    def set_auth_tag(self, tag: bytes) -> None:
        self._pending_tag = tag

    def auth_tag(self) -> bytes:
        return self._tag

    def update(self, data: bytes) -> bytes:
        if self._mode in ("cbc", "ecb"):
            if self._padder is None:
                pkcs7 = padding.PKCS7(BLOCK_BITS)
                self._padder = (pkcs7.unpadder() if self._decrypt else pkcs7.padder()) if self._padding else False
            if self._padder:
                if self._decrypt:
                    return self._padder.update(self._context.update(data))
                return self._context.update(self._padder.update(data))
            self._buffered = (self._buffered + len(data)) % 16
        return self._context.update(data)

    def final(self) -> bytes:
        if self._mode == "gcm":
            return self._final_gcm()
        if self._mode in ("cbc", "ecb"):
            return self._final_block()
        return self._context.finalize()

    def _final_block(self) -> bytes:
        if self._padder is None:
            self.update(b"")
        if not self._padder:
            if self._buffered:
                raise _openssl_error("wrong final block length", "1C80006B", "ERR_OSSL_WRONG_FINAL_BLOCK_LENGTH")
            return self._context.finalize()
        if not self._decrypt:
            return self._context.update(self._padder.finalize()) + self._context.finalize()
        try:
            self._context.finalize()
        except ValueError:
            raise _openssl_error("wrong final block length", "1C80006B", "ERR_OSSL_WRONG_FINAL_BLOCK_LENGTH") from None
        try:
            return self._padder.finalize()
        except ValueError:
            raise _openssl_error("bad decrypt", "1C800064", "ERR_OSSL_BAD_DECRYPT") from None

    def _final_gcm(self) -> bytes:
        if not self._decrypt:
            output = self._context.finalize()
            self._tag = self._context.tag[: self._tag_length]
            return output
        if self._pending_tag is None:
            raise unauthenticated()
        try:
            return self._context.finalize_with_tag(self._pending_tag)
        except (InvalidTag, ValueError):
            raise unauthenticated() from None


class ChaChaPoly:
    """ChaCha20-Poly1305 (RFC 8439 §2.8): the Poly1305 key is the first 32 bytes of the
    keystream's block 0; the text is enciphered from block 1; the tag covers the AAD and the
    ciphertext, each padded to 16 bytes, then both lengths as 64-bit little-endian numbers."""

    def __init__(self, key: bytes, nonce: bytes, decrypt: bool, tag_length: int) -> None:
        self._decrypt = decrypt
        self._tag_length = tag_length
        one_time_key = Cipher(algorithms.ChaCha20(key, struct.pack("<I", 0) + nonce), None).encryptor().update(bytes(32))
        self._mac = poly1305.Poly1305(one_time_key)
        self._stream = Cipher(algorithms.ChaCha20(key, struct.pack("<I", 1) + nonce), None).encryptor()
        self._aad_length = 0
        self._text_length = 0
        self._pending_tag: bytes | None = None
        self._tag = b""

    def set_auto_padding(self, on: bool) -> None:
        pass  # a stream cipher has no padding

    def set_aad(self, data: bytes) -> None:
        self._mac.update(data + bytes(-len(data) % 16))
        self._aad_length += len(data)

    def set_auth_tag(self, tag: bytes) -> None:
        self._pending_tag = tag

    def auth_tag(self) -> bytes:
        return self._tag

    def update(self, data: bytes) -> bytes:
        output = self._stream.update(data)
        self._mac.update(data if self._decrypt else output)
        self._text_length += len(data)
        return output

    def final(self) -> bytes:
        self._mac.update(bytes(-self._text_length % 16) + struct.pack("<QQ", self._aad_length, self._text_length))
        tag = self._mac.finalize()[: self._tag_length]
        if not self._decrypt:
            self._tag = tag
        elif self._pending_tag is None or not hmac.compare_digest(tag, self._pending_tag):
            raise unauthenticated()
        return b""


def _parse(name: str) -> tuple[str, int, str]:
    """("aes", key bytes, mode) or ("chacha20-poly1305", 32, ""); Node's error for others."""
    lowered = name.lower()
    if lowered == "chacha20-poly1305":
        return lowered, 32, ""
    parts = lowered.split("-")
    if len(parts) == 3 and parts[0] == "aes" and parts[1].isdigit() and int(parts[1]) in AES_KEY_BITS and parts[2] in AES_MODES:
        return "aes", int(parts[1]) // 8, parts[2]
    raise _error("Unknown cipher", "ERR_CRYPTO_UNKNOWN_CIPHER")


def _check_iv(kind: str, mode: str, iv: Any) -> None:
    if kind == "aes" and mode == "ecb":
        valid = iv is None or len(iv) == 0
    elif kind == "aes" and mode == "gcm":
        valid = iv is not None and 8 <= len(iv) <= 128
    elif kind == "aes":
        valid = iv is not None and len(iv) == 16
    else:
        valid = iv is not None and len(iv) == 12
    if not valid:
        raise _error("Invalid initialization vector", "ERR_CRYPTO_INVALID_IV", "TypeError")


def new_cipher(name: str, key: bytes, iv: Any, decrypt: bool, tag_length: Any) -> dict[str, Callable[..., Any]]:
    """A cipher (or decipher) of ``name``; ``iv`` is bytes or None; ``tag_length`` the AEAD's
    tag length in bytes, or undefined for its default of 16."""
    kind, key_length, mode = _parse(name)
    if len(key) != key_length:
        raise _error("Invalid key length", "ERR_CRYPTO_INVALID_KEYLEN", "RangeError")
    _check_iv(kind, mode, iv)
    aead = kind != "aes" or mode == "gcm"
    length = tag_length if isinstance(tag_length, int) else 16
    if aead and not (4 <= length <= 16 and (kind != "aes" or length in (4, 8) or length >= 12)):
        raise _error(f"Invalid authentication tag length: {length}", "ERR_CRYPTO_INVALID_AUTH_TAG", "TypeError")
    stream: Stream | ChaChaPoly
    if kind == "aes":
        stream = Stream(mode, key, iv or b"", decrypt, length)
    else:
        stream = ChaChaPoly(key, iv, decrypt, length)
    return {
        "update": stream.update,
        "final": stream.final,
        "setAutoPadding": stream.set_auto_padding,
        "setAAD": stream.set_aad,
        "setAuthTag": stream.set_auth_tag,
        "authTag": stream.auth_tag,
        "aead": aead,
    }
