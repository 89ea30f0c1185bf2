// WebCrypto's algorithm normalization: the WebIDL conversions of SubtleCrypto's arguments, and
// the registry of which algorithm each operation knows, with the dictionary of its parameters.
(function (core, ops) {
  "use strict";
  const { DOMException, viewBytes } = core;
  const {
    ArrayBuffer, ArrayBufferIsView, MathTrunc, Number, NumberIsFinite, ObjectKeys, String, StringPrototypeToUpperCase,
    TypeError, Uint8Array, TypedArrayPrototypeSlice,
  } = core.primordials;

  // --- WebIDL conversions ---

  // A BufferSource's bytes, copied (the standard takes a copy when a method is called).
  function bufferSource(value, what) {
    if (value instanceof ArrayBuffer) return new Uint8Array(TypedArrayPrototypeSlice(new Uint8Array(value)));
    if (ArrayBufferIsView(value)) return TypedArrayPrototypeSlice(viewBytes(value));
    throw new TypeError(`${what} is not of type '(ArrayBuffer or ArrayBufferView)'`);
  }
  // An integer type with [EnforceRange]: a finite number, truncated, within [0, max].
  function enforceRange(max) {
    return (value, what) => {
      const number = Number(value);
      if (!NumberIsFinite(number)) throw new TypeError(`${what} is not a finite number`);
      const integer = MathTrunc(number);
      if (integer < 0 || integer > max) throw new TypeError(`${what} is outside the range [0, ${max}]`);
      return integer;
    };
  }
  const unsignedLong = enforceRange(4294967295);
  const unsignedShort = enforceRange(65535);
  const octet = enforceRange(255);
  function bigInteger(value, what) {
    if (!(value instanceof Uint8Array)) throw new TypeError(`${what} is not of type 'Uint8Array'`);
    return TypedArrayPrototypeSlice(value);
  }
  function domString(value) { return String(value); }
  function cryptoKey(value, what) {
    if (!core.cryptoKeys.isKey(value)) throw new TypeError(`${what} is not of type 'CryptoKey'`);
    return value;
  }
  // A hash member: a digest of fixed length (not cSHAKE, whose length is a parameter).
  function hashAlgorithm(value) { return normalizeAlgorithm(value, "hash"); }

  // --- the parameter dictionaries: members in the order WebIDL reads them ---

  const hash = ["hash", hashAlgorithm, true];
  const DICTIONARIES = {
    RsaHashedKeyGenParams: [["modulusLength", unsignedLong, true], ["publicExponent", bigInteger, true], hash],
    RsaHashedImportParams: [hash],
    RsaPssParams: [["saltLength", unsignedLong, true]],
    RsaOaepParams: [["label", bufferSource, false]],
    EcKeyGenParams: [["namedCurve", domString, true]],
    EcKeyImportParams: [["namedCurve", domString, true]],
    EcdsaParams: [hash],
    EcdhKeyDeriveParams: [["public", cryptoKey, true]],
    AesKeyGenParams: [["length", unsignedShort, true]],
    AesDerivedKeyParams: [["length", unsignedShort, true]],
    AesCtrParams: [["counter", bufferSource, true], ["length", octet, true]],
    AesCbcParams: [["iv", bufferSource, true]],
    AesGcmParams: [["additionalData", bufferSource, false], ["iv", bufferSource, true], ["tagLength", octet, false]],
    AeadParams: [["additionalData", bufferSource, false], ["iv", bufferSource, true], ["tagLength", octet, false]],
    Ed448Params: [["context", bufferSource, false]],
    ContextParams: [["context", bufferSource, false]],
    HmacKeyGenParams: [hash, ["length", unsignedLong, false]],
    HmacImportParams: [hash, ["length", unsignedLong, false]],
    HkdfParams: [hash, ["info", bufferSource, true], ["salt", bufferSource, true]],
    Pbkdf2Params: [hash, ["iterations", unsignedLong, true], ["salt", bufferSource, true]],
    KmacKeyGenParams: [["length", unsignedLong, false]],
    KmacImportParams: [["length", unsignedLong, false]],
    // (`length` is the earlier draft's name of `outputLength`, the one WPT's tests still use)
    KmacParams: [["customization", bufferSource, false], ["length", unsignedLong, false], ["outputLength", unsignedLong, false]],
    CShakeParams: [
      ["customization", bufferSource, false], ["functionName", bufferSource, false], ["length", unsignedLong, false],
      ["outputLength", unsignedLong, false],
    ],
    Argon2Params: [
      ["associatedData", bufferSource, false], ["memory", unsignedLong, true], ["nonce", bufferSource, true],
      ["parallelism", unsignedLong, true], ["passes", unsignedLong, true], ["secretValue", bufferSource, false], ["version", octet, false],
    ],
  };

  // Checks of a whole dictionary, after its members are converted.
  const DICTIONARY_CHECKS = { KmacParams: outputLength, CShakeParams: outputLength };
  // KmacParams and CShakeParams: outputLength is required, given by that name or as length.
  function outputLength(normalized, dictionary) {
    normalized.outputLength ??= normalized.length;
    delete normalized.length;
    if (normalized.outputLength === undefined) throw new TypeError(`${dictionary}: outputLength is required`);
  }

  const RSA = ["RSASSA-PKCS1-v1_5", "RSA-PSS", "RSA-OAEP"];
  const AES = ["AES-CTR", "AES-CBC", "AES-GCM", "AES-KW", "AES-OCB"];
  const OKP = ["Ed25519", "X25519", "Ed448", "X448"];
  const ML_DSA = ["ML-DSA-44", "ML-DSA-65", "ML-DSA-87"];
  const ML_KEM = ["ML-KEM-512", "ML-KEM-768", "ML-KEM-1024"];
  const KMAC = ["KMAC128", "KMAC256"];
  const HASHES = ["SHA-1", "SHA-256", "SHA-384", "SHA-512", "SHA3-256", "SHA3-384", "SHA3-512"];
  const ARGON2 = ["Argon2d", "Argon2i", "Argon2id"];
  function table(entries) {
    const result = {};
    for (let i = 0; i < entries.length; i++) {
      const [names, dictionary] = entries[i];
      for (let j = 0; j < names.length; j++) result[names[j]] = dictionary;
    }
    return result;
  }
  // For each operation, the algorithms it knows and their parameters' dictionary (or null).
  const REGISTRY = {
    digest: table([[HASHES, null], [["cSHAKE128", "cSHAKE256"], "CShakeParams"]]),
    hash: table([[HASHES, null]]),
    generateKey: table([
      [RSA, "RsaHashedKeyGenParams"], [["ECDSA", "ECDH"], "EcKeyGenParams"], [AES, "AesKeyGenParams"],
      [["HMAC"], "HmacKeyGenParams"], [KMAC, "KmacKeyGenParams"], [[...OKP, ...ML_DSA, ...ML_KEM, "ChaCha20-Poly1305"], null],
    ]),
    importKey: table([
      [RSA, "RsaHashedImportParams"], [["ECDSA", "ECDH"], "EcKeyImportParams"], [["HMAC"], "HmacImportParams"], [KMAC, "KmacImportParams"],
      [[...AES, "ChaCha20-Poly1305", "HKDF", "PBKDF2", ...ARGON2, ...OKP, ...ML_DSA, ...ML_KEM], null],
    ]),
    sign: table([
      [["RSASSA-PKCS1-v1_5", "HMAC", "Ed25519"], null], [["RSA-PSS"], "RsaPssParams"], [["ECDSA"], "EcdsaParams"], [["Ed448"], "Ed448Params"],
      [ML_DSA, "ContextParams"], [KMAC, "KmacParams"],
    ]),
    encapsulate: table([[ML_KEM, null]]),
    encrypt: table([
      [["RSA-OAEP"], "RsaOaepParams"], [["AES-CTR"], "AesCtrParams"], [["AES-CBC"], "AesCbcParams"], [["AES-GCM"], "AesGcmParams"],
      [["AES-OCB", "ChaCha20-Poly1305"], "AeadParams"],
    ]),
    deriveBits: table([[["ECDH", "X25519", "X448"], "EcdhKeyDeriveParams"], [["HKDF"], "HkdfParams"], [["PBKDF2"], "Pbkdf2Params"], [ARGON2, "Argon2Params"]]),
    getKeyLength: table([
      [AES, "AesDerivedKeyParams"], [["HMAC"], "HmacImportParams"], [KMAC, "KmacImportParams"],
      [["HKDF", "PBKDF2", ...ARGON2, "ChaCha20-Poly1305"], null],
    ]),
    wrapKey: table([[["AES-KW"], null]]),
  };
  REGISTRY.verify = REGISTRY.sign;
  REGISTRY.decrypt = REGISTRY.encrypt;
  REGISTRY.unwrapKey = REGISTRY.wrapKey;
  REGISTRY.decapsulate = REGISTRY.encapsulate;

  function registeredName(operation, name) {
    const wanted = StringPrototypeToUpperCase(name);
    const names = ObjectKeys(REGISTRY[operation]);
    for (let i = 0; i < names.length; i++) {
      if (StringPrototypeToUpperCase(names[i]) === wanted) return names[i];
    }
    return undefined;
  }

  // The standard's "normalize an algorithm": a name (string) or a dictionary with a name,
  // made the registered algorithm's dictionary with its members converted.
  function normalizeAlgorithm(algorithm, operation) {
    if ((typeof algorithm !== "object" && typeof algorithm !== "function") || algorithm === null) {
      return normalizeAlgorithm({ name: String(algorithm) }, operation);
    }
    const given = algorithm.name;
    if (given === undefined) throw new TypeError("Algorithm: name is missing");
    const name = registeredName(operation, String(given));
    if (name === undefined) throw new DOMException(`Unrecognized algorithm name: ${String(given)}`, "NotSupportedError");
    const dictionary = REGISTRY[operation][name];
    const normalized = { name };
    if (dictionary === null) return normalized;
    const members = DICTIONARIES[dictionary];
    for (let i = 0; i < members.length; i++) {
      const [member, convert, required] = members[i];
      const value = algorithm[member];
      if (value === undefined) {
        if (required) throw new TypeError(`${dictionary}: ${member} is required`);
        continue;
      }
      normalized[member] = convert(value, `${dictionary}.${member}`);
    }
    DICTIONARY_CHECKS[dictionary]?.(normalized, dictionary);
    return normalized;
  }

  core.webCrypto = { normalizeAlgorithm, bufferSource, cryptoKey, unsignedLong };
})
