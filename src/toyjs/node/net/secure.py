"""TLS for node:net's connections (node:tls, node:https): Python's ssl contexts built from
Node's options, the facts of a finished handshake, and Node's errors for failed ones.

A context needs its certificate and key as files (``load_cert_chain`` reads only files), so
PEM given as text goes through an anonymous file in memory (memfd): a private key never
touches the disk.
"""

from __future__ import annotations

import datetime
import os
import ssl
import warnings
from typing import Any

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes

from toyjs.engine import undefined

# OpenSSL's names of the certificate errors Node reports (X509_V_ERR_*), by number.
VERIFY_CODES = {
    2: "UNABLE_TO_GET_ISSUER_CERT",
    9: "CERT_NOT_YET_VALID",
    10: "CERT_HAS_EXPIRED",
    18: "DEPTH_ZERO_SELF_SIGNED_CERT",
    19: "SELF_SIGNED_CERT_IN_CHAIN",
    20: "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
    21: "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
    23: "CERT_REVOKED",
}
# ... and their wording (OpenSSL's, as Node's messages are).
VERIFY_MESSAGES = {
    "CERT_NOT_YET_VALID": "certificate is not yet valid",
    "CERT_HAS_EXPIRED": "certificate has expired",
    "DEPTH_ZERO_SELF_SIGNED_CERT": "self-signed certificate",
    "UNABLE_TO_VERIFY_LEAF_SIGNATURE": "unable to verify the first certificate",
}
HOSTNAME_MISMATCH = 62


def _pem_text(value: Any) -> str:
    """A PEM option (a string or a buffer, or an array of them) as one text."""
    if isinstance(value, list):
        return "\n".join(_pem_text(item) for item in value)
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value).decode("latin-1")
    return str(value)


def _load_identity(context: ssl.SSLContext, cert: Any, key: Any) -> None:
    descriptor = os.memfd_create("toyjs-tls-identity", os.MFD_CLOEXEC)
    try:
        os.write(descriptor, (_pem_text(key) + "\n" + _pem_text(cert) + "\n").encode())
        context.load_cert_chain(f"/proc/self/fd/{descriptor}")
    finally:
        os.close(descriptor)


def _given(options: dict[str, Any], name: str) -> Any:
    value = options.get(name, undefined)
    return None if value is undefined or value is None else value


def client_context(options: dict[str, Any]) -> ssl.SSLContext:
    """A client's context: the system's CAs (or ``ca``), verifying unless rejectUnauthorized is
    false (then the handshake accepts any certificate and ``facts`` judges it afterwards)."""
    ca = _given(options, "ca")
    context = ssl.create_default_context(cadata=_pem_text(ca) if ca is not None else None)
    if options.get("rejectUnauthorized") is False:
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    _common(context, options)
    return context


def server_context(options: dict[str, Any]) -> ssl.SSLContext:
    """A server's context: its key and certificate; client certificates asked for with
    requestCert (checked against ``ca`` when rejectUnauthorized is not false)."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ca = _given(options, "ca")
    if ca is not None:
        context.load_verify_locations(cadata=_pem_text(ca))
    if options.get("requestCert") is True:
        context.verify_mode = ssl.CERT_OPTIONAL if options.get("rejectUnauthorized") is False else ssl.CERT_REQUIRED
    _common(context, options)
    return context


def _common(context: ssl.SSLContext, options: dict[str, Any]) -> None:
    cert, key = _given(options, "cert"), _given(options, "key")
    if cert is not None and key is not None:
        _load_identity(context, cert, key)
    protocols = _given(options, "ALPNProtocols")
    if protocols:
        context.set_alpn_protocols([_pem_text(item) for item in protocols])


def failure(error: BaseException) -> dict[str, Any] | None:
    """A handshake's failure as Node's error facts (``tls`` marks them), or None when it is
    not one of TLS's own (a refused connection, say)."""
    if isinstance(error, ssl.SSLCertVerificationError):
        if error.verify_code == HOSTNAME_MISMATCH:
            return {"tls": True, "code": "ERR_TLS_CERT_ALTNAME_INVALID",
                    "message": f"Hostname/IP does not match certificate's altnames: {error.verify_message}"}
        code = VERIFY_CODES.get(error.verify_code, "UNABLE_TO_VERIFY_LEAF_SIGNATURE")
        return {"tls": True, "code": code, "message": error.verify_message}
    if isinstance(error, ssl.SSLError):
        reason = (error.reason or "handshake failure").lower()
        return {"tls": True, "code": f"ERR_SSL_{(error.reason or 'HANDSHAKE_FAILURE').upper()}", "message": reason}
    return None


def facts(transport: Any, options: dict[str, Any], verified: bool) -> dict[str, Any]:
    """What JS's TLSSocket shows of a finished handshake: whether the peer's certificate is
    trusted (and why not), the protocol ALPN chose, and the certificate itself."""
    ssl_object = transport.get_extra_info("ssl_object")
    der = ssl_object.getpeercert(binary_form=True) if ssl_object is not None else None
    if verified:
        problem = None if der is not None else "UNABLE_TO_GET_ISSUER_CERT"
    else:
        problem = _judge(der, options)
    return {
        "authorized": problem is None,
        "authorizationError": problem,
        "alpnProtocol": (ssl_object.selected_alpn_protocol() if ssl_object is not None else None) or False,
        "protocol": ssl_object.version() if ssl_object is not None else None,
        "peerCertificate": _describe(der) if der is not None else {},
    }


def _judge(der: bytes | None, options: dict[str, Any]) -> str | None:
    """Why a certificate the handshake did not verify is not trusted (None: it is). Python
    3.11 shows only the peer's own certificate, so this judges the first link only: trusted
    as given, or signed by a trusted certificate, within its dates."""
    if der is None:
        return "UNABLE_TO_GET_ISSUER_CERT"
    leaf = x509.load_der_x509_certificate(der)
    now = datetime.datetime.now(datetime.timezone.utc)
    if now < leaf.not_valid_before_utc:
        return "CERT_NOT_YET_VALID"
    if now > leaf.not_valid_after_utc:
        return "CERT_HAS_EXPIRED"
    for trusted in _trusted(options):
        if trusted == leaf:
            return None
        try:
            leaf.verify_directly_issued_by(trusted)
            return None
        except (ValueError, TypeError, InvalidSignature):
            continue
    return "DEPTH_ZERO_SELF_SIGNED_CERT" if leaf.issuer == leaf.subject else "UNABLE_TO_VERIFY_LEAF_SIGNATURE"


def _trusted(options: dict[str, Any]) -> list[x509.Certificate]:
    ca = _given(options, "ca")
    if ca is not None:
        return x509.load_pem_x509_certificates(_pem_text(ca).encode("latin-1"))
    context = ssl.create_default_context()
    with warnings.catch_warnings():  # some system roots break RFC 5280 (a negative serial)
        warnings.simplefilter("ignore")
        return [x509.load_der_x509_certificate(der) for der in context.get_ca_certs(binary_form=True)]


def _describe(der: bytes) -> dict[str, Any]:
    """The basics of Node's getPeerCertificate(): subject, issuer, altnames, dates, serial and
    fingerprints."""
    cert = x509.load_der_x509_certificate(der)
    return {
        "subject": _names(cert.subject),
        "issuer": _names(cert.issuer),
        "subjectaltname": _altnames(cert),
        "valid_from": _date(cert.not_valid_before_utc),
        "valid_to": _date(cert.not_valid_after_utc),
        "serialNumber": format(cert.serial_number, "X"),
        "fingerprint": _fingerprint(cert, hashes.SHA1()),
        "fingerprint256": _fingerprint(cert, hashes.SHA256()),
        "raw": der,
    }


def _names(name: x509.Name) -> dict[str, str]:
    return {attribute.rfc4514_attribute_name: str(attribute.value) for attribute in name}


def _altnames(cert: x509.Certificate) -> Any:
    try:
        names = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    except x509.ExtensionNotFound:
        return undefined
    parts = [f"DNS:{value}" for value in names.get_values_for_type(x509.DNSName)]
    parts += [f"IP Address:{value}" for value in names.get_values_for_type(x509.IPAddress)]
    return ", ".join(parts)


def _date(moment: datetime.datetime) -> str:
    return moment.strftime("%b %e %H:%M:%S %Y GMT")


def _fingerprint(cert: x509.Certificate, algorithm: hashes.HashAlgorithm) -> str:
    return ":".join(f"{byte:02X}" for byte in cert.fingerprint(algorithm))
