// node:util and node:util/types compared with node.
import util, { format, inspect, promisify, callbackify, types, isDeepStrictEqual, parseArgs } from "node:util";
import utilTypes from "node:util/types";
import * as typesNamespace from "util/types";

const log = (...args) => console.log(...args);
const attempt = (label, fn) => {
  try {
    log(label, "->", fn());
  } catch (error) {
    log(label, "threw", error.name, error.code, JSON.stringify(error.message));
  }
};

log(utilTypes === types, typesNamespace.default === types, Object.keys(types).length);
log(inspect.custom === Symbol.for("nodejs.util.inspect.custom"), promisify.custom === Symbol.for("nodejs.util.promisify.custom"));
log(JSON.stringify(inspect.defaultOptions), Object.keys(inspect.colors).length, inspect.colors.grey, inspect.styles.number);

// format and inspect
log(format("%s=%d %i %f %j %o %O %%", "a", 42.5, "12.9px", "3.5", { j: 1 }, [1], { o: { p: { q: {} } } }, "rest"));
log(format(1, "two", { three: 3 }), format("%s", Symbol("s")), format("no args %s"), format());
log(util.formatWithOptions({ compact: false }, "%O", { a: 1 }));
attempt("formatWithOptions", () => util.formatWithOptions(null, "x"));
log(inspect({ a: { b: { c: { d: {} } } } }), inspect({ a: { b: { c: {} } } }, { depth: 0 }));
log(inspect({ a: { b: { c: { d: {} } } } }, false, null), inspect("str"), inspect(new Map([[1, 2]]), { showHidden: true }));
log(inspect({ [inspect.custom](depth, options) { return `custom ${depth} ${options.depth}`; } }));

// promisify
function legacy(a, b, callback) { setTimeout(() => callback(null, a + b), 1); }
function failing(callback) { callback(new Error("callback failed")); }
function throwing() { throw new Error("sync throw"); }
function falsyError(callback) { callback(0, "value with falsy error"); }
legacy.extra = "kept";
const promised = promisify(legacy);
log(promised.name, promised.length, promised.extra, promisify(legacy) === promised, promised[promisify.custom] === promised);
log(await promised(2, 3), await promisify(falsyError)());
try { await promisify(failing)(); } catch (error) { log("rejected", error.message); }
try { await promisify(throwing)(); } catch (error) { log("rejected", error.message); }
function withCustom() {}
withCustom[promisify.custom] = () => Promise.resolve("custom promise");
log(promisify(withCustom) === withCustom[promisify.custom], await promisify(withCustom)());
const obj = { value: 7, get(callback) { callback(null, this.value); } };
log(await promisify(obj.get).call(obj));
attempt("promisify", () => promisify("x"));
withCustom[promisify.custom] = 5;
attempt("promisify custom", () => promisify(withCustom));

// callbackify
async function add(a, b) { return a + b; }
async function reject(value) { throw value; }
const cbAdd = callbackify(add);
log(cbAdd.name, cbAdd.length);
await new Promise((resolve) => cbAdd(1, 2, (error, value) => { log("callbackified", error, value); resolve(); }));
await new Promise((resolve) => callbackify(reject)(new Error("no"), (error) => { log("callbackified error", error.message); resolve(); }));
await new Promise((resolve) => callbackify(reject)(null, (error) => {
  log("falsy", error.name, error.code, error.message, error.reason);
  resolve();
}));
attempt("callbackify", () => callbackify(5));
attempt("callbackify last", () => cbAdd(1, 2));

// inherits
function Base() {}
Base.prototype.hello = function () { return "hello"; };
function Derived() { Base.call(this); }
util.inherits(Derived, Base);
log(new Derived().hello(), Derived.super_ === Base, Object.getOwnPropertyDescriptor(Derived, "super_").enumerable);
attempt("inherits ctor", () => util.inherits(null, Base));
attempt("inherits super", () => util.inherits(Derived, undefined));
attempt("inherits proto", () => util.inherits(Derived, Object.create(null)));

// deprecate (warnings on stderr)
const oldFn = util.deprecate((x) => x * 2, "oldFn() is deprecated", "DEP_TEST1");
const sameCode = util.deprecate(() => "same", "never printed: the code warned already", "DEP_TEST1");
const noCode = util.deprecate(function noCodeFn() { return this?.tag; }, "noCode is deprecated");
log(oldFn(2), oldFn(3), sameCode(), noCode.call({ tag: "this kept" }), oldFn.name, noCode.length);
class OldClass { constructor(v) { this.v = v; } }
const Deprecated = util.deprecate(OldClass, "OldClass is deprecated");
log(new Deprecated(5).v, new Deprecated(6) instanceof OldClass);
attempt("deprecate code", () => util.deprecate(() => {}, "m", 5));

// types
const values = {
  date: new Date(), regexp: /x/, map: new Map(), set: new Set(), weakMap: new WeakMap(), weakSet: new WeakSet(),
  promise: Promise.resolve(), fakePromise: Object.create(Promise.prototype), error: new RangeError("r"),
  fakeError: Object.create(Error.prototype), args: (function () { return arguments; })(), u8: new Uint8Array(1),
  f64: new Float64Array(1), big: new BigInt64Array(1), buffer: new ArrayBuffer(1), shared: new SharedArrayBuffer(1),
  view: new DataView(new ArrayBuffer(1)), num: new Number(1), str: new String("s"), bool: new Boolean(false),
  sym: Object(Symbol("s")), bigint: Object(1n), asyncFn: async () => {}, genFn: function* () {},
  asyncGenFn: async function* () {}, gen: (function* () {})(), mapIter: new Map().keys(), setIter: new Set().values(),
  plain: {}, fakeDate: Object.create(Date.prototype), taggedMap: Object.defineProperty(new Map(), Symbol.toStringTag, { value: "X" }),
  nullProtoMap: Object.setPrototypeOf(new Map(), null), primitive: 1, nothing: null,
};
const predicates = Object.keys(types).filter((name) => name !== "isProxy" && name !== "isExternal");
for (const [name, value] of Object.entries(values)) {
  log(name.padEnd(12), predicates.filter((p) => types[p](value)).join(" "));
}
log(types.isModuleNamespaceObject(typesNamespace), types.isModuleNamespaceObject({}), types.isProxy({}), types.isExternal({}));

// isDeepStrictEqual
const cycleA = {}; cycleA.self = cycleA;
const cycleB = {}; cycleB.self = cycleB;
const pairs = [
  [NaN, NaN], [0, -0], [{ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }], [{ a: 1 }, { a: "1" }], [[1, , 3], [1, undefined, 3]],
  [new Date(5), new Date(5)], [new Date(NaN), new Date(NaN)], [/a/gi, /a/gi], [/a/g, /a/i], [new Error("x"), new Error("x")],
  [new Error("x"), new TypeError("x")], [new Error("x", { cause: 1 }), new Error("x", { cause: 1 })],
  [new Number(NaN), new Number(NaN)], [new String("a"), new String("b")], [Object.create(null), {}],
  [new Map([[{ k: 1 }, "v"]]), new Map([[{ k: 1 }, "v"]])], [new Map([[1, "a"]]), new Map([[1, "b"]])],
  [new Set([{ a: 1 }, 2]), new Set([2, { a: 1 }])], [new Set([[1]]), new Set([[2]])], [cycleA, cycleB],
  [new Uint8Array([1, 2]), new Uint8Array([1, 2])], [new Uint8Array([1]), new Int8Array([1])],
  [new Float64Array([-0]), new Float64Array([0])], [new ArrayBuffer(2), new ArrayBuffer(2)],
  [{ [Symbol.for("s")]: 1 }, { [Symbol.for("s")]: 1 }], [{ [Symbol.for("s")]: 1 }, {}], [{ a: undefined }, {}],
  [Object.assign([1], { extra: true }), [1]], [new WeakMap(), new WeakMap()], [() => {}, () => {}],
  [(function () { return arguments; })(1), [1]], [new (class A {})(), new (class A {})()],
];
log(pairs.map(([a, b]) => (isDeepStrictEqual(a, b) ? "T" : "F")).join(""));

// parseArgs
const parse = (config) => {
  try {
    log(inspect(parseArgs(config), { depth: 4, breakLength: Infinity }));
  } catch (error) {
    log(error.name, error.code, JSON.stringify(error.message));
  }
};
const options = { verbose: { type: "boolean", short: "v" }, name: { type: "string", short: "n" }, tag: { type: "string", multiple: true } };
parse({ args: ["-v", "--name", "x", "--tag=a", "--tag", "b", "file"], options, allowPositionals: true });
parse({ args: ["-vnBob"], options });
parse({ args: ["-vn", "Bob", "--", "-v"], options, allowPositionals: true, tokens: true });
parse({ args: ["--unknown"], options });
parse({ args: ["-x"], options, allowPositionals: true });
parse({ args: ["--name"], options });
parse({ args: ["-n", "--verbose"], options });
parse({ args: ["--verbose=yes"], options });
parse({ args: ["positional"], options });
parse({ args: ["--anything", "goes", "-abc"], strict: false });
parse({ args: [], options: { d: { type: "string", default: "def" }, m: { type: "boolean", multiple: true, default: [true] } } });
parse({ args: 5 });
parse({ args: [], options: { bad: { type: "number" } } });
parse({ args: [], options: { bad: { type: "string", short: "xy" } } });
parse({ args: [], options: { bad: { type: "string", default: 1 } } });
parse({ args: [], options: { bad: { type: "string", multiple: true, default: [1] } } });
parse({ args: [], strict: "yes" });
parse({ args: [], tokens: 1 });

// text helpers
log(JSON.stringify(util.styleText("red", "plain when not a terminal")), JSON.stringify(util.styleText(["bold", "underline"], "x")));
log(JSON.stringify(util.styleText("green", "x", { validateStream: false })));
attempt("styleText format", () => util.styleText("purple", "x"));
attempt("styleText text", () => util.styleText("red", 1));
log(JSON.stringify(util.toUSVString("a\ud800b\udc00c\ud83d\ude00")), util.stripVTControlCharacters("\u001b[1m\u001b[31mbold red\u001b[39m\u001b[22m \u001b]8;;https://x\u0007link\u001b]8;;\u0007"));
attempt("toUSVString", () => util.toUSVString(1));
attempt("stripVT", () => util.stripVTControlCharacters(null));

// system errors
log(util.getSystemErrorName(-2), util.getSystemErrorName(-13), util.getSystemErrorName(-98), util.getSystemErrorName(-99999));
log(util.getSystemErrorMap() instanceof Map, util.getSystemErrorMap().get(-2));
attempt("getSystemErrorName 1", () => util.getSystemErrorName(1));
attempt("getSystemErrorName -1.5", () => util.getSystemErrorName(-1.5));
attempt("getSystemErrorName str", () => util.getSystemErrorName("ENOENT"));

// debuglog (NODE_DEBUG is not set)
const debug = util.debuglog("mysection");
log(debug.enabled, util.debug === util.debuglog);
debug("not printed");

// aborted
const controller = new AbortController();
const abortedPromise = util.aborted(controller.signal, {});
controller.abort();
log("aborted resolves", (await abortedPromise).type);
for (const [signal, resource] of [[{}, {}], [new AbortController().signal, 1], [undefined, {}]]) {
  try { await util.aborted(signal, resource); } catch (error) { log("aborted rejected", error.code, error.message); }
}

// the old checks
const old = ["isArray", "isBoolean", "isNull", "isNullOrUndefined", "isNumber", "isString", "isSymbol", "isUndefined",
  "isRegExp", "isObject", "isDate", "isError", "isFunction", "isPrimitive"];
for (const value of [[], true, null, undefined, 1, "s", Symbol(), /r/, {}, new Date(), new Error(), () => {}]) {
  log(old.filter((name) => util[name](value)).join(" "));
}
log(util.TextEncoder === TextEncoder, util.TextDecoder === TextDecoder, util._extend({ a: 1 }, { b: 2 }));
