// util.inspect with colors: true, printed as JSON so that the escapes show. Each value is
// also checked to lay out as without colours once the colour codes are stripped.
"use strict";
const util = require("node:util");
const { inspect } = util;

const cases = [];
function show(name, value, options = {}) {
  const colored = inspect(value, { ...options, colors: true });
  console.log(name, JSON.stringify(colored));
  if (util.stripVTControlCharacters(colored) !== inspect(value, options)) console.log("layout differs:", name);
  cases.push(name);
}

// Primitives
show("number", 42);
show("negative zero", -0);
show("NaN", NaN);
show("bigint", 10n);
show("booleans", [true, false]);
show("undefined", undefined);
show("null", null);
show("string", "text");
show("quotes", ["it's", 'say "hi"', `both ' and "`, "all ' \" `"]);
show("escapes", "tab\there\nnewline \u0001");
show("symbol", Symbol("s"));
show("well-known symbol", Symbol.iterator);

// Objects and arrays
show("object", { a: 1, b: "x", "c-d": 2, $e: 3, _f: null, 7: undefined });
show("nested", { a: { b: { c: { d: {} } } }, list: [1, [2, [3, [4]]]] });
show("symbol keys", { [Symbol("key")]: 1, [Symbol()]: 2, [Symbol("a b")]: "v" });
show("array", [1, "a", null, undefined, true, 10n, Symbol("x")]);
show("holes", [1, , 3, , , 6]);
show("long array", Array.from({ length: 30 }, (_, i) => i * 7));
show("more items", Array.from({ length: 120 }, (_, i) => i));
show("strings grid", ["aaaa", "b", "cc", "ddddd", "e", "fff", "gg", "h", "iiiiiii"]);
show("mixed grid", [1, "two", 3, "four", 5, "six", 7, "eight", null, undefined]);
show("long values", {
  first: "a fairly long string value that takes room",
  second: "another fairly long string value",
  third: [1, 2, 3],
});
show("breaking string", { s: "line one\nline two is a long line of text that goes past the break length\nline three" });
show("max string length", "abcdefghij", { maxStringLength: 4 });
show("max array length", [1, 2, 3], { maxArrayLength: 1 });
show("depth 0", { a: { b: 1 }, c: [1] }, { depth: 0 });
show("compact false", { a: [1, 2, { b: "x" }] }, { compact: false });
show("compact true", { a: [1, 2, { b: "x" }], c: "y".repeat(70) }, { compact: true });
show("sorted", { b: 1, "a-b": 2, c: 3, [Symbol("z")]: 4 }, { sorted: true });
show("break length", { alpha: 1, beta: "two", gamma: [3] }, { breakLength: 20 });

// Collections
show("map", new Map([[1, { a: 1 }], ["k", [true]]]));
show("set", new Set(["a", 2, null]));
show("empty map", new Map());
show("map more", new Map([[1, 2], [3, 4]]), { maxArrayLength: 1 });
show("weak map", new WeakMap());
show("weak set", new WeakSet());

// Classes, functions, getters
class Point {
  constructor() {
    this.x = 1;
    this.y = "2";
  }
}
class Tagged {
  get [Symbol.toStringTag]() {
    return "Tag";
  }
}
show("instance", new Point());
show("tagged", new Tagged());
show("function", function named() {});
show("anonymous", () => {});
show("async", async function load() {});
show("generator", function* gen() {});
show("class", Point);
show("subclass", class Sub extends Point {});
show("function with properties", Object.assign(function f() {}, { a: 1 }));
show("class with static", class S { static x = 1; });
show("methods", { f() {}, g: class {} });
const accessors = {
  get a() { return 1; },
  set b(v) {},
  get c() { return { x: 1 }; },
  set c(v) {},
  get d() { throw new Error("no"); },
};
show("getters", accessors);
show("getters shown", accessors, { getters: true });

// References
const circular = { a: 1 };
circular.self = circular;
circular.list = [circular];
show("circular", circular);
const fn = function g() {};
fn.self = fn;
show("circular function", fn);
const described = function h() {};
described.self = described;
described.more = "a string to make it longer than usual";
show("circular function breaking", described);
const map = new Map();
map.set("k", map);
show("circular map", map);

// Dates, regular expressions, errors
show("date", new Date(0));
show("invalid date", new Date(NaN));
show("date with properties", Object.assign(new Date(0), { a: 1 }));
class LocalDate extends Date {}
show("date subclass", new LocalDate(0));
show("regexp", /ab+c/gi);
show("regexp with properties", Object.assign(/x/, { a: 1 }));
show("deep regexp", { a: { b: { c: Object.assign(/x/, { k: 1 }) } } });
const error = new Error("boom");
error.stack = [
  "Error: boom",
  `    at local (${process.cwd()}/app.js:1:2)`,
  `    at ${process.cwd()}/main.js:3:4`,
  `    at esm (file://${process.cwd()}/mod.mjs:5:6)`,
  `    at dep (${process.cwd()}/node_modules/pkg/index.js:7:8)`,
  "    at scoped (/elsewhere/node_modules/@scope/name/node_modules/inner/x.js:9:10)",
  "    at Object.readFileSync (node:fs:1:2)",
  "    at node:events:3:4",
  "    at other (/elsewhere/app.js:5:6)",
].join("\n");
show("error", error);
error.code = "E_CODE";
show("error with properties", error);
const bare = new TypeError("t");
bare.stack = "TypeError: t";
show("error without frames", bare);
const caused = new Error("x", { cause: "why" });
caused.stack = "Error: x\n    at a (/elsewhere/b.js:1:1)";
show("error cause", caused);

// Boxed primitives, typed arrays, buffers
show("boxed", [new Number(3), new String("ab"), new Boolean(true), Object(10n), Object(Symbol("q"))]);
show("boxed with properties", Object.assign(new String("ab"), { a: 1 }));
show("boxed long string", new String("abc\ndef ".repeat(12)));
show("typed array", new Uint8Array([1, 2, 3]));
show("typed array grid", new Int16Array(20).map((_, i) => i * 100));
show("bigint typed array", new BigInt64Array([1n, 2n]));
show("typed array hidden", new Uint8Array(2), { showHidden: true });
show("array buffer", new ArrayBuffer(3));
show("data view", new DataView(new ArrayBuffer(2)));
show("buffer", Buffer.from("hi"));

// Prototypes and others
show("null prototype", Object.create(null));
show("null prototype with keys", Object.assign(Object.create(null), { x: 1 }));
show("beyond depth", {
  a: { b: { c: { d: 1 }, m: new Map([[1, 1]]), l: [1], n: Object.assign(Object.create(null), { q: 1 }), p: new Point() } },
});
show("null prototype map", Object.setPrototypeOf(new Map(), null));
show("null prototype function", Object.setPrototypeOf(function f() {}, null));
show("hidden", Object.defineProperty({ v: 1 }, "hid", { value: 2, enumerable: false }), { showHidden: true });
show("array hidden", [1, 2], { showHidden: true });
show("promises", [Promise.resolve(3), new Promise(() => {})]);
(function () {
  show("arguments", arguments);
})(1, "a");

// The tables, and changing them
console.log(Object.keys(inspect), Object.keys(inspect.colors).length, inspect.colors.grey === inspect.colors.gray);
console.log(JSON.stringify(inspect.styles));

// Custom inspectors get stylize
class Custom {
  [inspect.custom](depth, options, inspectAgain) {
    return `${options.stylize("special", "special")} ${options.stylize("7", "number")} ${options.stylize("plain", "unknown")} ${inspectAgain({ a: 1 }, options)}`;
  }
}
show("custom", new Custom());
show("custom nested", { c: new Custom() });

inspect.styles.number = "red";
show("restyled number", [1, 2n]);
inspect.styles.name = "blue";
show("styled names", { a: 1, "b-c": 2 });
delete inspect.styles.name;
inspect.styles.string = "nonexistent";
show("unknown colour", "s");
inspect.colors.red = [1, 2];
show("changed colour", 3);
inspect.styles = { __proto__: null, number: "green" };
show("replaced styles", { a: 1, s: "x" });
console.log(cases.length, "cases");
