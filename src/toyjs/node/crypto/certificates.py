"""node:crypto's X509Certificate on the cryptography package's x509: a certificate's fields
written as Node (OpenSSL) writes them, the host, email and IP checks, and signature checks.

A parsed certificate stays here; JS gets its fields and its methods' functions.
"""

from __future__ import annotations

import fnmatch
import ipaddress
from typing import Any, Callable

from cryptography import x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa
from cryptography.x509.oid import AuthorityInformationAccessOID, ExtensionOID, NameOID

from toyjs.errors import HostError

# OpenSSL's short names of the attributes a distinguished name commonly has.
_ATTRIBUTE_NAMES = {
    NameOID.COUNTRY_NAME: "C",
    NameOID.STATE_OR_PROVINCE_NAME: "ST",
    NameOID.LOCALITY_NAME: "L",
    NameOID.ORGANIZATION_NAME: "O",
    NameOID.ORGANIZATIONAL_UNIT_NAME: "OU",
    NameOID.COMMON_NAME: "CN",
    NameOID.EMAIL_ADDRESS: "emailAddress",
    NameOID.SERIAL_NUMBER: "serialNumber",
    NameOID.STREET_ADDRESS: "street",
    NameOID.DOMAIN_COMPONENT: "DC",
    NameOID.USER_ID: "UID",
    NameOID.GIVEN_NAME: "GN",
    NameOID.SURNAME: "SN",
    NameOID.TITLE: "title",
    NameOID.POSTAL_CODE: "postalCode",
    NameOID.BUSINESS_CATEGORY: "businessCategory",
    NameOID.JURISDICTION_COUNTRY_NAME: "jurisdictionC",
    NameOID.JURISDICTION_STATE_OR_PROVINCE_NAME: "jurisdictionST",
    NameOID.JURISDICTION_LOCALITY_NAME: "jurisdictionL",
}
_ACCESS_METHODS = {AuthorityInformationAccessOID.OCSP: "OCSP", AuthorityInformationAccessOID.CA_ISSUERS: "CA Issuers"}
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _name(name: x509.Name) -> str:
    """One "NAME=value" line per attribute, in the certificate's order."""
    lines = []
    for attribute in name:
        label = _ATTRIBUTE_NAMES.get(attribute.oid, attribute.oid.dotted_string)
        lines.append(f"{label}={attribute.value}")
    return "\n".join(lines)


def _time(moment: Any) -> str:
    """OpenSSL's ASN1_TIME_print: "Jan  1 00:00:00 2024 GMT"."""
    return f"{_MONTHS[moment.month - 1]} {moment.day:2d} {moment:%H:%M:%S} {moment.year} GMT"


def _colon_hex(data: bytes) -> str:
    return ":".join(f"{byte:02X}" for byte in data)


def _ip_text(address: Any) -> str:
    """An IP as OpenSSL prints it: IPv6 as eight groups in hexadecimal, none shortened."""
    if isinstance(address, ipaddress.IPv6Address):
        packed = address.packed
        return ":".join(f"{int.from_bytes(packed[i:i + 2], 'big'):X}" for i in range(0, 16, 2))
    return str(address)


def _general_name(name: x509.GeneralName) -> str:
    if isinstance(name, x509.DNSName):
        return f"DNS:{name.value}"
    if isinstance(name, x509.IPAddress):
        return f"IP Address:{_ip_text(name.value)}"
    if isinstance(name, x509.RFC822Name):
        return f"email:{name.value}"
    if isinstance(name, x509.UniformResourceIdentifier):
        return f"URI:{name.value}"
    if isinstance(name, x509.DirectoryName):
        return "DirName:" + "".join(f"/{line}" for line in _name(name.value).split("\n"))
    if isinstance(name, x509.RegisteredID):
        return f"Registered ID:{name.value.dotted_string}"
    return "othername:<unsupported>"


def _extension(certificate: x509.Certificate, oid: x509.ObjectIdentifier) -> Any:
    try:
        return certificate.extensions.get_extension_for_oid(oid).value
    except x509.ExtensionNotFound:
        return None


def _parse_error(pem: bool) -> HostError:
    if pem:
        return HostError("error:068000A8:asn1 encoding routines::wrong tag", code="ERR_OSSL_ASN1_WRONG_TAG")
    return HostError("error:0480006C:PEM routines::no start line", code="ERR_OSSL_PEM_NO_START_LINE")


def _dns_matches(pattern: str, host: str, wildcards: bool, partial_wildcards: bool) -> bool:
    """Whether a certificate's DNS name matches a host: equal but for case, or a wildcard in
    the leftmost label standing for one label (or part of one, with partial wildcards)."""
    pattern, host = pattern.lower().rstrip("."), host.lower().rstrip(".")
    if "*" not in pattern:
        return pattern == host
    first, _, rest = pattern.partition(".")
    host_first, _, host_rest = host.partition(".")
    if not wildcards or "*" in rest or rest.count(".") < 1 or rest != host_rest or not host_first:
        return False
    if first == "*":
        return True
    return partial_wildcards and first.count("*") == 1 and fnmatch.fnmatchcase(host_first, first)


class Certificate:
    """A parsed certificate and what X509Certificate asks of it."""

    def __init__(self, data: bytes) -> None:
        pem = b"-----BEGIN" in data
        try:
            self._certificate = x509.load_pem_x509_certificate(data) if pem else x509.load_der_x509_certificate(data)
        except ValueError as error:
            raise _parse_error(pem) from error
        self._der = self._certificate.public_bytes(serialization.Encoding.DER)

    def fields(self) -> dict[str, Any]:
        certificate = self._certificate
        names = _extension(certificate, ExtensionOID.SUBJECT_ALTERNATIVE_NAME)
        access = _extension(certificate, ExtensionOID.AUTHORITY_INFORMATION_ACCESS)
        usage = _extension(certificate, ExtensionOID.EXTENDED_KEY_USAGE)
        constraints = _extension(certificate, ExtensionOID.BASIC_CONSTRAINTS)
        serial = f"{certificate.serial_number:X}"
        return {
            "subject": _name(certificate.subject),
            "issuer": _name(certificate.issuer),
            "subjectAltName": None if names is None else ", ".join(_general_name(name) for name in names),
            "infoAccess": None if access is None else "\n".join(
                f"{_ACCESS_METHODS.get(item.access_method, item.access_method.dotted_string)} - {_general_name(item.access_location)}"
                for item in access
            ),
            "validFrom": _time(certificate.not_valid_before_utc),
            "validTo": _time(certificate.not_valid_after_utc),
            "fingerprint": _colon_hex(certificate.fingerprint(hashes.SHA1())),
            "fingerprint256": _colon_hex(certificate.fingerprint(hashes.SHA256())),
            "fingerprint512": _colon_hex(certificate.fingerprint(hashes.SHA512())),
            "keyUsage": None if usage is None else [oid.dotted_string for oid in usage],
            "serialNumber": serial.zfill(len(serial) + len(serial) % 2),
            "ca": bool(constraints is not None and constraints.ca),
            "pem": certificate.public_bytes(serialization.Encoding.PEM).decode("ascii"),
            "raw": self._der,
            "spki": certificate.public_key().public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo),
        }

    def methods(self) -> dict[str, Callable[..., Any]]:
        return {
            "fields": self.fields,
            "checkHost": self.check_host,
            "checkEmail": self.check_email,
            "checkIP": self.check_ip,
            "checkIssued": self.check_issued,
            "matchesKey": self.matches_key,
            "verify": self.verify,
        }

    def _alternative_names(self, kind: type[x509.GeneralName]) -> list[Any]:
        names = _extension(self._certificate, ExtensionOID.SUBJECT_ALTERNATIVE_NAME)
        return [] if names is None else names.get_values_for_type(kind)

    def _subject_values(self, oid: x509.ObjectIdentifier) -> list[str]:
        return [str(attribute.value) for attribute in self._certificate.subject.get_attributes_for_oid(oid)]

    def check_host(self, host: str, subject: str, wildcards: bool, partial_wildcards: bool) -> str | None:
        """The certificate's name that matches ``host``; the subject's common names count when
        ``subject`` is "always", or "default" and there are no DNS alternative names."""
        if not host:
            return None
        candidates = self._alternative_names(x509.DNSName)
        if subject == "always" or (subject == "default" and not candidates):
            candidates = candidates + self._subject_values(NameOID.COMMON_NAME)
        for candidate in candidates:
            if _dns_matches(candidate, host, wildcards, partial_wildcards):
                return candidate
        return None

    def check_email(self, email: str, subject: str) -> bool:
        candidates = self._alternative_names(x509.RFC822Name)
        if subject == "always" or (subject == "default" and not candidates):
            candidates = candidates + self._subject_values(NameOID.EMAIL_ADDRESS)
        return any(candidate.lower() == email.lower() for candidate in candidates)

    def check_ip(self, ip: str) -> bool:
        wanted = ipaddress.ip_address(ip)
        return any(address == wanted for address in self._alternative_names(x509.IPAddress))

    def check_issued(self, issuer_der: bytes) -> bool:
        """Whether the certificate in ``issuer_der`` could have issued this one: its subject is
        this one's issuer, and the key identifiers agree when both are given."""
        issuer = x509.load_der_x509_certificate(issuer_der)
        if issuer.subject != self._certificate.issuer:
            return False
        authority = _extension(self._certificate, ExtensionOID.AUTHORITY_KEY_IDENTIFIER)
        subject_key = _extension(issuer, ExtensionOID.SUBJECT_KEY_IDENTIFIER)
        if authority is not None and authority.key_identifier is not None and subject_key is not None:
            return bool(authority.key_identifier == subject_key.digest)
        return True

    def matches_key(self, spki: bytes) -> bool:
        """Whether the public key (SPKI DER) is this certificate's."""
        mine = self._certificate.public_key().public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
        return mine == spki

    def verify(self, spki: bytes) -> bool:
        """Whether the public key (SPKI DER) made this certificate's signature."""
        key = serialization.load_der_public_key(spki)
        certificate = self._certificate
        signature, signed = certificate.signature, certificate.tbs_certificate_bytes
        try:
            parameters = certificate.signature_algorithm_parameters
            if isinstance(key, rsa.RSAPublicKey) and certificate.signature_hash_algorithm is not None:
                key.verify(signature, signed, parameters, certificate.signature_hash_algorithm)  # type: ignore[arg-type]
            elif isinstance(key, ec.EllipticCurvePublicKey) and isinstance(parameters, ec.ECDSA):
                key.verify(signature, signed, parameters)
            elif isinstance(key, ed25519.Ed25519PublicKey) and parameters is None:
                key.verify(signature, signed)
            else:
                return False
        except (InvalidSignature, UnsupportedAlgorithm, TypeError, ValueError):
            return False
        return True


def load(data: bytes) -> dict[str, Callable[..., Any]]:
    return Certificate(data).methods()
