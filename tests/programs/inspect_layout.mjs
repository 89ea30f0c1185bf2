// util.inspect's layout rules and the values console.log meets, compared with node byte for
// byte: console.dir(value, options) is util.inspect with those options (and without custom
// inspectors unless asked). Errors are made without stack frames, or given a stack of their
// own, so that no path is printed.
import * as namespace from "./modules/cycle-b.mjs";
// (It prints a namespace whose `let` export is not initialized yet: <uninitialized>.)
import "./inspect_namespace/exporter.mjs";

const show = (value, options) => console.dir(value, options);
const custom = Symbol.for("nodejs.util.inspect.custom");
const range = (length, map = (i) => i) => Array.from({ length }, (_, i) => map(i));
const selfReferring = (object) => Object.assign(object, { self: object });
Error.stackTraceLimit = 0;

console.log("-- arrays of numbers: one line up to 6 entries, then a grid (columns from the sqrt rule, numbers aligned right)");
for (let n = 1; n <= 30; n++) show(range(n, (i) => i * 7));
for (const n of [99, 100, 101, 120]) show(range(n));
show(range(12, (i) => -i * 37));
show(range(40, (i) => (i % 2 ? -1 : 1) * i ** 3));
show([1.5, -0, NaN, 2e21, 1e-7, -1, 3]);
show(range(12, (i) => BigInt(i * 1000)));
show(range(26, (i) => i + 1), { breakLength: 30 });
show(range(26, (i) => i + 1), { breakLength: 200 });
show(range(30, (i) => i * 123456));

console.log("-- grids of other items: aligned left; wide characters take two columns");
show(range(10, (i) => "ab" + i));
show(range(26, (i) => (i % 3 ? i : "str")));
show(range(40, (i) => "w".repeat(i % 9)));
show(range(16, (i) => (i % 4 ? i : "long string " + i)));
show(range(7, (i) => "abcdefgh".repeat((i % 3) + 1)));
show(range(8, (i) => [i]));
show(range(8, (i) => ({ i })));
show(range(8, () => null));
show(range(8, (i) => (i % 2 ? true : undefined)));
show(range(10, (i) => "日本" + i));
show(range(10, (i) => (i % 2 ? "日本語" : "x")));
show(range(10, (i) => (i % 2 ? "e\u0301" : "xx")));
show(range(10, (i) => (i % 2 ? "😀" : "xx")));

console.log("-- extra properties, holes and the maxArrayLength cut in grids");
show(Object.assign([1, 2, 3, 4, 5, 6, 7], { x: 1 }));
show(Object.assign(range(26, (i) => i + 1), { x: 1 }));
show(Object.assign(range(100), { x: 1 }));
show(range(101));
show(Object.assign(range(101), { x: 1, y: 2 }));
show(Object.assign(range(10), { x: 1, y: 2 }), { maxArrayLength: 5 });
show([1, , 3, 4, 5, 6, 7, 8]);
show([1, , , , , , , 8, 9, 10, 11, 12, 13]);
show(new Array(1000));
show(new Array(1e9));
const farItem = [];
farItem[1e9] = 1;
show(farItem);
const cutShort = range(150);
cutShort.length = 300;
show(cutShort);
const everyOther = [];
for (let i = 0; i < 300; i += 2) everyOther[i] = i;
show(everyOther);
show([1, , 2, , 3], { maxArrayLength: 2 });
show([1, , 2, , 3], { maxArrayLength: 3 });
show([, 1], { maxArrayLength: 1 });
show([, , 1, , ], { maxArrayLength: 0 });
show([1, 2, 3], { maxArrayLength: 0 });
show(Object.defineProperty([1, 2, 3], 1, { value: 9, enumerable: false }));
show(Object.defineProperty([1, 2, 3], 1, { get() { return 5; } }));

console.log("-- objects near breakLength 80: one line while entries + 2 per entry + indentation + 10 fit");
for (let n = 60; n <= 95; n++) show({ key: "v".repeat(n - 12), n });
for (let n = 60; n <= 90; n += 3) show({ outer: { inner: "w".repeat(n - 25), m: [1, 2] } });
for (let n = 60; n <= 90; n += 3) show([["z".repeat(n - 10)], 1]);
show({ a: "x".repeat(60) });
show({ a: "x".repeat(61) });
show({ a: "x".repeat(62) });
show(["x".repeat(64)]);
show(["x".repeat(65)]);
show(["x".repeat(66)]);
show({ a: "日本語".repeat(20) });
show({ a: "日本語".repeat(21) });
const manyKeys = {};
for (let i = 0; i < 30; i++) manyKeys["k" + i] = i;
show(manyKeys);
show({ list: range(30), nested: { list: range(30, (i) => i * 11) } });
show([range(30), [range(30)]]);
show(range(3, (i) => ({ id: i, name: "name " + i, tags: ["a", "b"], nested: { deep: { deeper: i } } })));

console.log("-- compact 3: an object is on one line only if the last object entered inside it is < 3 levels deeper");
show({ a: { b: { c: { d: 1 } } } }, { depth: 5 });
show({ a: { b: { c: { d: 1 } } }, e: {} }, { depth: 5 });
show({ a: { b: { c: { d: 1 } } }, e: { x: 1 } }, { depth: 5 });
show({ e: { x: 1 }, a: { b: { c: { d: 1 } } } }, { depth: 5 });
show({ a: [{ b: 1 }, { c: 2 }] }, { compact: 2 });
show({ a: 1, b: { c: [1, 2, 3] } }, { compact: 1 });
show({ a: { b: 1 } }, { compact: 1 });
show({ a: 1 }, { compact: 1 });
show(range(10, (i) => i + 1), { compact: 1 });
show(range(10, (i) => i + 1), { compact: 2 });

console.log("-- compact false and 0: one entry a line; compact true: the older layout");
show({ a: 1, b: { c: [1, 2, 3] } }, { compact: false });
show(range(10, (i) => i + 1), { compact: false });
show([], { compact: false });
show({}, { compact: false });
show(new Map([[1, { a: 1 }]]), { compact: false });
show({ a: 1 }, { compact: 0 });
show(Object.assign(function f() {}, { a: 1 }), { compact: true });
show({ a: 1, b: { c: [1, 2, 3] }, d: "x".repeat(70) }, { compact: true });
show({ a: { b: { c: { d: {} } } }, x: range(10, (i) => i + 1) }, { compact: true, depth: 9 });
show({ big: { x: "y".repeat(75), z: { w: [1, 2, 3] } }, arr: range(30) }, { compact: true });
show({ x: { y: { z: { w: { v: 1 } } } } }, { compact: true, depth: Infinity });
show(range(40), { compact: true });
show(["a\n".repeat(30)], { compact: true });
show(Object.assign(selfReferring(new Error("with props")), { code: 37 }), { compact: true });

console.log("-- breakLength");
show({ a: 1, b: "x".repeat(100) }, { breakLength: 40 });
show({ a: 1, b: "x".repeat(100) }, { breakLength: Infinity });
show(["a\n".repeat(30)], { breakLength: Infinity });
show("a".repeat(20) + "\n", { breakLength: 10 });
show(["ab\n".repeat(10)], { breakLength: 30 });

console.log("-- depth: [Object], [Array], [Foo] beyond it; empty containers in full");
class Klass { constructor() { this.a = 1; } }
class SubArray extends Array {}
const deepValues = [
  new ArrayBuffer(4), new Uint8Array(4), new Map([[1, 2]]), new Set([1]), [1], /x/, Object.assign(/x/, { y: 1 }),
  Object.assign(function f() {}, { y: 1 }), Object.assign(new Date(0), { y: 1 }), Promise.resolve(3), new WeakMap(),
  new Number(3), Object.assign(new Number(3), { y: 1 }), Object.create(null, { x: { value: 1, enumerable: true } }),
  new Klass(), (function () { return arguments; })(1), Object.assign(new Error("e"), { y: 1 }), new Error("e"),
  SubArray.from([1]), Object.setPrototypeOf(new Map([[1, 2]]), null), Object.setPrototypeOf([1], null),
  Object.defineProperty({ x: 1 }, Symbol.toStringTag, { value: "Q" }), new (class extends Map {})([[1, 2]]),
  (async function af() {}).constructor, Object.assign(async () => {}, { x: 1 }), Object.assign(class {}, { x: 1 }),
  new WeakSet(), [], {}, new Map(), new Uint8Array(0), new Klass().constructor,
];
for (const deep of deepValues) show({ a: { b: { c: deep } } });
show({ a: { b: { c: {} } } }, { depth: 0 });
show({ a: { b: { c: {} } } }, { depth: 1 });
show({ a: { b: { c: { d: { e: 1 } } } } }, { depth: null });
show({ a: { b: { c: { d: { e: 1 } } } } }, { depth: Infinity });
show([[[[[1]]]]], { depth: 1 });
show(new Map([[1, new Map([[2, new Map([[3, new Map()]])]])]]), { depth: 1 });

console.log("-- circular references: <ref *n> on the object, [Circular *n] where it recurs");
const loop = { name: "c" };
loop.self = loop;
loop.list = [loop, { back: loop }];
console.log(loop);
const selfArray = [1];
selfArray.push(selfArray);
console.log(selfArray);
const selfMap = new Map();
selfMap.set("self", selfMap);
selfMap.set(selfMap, 1);
console.log(selfMap);
const selfSet = new Set();
selfSet.add(selfSet);
console.log(selfSet);
const x1 = {};
const x2 = { x1 };
x1.x2 = x2;
x1.me = x1;
console.log({ top: x1, again: x2 });
const y1 = { n: 1 };
const y2 = { n: 2, y1 };
y1.y2 = y2;
y2.self = y2;
console.log([y1, y2]);
const selfFunction = function selfFunction() {};
selfFunction.me = selfFunction;
console.log(selfFunction);
const selfError = new Error("c");
selfError.stack = "Error: c";
selfError.me = selfError;
console.log(selfError);
const far = { level: 1 };
far.a = { b: { c: { back: far } } };
console.log(far);
show(far, { depth: 0 });
const shared = { s: 1 };
console.log({ a: shared, b: shared, c: [shared, shared] });

console.log("-- Map, Set, weak collections, promises");
show(new Map([[{ a: 1 }, new Set([1, 2])], ["k", [1, 2, 3]]]));
show(new Set(range(30)));
show(new Set(range(5)), { maxArrayLength: 2 });
show(new Map(range(5, (i) => [i, i])), { maxArrayLength: 2 });
show(new Map(range(5, (i) => [i, i])), { maxArrayLength: 0 });
show(new Map([[NaN, -0], [undefined, null], ["", []], [{}, new Map()]]));
show(new Set([[], {}, new Set(), "", -0]));
show(new WeakMap());
show(new WeakSet());
show({ w: new WeakMap() });
show(Promise.resolve({ a: { b: { c: 1 } } }));
show(new Promise(() => {}));
const rejected = Promise.reject(3);
rejected.catch(() => {});
show(rejected);
const rejectedError = Promise.reject(new Error("r"));
rejectedError.catch(() => {});
show({ p: rejectedError });
const pending = new Promise(() => {});
console.log([pending, pending]);

console.log("-- typed arrays, ArrayBuffer, DataView");
show(new Uint8Array(200));
show(new Float64Array([1.5, -0, NaN, 2e21, 1e-7]));
show(new Float64Array(range(12, (i) => i * 1.5)));
show(new BigInt64Array([1n, -2n]));
show([new Int8Array([-1, 1]), new Uint8ClampedArray([255]), new Int16Array(2), new Uint16Array(2), new Int32Array([-5]), new Uint32Array([5]), new Float32Array([0.1]), new BigUint64Array([1n])]);
show(new Uint8Array(new ArrayBuffer(8), 2, 3));
show(Object.assign(new Uint8Array(3), { extra: true }));
show(Object.assign(new Uint8Array(0), { extra: true }));
show(new ArrayBuffer(60));
show(new ArrayBuffer(120));
show(new ArrayBuffer(3), { maxArrayLength: 1 });
show(new ArrayBuffer(0));
show(new Uint8Array([0, 15, 16, 255]).buffer);
const moved = new ArrayBuffer(2);
structuredClone(moved, { transfer: [moved] });
show(moved);
show(new DataView(new ArrayBuffer(4), 1, 2));
show(new DataView(new ArrayBuffer(16), 4));
show({ b: new ArrayBuffer(4) });
show({ a: { b: new ArrayBuffer(4) } });

console.log("-- class instances, prototypes, null prototypes, Symbol.toStringTag");
class Point { constructor(x, y) { this.x = x; this.y = y; } }
show(new Point(1, 2));
show(new (class {})());
show(new (class { constructor() { this.a = 1; } })());
show(new (class Outer { static Inner = class {} }.Inner)());
function Legacy() { this.v = 1; }
show(new Legacy());
show(Object.create(Legacy.prototype));
show(Object.setPrototypeOf({ a: 1 }, Object.create(Point.prototype)));
show({ constructor: class Foo {}, a: 1 });
show({ constructor: 5, a: 1 });
show(Object.assign(Object.create({ inherited: 1 }), { own: 2 }));
show(Object.create(null));
show(Object.assign(Object.create(null), { a: 1 }));
show(Object.create(Object.create(null)));
show(Object.setPrototypeOf({ a: 1 }, Object.create(null)));
show(Object.setPrototypeOf(new Map([[1, 2]]), null));
show(Object.setPrototypeOf([1, 2], null));
show(Object.setPrototypeOf([], null));
show(Object.setPrototypeOf(new Set([1]), null));
show(Object.setPrototypeOf(new Uint8Array(2), null));
show(Object.setPrototypeOf(new Date(0), null));
show(Object.setPrototypeOf(/x/, null));
show(Object.setPrototypeOf(new Number(2), null));
show(Object.prototype);
show(Array.prototype);
show(Map.prototype);
show(Function.prototype);
show(Error.prototype);
show(Date.prototype);
show(RegExp.prototype);
show(Promise.prototype);
show(Uint8Array.prototype);
show({ [Symbol.toStringTag]: "X", a: 1 });
show(Object.defineProperty({ a: 1 }, Symbol.toStringTag, { value: "X" }));
show(Object.defineProperty(Object.create(null), Symbol.toStringTag, { value: "NP" }));
show(Object.create({ [Symbol.toStringTag]: "Inherited" }));
show(Object.defineProperty({}, Symbol.toStringTag, { get() { return "G"; }, enumerable: true }));
class Tagged { get [Symbol.toStringTag]() { return "Tg"; } }
show(new Tagged());
class SameTag { constructor() { this.a = 1; } }
SameTag.prototype[Symbol.toStringTag] = "SameTag";
show(new SameTag());
show(Object.defineProperty(new Map([[1, 2]]), Symbol.toStringTag, { value: "MM" }));
show(Object.defineProperty([1], Symbol.toStringTag, { value: "AA" }));
class MyMap extends Map {}
class MySet extends Set {}
class MyArray extends Array {}
class MyBytes extends Uint8Array {}
class MyPromise extends Promise {}
class MyDate extends Date {}
class MyRegExp extends RegExp {}
show([new MyMap([[1, 2]]), new MySet([1]), MyArray.from([1, 2]), new MyBytes(2), MyPromise.resolve(1), new MyDate(0), new MyRegExp("a", "g")]);
show(new MyMap());
show(Object.freeze({ frozen: true }));
show(Object.seal([1, 2]));
show((function () { return arguments; })(1, 2));
show((function () { return arguments; })());
console.log(namespace, { namespace });

console.log("-- functions and classes");
class Base {}
class Derived extends Base {}
const Alias = Base;
class FromAlias extends Alias {}
Base.Inner = class Inner {};
show([function () {}, function named() {}, () => {}, async () => {}, function* gen() {}, async function* asyncGen() {}]);
show([Derived, class extends Derived {}, class Nulled extends null {}, FromAlias, class Dotted extends Base.Inner {}, class Called extends (Base) {}]);
show([class Commented extends Base /* ( */ {}, class extends class {} {}, [class {}][0]]);
show({ m() {}, async am() {}, *gm() {}, ["comp" + "uted"]() {}, [Symbol("s")]() {}, classic() {}, class() {} });
show([Math.max, Symbol, Object, Math.max.bind(null), function () {}.bind(null)]);
show(Object.assign(() => {}, { prop: 1 }));
show(Object.assign(class WithStatic {}, { p: 1 }));
show(class WithField extends Base { static x = 1; });
class Renamed { static name = "renamed"; }
show(Renamed);
show(Object.setPrototypeOf(function noProto() {}, null));
show(Object.setPrototypeOf(class NoProto {}, null));
show(Object.defineProperty(function () {}, "name", { value: "fancy" }));
show(Object.defineProperty(function () {}, "name", { value: 42 }));
const taggedFunction = function tagged() {};
taggedFunction[Symbol.toStringTag] = "TT";
show(taggedFunction);

console.log("-- errors: [Error: message] without frames, the class named when the stack does not name it");
class MyError extends Error {}
class NamedError extends Error { constructor(message) { super(message); this.name = "NamedError"; } }
class ValidationError extends Error {}
class WrapsTypeError extends TypeError {}
class WrongName extends Error {}
WrongName.prototype.name = "Other";
show(new Error("x"));
console.log(new Error("x"));
show([new Error("x"), { e: new TypeError("t") }]);
show(Object.assign(new Error("x"), { code: "E1" }));
show(new Error("x", { cause: "c" }));
show(new Error("x", { cause: new Error("inner") }));
show(new Error("x", { cause: undefined }));
show(Object.assign(new Error("x", { cause: 1 }), { code: 2 }));
show(Object.defineProperty(new Error("x"), "cause", { value: 1, enumerable: true }));
const aggregate = new AggregateError([new Error("a")], "agg", { cause: "c" });
aggregate.code = 3;
show(aggregate);
show([new MyError("m"), new NamedError("n"), new ValidationError("v"), new WrapsTypeError("w"), new WrongName("o")]);
const renamed = new Error("x");
renamed.name = "Custom";
show(renamed);
const renamedError = new Error("x");
renamedError.name = "SomeError";
show(renamedError);
const lateName = new MyError("x");
void lateName.stack;
lateName.name = "Late";
show(lateName);
show(new Error(""));
show(new Error("multi\nline"));
show({ e: new Error("multi\nline") });
show(Object.create(Error.prototype));
show(Object.setPrototypeOf(new Error("proto"), TypeError.prototype));
for (const stack of ["just text", "Error: x", "Zzz: x", "Error", "Errorish: x", "Error x", "Error\nmore", "Error:x", "", "Error: x\nError: more"]) {
  const error = new MyError("x");
  error.stack = stack;
  show(error);
}
for (const stack of ["Error: x\n    at foo (file.js:1:1)", "Error: x\n  at foo", "Error: x\n\tat foo", "Error: x\n    atfoo", "Error: x\n    at foo\nextra"]) {
  const error = new Error("x");
  error.stack = stack;
  show(error);
  show([error]);
}
const withFrames = new Error("x");
withFrames.stack = "Error: x\n    at foo (file.js:1:1)";
withFrames.extra = [1, 2];
show(withFrames);
show({ withFrames });
for (const stack of ["TypeError: x", "weird: x", "Error", "Foo: x", "FooBar", "Type_Error: x", "typeError: x", "A-B: x"]) {
  const error = new Error("x");
  error.stack = stack;
  show(Object.setPrototypeOf(error, null));
}
show(new Error("x", { cause: 1 }), { showHidden: true });

console.log("-- boxed primitives, dates, regular expressions");
show([new Number(3), new Number(-0), new String("boxed"), new Boolean(false), Object(1n), Object(Symbol("bx")), Object(Symbol())]);
show(Object.assign(new String("abc"), { x: 1 }));
show(Object.assign(new String("abc"), { 5: "x" }));
show(Object.assign(new Number(-0), { x: 1 }));
class MyNumber extends Number {}
class MyString extends String {}
show([new MyNumber(3), new MyString("ab")]);
show(new String("a\n".repeat(30)));
show({ s: new String("a\n".repeat(30)) });
show([new Date(Date.UTC(2020, 0, 2, 3, 4, 5, 6)), new Date(-1), new Date(8.64e15), new Date(NaN)]);
show({ d: new Date(NaN) });
show(Object.assign(new Date(NaN), { x: 1 }));
show(Object.assign(new Date(0), { x: 1 }));
show([/a\/b[c]/gimsuy, /(?<name>x)/d, new RegExp(""), Object.assign(/re/g, { x: 1 })]);

console.log("-- getters, setters, symbols, keys");
show({ get a() { return 1; }, set b(v) {}, get c() { return 1; }, set c(v) {} });
class WithAccessor { get x() { return 1; } }
show(new WithAccessor());
show({ get x() { return { a: 1 }; }, get y() { return 2; }, set y(v) {}, get z() { throw new Error("nope"); }, set w(v) {} }, { getters: true });
show({ get x() { return { a: 1 }; }, get y() { return 2; }, set y(v) {} }, { getters: "get" });
show({ get x() { return { a: 1 }; }, get y() { return 2; }, set y(v) {} }, { getters: "set" });
show({ get x() { return "str"; } }, { getters: true });
show({ "it's": 1, 'a"b': 2, $a: 3, _b: 4, é: 5, "": 6, "1a": 7, a1: 8, "a-b": 9, "'\"": 10, "'\"`": 11, "a\nb": 12 });
show({ 0: "a", 1: "b", length: 2 });
show({ "0x1": 1, "01": 2, "1e3": 3, "-1": 4, 4294967295: 5, 4294967294: 6 });
show({ [Symbol('a"b')]: 1, [Symbol("a'b")]: 2, [Symbol("a`b")]: 3, [Symbol()]: 4, [Symbol("\u0001é")]: 5, [Symbol.iterator]: 6, [Symbol.for("reg")]: 7 });
show([Symbol("a'b\n"), Symbol(""), Symbol.iterator]);
show({ a: undefined, b: null, c: NaN, d: -0, e: 0, f: 1e21, g: 1e-7, h: -Infinity });
show([1e21, 1e-7, 0.1 + 0.2, -1e-7, 2 ** 53, -(2 ** 53), 123456789012345680000, 10n ** 30n, -5n, 0n]);
show({ b: 2, a: 1, c: { z: 1, y: 2 } }, { sorted: true });
show(Object.assign([3, 1, 2], { b: 1, a: 2 }), { sorted: true });
show(new Map([["b", 1], ["a", 2]]), { sorted: true });
show({ b: 2, a: 1 }, { sorted: (x, y) => (x < y ? 1 : -1) });

console.log("-- strings: quotes, escapes, long strings split at line breaks, maxStringLength");
show(["'", '"', "`", "'\"", "'\"`", "'\"${", "'\"`${", "\x7f\x80\x9f\xa0\u2028\u0085", "\ud800", "\udc00x", "\ud83d\ude00", "\\", "a\tb\u001b\b\f\r\v\0", "\x00\x0b\x1f"]);
show("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n".repeat(4));
show(["aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n".repeat(4)]);
show(["it's\nfine and long enough to be split across lines, for sure, yes it is really"]);
show({ a: "x\ny".repeat(30) });
show(new Map([[1, "x\ny".repeat(30)]]));
show(new Map([["a\n".repeat(30), 1]]));
show(new Set(["x\ny".repeat(30)]));
show(Promise.resolve("x\ny".repeat(30)));
show(["", "\n".repeat(20), "a".repeat(17) + "\n", "a".repeat(80) + "\n", "\nabc\n".repeat(8)]);
show("x".repeat(20), { maxStringLength: 5 });
show(["x".repeat(20)], { maxStringLength: 1 });
show(["x".repeat(20)], { maxStringLength: 0 });
show({ s: "a\n".repeat(10) + "b" }, { maxStringLength: 15 });

console.log("-- showHidden (also what %o uses)");
show({ a: [1], f() {}, s: new Set([1]), m: new Map(), d: new Date(0) }, { showHidden: true });
show([1, [2, [3, [4, [5, [6]]]]]], { showHidden: true, depth: 4 });
show(function foo() {}, { showHidden: true });
show(class Cls {}, { showHidden: true });
show(() => {}, { showHidden: true });
show([new Uint8Array(2), /x/g, new String("ab"), new ArrayBuffer(2), [, 1]], { showHidden: true });
show(Object.defineProperty({}, "hidden", { value: 1 }), { showHidden: true });
show(Object.defineProperty([], "hidden", { value: 1 }), { showHidden: true });
show(Object.defineProperty({}, Symbol("s"), { value: 1 }), { showHidden: true });
show(Object.defineProperty({}, "a-b", { value: 1 }), { showHidden: true });
show(Object.defineProperty({}, Symbol.toStringTag, { value: "H" }), { showHidden: true });
show(new DataView(new ArrayBuffer(2)), { showHidden: true });
show({ a: { b: { c: new Uint8Array(12) } } }, { showHidden: true });

console.log("-- [util.inspect.custom]");
const reportsArguments = { [custom](depth, options, inspect) { return `C(${depth},${options.depth},${options.breakLength},${typeof options.stylize},${typeof inspect})`; } };
console.log(reportsArguments, { a: reportsArguments }, { a: { b: { c: reportsArguments } } }, [[[[reportsArguments]]]]);
console.log({ [custom](depth, options) { return Object.keys(options).join(); } });
show(reportsArguments, { customInspect: true, depth: 5, breakLength: 100 });
show(reportsArguments);
const returnsObject = { [custom]() { return { x: 1, y: [1, 2] }; } };
console.log(returnsObject, { returnsObject });
const returnsLines = { [custom]() { return "multi\nline"; } };
console.log({ returnsLines }, [returnsLines, returnsLines], returnsLines);
console.log({ [custom]() { return this; }, a: 1 });
console.log({ [custom]: 5, a: 1 });
const returnsNumber = { [custom]() { return 42; } };
console.log(returnsNumber, [returnsNumber]);
const callsInspect = { [custom](depth, options, inspect) { return inspect(this.v, options); }, v: { deep: { deeper: { deepest: 1 } } } };
console.log(callsInspect, { callsInspect });
const passesDepth = { [custom](depth, options, inspect) { return inspect({ nested: { x: { y: 1 } } }, { ...options, depth }); } };
console.log({ a: passesDepth });
class WithCustom { [custom]() { return "WithCustom!"; } }
console.log(WithCustom.prototype, new WithCustom(), [new WithCustom()], Object.create({ [custom]() { return "inherited"; } }));

console.log("-- printf: %s %d %i %f %j %o %O %c %%");
console.log("%s|%s|%s|%s|%s|%s|%s", 1.5, -0, 5n, Symbol("s"), null, undefined, true);
console.log("%s", { a: { b: { c: 1 } } });
console.log("%s", [1, [2, [3]]]);
console.log("%s", { toString() { return "custom"; } });
class WithToString { toString() { return "T!"; } }
class WithoutToString {}
console.log("%s %s", new WithToString(), new WithoutToString());
console.log("%s", new Error("boom"));
class ErrorWithToString extends Error { toString() { return "E2 string"; } }
console.log("%s", new ErrorWithToString("x"));
console.log("%s|%s|%s", new Date(0), /x/, function f() {});
console.log("%s", Object.create(null));
console.log("%s", new Map([[1, { a: { b: 1 } }]]));
console.log("%s", "str", "extra");
console.log("%s", { toString: Object.prototype.toString });
console.log("%s", { a: 1, toString: 5 });
console.log("%s", Object.assign([1, 2], { toString: Object.prototype.toString }));
console.log("%s", Object.assign(Object.create({ toString() { return "inh"; } }), { a: 1 }));
class ArrayWithToString extends Array { toString() { return "a3"; } }
console.log("%s %s", MyArray.from([1, 2]), ArrayWithToString.from([1, 2]));
console.log("%s", new Boolean(true), Object(Symbol("q")), Object(3n), new Number(5), new String("s"));
console.log("%s", new Uint8Array(2), new ArrayBuffer(1));
console.log("%s", Promise.resolve(1));
const nullWithToString = Object.create(null);
nullWithToString.toString = () => "np";
console.log("%s", nullWithToString);
console.log("%s", new MyDate(0));
console.log("%s", (function () { return arguments; })(1));
console.log("%s", { [Symbol.toPrimitive]() { return "prim"; } });
console.log("%s", -0, [-0]);
console.log("%s", "a\nb", ["a\nb"]);
console.log("%s", { a: "x".repeat(100) });
console.log("%s", range(30));
console.log("%s", { a: [1, 2, 3, 4, 5, 6, 7, 8] }, new Set([1]), Symbol.iterator);
console.log("%d|%d|%d|%d|%d|%d|%d|%d|%d", 42.5, -0, 5n, "12abc", "0x10", {}, [], null, new Number(7));
console.log("%d|%d|%d", Symbol("x"), "", 12345678901234567890n);
console.log("%i|%i|%i|%i|%i|%i|%i|%i", 42.9, -0.5, 5n, "12abc", "0x10", -0, Symbol("x"), "");
console.log("%f|%f|%f|%f|%f|%f", 42.9, "1.5e3x", 5n, -0, "abc", Symbol("x"));
console.log("%j|%j|%j|%j", { a: [1] }, "str", undefined, 5);
console.log("%j", loop);
console.log("%j", { toJSON() { return "tj"; } });
try {
  console.log("%j", 1n);
} catch (error) {
  console.log("threw", error.message);
}
console.log("%c|%c", "color: red", "x", "after");
console.log("%%|%s", "a");
console.log("%s %s %%", "a");
console.log("%%");
console.log("%% %s");
console.log("100%", 5);
console.log("%x %s", "a", "b");
console.log("%", 1);
console.log("a%", 1);
console.log("%s%", 1);
console.log("%%s", 1);
console.log("%%%s", 1);
console.log("%s", "a", { b: 1 });
console.log(5, "%s", 1);
console.log("%s:%s", "a");
console.log("%s %d", "only");
console.log("%d", 1, 2);
console.log("%s", "%s", "x");
console.log("%o", "x", "y");
console.log("%o", { a: [1] });
console.log("%o", [1, [2, [3, [4, [5, [6]]]]]]);
console.log("%o", { a: { b: { c: { d: { e: { f: 1 } } } } } });
console.log("%o", function foo() {});
console.log("%o", { f() {} });
console.log("%o", class A {});
console.log("%o", "str", 42, -0, 5n, Symbol("s"));
console.log("%o", new Uint8Array(2));
console.log("%o", new Error("x"));
console.log("%o", [new Set([1]), new Map([[1, 2]]), new Date(0), /x/g, new Number(2), new String("ab"), Promise.resolve(1), new ArrayBuffer(2), [, 1]]);
console.log("%o", new (class Foo { #p = 1; constructor() { this.x = 1; } })());
console.log("%O", { a: { b: { c: { d: 1 } } } });
console.log("%O %O", "str", "x");
console.log("a\nb", "c\nd", ["e\nf"]);
console.log(-0, [-0], 0, null, undefined, true, Symbol("q"), 10n);

console.log("-- random structures (seeded), with several option sets");
let seed = 20240607;
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const pick = (list) => list[Math.floor(random() * list.length)];
const words = ["a", "bb", "ccc", "key", "long_key_name", "with space", "it's", "x-y", "日本", "é", "$d", "1", "007"];
const leaves = [
  () => Math.floor(random() * 2000) - 1000, () => random() * 100, () => pick(words), () => pick(words).repeat(Math.floor(random() * 12)),
  () => null, () => undefined, () => true, () => -0, () => BigInt(Math.floor(random() * 1e6)), () => NaN,
  () => "line\n".repeat(Math.floor(random() * 6)) + "end", () => Symbol(pick(words)),
];
function randomValue(depth) {
  const r = random();
  if (depth > 4 || r < 0.35) return pick(leaves)();
  if (r < 0.6) return range(Math.floor(random() * (random() < 0.3 ? 40 : 8)), () => randomValue(depth + 1));
  if (r < 0.65) {
    const kind = pick(["number", "string", "mixed"]);
    return range(Math.floor(random() * 30), (i) => (kind === "number" ? Math.floor(random() * 10 ** Math.floor(random() * 5)) * (random() < 0.2 ? -1 : 1) : kind === "string" || random() < 0.5 ? pick(words) : i));
  }
  if (r < 0.85) {
    const object = {};
    const size = Math.floor(random() * 7);
    for (let i = 0; i < size; i++) object[pick(words) + (random() < 0.5 ? i : "")] = randomValue(depth + 1);
    return object;
  }
  if (r < 0.9) return new Map(range(Math.floor(random() * 4), () => [randomValue(depth + 2), randomValue(depth + 1)]));
  if (r < 0.94) return new Set(range(Math.floor(random() * 6), () => randomValue(depth + 1)));
  if (r < 0.97) return new Uint16Array(range(Math.floor(random() * 30), () => Math.floor(random() * 65536)));
  return Object.assign(range(Math.floor(random() * 12), (i) => i * 3), { extra: randomValue(depth + 1) });
}
const optionSets = [
  undefined, { depth: 4 }, { breakLength: 40 }, { breakLength: 120, depth: 6 }, { compact: 1 }, { compact: 5, depth: 8 },
  { compact: false }, { compact: true }, { maxArrayLength: 7, maxStringLength: 20 }, { sorted: true },
];
for (let i = 0; i < 120; i++) show(randomValue(0), pick(optionSets));
