// Node's strict deep equality (util.isDeepStrictEqual; assert.deepStrictEqual's rule):
// primitives by Object.is; objects of the same prototype and built-in tag, with the same own
// enumerable string keys and symbols, whose values are deeply equal; and per kind: dates by
// time, regular expressions by source, flags and lastIndex, boxed primitives by value, errors
// by name, message, cause and errors, typed arrays and buffers by bytes, maps and sets by
// entries (object keys matched to a deeply equal one). A pair met again while being compared
// (a cycle) counts as equal.
//
// The loose rule (assert.deepEqual's) differs: primitives compare with ==, prototypes are not
// compared, symbol keys are ignored, and set items and map keys
// that are not found as they are may pair with loosely equal ones.
"use strict";
const {
  ArrayBufferPrototypeGetByteLength, ArrayIsArray, BigIntPrototypeValueOf, BooleanPrototypeValueOf, DatePrototypeGetTime,
  MapPrototypeForEach, MapPrototypeGetSize, NumberPrototypeValueOf, ObjectGetOwnPropertySymbols, ObjectGetPrototypeOf,
  ObjectIs, ObjectKeys, ObjectPrototypeHasOwnProperty, ObjectPrototypePropertyIsEnumerable, ObjectPrototypeToString,
  RegExpPrototypeGetFlags, RegExpPrototypeGetSource, SafeMap, SafeSet, SetPrototypeForEach, SetPrototypeGetSize,
  StringPrototypeValueOf, SymbolPrototypeValueOf, TypedArrayPrototypeGetByteLength, TypedArrayPrototypeGetByteOffset,
  TypedArrayPrototypeGetBuffer, TypedArrayPrototypeGetSymbolToStringTag, Uint8Array,
  DataViewPrototypeGetBuffer, DataViewPrototypeGetByteLength, DataViewPrototypeGetByteOffset, Error, MapPrototypeGet,
  MapPrototypeHas, SetPrototypeHas,
} = core.primordials;
const types = require("util/types");

function isDeepStrictEqual(a, b) {
  return equal(a, b, new SafeMap(), false);
}

function isDeepEqual(a, b) {
  return equal(a, b, new SafeMap(), true);
}

function equal(a, b, open, loose) {
  if (a === b) return a !== 0 || ObjectIs(a, b) || loose;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) {
    if (loose && isPrimitive(a) && isPrimitive(b)) return a == b || (a !== a && b !== b);
    return typeof a === "number" && typeof b === "number" && a !== a && b !== b; // NaN
  }
  if (!loose && ObjectGetPrototypeOf(a) !== ObjectGetPrototypeOf(b)) return false;
  if (ObjectPrototypeToString(a) !== ObjectPrototypeToString(b)) return false;
  // A pair already being compared further up: assume equal (its own comparison decides).
  let partners = open.get(a);
  if (partners !== undefined && partners.has(b)) return true;
  if (partners === undefined) open.set(a, (partners = new SafeSet()));
  partners.add(b);
  try {
    return sameKind(a, b, open, loose) && sameProperties(a, b, open, loose);
  } finally {
    partners.delete(b);
  }
}

// What the kind of object compares beyond its properties.
function sameKind(a, b, open, loose) {
  if (ArrayIsArray(a)) {
    if (!ArrayIsArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) {
      const has = ObjectPrototypeHasOwnProperty(a, i);
      if (has !== ObjectPrototypeHasOwnProperty(b, i)) return false;
      if (has && !equal(a[i], b[i], open, loose)) return false;
    }
    return true;
  }
  const tag = TypedArrayPrototypeGetSymbolToStringTag(a);
  if (tag !== undefined) {
    return tag === TypedArrayPrototypeGetSymbolToStringTag(b) && sameBytes(viewOfTyped(a), viewOfTyped(b));
  }
  if (types.isDate(a)) return types.isDate(b) && DatePrototypeGetTime(a) === DatePrototypeGetTime(b);
  if (types.isRegExp(a)) {
    return types.isRegExp(b) && RegExpPrototypeGetSource(a) === RegExpPrototypeGetSource(b) &&
      RegExpPrototypeGetFlags(a) === RegExpPrototypeGetFlags(b) && a.lastIndex === b.lastIndex;
  }
  if (types.isNativeError(a) || a instanceof Error) {
    if (a.message !== b.message || a.name !== b.name) return false;
    if (ObjectPrototypeHasOwnProperty(a, "cause") !== ObjectPrototypeHasOwnProperty(b, "cause")) return false;
    if (ObjectPrototypeHasOwnProperty(a, "cause") && !equal(a.cause, b.cause, open, loose)) return false;
    if (ObjectPrototypeHasOwnProperty(a, "errors") !== ObjectPrototypeHasOwnProperty(b, "errors")) return false;
    return !ObjectPrototypeHasOwnProperty(a, "errors") || equal(a.errors, b.errors, open, loose);
  }
  if (types.isBoxedPrimitive(a)) return sameBoxed(a, b);
  if (types.isAnyArrayBuffer(a)) {
    return types.isAnyArrayBuffer(b) && types.isArrayBuffer(a) === types.isArrayBuffer(b) &&
      sameBytes(new Uint8Array(a), new Uint8Array(b));
  }
  if (types.isDataView(a)) {
    return types.isDataView(b) && sameBytes(
      new Uint8Array(DataViewPrototypeGetBuffer(a), DataViewPrototypeGetByteOffset(a), DataViewPrototypeGetByteLength(a)),
      new Uint8Array(DataViewPrototypeGetBuffer(b), DataViewPrototypeGetByteOffset(b), DataViewPrototypeGetByteLength(b)));
  }
  if (types.isMap(a)) return types.isMap(b) && sameMaps(a, b, open, loose);
  if (types.isSet(a)) return types.isSet(b) && sameSets(a, b, open, loose);
  return true;
}

function viewOfTyped(array) {
  return new Uint8Array(TypedArrayPrototypeGetBuffer(array), TypedArrayPrototypeGetByteOffset(array), TypedArrayPrototypeGetByteLength(array));
}

function sameBytes(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

const UNBOXERS = [NumberPrototypeValueOf, StringPrototypeValueOf, BooleanPrototypeValueOf, BigIntPrototypeValueOf, SymbolPrototypeValueOf];
function sameBoxed(a, b) {
  for (let i = 0; i < UNBOXERS.length; i++) {
    let left;
    try {
      left = UNBOXERS[i](a);
    } catch {
      continue;
    }
    try {
      return ObjectIs(left, UNBOXERS[i](b));
    } catch {
      return false;
    }
  }
  return false;
}

// Own enumerable string keys (indices too, for what is not an array or typed array) and own
// enumerable symbols, the same on both sides, with deeply equal values.
function sameProperties(a, b, open, loose) {
  const indexed = ArrayIsArray(a) || TypedArrayPrototypeGetSymbolToStringTag(a) !== undefined;
  const keysA = propertyKeys(a, indexed, loose);
  const keysB = propertyKeys(b, indexed, loose);
  if (keysA.length !== keysB.length) return false;
  for (let i = 0; i < keysA.length; i++) {
    const key = keysA[i];
    if (!ObjectPrototypeHasOwnProperty(b, key) || !ObjectPrototypePropertyIsEnumerable(b, key)) return false;
  }
  for (let i = 0; i < keysA.length; i++) if (!equal(a[keysA[i]], b[keysA[i]], open, loose)) return false;
  return true;
}

function propertyKeys(object, indexed, loose) {
  const names = ObjectKeys(object);
  const keys = [];
  for (let i = 0; i < names.length; i++) if (!indexed || !isIndex(names[i])) keys[keys.length] = names[i];
  if (loose) return keys;
  const symbols = ObjectGetOwnPropertySymbols(object);
  for (let i = 0; i < symbols.length; i++) {
    if (ObjectPrototypePropertyIsEnumerable(object, symbols[i])) keys[keys.length] = symbols[i];
  }
  return keys;
}

function isIndex(key) {
  const n = +key;
  return n >= 0 && n < 2 ** 32 - 1 && `${n}` === key;
}

const isObjectLike = (value) => typeof value === "object" && value !== null;
const isPrimitive = (value) => value === null || (typeof value !== "object" && typeof value !== "function");

// Entries with primitive keys are looked up; those with object keys (and, loosely, primitive
// keys not found as they are) are paired with an equal one left on the other side.
function sameMaps(a, b, open, loose) {
  if (MapPrototypeGetSize(a) !== MapPrototypeGetSize(b)) return false;
  const unmatched = [];
  let same = true;
  MapPrototypeForEach(a, (value, key) => {
    if (!same) return;
    if (isObjectLike(key) || (loose && !MapPrototypeHas(b, key))) {
      unmatched[unmatched.length] = [key, value];
    } else if (!MapPrototypeHas(b, key) || !equal(value, MapPrototypeGet(b, key), open, loose)) {
      same = false;
    }
  });
  if (!same) return false;
  if (unmatched.length === 0) return true;
  const candidates = [];
  MapPrototypeForEach(b, (value, key) => {
    if (isObjectLike(key) || (loose && !MapPrototypeHas(a, key))) candidates[candidates.length] = [key, value];
  });
  for (let i = 0; i < unmatched.length; i++) {
    const key = unmatched[i][0];
    const value = unmatched[i][1];
    const index = findPartner(candidates, (entry) => equal(key, entry[0], open, loose) && equal(value, entry[1], open, loose));
    if (index < 0) return false;
    candidates[index] = undefined;
  }
  return true;
}

function sameSets(a, b, open, loose) {
  if (SetPrototypeGetSize(a) !== SetPrototypeGetSize(b)) return false;
  const unmatched = [];
  let same = true;
  SetPrototypeForEach(a, (value) => {
    if (!same) return;
    if (isObjectLike(value) || (loose && !SetPrototypeHas(b, value))) unmatched[unmatched.length] = value;
    else if (!SetPrototypeHas(b, value)) same = false;
  });
  if (!same) return false;
  if (unmatched.length === 0) return true;
  const candidates = [];
  SetPrototypeForEach(b, (value) => {
    if (isObjectLike(value) || (loose && !SetPrototypeHas(a, value))) candidates[candidates.length] = value;
  });
  for (let i = 0; i < unmatched.length; i++) {
    const index = findPartner(candidates, (candidate) => equal(unmatched[i], candidate, open, loose));
    if (index < 0) return false;
    candidates[index] = undefined;
  }
  return true;
}

// The index of the first candidate left that matches; each candidate pairs with one item only.
function findPartner(candidates, matches) {
  for (let i = 0; i < candidates.length; i++) {
    if (candidates[i] !== undefined && matches(candidates[i])) return i;
  }
  return -1;
}

module.exports = { isDeepStrictEqual, isDeepEqual };
