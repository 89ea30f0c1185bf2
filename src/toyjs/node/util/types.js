// node:util/types (also util.types): what kind of built-in object a value really is.
//
// Where the engine offers a brand check (a built-in getter or method that throws for any other
// receiver), it decides, whatever the value's prototype or Symbol.toStringTag says. Kinds JS
// has no brand check for are read from Object.prototype.toString's built-in tag when the value
// has no string Symbol.toStringTag of its own to pretend with (errors, arguments), or from the
// tag its built-in prototype gives (generators, iterators, async functions). A Proxy cannot be
// told from its target in JS: the engine says (ops.isProxy). toyjs shows programs no External
// values: isExternal is false.
"use strict";
const {
  ArrayBufferIsView, ArrayBufferPrototypeGetByteLength, BigIntPrototypeValueOf, BooleanPrototypeValueOf,
  DataViewPrototypeGetByteLength, DatePrototypeGetTime, MapPrototypeGetSize, NumberPrototypeValueOf,
  ObjectGetPrototypeOf, ObjectIsExtensible, ObjectPrototypeToString, RegExp, RegExpPrototypeGetSource,
  SetPrototypeGetSize, SharedArrayBufferPrototypeGetByteLength, StringPrototypeValueOf, SymbolPrototypeValueOf,
  SymbolToStringTag, TypedArrayPrototypeGetSymbolToStringTag, WeakMapPrototypeHas, WeakSetPrototypeHas,
} = core.primordials;

const isObject = (value) => value !== null && typeof value === "object";

// Whether `check(value)` returns rather than throws.
function passes(check, value) {
  try {
    check(value);
    return true;
  } catch {
    return false;
  }
}

// Object.prototype.toString's tag, when it comes from the engine rather than from a string
// Symbol.toStringTag somewhere on the value's chain.
function builtInTag(value) {
  if (typeof value[SymbolToStringTag] === "string") return "";
  return ObjectPrototypeToString(value);
}

function typedArrayOf(name) {
  return (value) => TypedArrayPrototypeGetSymbolToStringTag(value) === name;
}

const isArrayBuffer = (value) => isObject(value) && passes(ArrayBufferPrototypeGetByteLength, value);
const isSharedArrayBuffer = (value) => isObject(value) && passes(SharedArrayBufferPrototypeGetByteLength, value);
const isNumberObject = (value) => isObject(value) && passes(NumberPrototypeValueOf, value);
const isStringObject = (value) => isObject(value) && passes(StringPrototypeValueOf, value);
const isBooleanObject = (value) => isObject(value) && passes(BooleanPrototypeValueOf, value);
const isBigIntObject = (value) => isObject(value) && passes(BigIntPrototypeValueOf, value);
const isSymbolObject = (value) => isObject(value) && passes(SymbolPrototypeValueOf, value);
// Generator, async and async generator functions (their prototype's tag, as the engine set it).
const functionTag = (value) => (typeof value === "function" ? ObjectPrototypeToString(value) : "");

const types = {
  isExternal: () => false,
  isDate: (value) => isObject(value) && passes(DatePrototypeGetTime, value),
  isArgumentsObject: (value) => isObject(value) && builtInTag(value) === "[object Arguments]",
  isBigIntObject,
  isBooleanObject,
  isNumberObject,
  isStringObject,
  isSymbolObject,
  isNativeError: (value) => isObject(value) && builtInTag(value) === "[object Error]",
  isRegExp: (value) => isObject(value) && value !== RegExp.prototype && passes(RegExpPrototypeGetSource, value),
  isAsyncFunction: (value) => {
    const tag = functionTag(value);
    return tag === "[object AsyncFunction]" || tag === "[object AsyncGeneratorFunction]";
  },
  isGeneratorFunction: (value) => {
    const tag = functionTag(value);
    return tag === "[object GeneratorFunction]" || tag === "[object AsyncGeneratorFunction]";
  },
  isGeneratorObject: (value) => {
    if (!isObject(value)) return false;
    const tag = ObjectPrototypeToString(value);
    return tag === "[object Generator]" || tag === "[object AsyncGenerator]";
  },
  // (The host tells a real promise from an object that only claims to be one.)
  isPromise: (value) => isObject(value) && ObjectPrototypeToString(value) === "[object Promise]" && core.ops.promiseState(value) !== null,
  isMap: (value) => isObject(value) && passes(MapPrototypeGetSize, value),
  isSet: (value) => isObject(value) && passes(SetPrototypeGetSize, value),
  isMapIterator: (value) => isObject(value) && ObjectPrototypeToString(value) === "[object Map Iterator]",
  isSetIterator: (value) => isObject(value) && ObjectPrototypeToString(value) === "[object Set Iterator]",
  isWeakMap: (value) => isObject(value) && passes((map) => WeakMapPrototypeHas(map, types), value),
  isWeakSet: (value) => isObject(value) && passes((set) => WeakSetPrototypeHas(set, types), value),
  isArrayBuffer,
  isDataView: (value) => isObject(value) && passes(DataViewPrototypeGetByteLength, value),
  isSharedArrayBuffer,
  isProxy: (value) => core.ops.isProxy(value),
  isModuleNamespaceObject: (value) => isObject(value) && ObjectGetPrototypeOf(value) === null && !ObjectIsExtensible(value) &&
    ObjectPrototypeToString(value) === "[object Module]",
  isAnyArrayBuffer: (value) => isArrayBuffer(value) || isSharedArrayBuffer(value),
  isBoxedPrimitive: (value) => isNumberObject(value) || isStringObject(value) || isBooleanObject(value) ||
    isBigIntObject(value) || isSymbolObject(value),
  isArrayBufferView: (value) => ArrayBufferIsView(value),
  isTypedArray: (value) => TypedArrayPrototypeGetSymbolToStringTag(value) !== undefined,
  isUint8Array: typedArrayOf("Uint8Array"),
  isUint8ClampedArray: typedArrayOf("Uint8ClampedArray"),
  isUint16Array: typedArrayOf("Uint16Array"),
  isUint32Array: typedArrayOf("Uint32Array"),
  isInt8Array: typedArrayOf("Int8Array"),
  isInt16Array: typedArrayOf("Int16Array"),
  isInt32Array: typedArrayOf("Int32Array"),
  isFloat32Array: typedArrayOf("Float32Array"),
  isFloat64Array: typedArrayOf("Float64Array"),
  isBigInt64Array: typedArrayOf("BigInt64Array"),
  isBigUint64Array: typedArrayOf("BigUint64Array"),
  // node:crypto's KeyObject does not exist in toyjs: nothing is one.
  isKeyObject: () => false,
  isCryptoKey: (value) => typeof globalThis.CryptoKey === "function" && isObject(value) && value instanceof globalThis.CryptoKey,
};
// Named as node names them (isDate.name === "isDate").
for (const name of core.primordials.ObjectKeys(types)) core.primordials.ObjectDefineProperty(types[name], "name", { value: name });

module.exports = types;
