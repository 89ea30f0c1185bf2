// WebCrypto's algorithms: for each registered algorithm, its operations (generate, import,
// export, sign/verify, encrypt/decrypt, derive bits, key length, wrap/unwrap, digest), following the
// standard's steps and errors. The cryptography itself is Python's (ops.py, subtle.py).
(function (core, ops) {
  "use strict";
  const { DOMException } = core;
  const { makeKey, slots } = core.cryptoKeys;
  const {
    ArrayBuffer, ArrayPrototypeIncludes, ArrayPrototypeJoin, ArrayPrototypePush, Error, MathCeil, PromisePrototypeThen, SafeSet,
    TypeError, Uint8Array, TypedArrayPrototypeSlice,
  } = core.primordials;
  const DOM_ERRORS = new SafeSet(["OperationError", "DataError", "NotSupportedError", "InvalidAccessError"]);

  const fail = (name, message) => new DOMException(message, name);
  // A Python op's failure named after a DOMException becomes that DOMException.
  function asDomError(error) {
    if (error instanceof Error && DOM_ERRORS.has(error.name) && !(error instanceof DOMException)) return fail(error.name, error.message);
    return error;
  }
  function host(op, ...args) {
    try {
      return op(...args);
    } catch (error) {
      throw asDomError(error);
    }
  }
  function hostAsync(op, ...args) {
    return PromisePrototypeThen(op(...args), undefined, (error) => { throw asDomError(error); });
  }

  function checkUsages(usages, allowed) {
    for (let i = 0; i < usages.length; i++) {
      if (!ArrayPrototypeIncludes(allowed, usages[i])) throw fail("SyntaxError", `Unsupported key usage: ${usages[i]}`);
    }
  }
  function only(usages, allowed) {
    const kept = [];
    for (let i = 0; i < usages.length; i++) if (ArrayPrototypeIncludes(allowed, usages[i])) ArrayPrototypePush(kept, usages[i]);
    return kept;
  }
  const copy = (bytes) => TypedArrayPrototypeSlice(bytes).buffer;

  // --- JWK ---

  // The checks every JWK import makes: kty, use (when usages are asked for), key_ops, ext.
  function checkJwk(jwk, kty, use, extractable, usages) {
    if (jwk.kty !== kty) throw fail("DataError", `The JWK's kty must be "${kty}"`);
    if (usages.length > 0 && jwk.use !== undefined && jwk.use !== use) throw fail("DataError", `The JWK's use must be "${use}"`);
    if (jwk.key_ops !== undefined) {
      const seen = new SafeSet();
      for (let i = 0; i < jwk.key_ops.length; i++) {
        if (seen.has(jwk.key_ops[i])) throw fail("DataError", "The JWK's key_ops has a duplicate");
        seen.add(jwk.key_ops[i]);
      }
      for (let i = 0; i < usages.length; i++) {
        if (!seen.has(usages[i])) throw fail("DataError", `The JWK's key_ops does not allow ${usages[i]}`);
      }
    }
    if (jwk.ext === false && extractable) throw fail("DataError", "The JWK is not extractable");
  }
  function base64urlDecode(text, what) {
    if (typeof text !== "string") throw fail("DataError", `The JWK's ${what} is missing`);
    return host(ops.subtleBase64urlDecode, text);
  }
  function jwkOf(key, members) {
    const { usages, extractable } = slots(key);
    return { key_ops: [...usages], ext: extractable, ...members }; // (node's order of members)
  }

  // --- secret keys: AES, HMAC, HKDF, PBKDF2 ---

  const secretOf = (key) => slots(key).material;

  // The raw formats of secret keys: AES-OCB and ChaCha20-Poly1305, newer, know only raw-secret.
  const RAW_SECRET = ["raw", "raw-secret"];
  const AES_LENGTHS = [128, 192, 256];

  // A symmetric cipher's key: random or raw bytes of one of `lengths` bits, or a JWK whose alg
  // `jwkAlg(bits)` names; `lengthParam`: whether its key generation takes a length.
  function cipherKey({ name, usages: usagesAllowed, lengths, rawFormats, jwkAlg, lengthParam }, cipher) {
    const describe = (bits) => (lengthParam ? { name, length: bits } : { name });
    const checkLength = (bits) => {
      if (!ArrayPrototypeIncludes(lengths, bits)) throw fail("OperationError", `${name} key length must be ${ArrayPrototypeJoin(lengths, ", ")} bits`);
      return bits;
    };
    return {
      generateKey(algorithm, extractable, usages) {
        checkUsages(usages, usagesAllowed);
        const bits = checkLength(lengthParam ? algorithm.length : lengths[0]);
        return makeKey("secret", extractable, describe(bits), usages, ops.randomBytes(bits / 8));
      },
      importKey(format, data, algorithm, extractable, usages) {
        checkUsages(usages, usagesAllowed);
        let bytes;
        if (ArrayPrototypeIncludes(rawFormats, format)) {
          bytes = data;
        } else if (format === "jwk") {
          checkJwk(data, "oct", "enc", extractable, usages);
          bytes = base64urlDecode(data.k, "k");
          if (data.alg !== undefined && data.alg !== jwkAlg(bytes.length * 8)) throw fail("DataError", "The JWK's alg does not match");
        } else {
          throw fail("NotSupportedError", `${name} keys cannot be imported as ${format}`);
        }
        if (!ArrayPrototypeIncludes(lengths, bytes.length * 8)) throw fail("DataError", `${name} key data must be ${ArrayPrototypeJoin(lengths, ", ")} bits`);
        return makeKey("secret", extractable, describe(bytes.length * 8), usages, bytes);
      },
      exportKey(format, key) {
        const bytes = secretOf(key);
        if (ArrayPrototypeIncludes(rawFormats, format)) return copy(bytes);
        if (format === "jwk") return jwkOf(key, { kty: "oct", k: ops.subtleBase64urlEncode(bytes), alg: jwkAlg(bytes.length * 8) });
        throw fail("NotSupportedError", `${name} keys cannot be exported as ${format}`);
      },
      getKeyLength(algorithm) { return checkLength(lengthParam ? algorithm.length : lengths[0]); },
      checkGenerate(algorithm) { checkLength(lengthParam ? algorithm.length : lengths[0]); },
      ...cipher,
    };
  }
  function aes(name, jwkSuffix, usages, cipher, rawFormats = RAW_SECRET) {
    return cipherKey({ name, usages, lengths: AES_LENGTHS, rawFormats, jwkAlg: (bits) => `A${bits}${jwkSuffix}`, lengthParam: true }, cipher);
  }

  const aesCbc = {
    encrypt(algorithm, key, data) { return this.cbc(true, algorithm, key, data); },
    decrypt(algorithm, key, data) { return this.cbc(false, algorithm, key, data); },
    cbc(encrypting, algorithm, key, data) {
      if (algorithm.iv.length !== 16) throw fail("OperationError", "The iv must be 16 bytes");
      return copy(host(ops.subtleAesCbc, encrypting, secretOf(key), algorithm.iv, data));
    },
  };
  const aesCtr = {
    encrypt(algorithm, key, data) {
      if (algorithm.counter.length !== 16) throw fail("OperationError", "The counter must be 16 bytes");
      if (algorithm.length === 0 || algorithm.length > 128) throw fail("OperationError", "The counter length must be 1 to 128 bits");
      return copy(host(ops.subtleAesCtr, secretOf(key), algorithm.counter, algorithm.length, data));
    },
    decrypt(algorithm, key, data) { return this.encrypt(algorithm, key, data); },
  };
  const GCM_TAGS = [32, 64, 96, 104, 112, 120, 128];
  const aesGcm = {
    encrypt(algorithm, key, data) { return this.gcm(true, algorithm, key, data); },
    decrypt(algorithm, key, data) { return this.gcm(false, algorithm, key, data); },
    gcm(encrypting, algorithm, key, data) {
      const tagLength = algorithm.tagLength ?? 128;
      if (!ArrayPrototypeIncludes(GCM_TAGS, tagLength)) throw fail("OperationError", `${tagLength} is not a valid AES-GCM tag length`);
      if (algorithm.iv.length === 0) throw fail("OperationError", "The iv must not be empty");
      return copy(host(ops.subtleAesGcm, encrypting, secretOf(key), algorithm.iv, data, algorithm.additionalData ?? null, tagLength));
    },
  };
  // AES-OCB and ChaCha20-Poly1305: an AEAD of a nonce ("iv") and optional additional data.
  function aead(opName, ivLengths, tagLengths) {
    const run = (encrypting, algorithm, key, data) => {
      const tagLength = algorithm.tagLength ?? 128;
      if (!ArrayPrototypeIncludes(tagLengths, tagLength)) throw fail("OperationError", `${tagLength} is not a valid tag length`);
      if (!ArrayPrototypeIncludes(ivLengths, algorithm.iv.length)) throw fail("OperationError", "The iv has an invalid length");
      return copy(host(ops[opName], encrypting, secretOf(key), algorithm.iv, data, algorithm.additionalData ?? null, tagLength));
    };
    return {
      encrypt: (algorithm, key, data) => run(true, algorithm, key, data),
      decrypt: (algorithm, key, data) => run(false, algorithm, key, data),
    };
  }
  const aesKw = {
    wrapKey(algorithm, key, data) { return copy(host(ops.subtleAesKw, true, secretOf(key), data)); },
    unwrapKey(algorithm, key, data) { return copy(host(ops.subtleAesKw, false, secretOf(key), data)); },
  };
  const AES_USAGES = ["encrypt", "decrypt", "wrapKey", "unwrapKey"];

  const HMAC_JWK = { "SHA-1": "HS1", "SHA-256": "HS256", "SHA-384": "HS384", "SHA-512": "HS512" };
  // The block size of each hash, HMAC's default key length.
  const BLOCK_BITS = { "SHA-1": 512, "SHA-256": 512, "SHA-384": 1024, "SHA-512": 1024, "SHA3-256": 1088, "SHA3-384": 832, "SHA3-512": 576 };
  const blockBits = (hash) => BLOCK_BITS[hash];

  // A MAC's secret key (HMAC, KMAC): random or imported bits, `length` of them, whose default
  // is `defaultLength(algorithm)`; `allowsEmpty`: whether a key may have no bits (KMAC's may,
  // as in node; HMAC's not); `describe(algorithm, length)`: the key's algorithm; `jwkAlg`: its
  // JWK's alg.
  function macKey({ name, rawFormats, allowsEmpty, defaultLength, describe, jwkAlg }, mac) {
    return {
      generateKey(algorithm, extractable, usages) {
        checkUsages(usages, ["sign", "verify"]);
        this.checkGenerate(algorithm);
        const length = algorithm.length ?? defaultLength(algorithm);
        return makeKey("secret", extractable, describe(algorithm, length), usages, ops.randomBytes(MathCeil(length / 8)));
      },
      checkGenerate(algorithm) {
        if (algorithm.length === 0 && !allowsEmpty) throw fail("OperationError", `${name} key length must not be zero`);
      },
      importKey(format, data, algorithm, extractable, usages) {
        checkUsages(usages, ["sign", "verify"]);
        let bytes;
        if (ArrayPrototypeIncludes(rawFormats, format)) {
          bytes = data;
        } else if (format === "jwk") {
          checkJwk(data, "oct", "sig", extractable, usages);
          bytes = base64urlDecode(data.k, "k");
          if (data.alg !== undefined && data.alg !== jwkAlg(algorithm)) throw fail("DataError", "The JWK's alg does not match");
        } else {
          throw fail("NotSupportedError", `${name} keys cannot be imported as ${format}`);
        }
        const bits = bytes.length * 8;
        if (bits === 0 && !allowsEmpty) throw fail("DataError", `${name} key data must not be empty`);
        const length = algorithm.length ?? bits;
        if (length > bits || length <= bits - 8) throw fail("DataError", `The ${name} key length does not match its data`);
        return makeKey("secret", extractable, describe(algorithm, length), usages, bytes);
      },
      exportKey(format, key) {
        const bytes = secretOf(key);
        if (ArrayPrototypeIncludes(rawFormats, format)) return copy(bytes);
        if (format === "jwk") return jwkOf(key, { kty: "oct", k: ops.subtleBase64urlEncode(bytes), alg: jwkAlg(slots(key).algorithm) });
        throw fail("NotSupportedError", `${name} keys cannot be exported as ${format}`);
      },
      getKeyLength(algorithm) {
        if (algorithm.length === undefined) return defaultLength(algorithm);
        if (algorithm.length === 0 && !allowsEmpty) throw new TypeError(`${name} key length must not be zero`);
        return algorithm.length;
      },
      ...mac,
    };
  }
  const hmac = macKey({
    name: "HMAC", rawFormats: RAW_SECRET, allowsEmpty: false,
    defaultLength: (algorithm) => blockBits(algorithm.hash.name),
    describe: (algorithm, length) => ({ name: "HMAC", hash: { name: algorithm.hash.name }, length }),
    jwkAlg: (algorithm) => HMAC_JWK[algorithm.hash.name],
  }, {
    sign(algorithm, key, data) {
      return copy(ops.hmacSign(slots(key).algorithm.hash.name, secretOf(key), data));
    },
    verify(algorithm, key, signature, data) {
      return ops.hmacVerify(slots(key).algorithm.hash.name, secretOf(key), signature, data);
    },
  });
  // KMAC128 and KMAC256 (NIST SP 800-185): keys of 128 and 256 bits by default, JWK alg K128 and
  // K256; the tag's length and a customization string are the sign/verify parameters.
  function kmac(name) {
    const strength = name === "KMAC128" ? 128 : 256;
    return macKey({
      name, rawFormats: ["raw-secret"], allowsEmpty: true,
      defaultLength: () => strength,
      describe: (algorithm, length) => ({ name, length }),
      jwkAlg: () => `K${strength}`,
    }, {
      sign(algorithm, key, data) {
        return copy(ops.subtleKmac(name, secretOf(key), data, algorithm.outputLength, algorithm.customization ?? null));
      },
      verify(algorithm, key, signature, data) {
        return ops.subtleKmacVerify(name, secretOf(key), data, algorithm.outputLength, algorithm.customization ?? null, signature);
      },
    });
  }
  // cSHAKE128 and cSHAKE256 (SP 800-185): digests of `outputLength` bits, with a function
  // name and a customization string.
  const cshake = (name) => ({
    digest(algorithm, data) {
      const { outputLength, functionName, customization } = algorithm;
      return copy(ops.subtleCShake(name, data, outputLength, functionName ?? null, customization ?? null));
    },
  });

  function kdf(name, derive, rawFormats = RAW_SECRET) {
    return {
      importKey(format, data, algorithm, extractable, usages) {
        if (!ArrayPrototypeIncludes(rawFormats, format)) throw fail("NotSupportedError", `${name} keys can only be imported as raw`);
        checkUsages(usages, ["deriveKey", "deriveBits"]);
        if (extractable) throw fail("SyntaxError", `${name} keys cannot be extractable`);
        return makeKey("secret", false, { name }, usages, data);
      },
      getKeyLength() { return null; },
      checkLength(length) {
        if (length === null || length % 8 !== 0) throw fail("OperationError", "The length must be a multiple of 8");
      },
      deriveBits(algorithm, key, length) {
        this.checkLength(length);
        return derive(algorithm, secretOf(key), length);
      },
    };
  }
  const hkdf = kdf("HKDF", (algorithm, secret, length) => {
    if (length === 0) return new ArrayBuffer(0);
    return copy(host(ops.subtleHkdf, algorithm.hash.name, secret, algorithm.salt, algorithm.info, length));
  });
  const pbkdf2 = kdf("PBKDF2", (algorithm, secret, length) => {
    if (algorithm.iterations === 0) throw fail("OperationError", "The iterations must not be zero");
    if (length === 0) return new ArrayBuffer(0);
    return PromisePrototypeThen(hostAsync(ops.subtlePbkdf2, algorithm.hash.name, secret, algorithm.salt, algorithm.iterations, length), copy);
  });

  // Argon2 (RFC 9106) in its three variants, version 0x13 only.
  const argon2 = (name) => kdf(name, (algorithm, secret, length) => {
    if (algorithm.version !== undefined && algorithm.version !== 0x13) throw fail("NotSupportedError", "Only Argon2 version 0x13 is supported");
    const { nonce, passes, parallelism, memory } = algorithm;
    const extra = [algorithm.associatedData ?? null, algorithm.secretValue ?? null];
    return PromisePrototypeThen(hostAsync(ops.subtleArgon2, name, secret, nonce, length, passes, parallelism, memory, ...extra), copy);
  }, ["raw-secret"]);

  // --- asymmetric keys: RSA, EC, Ed25519, X25519 ---

  const handleOf = (key) => slots(key).material;

  // What an asymmetric algorithm is: its Python kind, the usages of each key type, the key's
  // algorithm description, and its JWK's kty/use/alg.
  function asymmetric(spec) {
    const { name, kind, privateUsages, publicUsages } = spec;
    function keyFrom(handle, algorithm, extractable, usages) {
      const described = spec.describe(handle, algorithm);
      return makeKey(handle.type, extractable, described, usages, handle);
    }
    return {
      generateKey(algorithm, extractable, usages) {
        checkUsages(usages, [...privateUsages, ...publicUsages]);
        spec.checkGenerate?.(algorithm);
        const pair = (handle) => {
          const privateKey = makeKey("private", extractable, spec.describe(handle, algorithm), only(usages, privateUsages), handle);
          const publicKey = makeKey("public", true, spec.describe(handle, algorithm), only(usages, publicUsages), handle.public());
          return { publicKey, privateKey };
        };
        if (only(usages, privateUsages).length === 0) throw fail("SyntaxError", "A private key needs a usage");
        if (kind === "RSA") return PromisePrototypeThen(hostAsync(ops.subtleGenerateAsync, kind, algorithm), pair);
        return pair(host(ops.subtleGenerate, kind, algorithm));
      },
      importKey(format, data, algorithm, extractable, usages) {
        format = formatOf(format, spec);
        spec.checkImport?.(format, algorithm);
        const isPrivate = PRIVATE_FORMATS[format] ?? data[spec.privateMember ?? "d"] !== undefined;
        checkUsages(usages, isPrivate ? privateUsages : publicUsages);
        if (format === "jwk") {
          checkJwk(data, spec.kty, spec.use, extractable, usages);
          spec.checkJwk(data, algorithm);
          data = jwkMembers(data);
        }
        const handle = host(ops.subtleImport, kind, format, data, algorithm.namedCurve ?? null);
        if (handle.type !== (isPrivate ? "private" : "public")) throw fail("DataError", "The key data is not of the expected type");
        return keyFrom(handle, algorithm, extractable, usages);
      },
      checkGenerate: spec.checkGenerate,
      // getPublicKey: the public key of a private one.
      publicKey(key, usages) {
        requireType(key, "private");
        checkUsages(usages, publicUsages);
        const { algorithm, material } = slots(key);
        return makeKey("public", true, algorithm, usages, material.public());
      },
      exportKey(format, key) {
        format = formatOf(format, spec);
        const { type } = slots(key);
        if (PRIVATE_FORMATS[format] !== undefined && PRIVATE_FORMATS[format] !== (type === "private")) {
          throw fail("InvalidAccessError", `Only ${type === "private" ? "public" : "private"} keys can be exported as ${format}`);
        }
        if (format === "jwk") {
          const alg = spec.jwkAlg?.(slots(key).algorithm);
          const members = handleOf(key).export("jwk");
          return jwkOf(key, alg === undefined ? members : { ...members, alg });
        }
        return copy(handleOf(key).export(format));
      },
      ...spec.operations,
    };
  }
  // Which formats hold a private key (jwk: either).
  const PRIVATE_FORMATS = { spki: false, raw: false, "raw-public": false, pkcs8: true, "raw-seed": true };
  const RSA_FORMATS = ["spki", "pkcs8", "jwk"];
  const CURVE_FORMATS = ["spki", "pkcs8", "jwk", "raw", "raw-public"];
  const PQ_FORMATS = ["spki", "pkcs8", "jwk", "raw-public", "raw-seed"];
  // An asymmetric key's format, if its algorithm has it (EC and OKP keys' raw-public is raw).
  function formatOf(format, spec) {
    if (!ArrayPrototypeIncludes(spec.formats, format)) throw fail("NotSupportedError", `${spec.name} keys cannot be imported or exported as ${format}`);
    return format === "raw-public" && ArrayPrototypeIncludes(spec.formats, "raw") ? "raw" : format;
  }
  const JWK_MEMBERS = ["kty", "alg", "crv", "x", "y", "d", "n", "e", "p", "q", "dp", "dq", "qi", "pub", "priv"];
  function jwkMembers(jwk) {
    const members = {};
    for (let i = 0; i < JWK_MEMBERS.length; i++) if (jwk[JWK_MEMBERS[i]] !== undefined) members[JWK_MEMBERS[i]] = jwk[JWK_MEMBERS[i]];
    return members;
  }
  function requireType(key, type) {
    if (slots(key).type !== type) throw fail("InvalidAccessError", `The key must be a ${type} key`);
  }

  const RSA_JWK = {
    "RSASSA-PKCS1-v1_5": { "SHA-1": "RS1", "SHA-256": "RS256", "SHA-384": "RS384", "SHA-512": "RS512" },
    "RSA-PSS": { "SHA-1": "PS1", "SHA-256": "PS256", "SHA-384": "PS384", "SHA-512": "PS512" },
    "RSA-OAEP": { "SHA-1": "RSA-OAEP", "SHA-256": "RSA-OAEP-256", "SHA-384": "RSA-OAEP-384", "SHA-512": "RSA-OAEP-512" },
  };
  function rsa(name, privateUsages, publicUsages, operations) {
    return asymmetric({
      name, kind: "RSA", formats: RSA_FORMATS, privateUsages, publicUsages, kty: "RSA", use: name === "RSA-OAEP" ? "enc" : "sig", operations,
      describe: (handle, algorithm) => ({ name, modulusLength: handle.details.modulusLength, publicExponent: new Uint8Array(handle.details.publicExponent), hash: { name: algorithm.hash.name } }),
      checkGenerate(algorithm) {
        let exponent = 0;
        for (let i = 0; i < algorithm.publicExponent.length; i++) exponent = exponent * 256 + algorithm.publicExponent[i];
        if ((exponent !== 3 && exponent !== 65537) || algorithm.modulusLength < 1024 || algorithm.modulusLength > 16384 || algorithm.modulusLength % 8 !== 0) {
          throw fail("OperationError", "The RSA key parameters are not supported");
        }
      },
      checkJwk(jwk, algorithm) {
        if (jwk.alg !== undefined && jwk.alg !== RSA_JWK[name][algorithm.hash.name]) throw fail("DataError", "The JWK's alg does not match");
      },
      jwkAlg: (algorithm) => RSA_JWK[name][algorithm.hash.name],
    });
  }
  const rsaSigning = (scheme) => ({
    sign(algorithm, key, data) {
      requireType(key, "private");
      return copy(host(handleOf(key).sign, scheme, slots(key).algorithm.hash.name, algorithm.saltLength ?? 0, data));
    },
    verify(algorithm, key, signature, data) {
      requireType(key, "public");
      return handleOf(key).verify(scheme, slots(key).algorithm.hash.name, algorithm.saltLength ?? 0, signature, data);
    },
  });
  const rsaOaep = {
    encrypt(algorithm, key, data) {
      requireType(key, "public");
      return copy(host(handleOf(key).encrypt, slots(key).algorithm.hash.name, algorithm.label ?? null, data));
    },
    decrypt(algorithm, key, data) {
      requireType(key, "private");
      return copy(host(handleOf(key).decrypt, slots(key).algorithm.hash.name, algorithm.label ?? null, data));
    },
  };

  const CURVES = ["P-256", "P-384", "P-521"];
  const ECDSA_JWK = { "P-256": "ES256", "P-384": "ES384", "P-521": "ES512" };
  // The secret two keys agree on (ECDH, X25519), cut to `length` bits when asked.
  function agree(name, algorithm, key, length) {
    requireType(key, "private");
    const peer = algorithm.public;
    const peerSlots = slots(peer);
    if (peerSlots.type !== "public") throw fail("InvalidAccessError", "The public member must be a public key");
    if (peerSlots.algorithm.name !== name) throw fail("InvalidAccessError", "The public key is not of this algorithm");
    if (name === "ECDH" && peerSlots.algorithm.namedCurve !== slots(key).algorithm.namedCurve) {
      throw fail("InvalidAccessError", "The public key is on another curve");
    }
    const secret = host(handleOf(key).derive, peerSlots.material.export("spki"));
    if (length === null) return copy(secret);
    if (length > secret.length * 8) throw fail("OperationError", "The length is longer than the shared secret");
    const bytes = TypedArrayPrototypeSlice(secret, 0, MathCeil(length / 8));
    if (length % 8) bytes[bytes.length - 1] &= 0xff << (8 - (length % 8));
    return bytes.buffer;
  }
  function ec(name, privateUsages, publicUsages, operations) {
    return asymmetric({
      name, kind: "EC", formats: CURVE_FORMATS, privateUsages, publicUsages, kty: "EC", use: name === "ECDSA" ? "sig" : "enc", operations,
      describe: (handle, algorithm) => ({ name, namedCurve: handle.details.namedCurve ?? algorithm.namedCurve }),
      checkGenerate(algorithm) {
        if (!ArrayPrototypeIncludes(CURVES, algorithm.namedCurve)) throw fail("NotSupportedError", `Unsupported curve: ${algorithm.namedCurve}`);
      },
      checkImport(format, algorithm) {
        if (!ArrayPrototypeIncludes(CURVES, algorithm.namedCurve)) throw fail("NotSupportedError", `Unsupported curve: ${algorithm.namedCurve}`);
      },
      checkJwk(jwk, algorithm) {
        if (jwk.crv !== algorithm.namedCurve) throw fail("DataError", "The JWK's crv does not match the named curve");
        if (name === "ECDSA" && jwk.alg !== undefined && jwk.alg !== ECDSA_JWK[algorithm.namedCurve]) throw fail("DataError", "The JWK's alg does not match");
      },
      jwkAlg: (algorithm) => (name === "ECDSA" ? ECDSA_JWK[algorithm.namedCurve] : undefined),
    });
  }
  const ecdsa = {
    sign(algorithm, key, data) {
      requireType(key, "private");
      return copy(host(handleOf(key).sign, "ECDSA", algorithm.hash.name, 0, data));
    },
    verify(algorithm, key, signature, data) {
      requireType(key, "public");
      return handleOf(key).verify("ECDSA", algorithm.hash.name, 0, signature, data);
    },
  };

  function okp(name, privateUsages, publicUsages, operations) {
    return asymmetric({
      name, kind: name, formats: CURVE_FORMATS, privateUsages, publicUsages, kty: "OKP", use: name[0] === "E" ? "sig" : "enc", operations,
      describe: () => ({ name }),
      checkJwk(jwk) {
        if (jwk.crv !== name) throw fail("DataError", `The JWK's crv must be ${name}`);
        if ((name === "Ed25519" || name === "Ed448") && jwk.alg !== undefined && jwk.alg !== name && jwk.alg !== "EdDSA") throw fail("DataError", "The JWK's alg does not match");
      },
      jwkAlg: () => (name === "Ed25519" || name === "Ed448" ? name : undefined),
    });
  }
  const ed25519 = {
    sign(algorithm, key, data) {
      requireType(key, "private");
      return copy(host(handleOf(key).sign, "Ed25519", "SHA-256", 0, data));
    },
    verify(algorithm, key, signature, data) {
      requireType(key, "public");
      return handleOf(key).verify("Ed25519", "SHA-256", 0, signature, data);
    },
  };
  const ed448 = {
    sign(algorithm, key, data) {
      requireType(key, "private");
      if (algorithm.context?.length) throw fail("NotSupportedError", "Ed448 contexts are not supported");
      return copy(host(handleOf(key).sign, "Ed448", "SHA-256", 0, data));
    },
    verify(algorithm, key, signature, data) {
      requireType(key, "public");
      if (algorithm.context?.length) throw fail("NotSupportedError", "Ed448 contexts are not supported");
      return handleOf(key).verify("Ed448", "SHA-256", 0, signature, data);
    },
  };
  // ML-DSA and ML-KEM (FIPS 204, 203): JWKs of kty AKP, whose alg is the algorithm's name.
  function pq(name, privateUsages, publicUsages, operations) {
    return asymmetric({
      name, kind: name, formats: PQ_FORMATS, privateUsages, publicUsages, kty: "AKP", use: name[3] === "D" ? "sig" : "enc",
      privateMember: "priv", operations,
      describe: () => ({ name }),
      checkJwk(jwk) {
        if (jwk.alg !== name) throw fail("DataError", `The JWK's alg must be ${name}`);
      },
      jwkAlg: () => name,
    });
  }
  const mlDsa = {
    sign(algorithm, key, data) {
      requireType(key, "private");
      if (algorithm.context?.length > 255) throw fail("OperationError", "The context is longer than 255 bytes");
      return copy(host(handleOf(key).sign, "ML-DSA", "", algorithm.context ?? null, data));
    },
    verify(algorithm, key, signature, data) {
      requireType(key, "public");
      if (algorithm.context?.length > 255) throw fail("OperationError", "The context is longer than 255 bytes");
      return handleOf(key).verify("ML-DSA", "", algorithm.context ?? null, signature, data);
    },
  };
  const mlKem = {
    encapsulate(algorithm, key) {
      requireType(key, "public");
      const [sharedKey, ciphertext] = host(handleOf(key).encapsulate);
      return { sharedKey: copy(sharedKey), ciphertext: copy(ciphertext) };
    },
    decapsulate(algorithm, key, ciphertext) {
      requireType(key, "private");
      return copy(host(handleOf(key).decapsulate, ciphertext));
    },
  };
  const DERIVE = ["deriveKey", "deriveBits"];

  core.webCrypto.algorithms = {
    "AES-CBC": aes("AES-CBC", "CBC", AES_USAGES, aesCbc),
    "AES-CTR": aes("AES-CTR", "CTR", AES_USAGES, aesCtr),
    "AES-GCM": aes("AES-GCM", "GCM", AES_USAGES, aesGcm),
    "AES-KW": aes("AES-KW", "KW", ["wrapKey", "unwrapKey"], aesKw),
    "AES-OCB": aes("AES-OCB", "OCB", AES_USAGES, aead("subtleAesOcb", [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15], [64, 96, 128]), ["raw-secret"]),
    "ChaCha20-Poly1305": cipherKey({
      name: "ChaCha20-Poly1305", usages: AES_USAGES, lengths: [256], rawFormats: ["raw-secret"], jwkAlg: () => "C20P", lengthParam: false,
    }, aead("subtleChaCha20Poly1305", [12], [128])),
    HMAC: hmac,
    KMAC128: kmac("KMAC128"),
    KMAC256: kmac("KMAC256"),
    cSHAKE128: cshake("cSHAKE128"),
    cSHAKE256: cshake("cSHAKE256"),
    HKDF: hkdf,
    PBKDF2: pbkdf2,
    Argon2d: argon2("Argon2d"),
    Argon2i: argon2("Argon2i"),
    Argon2id: argon2("Argon2id"),
    "RSASSA-PKCS1-v1_5": rsa("RSASSA-PKCS1-v1_5", ["sign"], ["verify"], rsaSigning("RSASSA-PKCS1-v1_5")),
    "RSA-PSS": rsa("RSA-PSS", ["sign"], ["verify"], rsaSigning("RSA-PSS")),
    "RSA-OAEP": rsa("RSA-OAEP", ["decrypt", "unwrapKey"], ["encrypt", "wrapKey"], rsaOaep),
    ECDSA: ec("ECDSA", ["sign"], ["verify"], ecdsa),
    ECDH: ec("ECDH", DERIVE, [], { deriveBits: (algorithm, key, length) => agree("ECDH", algorithm, key, length) }),
    Ed25519: okp("Ed25519", ["sign"], ["verify"], ed25519),
    X25519: okp("X25519", DERIVE, [], { deriveBits: (algorithm, key, length) => agree("X25519", algorithm, key, length) }),
    Ed448: okp("Ed448", ["sign"], ["verify"], ed448),
    "ML-DSA-44": pq("ML-DSA-44", ["sign"], ["verify"], mlDsa),
    "ML-DSA-65": pq("ML-DSA-65", ["sign"], ["verify"], mlDsa),
    "ML-DSA-87": pq("ML-DSA-87", ["sign"], ["verify"], mlDsa),
    "ML-KEM-512": pq("ML-KEM-512", ["decapsulateKey", "decapsulateBits"], ["encapsulateKey", "encapsulateBits"], mlKem),
    "ML-KEM-768": pq("ML-KEM-768", ["decapsulateKey", "decapsulateBits"], ["encapsulateKey", "encapsulateBits"], mlKem),
    "ML-KEM-1024": pq("ML-KEM-1024", ["decapsulateKey", "decapsulateBits"], ["encapsulateKey", "encapsulateBits"], mlKem),
    X448: okp("X448", DERIVE, [], { deriveBits: (algorithm, key, length) => agree("X448", algorithm, key, length) }),
  };
  core.webCrypto.fail = fail;
})
