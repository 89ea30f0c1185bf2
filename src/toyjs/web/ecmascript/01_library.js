// Library-level ECMAScript features newer than V8 10.2, defined only where the engine lacks
// them, as non-enumerable properties, following the spec's algorithms.
//
// Whether the engine lacks one is decided in each runtime's own context as it starts, not in
// the startup snapshot: V8 12.9 and later add some built-ins (Set methods, iterator helpers,
// Promise.try) only when a context is made from a snapshot, and a property of ours under such
// a name, found there, makes V8 abort. The snapshot keeps the functions; the properties wait.
(function (core, ops) {
  "use strict";
  const additions = [];
  function define(target, name, value) {
    additions.push([target, name, { value, writable: true, configurable: true, enumerable: false }]);
  }
  function defineGetter(target, name, get) {
    additions.push([target, name, { get, configurable: true, enumerable: false }]);
  }
  core.whenStarted(() => {
    for (const [target, name, descriptor] of additions) {
      if (!Object.prototype.hasOwnProperty.call(target, name)) Object.defineProperty(target, name, descriptor);
    }
    const unscopables = Array.prototype[Symbol.unscopables];
    for (const name of ["toReversed", "toSorted", "toSpliced"]) {
      if (unscopables[name] === undefined) unscopables[name] = true;
    }
  });
  function toIntegerOrInfinity(value) {
    const n = Number(value);
    if (Number.isNaN(n) || n === 0) return 0;
    if (!Number.isFinite(n)) return n;
    return Math.trunc(n);
  }
  function relativeIndex(value, length, fallback) {
    if (value === undefined) return fallback;
    const relative = toIntegerOrInfinity(value);
    if (relative === -Infinity) return 0;
    if (relative < 0) return Math.max(length + relative, 0);
    return Math.min(relative, length);
  }
  const toLength = (value) => Math.min(Math.max(toIntegerOrInfinity(value), 0), Number.MAX_SAFE_INTEGER);
  const TypedArray = Object.getPrototypeOf(Uint8Array);
  const typedLength = Object.getOwnPropertyDescriptor(TypedArray.prototype, "length").get;

  // Change Array by copy (ES2023)
  define(Array.prototype, "toReversed", function toReversed() {
    const o = Object(this), length = toLength(o.length), result = new Array(length);
    for (let i = 0; i < length; i++) result[i] = o[length - 1 - i];
    return result;
  });
  define(Array.prototype, "toSorted", function toSorted(compare) {
    if (compare !== undefined && typeof compare !== "function") {
      throw new TypeError("The comparison function must be either a function or undefined");
    }
    const o = Object(this), length = toLength(o.length), result = new Array(length);
    for (let i = 0; i < length; i++) result[i] = o[i];
    return result.sort(compare);
  });
  define(Array.prototype, "toSpliced", function toSpliced(start, skipCount, ...items) {
    const o = Object(this), length = toLength(o.length);
    const actualStart = relativeIndex(start, length, 0);
    let actualSkip;
    if (arguments.length === 0) actualSkip = 0;
    else if (arguments.length === 1) actualSkip = length - actualStart;
    else actualSkip = Math.min(Math.max(toIntegerOrInfinity(skipCount), 0), length - actualStart);
    const newLength = length + items.length - actualSkip;
    if (newLength > Number.MAX_SAFE_INTEGER) throw new TypeError("Invalid array length");
    const result = new Array(newLength);
    let i = 0, r = actualStart + actualSkip;
    for (; i < actualStart; i++) result[i] = o[i];
    for (const item of items) result[i++] = item;
    for (; i < newLength; i++, r++) result[i] = o[r];
    return result;
  });
  define(Array.prototype, "with", function (index, value) {
    const o = Object(this), length = toLength(o.length);
    const relative = toIntegerOrInfinity(index);
    const actual = relative >= 0 ? relative : length + relative;
    if (actual >= length || actual < 0) throw new RangeError("Invalid index : " + index);
    const result = new Array(length);
    for (let i = 0; i < length; i++) result[i] = i === actual ? value : o[i];
    return result;
  });
  define(TypedArray.prototype, "toReversed", function toReversed() {
    const length = typedLength.call(this), result = new this.constructor(length);
    for (let i = 0; i < length; i++) result[i] = this[length - 1 - i];
    return result;
  });
  define(TypedArray.prototype, "toSorted", function toSorted(compare) {
    if (compare !== undefined && typeof compare !== "function") {
      throw new TypeError("The comparison function must be either a function or undefined");
    }
    const length = typedLength.call(this), result = new this.constructor(length);
    for (let i = 0; i < length; i++) result[i] = this[i];
    return result.sort(compare);
  });
  define(TypedArray.prototype, "with", function (index, value) {
    const length = typedLength.call(this);
    const relative = toIntegerOrInfinity(index);
    const actual = relative >= 0 ? relative : length + relative;
    const numeric = this[Symbol.toStringTag].startsWith("Big") ? BigInt(value) : Number(value);
    if (actual >= length || actual < 0) throw new RangeError("Invalid typed array index");
    const result = new this.constructor(length);
    for (let i = 0; i < length; i++) result[i] = i === actual ? numeric : this[i];
    return result;
  });

  // Array grouping (ES2024)
  function group(items, callback) {
    if (typeof callback !== "function") throw new TypeError(`${String(callback)} is not a function`);
    const groups = new Map();
    let k = 0;
    for (const value of items) {
      const key = callback(value, k++);
      const list = groups.get(key);
      if (list) list.push(value);
      else groups.set(key, [value]);
    }
    return groups;
  }
  define(Object, "groupBy", function groupBy(items, callback) {
    const result = Object.create(null);
    for (const [key, values] of group(items, (v, k) => {
      const key = callback(v, k);
      return typeof key === "symbol" ? key : String(key);
    })) result[key] = values;
    return result;
  });
  define(Map, "groupBy", function groupBy(items, callback) {
    return group(items, (v, k) => {
      const key = callback(v, k);
      return Object.is(key, -0) ? 0 : key;
    });
  });

  // Promise.withResolvers (ES2024)
  define(Promise, "withResolvers", function withResolvers() {
    let resolve, reject;
    const promise = new this((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  });

  // Array.fromAsync (ES2024)
  define(Array, "fromAsync", async function fromAsync(items, mapFn, thisArg) {
    if (mapFn !== undefined && typeof mapFn !== "function") throw new TypeError(`${String(mapFn)} is not a function`);
    const Ctor = typeof this === "function" ? this : Array;
    const result = new Ctor();
    let k = 0;
    const iterable = items[Symbol.asyncIterator] !== undefined || items[Symbol.iterator] !== undefined;
    if (iterable) {
      for await (const value of items) {
        result[k] = mapFn ? await mapFn.call(thisArg, value, k) : value;
        k++;
      }
    } else {
      const arrayLike = Object(items), length = toLength(arrayLike.length);
      for (; k < length; k++) {
        const value = await arrayLike[k];
        result[k] = mapFn ? await mapFn.call(thisArg, value, k) : value;
      }
    }
    result.length = k;
    return result;
  });

  // Well-formed Unicode strings (ES2024)
  define(String.prototype, "isWellFormed", function isWellFormed() {
    const s = String(this);
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff) {
        const next = s.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) i++;
        else return false;
      } else if (c >= 0xdc00 && c <= 0xdfff) {
        return false;
      }
    }
    return true;
  });
  function toWellFormed() {
    const s = String(this);
    let out = "";
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff) {
        const next = s.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          out += s[i] + s[i + 1];
          i++;
        } else {
          out += "\uFFFD";
        }
      } else if (c >= 0xdc00 && c <= 0xdfff) {
        out += "\uFFFD";
      } else {
        out += s[i];
      }
    }
    return out;
  }
  define(String.prototype, "toWellFormed", toWellFormed);
  // For the runtime's own USVString conversions, which take it before the properties above are
  // defined (as a context starts): the engine's own where it has one.
  core.toWellFormed = String.prototype.toWellFormed ?? toWellFormed;

  // ArrayBuffer.prototype.transfer (ES2024): a copy of the bytes, and this buffer detached.
  const byteLength = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, "byteLength").get;
  function transfer(buffer, newLength, name) {
    const length = byteLength.call(buffer); // throws a TypeError for non-ArrayBuffers
    const size = newLength === undefined ? length : toIntegerOrInfinity(newLength);
    if (size < 0 || size > Number.MAX_SAFE_INTEGER) throw new RangeError(`Invalid array buffer length`);
    if (length === 0 && buffer.detached) throw new TypeError(`Cannot perform ArrayBuffer.prototype.${name} on a detached ArrayBuffer`);
    const result = new ArrayBuffer(size);
    new Uint8Array(result).set(new Uint8Array(buffer, 0, Math.min(size, length)));
    ops.detachArrayBuffer(buffer);
    return result;
  }
  define(ArrayBuffer.prototype, "transfer", function (newLength) { return transfer(this, newLength, "transfer"); });
  define(ArrayBuffer.prototype, "transferToFixedLength", function (newLength) {
    return transfer(this, newLength, "transferToFixedLength");
  });
  defineGetter(ArrayBuffer.prototype, "detached", function detached() {
    if (byteLength.call(this) !== 0) return false;
    try {
      new Uint8Array(this);
      return false;
    } catch {
      return true;
    }
  });

  // Set methods (ES2025): `other` is any set-like with size, has() and keys().
  function setLike(other) {
    if (other === null || typeof other !== "object") throw new TypeError("The 'other' argument must be set-like");
    const size = Number(other.size);
    if (Number.isNaN(size)) throw new TypeError("The 'other' argument's size is not a number");
    const has = other.has, keys = other.keys;
    if (typeof has !== "function") throw new TypeError("The 'other' argument's has is not a function");
    if (typeof keys !== "function") throw new TypeError("The 'other' argument's keys is not a function");
    return {
      size: toIntegerOrInfinity(size),
      has: (value) => Boolean(has.call(other, value)),
      *keys() {
        const iterator = keys.call(other);
        for (let step = iterator.next(); !step.done; step = iterator.next()) yield step.value;
      },
    };
  }
  function thisSet(value) {
    Set.prototype.has.call(value, undefined); // throws a TypeError for non-sets
    return value;
  }
  define(Set.prototype, "union", function union(other) {
    const result = new Set(thisSet(this));
    for (const value of setLike(other).keys()) result.add(value);
    return result;
  });
  define(Set.prototype, "intersection", function intersection(other) {
    const self = thisSet(this), like = setLike(other), result = new Set();
    if (self.size <= like.size) {
      for (const value of [...self]) if (like.has(value)) result.add(value);
    } else {
      for (const value of like.keys()) if (self.has(value)) result.add(value);
    }
    return result;
  });
  define(Set.prototype, "difference", function difference(other) {
    const self = thisSet(this), like = setLike(other), result = new Set(self);
    if (self.size <= like.size) {
      for (const value of [...self]) if (like.has(value)) result.delete(value);
    } else {
      for (const value of like.keys()) result.delete(value);
    }
    return result;
  });
  define(Set.prototype, "symmetricDifference", function symmetricDifference(other) {
    const self = thisSet(this), result = new Set(self);
    for (const value of setLike(other).keys()) {
      if (self.has(value)) result.delete(value);
      else result.add(value);
    }
    return result;
  });
  define(Set.prototype, "isSubsetOf", function isSubsetOf(other) {
    const self = thisSet(this), like = setLike(other);
    if (self.size > like.size) return false;
    for (const value of self) if (!like.has(value)) return false;
    return true;
  });
  define(Set.prototype, "isSupersetOf", function isSupersetOf(other) {
    const self = thisSet(this), like = setLike(other);
    if (self.size < like.size) return false;
    for (const value of like.keys()) if (!self.has(value)) return false;
    return true;
  });
  define(Set.prototype, "isDisjointFrom", function isDisjointFrom(other) {
    const self = thisSet(this), like = setLike(other);
    if (self.size <= like.size) {
      for (const value of self) if (like.has(value)) return false;
    } else {
      for (const value of like.keys()) if (self.has(value)) return false;
    }
    return true;
  });
})
