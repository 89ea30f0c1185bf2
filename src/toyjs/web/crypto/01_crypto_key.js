// CryptoKey (WebCrypto): a key's type, extractability, algorithm and usages, with its material
// (a secret's bytes, or the Python handle of an asymmetric key) held out of the program's reach.
(function (core, ops) {
  "use strict";
  const { ArrayPrototypeIncludes, ArrayPrototypePush, Object, ObjectKeys, TypeError, Uint8Array } = core.primordials;
  const create = Symbol("create");
  // The standard's order of usages: a key's usages are kept in it, each once.
  const USAGES = [
    "encrypt", "decrypt", "sign", "verify", "deriveKey", "deriveBits", "wrapKey", "unwrapKey",
    "encapsulateKey", "encapsulateBits", "decapsulateKey", "decapsulateBits",
  ];

  // A fresh copy of an algorithm description for the program (nested dictionaries and the
  // RSA exponent's bytes copied too), so that changing it leaves the key as it was.
  function copyAlgorithm(algorithm) {
    const copy = {};
    const keys = ObjectKeys(algorithm);
    for (let i = 0; i < keys.length; i++) {
      const value = algorithm[keys[i]];
      if (value instanceof Uint8Array) copy[keys[i]] = new Uint8Array(value);
      else if (typeof value === "object" && value !== null) copy[keys[i]] = copyAlgorithm(value);
      else copy[keys[i]] = value;
    }
    return copy;
  }

  class CryptoKey {
    #type; #extractable; #algorithm; #usages; #material; #cachedAlgorithm; #cachedUsages;
    constructor(key, type, extractable, algorithm, usages, material) {
      if (key !== create) throw new TypeError("Illegal constructor");
      this.#type = type;
      this.#extractable = extractable;
      this.#algorithm = algorithm;
      this.#usages = usages;
      this.#material = material;
    }
    get type() { return CryptoKey.#own(this).#type; }
    get extractable() { return CryptoKey.#own(this).#extractable; }
    get algorithm() {
      const key = CryptoKey.#own(this);
      key.#cachedAlgorithm ??= copyAlgorithm(key.#algorithm);
      return key.#cachedAlgorithm;
    }
    get usages() {
      const key = CryptoKey.#own(this);
      key.#cachedUsages ??= [...key.#usages];
      return key.#cachedUsages;
    }
    static #own(key) {
      if (!(#type in Object(key))) throw new TypeError("Illegal invocation");
      return key;
    }
    static isKey(value) { return typeof value === "object" && value !== null && #type in value; }
    // The internal slots, for SubtleCrypto's algorithms.
    static slots(key) {
      return { type: key.#type, extractable: key.#extractable, algorithm: key.#algorithm, usages: key.#usages, material: key.#material };
    }
  }
  const { isKey, slots } = CryptoKey;
  delete CryptoKey.isKey;
  delete CryptoKey.slots;
  core.webidl.defineInterface(CryptoKey, { ownChecks: true, length: 0 }); // (its getters check their `this`)

  // A key made by an operation: usages in the standard's order, each once.
  function makeKey(type, extractable, algorithm, usages, material) {
    const kept = [];
    for (let i = 0; i < USAGES.length; i++) {
      if (ArrayPrototypeIncludes(usages, USAGES[i])) ArrayPrototypePush(kept, USAGES[i]);
    }
    return new CryptoKey(create, type, extractable, algorithm, kept, material);
  }

  core.cryptoKeys = { USAGES, isKey, slots, makeKey };
  core.defineGlobal("CryptoKey", CryptoKey);
})
