// node:assert: passing and failing calls of every assertion; each failure's message, code,
// operator and generatedMessage (the messages and diffs are compared byte for byte with node's).
import assert, { AssertionError, strictEqual } from "node:assert";
import strict from "node:assert/strict";
import * as namespace from "node:assert";
import { inspect } from "node:util";

// (Errors without their stacks, which differ from node's.)
const brief = (value) => (value instanceof Error ? `[${value.name}: ${value.message}]` : inspect(value, { depth: 0 }));
function report(error) {
  const shown = [error.name, error.code, JSON.stringify(error.message)];
  if (error instanceof AssertionError) shown.push(error.operator, error.generatedMessage, brief(error.actual), brief(error.expected));
  console.log(shown.join(" | "));
}
function t(label, fn) {
  try {
    fn();
    console.log(label, "passed");
  } catch (error) {
    process.stdout.write(`${label}: `);
    report(error);
  }
}
async function at(label, fn) {
  try {
    await fn();
    console.log(label, "passed");
  } catch (error) {
    process.stdout.write(`${label}: `);
    report(error);
  }
}

console.log(Object.keys(assert).join(","));
console.log(strict === assert.strict, strict.strict === strict, assert.strictEqual === strictEqual);
console.log(strict.equal === assert.strictEqual, strict.deepEqual === assert.deepStrictEqual);
console.log(strict.notEqual === assert.notStrictEqual, strict.notDeepEqual === assert.notDeepStrictEqual);
console.log(Object.keys(namespace).sort().join(","), typeof assert.CallTracker, assert.name, strict.name);

// ── primitives ──
const primitivePairs = [
  [1, 2], ["a", "b"], [1, "1"], [NaN, 1], [NaN, NaN], [-0, 0], [0, -0], [null, undefined], [null, 1],
  [undefined, 1], [1, true], [1n, 2n], [1n, 1], ["abcd", "abce"], ["aaaab", "aaaac"], ["aXcdefgh", "aYcdefgh"],
  ["abXdefgh", "abYdefgh"], ["xxxxxxxxxx", "yyyyyyyyyy"], ["abcdefghij", "abcdefghi"], [12345678, 12345679],
  [123456, 1234567], [1, 12345678901], ["a".repeat(36), "a".repeat(35) + "b"], ["a".repeat(37), "a".repeat(36) + "bb"],
  ["a".repeat(38), "a".repeat(37) + "b"], ["a".repeat(70), "a".repeat(69) + "b"], ["a\nb\nc", "a\nb\nd"],
  ["line one\nline two", "line one\nline 2"], [Symbol("a"), Symbol("a")], [Symbol("a"), Symbol("b")], ["", 0], [0, false],
];
for (const [a, b] of primitivePairs) {
  for (const name of ["strictEqual", "deepStrictEqual", "equal", "deepEqual", "notStrictEqual", "notDeepStrictEqual", "notEqual", "notDeepEqual"]) {
    t(`${name}(${inspect(a)}, ${inspect(b)})`, () => assert[name](a, b));
  }
}
for (const name of ["notStrictEqual", "notDeepStrictEqual", "notEqual", "notDeepEqual"]) {
  t(`${name} same`, () => assert[name]("abc", "abc"));
  t(`${name} NaN`, () => assert[name](NaN, NaN));
}

// ── objects: diffs ──
const range = (n) => Array.from({ length: n }, (_, i) => i);
const changed = (n, changes) => {
  const array = range(n);
  for (const [index, value] of Object.entries(changes)) array[index] = value;
  return array;
};
for (const n of [3, 5, 6, 7, 8, 10]) {
  for (let k = 0; k < n; k++) t(`array ${n} changed at ${k}`, () => assert.deepStrictEqual(range(n), changed(n, { [k]: -1 })));
}
t("two changes far apart", () => assert.deepStrictEqual(range(16), changed(16, { 1: -1, 10: -2 })));
t("two changes 6 apart", () => assert.deepStrictEqual(range(16), changed(16, { 1: -1, 7: -2 })));
t("two changes 5 apart", () => assert.deepStrictEqual(range(16), changed(16, { 1: -1, 6: -2 })));
t("adjacent changes", () => assert.deepStrictEqual(range(12), changed(12, { 3: -1, 4: -2, 5: -3 })));
t("shorter expected", () => assert.deepStrictEqual(range(12), changed(12, { 3: -1, 5: -3 }).slice(0, 10)));
t("one more", () => assert.deepStrictEqual([1, 2], [1, 2, 3]));
t("one less", () => assert.deepStrictEqual([1, 2, 3], [1, 2]));
t("missing first", () => assert.deepStrictEqual([0, 1, 2, 3], [1, 2, 3]));
t("extra first", () => assert.deepStrictEqual([1, 2, 3], [0, 1, 2, 3]));
t("commas", () => assert.deepStrictEqual([0, 1, 2, 3, 4, 5, 6, 7], [9, 1, 2, 3, 4, 5, 6, 7, 8]));
t("long arrays", () => assert.deepStrictEqual(new Array(200).fill(1), new Array(201).fill(1)));
t("keys", () => assert.deepStrictEqual({ a: 1 }, { b: 1 }));
t("key added", () => assert.deepStrictEqual({ a: 1 }, { b: 1, a: 1 }));
t("keys removed", () => assert.deepStrictEqual({ a: 1, b: 2, c: 3 }, { c: 3 }));
t("ten keys", () => assert.deepStrictEqual({ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, i: 9, j: 10 }, { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, i: 9, j: 11 }));
t("nested", () => assert.deepStrictEqual({ a: 1, b: { c: [1, 2] } }, { a: 1, b: { c: [1, 3] } }));
t("deep", () => assert.deepStrictEqual({ a: { b: { c: { d: { e: { f: 1 } } } } } }, { a: { b: { c: { d: { e: { f: 2 } } } } } }));
t("object and array", () => assert.deepStrictEqual({ a: 1 }, [1]));
t("empty object and array", () => assert.deepStrictEqual({}, []));
t("null prototype", () => assert.deepStrictEqual(Object.create(null), {}));
t("maps", () => assert.deepStrictEqual(new Map([[1, 2]]), new Map([[1, 3]])));
t("sets", () => assert.deepStrictEqual(new Set([1]), new Set([2])));
t("object and null", () => assert.deepStrictEqual({}, null));
t("array and null", () => assert.deepStrictEqual([1], null));
t("null and array", () => assert.strictEqual(null, [1]));
t("strings in objects", () => assert.deepStrictEqual({ s: "one\ntwo\nthree more" }, { s: "one\ntwo\nthree less" }));
t("getters and symbols", () => assert.deepStrictEqual({ g: 1, get x() { return 5; }, [Symbol("q")]: 2 }, { g: 2, get x() { return 5; }, [Symbol("q")]: 2 }));
t("custom inspect ignored", () => assert.deepStrictEqual({ a: { [inspect.custom]() { return "C"; }, z: 1 } }, { a: { z: 2 } }));
t("holes", () => assert.deepStrictEqual([1, , 3], [1, 2, 3]));
t("dates", () => assert.deepStrictEqual(new Date(0), new Date(1)));
t("regexps", () => assert.deepStrictEqual(/a/g, /a/i));
t("regexps longer", () => assert.deepStrictEqual(/abcd/g, /abcd/i));
t("errors", () => assert.deepStrictEqual(new Error("x"), new Error("y")));
t("error kinds", () => assert.deepStrictEqual(new TypeError("x"), new RangeError("x")));
t("error with property", () => assert.deepStrictEqual(Object.assign(new Error("x"), { code: 1 }), new Error("x")));
t("functions", () => assert.deepStrictEqual(function f() {}, function g() {}));
t("typed arrays", () => assert.deepStrictEqual(new Uint8Array([1, 2]), new Uint8Array([1, 3])));
t("mixed nesting", () => assert.deepStrictEqual({ a: [1, 2, { b: 3 }] }, { a: [1, 2, { b: 4 }] }));
class A {}
const B = (() => class A {})();
t("same look, other class", () => assert.deepStrictEqual(new A(), new B()));
t("same structure", () => assert.strictEqual({ a: 1 }, { a: 1 }));
t("same structure arrays", () => assert.strictEqual([1, 2], [1, 2]));
t("reference", () => assert.strictEqual([1, 2, 3], [1, 2, 4]));
t("function references", () => assert.strictEqual(() => 1, function f() {}));
t("object and function", () => assert.strictEqual({}, () => 1));
const big = {};
for (let i = 0; i < 40; i++) big[`k${i}`] = i;
t("big reference", () => assert.strictEqual(big, { ...big, k39: 0 }));
t("big loose", () => assert.deepEqual(big, { ...big, k39: 0 }));
t("big not", () => assert.notDeepStrictEqual(big, big));
const same = { a: 1 };
const empty = {};
const date = new Date(0);
t("notStrictEqual empty", () => assert.notStrictEqual(empty, empty));
t("notDeepStrictEqual empty", () => assert.notDeepStrictEqual({}, {}));
t("notStrictEqual date", () => assert.notStrictEqual(date, date));
t("notDeepStrictEqual date", () => assert.notDeepStrictEqual(date, new Date(0)));
t("notDeepEqual loosely", () => assert.notDeepEqual({ a: 1 }, { a: "1" }));
for (let n = 1; n <= 7; n++) t(`notStrictEqual ${n}`, () => assert.notStrictEqual("a".repeat(n), "a".repeat(n)));
t("strictEqual functions", () => assert.strictEqual(function f() {}, function g() {}));
t("strictEqual dates", () => assert.strictEqual(new Date(0), new Date(1)));
t("strictEqual errors", () => assert.strictEqual(new Error("x"), new Error("y")));
for (const name of ["notStrictEqual", "notDeepStrictEqual", "notEqual", "notDeepEqual"]) t(`${name} object`, () => assert[name](same, same));
const fn = () => 1;
t("notStrictEqual function", () => assert.notStrictEqual(fn, fn));
t("notDeepStrictEqual arrays", () => assert.notDeepStrictEqual([1], [1]));
t("equal objects", () => assert.equal({}, {}));
t("equal arrays", () => assert.equal([1], [2]));
t("deepEqual arrays", () => assert.deepEqual([1, 2], [1, 3]));

// ── custom messages ──
t("custom strictEqual", () => assert.strictEqual(1, 2, "custom"));
t("custom long", () => assert.strictEqual("aaaaaaaaaaaaaaa", "b", "custom"));
t("custom deep", () => assert.deepStrictEqual({ a: 1 }, { a: 2 }, "custom"));
t("custom zero", () => assert.deepStrictEqual(-0, 0, "cm"));
t("custom same structure", () => assert.strictEqual({ a: 1 }, { a: 1 }, "cm"));
t("custom notStrictEqual", () => assert.notStrictEqual(1, 1, "custom"));
t("custom equal", () => assert.equal(1, 2, "custom"));
t("custom deepEqual", () => assert.deepEqual(1, 2, "custom"));
t("empty message strict", () => assert.strictEqual(1, 2, ""));
t("empty message deep", () => assert.deepStrictEqual([1], [2], ""));
t("empty message equal", () => assert.equal(1, 2, ""));
t("empty message ok", () => assert.ok(0, ""));
t("error message", () => assert.strictEqual(1, 2, new TypeError("boom")));
t("error message ok", () => assert.ok(false, new RangeError("range")));
t("message for ok", () => assert.ok(null, "msg"));

// ── loose and strict deep equality ──
const deepPairs = [
  [1, "1"], [null, undefined], [0, false], ["", 0], [NaN, NaN], [[1], { 0: 1 }], [{ a: 1 }, { a: "1" }], [new Date(0), {}],
  [{}, []], [new Number(1), new Number(1)], [new Number(1), 1], [new Number(1), new Number(2)], [Object.create(null), {}],
  [new Set([1]), new Set(["1"])], [new Map([[1, 2]]), new Map([["1", "2"]])], [[1, 2], [2, 1]], [{ a: undefined }, {}],
  [{ a: 1, [Symbol()]: 1 }, { a: 1 }], [new Error("a"), new TypeError("a")], [/a/g, /a/g], [new Uint8Array([1]), new Int8Array([1])],
  [new String("a"), "a"], [[null], [undefined]], [1n, 1], [new Map([[{ a: 1 }, 1]]), new Map([[{ a: "1" }, 1]])],
  [new Set([{ a: 1 }]), new Set([{ a: "1" }])], [-0, 0], [[, 1], [undefined, 1]], [new Date(0), new Date(0)], [() => 1, () => 1],
  [{ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }], [new Set([1, 2]), new Set([2, 1])], [new Map([[1, { a: 1 }]]), new Map([[1, { a: 1 }]])],
  [new Set([1, "1"]), new Set(["1", 1])], [new Set([1, 2]), new Set(["1", 3])],
];
for (const [a, b] of deepPairs) {
  const outcome = (fn) => { try { fn(); return "equal"; } catch { return "unequal"; } };
  console.log(brief(a), brief(b), outcome(() => assert.deepEqual(a, b)), outcome(() => assert.deepStrictEqual(a, b)),
    outcome(() => assert.notDeepEqual(a, b)), outcome(() => assert.notDeepStrictEqual(a, b)));
}
const cycleA = { name: "a" };
cycleA.self = cycleA;
const cycleB = { name: "a" };
cycleB.self = cycleB;
t("cycles", () => assert.deepStrictEqual(cycleA, cycleB));
t("cycles loose", () => assert.deepEqual(cycleA, cycleB));

// ── missing arguments ──
t("strictEqual(1)", () => assert.strictEqual(1));
t("deepEqual()", () => assert.deepEqual());
t("notDeepStrictEqual(1)", () => assert.notDeepStrictEqual(1));
t("equal()", () => assert.equal());
t("ok()", () => assert.ok());
t("assert()", () => assert());
t("strict()", () => strict());

// ── fail, ifError, match ──
t("fail()", () => assert.fail());
t("fail(message)", () => assert.fail("boom"));
t("fail(error)", () => assert.fail(new TypeError("te")));
t("fail(1, 2)", () => assert.fail(1, 2));
t("fail(1, 2, m)", () => assert.fail(1, 2, "m"));
t("fail(1, 2, undefined, >)", () => assert.fail(1, 2, undefined, ">"));
t("fail('a', 'b')", () => assert.fail("a", "b"));
for (const value of [null, undefined, 0, "x", new Error("inner"), new Error(""), { message: 5 }, false]) {
  t(`ifError(${brief(value)})`, () => assert.ifError(value));
}
t("match", () => assert.match("abc", /b/));
t("match fails", () => assert.match("abc", /x/));
t("match number", () => assert.match(1, /x/));
t("match string", () => assert.match("abc", "x"));
t("match message", () => assert.match("abc", /x/, "mm"));
t("match empty message", () => assert.match("a", /b/, ""));
t("match error message", () => assert.match("a", /b/, new Error("own")));
t("match missing", () => assert.match("a"));
t("doesNotMatch", () => assert.doesNotMatch("abc", /x/));
t("doesNotMatch fails", () => assert.doesNotMatch("abc", /b/));
t("doesNotMatch number", () => assert.doesNotMatch(1, /b/));

// ── throws, doesNotThrow ──
const thrower = (value) => () => { throw value; };
t("throws nothing", () => assert.throws(() => {}));
t("throws nothing, message", () => assert.throws(() => {}, "msg"));
t("throws nothing, class", () => assert.throws(() => {}, TypeError));
t("throws nothing, class and message", () => assert.throws(() => {}, TypeError, "msg"));
t("throws", () => assert.throws(thrower(new Error("x"))));
t("throws wrong class", () => assert.throws(thrower(new Error("x")), TypeError));
t("throws wrong class, message", () => assert.throws(thrower(new Error("e")), TypeError, "mine"));
t("throws right class", () => assert.throws(thrower(new TypeError("x")), Error));
t("throws primitive, class", () => assert.throws(thrower(5), TypeError));
t("throws regexp", () => assert.throws(thrower(new Error("x")), /x/));
t("throws regexp fails", () => assert.throws(thrower(new Error("x")), /y/));
t("throws object", () => assert.throws(thrower(new Error("x")), { message: "x", name: "Error" }));
t("throws object fails", () => assert.throws(thrower(new Error("x")), { message: "y" }));
t("throws object regexp", () => assert.throws(thrower(new Error("x")), { message: /y/, name: "Error" }));
t("throws object regexp passes", () => assert.throws(thrower(new Error("xyz")), { message: /y/ }));
t("throws object missing key", () => assert.throws(thrower(new Error("e")), { message: "e", code: undefined }));
t("throws object, message", () => assert.throws(thrower(new Error("e")), { message: "f" }, "mine"));
t("throws object, nested", () => assert.throws(thrower(Object.assign(new Error("e"), { info: { a: [1] } })), { info: { a: [1] } }));
t("throws object, nested fails", () => assert.throws(thrower(Object.assign(new Error("e"), { info: { a: [1] } })), { info: { a: [2] } }));
t("throws null, object", () => assert.throws(thrower(null), { message: "f" }));
t("throws primitive, object", () => assert.throws(thrower(1), { a: 1 }));
t("throws error instance", () => assert.throws(thrower(new Error("e")), new Error("e")));
t("throws error instance fails", () => assert.throws(thrower(new Error("e")), new Error("f")));
t("throws error instance kind", () => assert.throws(thrower(new TypeError("e")), new Error("e")));
t("throws validation", () => assert.throws(thrower(new Error("x")), (error) => error.message === "x"));
t("throws validation fails", () => assert.throws(thrower(new Error("x")), (e) => false));
t("throws named validation fails", () => assert.throws(thrower(new Error("x")), function check() { return 1; }));
t("throws validation primitive", () => assert.throws(thrower(7), (e) => 0));
t("throws non-error class", () => assert.throws(thrower(new Error("e")), class Foo {}));
t("throws empty object", () => assert.throws(thrower(new Error("x")), {}));
t("throws bad error argument", () => assert.throws(thrower(new Error("e")), 5));
t("throws string and message", () => assert.throws(thrower(new Error("e")), "e", "m"));
t("throws ambiguous", () => assert.throws(thrower(new Error("x")), "x"));
t("throws ambiguous primitive", () => assert.throws(thrower("e"), "e"));
t("throws not a function", () => assert.throws("x"));
t("throws nothing given", () => assert.throws());
t("throws class and message", () => assert.throws(thrower(new Error("x")), Error, "msg"));
t("doesNotThrow", () => assert.doesNotThrow(() => {}));
t("doesNotThrow throws", () => assert.doesNotThrow(thrower(new Error("x"))));
t("doesNotThrow message", () => assert.doesNotThrow(thrower(new Error("x")), "msg"));
t("doesNotThrow other class", () => assert.doesNotThrow(thrower(new Error("x")), TypeError));
t("doesNotThrow class", () => assert.doesNotThrow(thrower(new Error("x")), Error));
t("doesNotThrow class and message", () => assert.doesNotThrow(thrower(new Error("x")), Error, "msg"));
t("doesNotThrow regexp", () => assert.doesNotThrow(thrower(new Error("x")), /x/));
t("doesNotThrow regexp other", () => assert.doesNotThrow(thrower(new Error("x")), /y/));
t("doesNotThrow primitive", () => assert.doesNotThrow(thrower(5)));
t("doesNotThrow null", () => assert.doesNotThrow(thrower(null)));
t("doesNotThrow not a function", () => assert.doesNotThrow(5));

// ── rejects, doesNotReject ──
await at("rejects", () => assert.rejects(Promise.reject(new Error("x"))));
await at("rejects resolved", () => assert.rejects(Promise.resolve(1)));
await at("rejects function", () => assert.rejects(() => Promise.resolve(1), TypeError));
await at("rejects message", () => assert.rejects(() => Promise.resolve(1), "msg"));
await at("rejects not a promise returned", () => assert.rejects(() => 1));
await at("rejects undefined returned", () => assert.rejects(() => {}));
await at("rejects object returned", () => assert.rejects(() => ({})));
await at("rejects bad argument", () => assert.rejects(5));
await at("rejects regexp", () => assert.rejects(Promise.reject(new Error("x")), /y/));
await at("rejects class", () => assert.rejects(async () => { throw new TypeError("x"); }, TypeError));
await at("rejects wrong class", () => assert.rejects(async () => { throw new RangeError("x"); }, TypeError));
await at("rejects sync throw", () => assert.rejects(() => { throw new TypeError("sync"); }, TypeError));
await at("rejects object", () => assert.rejects(Promise.reject(new Error("x")), { message: "y" }));
await at("rejects thenable", () => assert.rejects({ then(resolve, reject) { reject(new Error("t")); }, catch() {} }, /t/));
await at("doesNotReject", () => assert.doesNotReject(Promise.resolve(3)));
await at("doesNotReject rejected", () => assert.doesNotReject(Promise.reject(new Error("x"))));
await at("doesNotReject message", () => assert.doesNotReject(Promise.reject(new Error("x")), "msg"));
await at("doesNotReject function", () => assert.doesNotReject(async () => 3));
await at("doesNotReject not a promise", () => assert.doesNotReject(() => 3));
console.log(assert.rejects(Promise.reject(new Error("p"))) instanceof Promise);

// ── AssertionError ──
const made = new AssertionError({ actual: 1, expected: 2, operator: "strictEqual" });
console.log(Object.keys(made), Object.getOwnPropertyNames(made).sort(), made.hasOwnProperty("name"));
console.log(String(made), made.stack.split("\n")[0], made instanceof Error, made.name);
for (const options of [
  { message: "hi" }, { actual: 1, expected: 2, operator: "deepEqual" }, { actual: 1, expected: 2, operator: "foo" },
  { actual: 1, expected: 2 }, { actual: [1], expected: [2], operator: "deepStrictEqual" }, { actual: 1, expected: 1, operator: "strictEqual" },
  { actual: 1, expected: 2, operator: "notStrictEqual" }, { actual: "a", expected: "b", operator: "==" },
]) {
  report(new AssertionError(options));
}
t("AssertionError()", () => new AssertionError());
t("AssertionError(1)", () => new AssertionError(1));

// ── strict mode ──
t("strict.equal", () => strict.equal(1, "1"));
t("strict.deepEqual", () => strict.deepEqual({ a: 1 }, { a: "1" }));
t("strict.notEqual", () => strict.notEqual(1, "1"));
t("strict.notDeepEqual", () => strict.notDeepEqual([1], [1]));
t("strict ok message", () => strict(0, "zero"));
