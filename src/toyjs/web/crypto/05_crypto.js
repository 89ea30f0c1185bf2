// crypto (Web Crypto): getRandomValues, randomUUID and the SubtleCrypto of 04_subtle.js.
(function (core, ops) {
  "use strict";
  const { DOMException, viewBytes } = core;
  const { SafeSet, DataView, TypeError, ArrayBufferIsView, TypedArrayPrototypeGetSymbolToStringTag, TypedArrayPrototypeSet } = core.primordials;
  const create = Symbol("create");
  const integerArrays = new SafeSet(["Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array", "Uint16Array",
    "Int32Array", "Uint32Array", "BigInt64Array", "BigUint64Array"]);
  const { subtle } = core.webCrypto;

  let isCrypto;
  class Crypto {
    #subtle = subtle;
    static { isCrypto = (value) => #subtle in value; }
    constructor(key) { if (key !== create) throw new TypeError("Illegal constructor"); }
    get subtle() { return this.#subtle; }
    getRandomValues(array) {
      if (!ArrayBufferIsView(array) || array instanceof DataView || !integerArrays.has(TypedArrayPrototypeGetSymbolToStringTag(array))) {
        throw new DOMException("The data argument must be an integer-type TypedArray", "TypeMismatchError");
      }
      if (array.byteLength > 65536) {
        // (WebCrypto gives the error no quota or requested amount)
        throw new core.QuotaExceededError(`The ArrayBufferView's byte length (${array.byteLength}) exceeds the number of bytes of entropy available via this API (65536)`);
      }
      TypedArrayPrototypeSet(viewBytes(array), ops.randomBytes(array.byteLength));
      return array;
    }
    randomUUID() { return ops.randomUUID(); }
  }
  core.webidl.defineInterface(Crypto, { brand: isCrypto, length: 0 });

  core.defineGlobal("crypto", new Crypto(create));
  core.defineGlobal("Crypto", Crypto);
})
