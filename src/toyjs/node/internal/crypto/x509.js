// node:crypto's X509Certificate: a certificate's fields as Node gives them, its host, email
// and IP checks, and whether a key signed it or belongs to it. Parsing and the checks
// themselves are Python's (certificates.py).
"use strict";
const { ArrayBufferIsView, ArrayPrototypeIncludes, TypeError, inspectCustom } = core.primordials;
const { codedError, invalidArgType, invalidArgValue, validateObject, validateString } = require("internal/errors");
const { dataBytes, asBuffer } = require("internal/crypto/util");
const { isKeyObject, materialOf, createPublicKey } = require("internal/crypto/keys");
const { ipVersion } = require("internal/net/address");
const { ops } = core;

const SUBJECT_CHOICES = ["default", "always", "never"];

// checkHost and checkEmail's options: whether the subject's names count, and wildcards.
function checkOptions(options) {
  if (options === undefined) return { subject: "default", wildcards: true, partialWildcards: true };
  validateObject(options, "options");
  const { subject = "default", wildcards = true, partialWildcards = true } = options;
  if (!ArrayPrototypeIncludes(SUBJECT_CHOICES, subject)) throw invalidArgValue("options.subject", subject);
  return { subject, wildcards: !!wildcards, partialWildcards: !!partialWildcards };
}

// The public key in SPKI DER of a KeyObject checked to be of `type` (public or private).
function spkiOf(pkey, type) {
  if (!isKeyObject(pkey)) throw invalidArgType("pkey", "KeyObject", pkey);
  if (pkey.type !== type) throw invalidArgValue("pkey", pkey);
  const handle = type === "private" ? materialOf(pkey).public() : materialOf(pkey);
  return handle.export("der", "spki");
}

class X509Certificate {
  #handle;
  #fields;
  #publicKey;
  #raw;

  constructor(buffer) {
    if (typeof buffer !== "string" && !ArrayBufferIsView(buffer)) {
      throw invalidArgType("buffer", ["string", "Buffer", "TypedArray", "DataView"], buffer);
    }
    this.#handle = ops.cryptoX509Load(dataBytes(buffer, undefined, "buffer"));
    this.#fields = this.#handle.fields();
  }

  get subject() { return this.#fields.subject; }
  get subjectAltName() { return this.#fields.subjectAltName ?? undefined; }
  get issuer() { return this.#fields.issuer; }
  get issuerCertificate() { return undefined; } // only a TLS peer's certificate knows its issuer's
  get infoAccess() { return this.#fields.infoAccess ?? undefined; }
  get validFrom() { return this.#fields.validFrom; }
  get validTo() { return this.#fields.validTo; }
  get fingerprint() { return this.#fields.fingerprint; }
  get fingerprint256() { return this.#fields.fingerprint256; }
  get fingerprint512() { return this.#fields.fingerprint512; }
  get keyUsage() { return this.#fields.keyUsage ?? undefined; }
  get serialNumber() { return this.#fields.serialNumber; }

  get raw() {
    this.#raw ??= asBuffer(this.#fields.raw);
    return this.#raw;
  }

  get publicKey() {
    this.#publicKey ??= createPublicKey({ key: asBuffer(this.#fields.spki), format: "der", type: "spki" });
    return this.#publicKey;
  }

  toString() { return this.#fields.pem; }
  toJSON() { return this.#fields.pem; }
  get ca() { return this.#fields.ca; }

  checkHost(name, options) {
    validateString(name, "name");
    const { subject, wildcards, partialWildcards } = checkOptions(options);
    return this.#handle.checkHost(name, subject, wildcards, partialWildcards) ?? undefined;
  }

  checkEmail(email, options) {
    validateString(email, "email");
    return this.#handle.checkEmail(email, checkOptions(options).subject) ? email : undefined;
  }

  checkIP(ip) {
    validateString(ip, "ip");
    if (ipVersion(ip) === 0) throw codedError(TypeError, "ERR_INVALID_ARG_VALUE", "Invalid IP");
    return this.#handle.checkIP(ip) ? ip : undefined;
  }

  checkIssued(otherCert) {
    if (otherCert === null || typeof otherCert !== "object" || !(#handle in otherCert)) throw invalidArgType("otherCert", "X509Certificate", otherCert);
    return this.#handle.checkIssued(otherCert.#fields.raw);
  }

  checkPrivateKey(pkey) {
    return this.#handle.matchesKey(spkiOf(pkey, "private"));
  }

  verify(pkey) {
    return this.#handle.verify(spkiOf(pkey, "public"));
  }

  // util.inspect shows the fields, as Node does.
  [inspectCustom](depth, options, inspect) {
    if (depth < 0) return this;
    const shown = new (class X509Certificate {})();
    shown.subject = this.subject;
    shown.subjectAltName = this.subjectAltName;
    shown.issuer = this.issuer;
    shown.infoAccess = this.infoAccess;
    shown.validFrom = this.validFrom;
    shown.validTo = this.validTo;
    shown.fingerprint = this.fingerprint;
    shown.fingerprint256 = this.fingerprint256;
    shown.fingerprint512 = this.fingerprint512;
    shown.keyUsage = this.keyUsage;
    shown.serialNumber = this.serialNumber;
    return inspect(shown, { ...options, depth: options.depth === null ? null : options.depth - 1 });
  }
}

module.exports = { X509Certificate };
