// SubtleCrypto (WebCrypto): each method's steps as the standard gives them. Its arguments are
// converted and its algorithm normalized at once (a failure rejects the promise); the rest runs
// "in parallel", here in a later microtask, with the key's checks before the operation itself.
(function (core, ops) {
  "use strict";
  const { DOMException } = core;
  const { USAGES, slots } = core.cryptoKeys;
  const { normalizeAlgorithm, bufferSource, cryptoKey, unsignedLong, algorithms, fail } = core.webCrypto;
  const {
    ArrayBufferIsView, ArrayPrototypeIncludes, ArrayPrototypePush, ArrayBuffer, Boolean, JSONParse, JSONStringify,
    Promise, PromisePrototypeThen, PromiseReject, PromiseResolve, String, SymbolIterator,
    TypeError, Uint8Array, TypedArrayPrototypeSlice,
  } = core.primordials;
  const create = Symbol("create");
  const FORMATS = ["raw", "spki", "pkcs8", "jwk", "raw-secret", "raw-public", "raw-private", "raw-seed"];
  // (made on first use: the start-up snapshot runs this file before any op exists)
  let encoder, decoder;

  function required(args, count, method) {
    if (args.length < count) {
      throw new TypeError(`Failed to execute '${method}' on 'SubtleCrypto': ${count} arguments required, but only ${args.length} present.`);
    }
  }
  function keyFormat(value) {
    const format = String(value);
    if (!ArrayPrototypeIncludes(FORMATS, format)) throw new TypeError(`'${format}' is not a valid KeyFormat`);
    return format;
  }
  // sequence<KeyUsage>: any iterable of the standard's usage names.
  function keyUsages(value) {
    if (typeof value !== "object" || value === null || typeof value[SymbolIterator] !== "function") {
      throw new TypeError("Key usages must be a sequence");
    }
    const usages = [];
    for (const usage of value) {
      const name = String(usage);
      if (!ArrayPrototypeIncludes(USAGES, name)) throw new TypeError(`'${name}' is not a valid KeyUsage`);
      ArrayPrototypePush(usages, name);
    }
    return usages;
  }
  const JWK_STRINGS = ["alg", "crv", "d", "dp", "dq", "e", "k", "kty", "n", "p", "priv", "pub", "q", "qi", "use", "x", "y"];
  // The JsonWebKey dictionary of an object (strings as strings, key_ops as a list, ext a boolean).
  function jsonWebKey(value) {
    if (value === null || value === undefined) return {};
    if (typeof value !== "object" && typeof value !== "function") throw new TypeError("The key data is not a JsonWebKey");
    const jwk = {};
    const ext = value.ext;
    if (ext !== undefined) jwk.ext = Boolean(ext);
    const keyOps = value.key_ops;
    if (keyOps !== undefined) {
      if (typeof keyOps !== "object" || keyOps === null || typeof keyOps[SymbolIterator] !== "function") throw new TypeError("key_ops must be a sequence");
      jwk.key_ops = [];
      for (const op of keyOps) ArrayPrototypePush(jwk.key_ops, String(op));
    }
    for (let i = 0; i < JWK_STRINGS.length; i++) {
      const member = value[JWK_STRINGS[i]];
      if (member !== undefined) jwk[JWK_STRINGS[i]] = String(member);
    }
    return jwk;
  }
  // importKey's keyData: (BufferSource or JsonWebKey), then as the format wants it.
  function keyData(format, value) {
    const isBuffer = value instanceof ArrayBuffer || ArrayBufferIsView(value);
    if (format === "jwk") {
      if (isBuffer) throw new TypeError("A jwk key's data must be a JsonWebKey");
      return jsonWebKey(value);
    }
    if (!isBuffer) throw new TypeError(`A ${format} key's data must be a BufferSource`);
    return bufferSource(value, "keyData");
  }

  // Runs a method: its synchronous part's errors reject; `inParallel` runs in a later microtask.
  function run(self, work) {
    try {
      if (!(self instanceof SubtleCrypto)) throw core.webidl.invalidThis('Value of "this" must be of type SubtleCrypto');
      const inParallel = work();
      return PromisePrototypeThen(PromiseResolve(), () => inParallel());
    } catch (error) {
      return PromiseReject(error);
    }
  }
  function checkKey(key, normalized, usage) {
    const { algorithm, usages } = slots(key);
    if (normalized.name !== algorithm.name) throw fail("InvalidAccessError", `The key is not a ${normalized.name} key`);
    if (!ArrayPrototypeIncludes(usages, usage)) throw fail("InvalidAccessError", `The key does not support the '${usage}' operation`);
  }
  function checkNotEmpty(key) {
    const { type, usages } = slots(key);
    if ((type === "secret" || type === "private") && usages.length === 0) throw fail("SyntaxError", "Usages cannot be empty when creating a key.");
    return key;
  }
  // An operation whose algorithm's step may be async (a Python op on a thread): its result,
  // then `next` of it.
  const then = (value, next) => (value instanceof Promise ? PromisePrototypeThen(value, next) : next(value));
  function exportOf(format, key) {
    const { algorithm, extractable } = slots(key);
    const ops = algorithms[algorithm.name];
    if (ops.exportKey === undefined) throw fail("NotSupportedError", `${algorithm.name} keys cannot be exported`);
    if (!extractable) throw fail("InvalidAccessError", "The key is not extractable");
    return ops.exportKey(format, key);
  }
  function importOf(format, data, normalized, extractable, usages) {
    return checkNotEmpty(algorithms[normalized.name].importKey(format, data, normalized, extractable, usages));
  }
  // wrapKey/unwrapKey's algorithm: the wrap one where the algorithm has it, else its cipher's.
  function normalizeWrapping(algorithm, operation, fallback) {
    try {
      return normalizeAlgorithm(algorithm, operation);
    } catch (error) {
      if (!(error instanceof DOMException) || error.name !== "NotSupportedError") throw error;
      return normalizeAlgorithm(algorithm, fallback);
    }
  }

  const SUPPORTED_OPERATIONS = ["encrypt", "decrypt", "sign", "verify", "digest", "generateKey", "deriveKey", "deriveBits",
    "importKey", "exportKey", "wrapKey", "unwrapKey", "encapsulateKey", "encapsulateBits", "decapsulateKey", "decapsulateBits"];
  const NORMALIZED_AS = {
    deriveKey: "deriveBits", encapsulateKey: "encapsulate", encapsulateBits: "encapsulate",
    decapsulateKey: "decapsulate", decapsulateBits: "decapsulate",
  };
  // SubtleCrypto.supports' question: would `operation` take this algorithm (and its parameters)?
  function supported(operation, algorithm, lengthOrAlgorithm) {
    if (!ArrayPrototypeIncludes(SUPPORTED_OPERATIONS, operation)) return false;
    if (operation === "exportKey") return algorithms[normalizeAlgorithm(algorithm, "importKey").name].exportKey !== undefined;
    if (operation === "wrapKey" || operation === "unwrapKey") {
      normalizeWrapping(algorithm, operation, operation === "wrapKey" ? "encrypt" : "decrypt");
      return true;
    }
    const normalized = normalizeAlgorithm(algorithm, NORMALIZED_AS[operation] ?? operation);
    const ops = algorithms[normalized.name];
    if (operation === "generateKey") ops.checkGenerate?.(normalized);
    if (operation === "deriveBits") ops.checkLength?.(lengthOrAlgorithm === undefined ? null : lengthOrAlgorithm);
    if (operation === "deriveKey") {
      const lengthAlgorithm = normalizeAlgorithm(lengthOrAlgorithm, "getKeyLength");
      normalizeAlgorithm(lengthOrAlgorithm, "importKey");
      ops.checkLength?.(algorithms[lengthAlgorithm.name].getKeyLength(lengthAlgorithm));
    }
    return true;
  }

  class SubtleCrypto {
    constructor(key) { if (key !== create) throw new TypeError("Illegal constructor"); }

    static supports(operation, algorithm, lengthOrAdditionalAlgorithm = null) {
      if (arguments.length < 2) throw new TypeError("Failed to execute 'supports' on 'SubtleCrypto': 2 arguments required");
      try {
        return supported(String(operation), algorithm, lengthOrAdditionalAlgorithm);
      } catch {
        return false;
      }
    }

    digest(algorithm, data) {
      return run(this, () => {
        required(arguments, 2, "digest");
        const normalized = normalizeAlgorithm(algorithm, "digest");
        const bytes = bufferSource(data, "data");
        // (the SHA digests are hashlib's; those with parameters, cSHAKE, are algorithms')
        const withParameters = algorithms[normalized.name];
        if (withParameters !== undefined) return () => withParameters.digest(normalized, bytes);
        return () => TypedArrayPrototypeSlice(ops.digest(normalized.name, bytes)).buffer;
      });
    }
    encrypt(algorithm, key, data) { return SubtleCrypto.#cipher(this, "encrypt", arguments, algorithm, key, data); }
    decrypt(algorithm, key, data) { return SubtleCrypto.#cipher(this, "decrypt", arguments, algorithm, key, data); }
    // (Static: called on anything but a SubtleCrypto, it still rejects, as run() says.)
    static #cipher(self, operation, args, algorithm, key, data) {
      return run(self, () => {
        required(args, 3, operation);
        cryptoKey(key, "key");
        const bytes = bufferSource(data, "data");
        const normalized = normalizeAlgorithm(algorithm, operation);
        return () => {
          checkKey(key, normalized, operation);
          return algorithms[normalized.name][operation](normalized, key, bytes);
        };
      });
    }
    sign(algorithm, key, data) {
      return run(this, () => {
        required(arguments, 3, "sign");
        cryptoKey(key, "key");
        const bytes = bufferSource(data, "data");
        const normalized = normalizeAlgorithm(algorithm, "sign");
        return () => {
          checkKey(key, normalized, "sign");
          return algorithms[normalized.name].sign(normalized, key, bytes);
        };
      });
    }
    verify(algorithm, key, signature, data) {
      return run(this, () => {
        required(arguments, 4, "verify");
        cryptoKey(key, "key");
        const signatureBytes = bufferSource(signature, "signature");
        const bytes = bufferSource(data, "data");
        const normalized = normalizeAlgorithm(algorithm, "verify");
        return () => {
          checkKey(key, normalized, "verify");
          return algorithms[normalized.name].verify(normalized, key, signatureBytes, bytes);
        };
      });
    }
    generateKey(algorithm, extractable, keyUsagesGiven) {
      return run(this, () => {
        required(arguments, 3, "generateKey");
        const usages = keyUsages(keyUsagesGiven);
        const normalized = normalizeAlgorithm(algorithm, "generateKey");
        return () => then(algorithms[normalized.name].generateKey(normalized, Boolean(extractable), usages), (result) => {
          if (result.privateKey === undefined) return checkNotEmpty(result);
          return result;
        });
      });
    }
    importKey(format, keyDataGiven, algorithm, extractable, keyUsagesGiven) {
      return run(this, () => {
        required(arguments, 5, "importKey");
        const formatName = keyFormat(format);
        const data = keyData(formatName, keyDataGiven);
        const usages = keyUsages(keyUsagesGiven);
        const normalized = normalizeAlgorithm(algorithm, "importKey");
        return () => importOf(formatName, data, normalized, Boolean(extractable), usages);
      });
    }
    exportKey(format, key) {
      return run(this, () => {
        required(arguments, 2, "exportKey");
        const formatName = keyFormat(format);
        cryptoKey(key, "key");
        return () => exportOf(formatName, key);
      });
    }
    deriveBits(algorithm, baseKey, length = null) {
      return run(this, () => {
        required(arguments, 2, "deriveBits");
        cryptoKey(baseKey, "baseKey");
        const bits = length === null || length === undefined ? null : unsignedLong(length, "length");
        const normalized = normalizeAlgorithm(algorithm, "deriveBits");
        return () => {
          checkKey(baseKey, normalized, "deriveBits");
          return algorithms[normalized.name].deriveBits(normalized, baseKey, bits);
        };
      });
    }
    deriveKey(algorithm, baseKey, derivedKeyType, extractable, keyUsagesGiven) {
      return run(this, () => {
        required(arguments, 5, "deriveKey");
        cryptoKey(baseKey, "baseKey");
        const usages = keyUsages(keyUsagesGiven);
        const normalized = normalizeAlgorithm(algorithm, "deriveBits");
        const importAlgorithm = normalizeAlgorithm(derivedKeyType, "importKey");
        const lengthAlgorithm = normalizeAlgorithm(derivedKeyType, "getKeyLength");
        return () => {
          checkKey(baseKey, normalized, "deriveKey");
          const length = algorithms[lengthAlgorithm.name].getKeyLength(lengthAlgorithm);
          return then(algorithms[normalized.name].deriveBits(normalized, baseKey, length), (secret) =>
            importOf("raw-secret", new Uint8Array(secret), importAlgorithm, Boolean(extractable), usages));
        };
      });
    }
    wrapKey(format, key, wrappingKey, wrapAlgorithm) {
      return run(this, () => {
        required(arguments, 4, "wrapKey");
        const formatName = keyFormat(format);
        cryptoKey(key, "key");
        cryptoKey(wrappingKey, "wrappingKey");
        const normalized = normalizeWrapping(wrapAlgorithm, "wrapKey", "encrypt");
        return () => {
          checkKey(wrappingKey, normalized, "wrapKey");
          const exported = exportOf(formatName, key);
          const bytes = formatName === "jwk" ? (encoder ??= new TextEncoder()).encode(JSONStringify(exported)) : new Uint8Array(exported);
          const ops = algorithms[normalized.name];
          return ops.wrapKey !== undefined ? ops.wrapKey(normalized, wrappingKey, bytes) : ops.encrypt(normalized, wrappingKey, bytes);
        };
      });
    }
    getPublicKey(key, keyUsagesGiven) {
      return run(this, () => {
        required(arguments, 2, "getPublicKey");
        cryptoKey(key, "key");
        const usages = keyUsages(keyUsagesGiven);
        return () => {
          const ops = algorithms[slots(key).algorithm.name];
          if (ops.publicKey === undefined) throw fail("NotSupportedError", `${slots(key).algorithm.name} keys have no public key`);
          return ops.publicKey(key, usages);
        };
      });
    }
    encapsulateBits(algorithm, key) {
      return run(this, () => {
        required(arguments, 2, "encapsulateBits");
        cryptoKey(key, "encapsulationKey");
        const normalized = normalizeAlgorithm(algorithm, "encapsulate");
        return () => {
          checkKey(key, normalized, "encapsulateBits");
          return algorithms[normalized.name].encapsulate(normalized, key);
        };
      });
    }
    encapsulateKey(algorithm, key, sharedKeyAlgorithm, extractable, keyUsagesGiven) {
      return run(this, () => {
        required(arguments, 5, "encapsulateKey");
        cryptoKey(key, "encapsulationKey");
        const usages = keyUsages(keyUsagesGiven);
        const normalized = normalizeAlgorithm(algorithm, "encapsulate");
        const importAlgorithm = normalizeAlgorithm(sharedKeyAlgorithm, "importKey");
        return () => {
          checkKey(key, normalized, "encapsulateKey");
          const { sharedKey, ciphertext } = algorithms[normalized.name].encapsulate(normalized, key);
          return { sharedKey: importOf("raw-secret", new Uint8Array(sharedKey), importAlgorithm, Boolean(extractable), usages), ciphertext };
        };
      });
    }
    decapsulateBits(algorithm, key, ciphertext) {
      return run(this, () => {
        required(arguments, 3, "decapsulateBits");
        cryptoKey(key, "decapsulationKey");
        const bytes = bufferSource(ciphertext, "ciphertext");
        const normalized = normalizeAlgorithm(algorithm, "decapsulate");
        return () => {
          checkKey(key, normalized, "decapsulateBits");
          return algorithms[normalized.name].decapsulate(normalized, key, bytes);
        };
      });
    }
    decapsulateKey(algorithm, key, ciphertext, sharedKeyAlgorithm, extractable, keyUsagesGiven) {
      return run(this, () => {
        required(arguments, 6, "decapsulateKey");
        cryptoKey(key, "decapsulationKey");
        const bytes = bufferSource(ciphertext, "ciphertext");
        const usages = keyUsages(keyUsagesGiven);
        const normalized = normalizeAlgorithm(algorithm, "decapsulate");
        const importAlgorithm = normalizeAlgorithm(sharedKeyAlgorithm, "importKey");
        return () => {
          checkKey(key, normalized, "decapsulateKey");
          const secret = algorithms[normalized.name].decapsulate(normalized, key, bytes);
          return importOf("raw-secret", new Uint8Array(secret), importAlgorithm, Boolean(extractable), usages);
        };
      });
    }
    unwrapKey(format, wrappedKey, unwrappingKey, unwrapAlgorithm, unwrappedKeyAlgorithm, extractable, keyUsagesGiven) {
      return run(this, () => {
        required(arguments, 7, "unwrapKey");
        const formatName = keyFormat(format);
        const wrapped = bufferSource(wrappedKey, "wrappedKey");
        cryptoKey(unwrappingKey, "unwrappingKey");
        const usages = keyUsages(keyUsagesGiven);
        const normalized = normalizeWrapping(unwrapAlgorithm, "unwrapKey", "decrypt");
        const importAlgorithm = normalizeAlgorithm(unwrappedKeyAlgorithm, "importKey");
        return () => {
          checkKey(unwrappingKey, normalized, "unwrapKey");
          const ops = algorithms[normalized.name];
          const unwrapped = ops.unwrapKey !== undefined ? ops.unwrapKey(normalized, unwrappingKey, wrapped) : ops.decrypt(normalized, unwrappingKey, wrapped);
          let data;
          if (formatName === "jwk") {
            let parsed;
            try {
              parsed = JSONParse((decoder ??= new TextDecoder()).decode(unwrapped));
            } catch {
              throw fail("DataError", "The unwrapped key is not a JWK");
            }
            data = jsonWebKey(parsed);
          } else {
            data = new Uint8Array(unwrapped);
          }
          return importOf(formatName, data, importAlgorithm, Boolean(extractable), usages);
        };
      });
    }
  }
  // (Its methods check their `this` and arguments themselves, rejecting as Web Crypto says.)
  core.webidl.defineInterface(SubtleCrypto, { ownChecks: true, length: 0 });

  core.webCrypto.subtle = new SubtleCrypto(create);
  core.defineGlobal("SubtleCrypto", SubtleCrypto);
})
