// v8.serialize's bytes for many kinds of value, what v8.deserialize rebuilds from them, and
// the errors of values that cannot be serialized or bytes that cannot be read.
import v8 from "node:v8";
import { inspect } from "node:util";

const hex = (value) => v8.serialize(value).toString("hex");

function withStack(error, stack) {
  error.stack = stack;
  return error;
}

function cyclic() {
  const object = { name: "root" };
  object.self = object;
  object.list = [object, { back: object }];
  return object;
}

const memory = new ArrayBuffer(16);
new Uint8Array(memory).set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]);
const shared = Buffer.alloc(4, 7);

const values = {
  undefined: undefined,
  null: null,
  true: true,
  false: false,
  zero: 0,
  negativeZero: -0,
  smallInt: 7,
  negativeInt: -300,
  int32Max: 2 ** 31 - 1,
  int32Min: -(2 ** 31),
  beyondInt32: 2 ** 31,
  double: 1.5,
  NaN: NaN,
  Infinity: -Infinity,
  maxSafe: Number.MAX_SAFE_INTEGER,
  emptyString: "",
  oneByteString: "hello",
  latin1String: "caf\u00e9",
  twoByteString: "\u65e5\u672c",
  surrogates: "\u{1F600}x",
  longString: "ab".repeat(100),
  bigint: 10n,
  negativeBigint: -12345678901234567890n,
  bigBigint: 2n ** 130n,
  zeroBigint: 0n,
  object: { a: 1, b: "two", c: [3] },
  nullPrototype: Object.assign(Object.create(null), { x: 1 }),
  indexKeys: { 2: "two", 1: "one", b: 1, a: 2 },
  inherited: Object.create({ notMine: 1 }, { mine: { value: 2, enumerable: true }, hidden: { value: 3 } }),
  symbolKeyed: { [Symbol("s")]: 1, kept: 2 },
  classInstance: new (class Point { constructor() { this.x = 1; this.y = 2; } })(),
  getter: { get computed() { return 42; } },
  denseArray: [1, "a", null, undefined, 2.5],
  emptyArray: [],
  sparseArray: [1, , 3],
  holeyLong: new Array(5),
  arrayWithProps: Object.assign([1, 2], { extra: true }),
  nestedArrays: [[1, [2, [3]]]],
  map: new Map([[1, "one"], ["k", { v: 1 }]]),
  set: new Set([1, "two", 3n]),
  date: new Date(86400000),
  invalidDate: new Date(NaN),
  regexp: /a+b/gi,
  regexpFlags: /x\/y/msuy,
  regexpDotAll: /./s,
  booleanObject: new Boolean(false),
  numberObject: new Number(3.25),
  stringObject: new String("boxed"),
  bigintObject: Object(5n),
  arrayBuffer: memory,
  emptyArrayBuffer: new ArrayBuffer(0),
  buffer: Buffer.from("ab"),
  bufferSlice: shared.subarray(1, 3),
  uint8: new Uint8Array([1, 2, 255]),
  int8: new Int8Array([-1, 1]),
  clamped: new Uint8ClampedArray([300, -5]),
  int16: new Int16Array([-2, 2]),
  uint16: new Uint16Array([1, 2]),
  int32: new Int32Array([-70000]),
  uint32: new Uint32Array([4000000000]),
  float32: new Float32Array([1.5]),
  float64: new Float64Array([Math.PI]),
  bigInt64: new BigInt64Array([-1n]),
  bigUint64: new BigUint64Array([2n ** 63n]),
  viewInMiddle: new Uint16Array(memory, 4, 3),
  dataView: new DataView(memory, 2, 5),
  viewsSharingMemory: [new Uint8Array(memory, 0, 2), new Uint8Array(memory, 0, 2)],
  sameViewTwice: (() => { const view = new Uint8Array([9]); return [view, view]; })(),
  cyclic: cyclic(),
  sharedReferences: (() => { const leaf = { leaf: true }; return { a: leaf, b: leaf, c: [leaf] }; })(),
  mapCycle: (() => { const map = new Map(); map.set("me", map); return map; })(),
  error: withStack(new Error("boom"), "Error: boom\n    at somewhere"),
  typeError: withStack(new TypeError("bad type"), "TypeError: bad type"),
  rangeError: withStack(new RangeError("out"), "R"),
  evalError: withStack(new EvalError("e"), "E"),
  referenceError: withStack(new ReferenceError("r"), "F"),
  syntaxError: withStack(new SyntaxError("s"), "S"),
  uriError: withStack(new URIError("u"), "U"),
  errorNoStack: (() => { const e = new Error("m"); delete e.stack; return e; })(),
  errorNoMessage: withStack(new Error(), "Error"),
  renamedError: withStack(Object.assign(new Error("q"), { name: "SyntaxError" }), "S"),
  errorSubclass: withStack(new (class MyError extends TypeError {})("sub"), "S"),
  errorExtraProps: withStack(Object.assign(new Error("x"), { code: "E_X" }), "S"),
  errorLikeObject: Object.create(Error.prototype),
  objectHoldingViews: { bytes: Buffer.from("xyz"), floats: new Float32Array([2, 4]) },
};

for (const [name, value] of Object.entries(values)) {
  const bytes = hex(value);
  let back;
  try {
    back = inspect(v8.deserialize(v8.serialize(value)), { depth: 4 });
  } catch (error) {
    back = `${error.constructor.name}: ${error.message}`;
  }
  console.log(`${name}: ${bytes}`);
  console.log(`  -> ${back}`);
}

// What comes back, beyond what inspection shows.
const again = (value) => v8.deserialize(v8.serialize(value));
const cycle = again(cyclic());
console.log("cycle kept:", cycle.self === cycle, cycle.list[0] === cycle, cycle.list[1].back === cycle);
const sharedBack = again(values.sharedReferences);
console.log("sharing kept:", sharedBack.a === sharedBack.b, sharedBack.c[0] === sharedBack.a);
const twice = again(values.sameViewTwice);
console.log("same view twice:", twice[0] === twice[1]);
const views = again(values.viewsSharingMemory);
console.log("views of one buffer come back apart:", views[0].buffer === views[1].buffer);
const buffer = again(Buffer.from("abc"));
console.log("buffer:", Buffer.isBuffer(buffer), buffer.constructor === Buffer, buffer.toString());
const error = again(withStack(new TypeError("bad"), "kept stack"));
console.log("error:", error instanceof TypeError, error.message, error.stack, Object.keys(error));
const withCause = again(new RangeError("r", { cause: { why: 1 } }));
console.log("cause:", withCause.cause);
const bigArray = again(Array.from({ length: 1000 }, (_, i) => i * 3));
console.log("big array:", bigArray.length, bigArray[999]);
const date = again(new Date(1234567890123));
console.log("date:", date instanceof Date, date.getTime());

// Values that cannot be serialized.
function attempt(label, action) {
  try {
    const result = action();
    console.log(`${label}: ok ${inspect(result)}`);
  } catch (error) {
    console.log(`${label}: ${error.constructor.name} ${error.code} ${JSON.stringify(error.message)}`);
  }
}
attempt("function", () => v8.serialize(() => 1));
attempt("method", () => v8.serialize({ f() {} }));
attempt("symbol", () => v8.serialize(Symbol("x")));
attempt("nested symbol", () => v8.serialize([1, Symbol.iterator]));
attempt("weak map", () => v8.serialize(new WeakMap()));
attempt("weak set", () => v8.serialize(new WeakSet()));
attempt("promise", () => v8.serialize(Promise.resolve(1)));
attempt("proxy", () => v8.serialize(new Proxy({}, {})));
attempt("shared array buffer", () => v8.serialize(new SharedArrayBuffer(2)));
attempt("generator", () => v8.serialize((function* () {})()));
attempt("getter throws", () => v8.serialize({ get bad() { throw new RangeError("from getter"); } }));
attempt("detached buffer", () => {
  const detached = new ArrayBuffer(2);
  structuredClone(detached, { transfer: [detached] });
  return v8.serialize(detached);
});

// Bytes that cannot be read, and arguments that are not bytes.
const fromHex = (text) => new Uint8Array(Buffer.from(text, "hex"));
attempt("no header", () => v8.deserialize(fromHex("4902")));
attempt("empty", () => v8.deserialize(new Uint8Array(0)));
attempt("header only", () => v8.deserialize(fromHex("ff0f")));
attempt("future version", () => v8.deserialize(fromHex("ff104902")));
attempt("older version", () => v8.deserialize(fromHex("ff0d4902")));
attempt("truncated string", () => v8.deserialize(fromHex("ff0f220561")));
attempt("unknown tag", () => v8.deserialize(fromHex("ff0f01")));
attempt("unknown view kind", () => v8.deserialize(fromHex("ff0f5c0d026162")));
attempt("view past the end", () => v8.deserialize(fromHex("ff0f5c04036162")));
attempt("odd-sized Uint16Array", () => v8.deserialize(fromHex("ff0f5c040300000000")));
attempt("string argument", () => v8.deserialize("ff0f4902"));
attempt("ArrayBuffer argument", () => v8.deserialize(new ArrayBuffer(4)));
attempt("no argument", () => v8.deserialize());
attempt("DataView argument", () => v8.deserialize(new DataView(fromHex("ff0f4904").buffer)));
attempt("Uint16Array argument", () => v8.deserialize(new Uint16Array(fromHex("ff0f4906").buffer)));
