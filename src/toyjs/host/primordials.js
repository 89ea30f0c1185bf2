// The built-ins the runtime's own JS relies on while programs run, taken once, into the startup
// snapshot, before any program exists. A program that replaces Array.prototype.pop, the array
// iterator's `next`, Map methods, Function.prototype.call, Promise.prototype.then, JSON, String
// methods or a global breaks its own code, not the runtime's timers, ports, console or fetch.
//
// How the runtime's files use them (as `core.primordials`):
// - a prototype's methods are uncurried: ArrayPrototypePush(list, item) does list.push(item),
//   and getters likewise: MapPrototypeGetSize(map) reads map.size;
// - static functions are joined to their owner's name: ObjectKeys(o) is Object.keys(o);
// - constructors and symbols keep their names: `const { TypeError } = core.primordials` shadows
//   the global, which a program may replace;
// - arrays are walked by index. for-of, spread (also into a call: f(...args)) and array
//   destructuring run the array iterator, whose `next` programs share; rest parameters and
//   object destructuring do not;
// - maps and sets are SafeMap, SafeSet and SafeWeakMap, walked with their own forEach;
// - promises are chained with PromisePrototypeThen. `await` on the runtime's own promises reaches
//   no `then` a program can replace, but an async function's `return somePromise` does: await it.
(function () {
  "use strict";
  const ReflectApply = Reflect.apply;
  const ObjectDefineProperty = Object.defineProperty;
  const ObjectGetOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
  const FunctionPrototypeBind = Function.prototype.bind;

  // FunctionPrototypeCall(fn, self, a, b) calls fn with `this` self, as fn.call(self, a, b)
  // would, allocating no array of arguments (the hot path of event emitters).
  const FunctionPrototypeCall = ReflectApply(FunctionPrototypeBind, Function.prototype.call, [Function.prototype.call]);
  const uncurry = (method) => (self, ...args) => ReflectApply(method, self, args);
  const capitalized = (name) => name[0].toUpperCase() + name.slice(1);
  const primordials = { ReflectApply, ObjectDefineProperty, ObjectGetOwnPropertyDescriptor, FunctionPrototypeCall };

  function methods(owner, prototype, names) {
    for (let i = 0; i < names.length; i++) {
      primordials[`${owner}Prototype${capitalized(names[i])}`] = uncurry(prototype[names[i]]);
    }
  }
  function getters(owner, prototype, names) {
    for (let i = 0; i < names.length; i++) {
      const get = ObjectGetOwnPropertyDescriptor(prototype, names[i]).get;
      primordials[`${owner}PrototypeGet${capitalized(names[i])}`] = uncurry(get);
    }
  }
  // Bound to their owner, for those that need it as `this` (Promise.resolve).
  function statics(owner, object, names) {
    for (let i = 0; i < names.length; i++) {
      primordials[`${owner}${capitalized(names[i])}`] = ReflectApply(FunctionPrototypeBind, object[names[i]], [object]);
    }
  }

  const TypedArray = Object.getPrototypeOf(Uint8Array);
  const constructors = {
    Array, ArrayBuffer, BigInt, Boolean, DataView, Date, Error, Function, Map, Number, Object, Promise,
    Proxy, RangeError, RegExp, Set, String, Symbol, SyntaxError, TypeError, Uint8Array, WeakMap, WeakSet,
    Float32Array, Float64Array, Int8Array, Uint16Array, Uint32Array,
  };
  for (const name in constructors) primordials[name] = constructors[name];

  methods("Array", Array.prototype, [
    "concat", "filter", "find", "findIndex", "includes", "indexOf", "join", "map", "pop", "push",
    "shift", "slice", "some", "sort", "splice", "unshift",
  ]);
  methods("String", String.prototype, [
    "charCodeAt", "codePointAt", "endsWith", "includes", "indexOf", "lastIndexOf", "padEnd",
    "padStart", "repeat", "slice", "split", "startsWith", "toLowerCase", "toUpperCase", "trim",
  ]);
  methods("RegExp", RegExp.prototype, ["exec", "test", "toString"]);
  // (They still call the regular expression's `exec`, as the standard says.)
  primordials.RegExpPrototypeSymbolReplace = uncurry(RegExp.prototype[Symbol.replace]);
  primordials.RegExpPrototypeSymbolSplit = uncurry(RegExp.prototype[Symbol.split]);
  methods("Object", Object.prototype, ["hasOwnProperty", "propertyIsEnumerable", "toString"]);
  methods("Function", Function.prototype, ["bind", "toString"]);
  methods("Symbol", Symbol.prototype, ["toString", "valueOf"]);
  methods("Error", Error.prototype, ["toString"]);
  methods("Number", Number.prototype, ["toFixed", "toString", "valueOf"]);
  methods("String", String.prototype, ["valueOf"]);
  methods("Boolean", Boolean.prototype, ["valueOf"]);
  methods("BigInt", BigInt.prototype, ["toString", "valueOf"]);
  methods("Date", Date.prototype, ["getTime", "toISOString", "toString", "toUTCString"]);
  methods("Promise", Promise.prototype, ["then"]);
  methods("Map", Map.prototype, ["forEach", "get", "has"]);
  methods("Set", Set.prototype, ["forEach", "has"]);
  methods("WeakMap", WeakMap.prototype, ["has"]);
  methods("WeakSet", WeakSet.prototype, ["has"]);
  methods("TypedArray", TypedArray.prototype, ["fill", "indexOf", "lastIndexOf", "set", "slice", "subarray"]);
  methods("ArrayBuffer", ArrayBuffer.prototype, ["slice"]);
  getters("TypedArray", TypedArray.prototype, ["length", "buffer", "byteOffset", "byteLength"]);
  primordials.TypedArrayPrototypeGetSymbolToStringTag = uncurry(ObjectGetOwnPropertyDescriptor(TypedArray.prototype, Symbol.toStringTag).get);
  getters("ArrayBuffer", ArrayBuffer.prototype, ["byteLength"]);
  getters("DataView", DataView.prototype, ["buffer", "byteLength", "byteOffset"]);
  getters("Map", Map.prototype, ["size"]);
  getters("Set", Set.prototype, ["size"]);
  getters("RegExp", RegExp.prototype, ["source", "flags"]);

  statics("Object", Object, [
    "assign", "create", "defineProperties", "entries", "freeze", "getOwnPropertyDescriptors", "getOwnPropertyNames",
    "getOwnPropertySymbols", "getPrototypeOf", "is", "isExtensible", "isFrozen", "keys", "setPrototypeOf", "values",
  ]);
  statics("Array", Array, ["isArray"]);
  statics("ArrayBuffer", ArrayBuffer, ["isView"]);
  statics("Number", Number, ["isFinite", "isInteger", "isNaN", "parseFloat", "parseInt"]);
  statics("Math", Math, ["ceil", "floor", "max", "min", "round", "sqrt", "trunc"]);
  statics("JSON", JSON, ["parse", "stringify"]);
  statics("String", String, ["fromCharCode", "fromCodePoint"]);
  statics("Reflect", Reflect, ["construct", "getOwnPropertyDescriptor", "ownKeys"]);
  statics("Promise", Promise, ["reject", "resolve"]);
  statics("Error", Error, ["captureStackTrace"]);
  statics("Date", Date, ["now"]);
  primordials.SymbolIterator = Symbol.iterator;
  primordials.SymbolAsyncIterator = Symbol.asyncIterator;
  primordials.SymbolToStringTag = Symbol.toStringTag;
  primordials.SymbolToPrimitive = Symbol.toPrimitive;
  primordials.inspectCustom = Symbol.for("nodejs.util.inspect.custom");
  // node:diagnostics_channel holds channels weakly
  primordials.WeakRef = WeakRef;
  primordials.FinalizationRegistry = FinalizationRegistry;
  methods("WeakRef", WeakRef.prototype, ["deref"]);
  methods("FinalizationRegistry", FinalizationRegistry.prototype, ["register"]);
  // node:querystring and node:url
  primordials.URIError = URIError;
  primordials.decodeURIComponent = decodeURIComponent;
  primordials.encodeURIComponent = encodeURIComponent;

  // SharedArrayBuffer is in a runtime's context but not in the one the snapshot is made in: its
  // byteLength getter is taken as the runtime starts (core.start), still before any program.
  let sharedByteLength = null;
  primordials.takeSharedArrayBuffer = () => {
    if (typeof SharedArrayBuffer === "function") {
      sharedByteLength = ObjectGetOwnPropertyDescriptor(SharedArrayBuffer.prototype, "byteLength").get;
    }
  };
  // (A TypeError for anything else, as the getter's own.)
  primordials.SharedArrayBufferPrototypeGetByteLength = (buffer) => ReflectApply(sharedByteLength, buffer, []);

  // Collections whose methods were taken here. A SafeSet may start with an array's items, added
  // by index (Set's own constructor would run the array iterator).
  function safeCollection(Base, methodNames) {
    class Safe extends Base {
      constructor(items) {
        super();
        if (items !== undefined) for (let i = 0; i < items.length; i++) this.add(items[i]);
      }
    }
    for (let i = 0; i < methodNames.length; i++) {
      ObjectDefineProperty(Safe.prototype, methodNames[i], { value: Base.prototype[methodNames[i]] });
    }
    if ("size" in Base.prototype) ObjectDefineProperty(Safe.prototype, "size", ObjectGetOwnPropertyDescriptor(Base.prototype, "size"));
    // Frozen, the class too: its prototype is the constructor its `super()` calls.
    Object.freeze(Safe.prototype);
    return Object.freeze(Safe);
  }
  primordials.SafeMap = safeCollection(Map, ["get", "set", "has", "delete", "clear", "forEach"]);
  primordials.SafeSet = safeCollection(Set, ["add", "has", "delete", "clear", "forEach"]);
  primordials.SafeWeakMap = safeCollection(WeakMap, ["get", "set", "has", "delete"]);

  return Object.freeze(primordials);
})
