// crypto (Web Crypto): getRandomValues, randomUUID, and SubtleCrypto's digest and HMAC
// (importKey "raw", sign, verify, exportKey "raw").
(function (core, ops) {
  "use strict";
  const { DOMException, viewBytes } = core;
  const {
    SafeSet, ArrayBuffer, Boolean, DataView, Object, SyntaxError, TypeError, Uint8Array, ArrayBufferIsView,
    ArrayPrototypeIncludes, PromisePrototypeThen, PromiseResolve, StringPrototypeToUpperCase,
    TypedArrayPrototypeGetSymbolToStringTag, TypedArrayPrototypeSet, TypedArrayPrototypeSlice,
  } = core.primordials;
  const create = Symbol("create");
  const integerArrays = new SafeSet(["Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array", "Uint16Array",
    "Int32Array", "Uint32Array", "BigInt64Array", "BigUint64Array"]);

  function bytesOf(data, what = "data") {
    if (data instanceof ArrayBuffer) return new Uint8Array(data);
    if (ArrayBufferIsView(data)) return viewBytes(data);
    throw new TypeError(`Failed to execute '${what}': parameter is not of type 'BufferSource'.`);
  }
  function bufferOf(bytes) {
    const copy = new Uint8Array(bytes.length);
    TypedArrayPrototypeSet(copy, bytes);
    return copy.buffer;
  }
  function algorithmName(algorithm) {
    const name = typeof algorithm === "string" ? algorithm : algorithm?.name;
    if (typeof name !== "string") throw new TypeError("Algorithm: name is missing");
    return name;
  }

  class CryptoKey {
    #type; #extractable; #algorithm; #usages; #data;
    constructor(key, type, extractable, algorithm, usages, data) {
      if (key !== create) throw new TypeError("Illegal constructor");
      this.#type = type;
      this.#extractable = extractable;
      this.#algorithm = algorithm;
      this.#usages = usages;
      this.#data = data;
    }
    get type() { return this.#type; }
    get extractable() { return this.#extractable; }
    get algorithm() { return this.#algorithm; }
    get usages() { return this.#usages; }
    static data(key, usage) {
      if (!(#data in Object(key))) throw new TypeError("The key is not a CryptoKey");
      if (usage !== undefined && !ArrayPrototypeIncludes(key.#usages, usage)) {
        throw new DOMException(`The key does not support the '${usage}' operation`, "InvalidAccessError");
      }
      return key.#data;
    }
  }
  const keyData = CryptoKey.data;
  delete CryptoKey.data;
  Object.defineProperty(CryptoKey.prototype, Symbol.toStringTag, { value: "CryptoKey", configurable: true });

  // Each method settles asynchronously, as the standard's algorithms run "in parallel".
  const later = (work) => PromisePrototypeThen(PromiseResolve(), work);

  class SubtleCrypto {
    constructor(key) { if (key !== create) throw new TypeError("Illegal constructor"); }
    digest(algorithm, data) {
      return later(() => bufferOf(ops.digest(algorithmName(algorithm), bytesOf(data))));
    }
    importKey(format, keyMaterial, algorithm, extractable, usages) {
      return later(() => {
        if (format !== "raw") throw new DOMException(`Unsupported key format: ${format}`, "NotSupportedError");
        if (StringPrototypeToUpperCase(algorithmName(algorithm)) !== "HMAC") {
          throw new DOMException(`Unrecognized algorithm name: ${algorithmName(algorithm)}`, "NotSupportedError");
        }
        const hash = ops.hashName(algorithmName(algorithm.hash));
        const bytes = TypedArrayPrototypeSlice(bytesOf(keyMaterial, "importKey"));
        if (bytes.length === 0) throw new DOMException("Zero-length key is not supported", "DataError");
        for (const usage of usages) { // (the program's sequence, iterated as the standard says)
          if (usage !== "sign" && usage !== "verify") throw new SyntaxError(`Unsupported key usage for an HMAC key: ${usage}`);
        }
        const length = algorithm.length ?? bytes.length * 8;
        return new CryptoKey(create, "secret", Boolean(extractable), { name: "HMAC", hash: { name: hash }, length }, [...usages], bytes);
      });
    }
    exportKey(format, key) {
      return later(() => {
        if (format !== "raw") throw new DOMException(`Unsupported key format: ${format}`, "NotSupportedError");
        if (!key.extractable) throw new DOMException("key is not extractable", "InvalidAccessError");
        return bufferOf(keyData(key));
      });
    }
    sign(algorithm, key, data) {
      return later(() => {
        const bytes = keyData(key, "sign");
        if (StringPrototypeToUpperCase(algorithmName(algorithm)) !== "HMAC") throw new DOMException("Unsupported algorithm", "NotSupportedError");
        return bufferOf(ops.hmacSign(key.algorithm.hash.name, bytes, bytesOf(data)));
      });
    }
    verify(algorithm, key, signature, data) {
      return later(() => {
        const bytes = keyData(key, "verify");
        if (StringPrototypeToUpperCase(algorithmName(algorithm)) !== "HMAC") throw new DOMException("Unsupported algorithm", "NotSupportedError");
        return ops.hmacVerify(key.algorithm.hash.name, bytes, bytesOf(signature), bytesOf(data));
      });
    }
  }
  Object.defineProperty(SubtleCrypto.prototype, Symbol.toStringTag, { value: "SubtleCrypto", configurable: true });

  const subtle = new SubtleCrypto(create);
  class Crypto {
    constructor(key) { if (key !== create) throw new TypeError("Illegal constructor"); }
    get subtle() { return subtle; }
    getRandomValues(array) {
      if (!ArrayBufferIsView(array) || array instanceof DataView || !integerArrays.has(TypedArrayPrototypeGetSymbolToStringTag(array))) {
        throw new DOMException("The data argument must be an integer-type TypedArray", "TypeMismatchError");
      }
      if (array.byteLength > 65536) {
        throw new DOMException(`The ArrayBufferView's byte length (${array.byteLength}) exceeds the number of bytes of entropy available via this API (65536)`, "QuotaExceededError");
      }
      TypedArrayPrototypeSet(viewBytes(array), ops.randomBytes(array.byteLength));
      return array;
    }
    randomUUID() { return ops.randomUUID(); }
  }
  Object.defineProperty(Crypto.prototype, Symbol.toStringTag, { value: "Crypto", configurable: true });

  core.defineGlobal("crypto", new Crypto(create));
  for (const cls of [Crypto, CryptoKey, SubtleCrypto]) core.defineGlobal(cls.name, cls);
})
