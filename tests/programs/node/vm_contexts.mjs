// node:vm: contextified objects and their globals, Script, compileFunction, errors.
import vm from "node:vm";

// An error's stack without the frames of node's or toyjs's own files (which differ).
function head(error) {
  return error.stack.split("\n").filter((line) => !line.startsWith("    at ") || !/node:|\//.test(line));
}
function attempt(label, run) {
  try {
    console.log(label, run());
  } catch (error) {
    console.log(label, "threw", error.name, error.code, error.message);
  }
}

// Globals round trip: the object's properties are globals; globals made there land on it.
const sandbox = { a: 1, list: [1, 2] };
vm.createContext(sandbox);
console.log(vm.runInContext("var x = 2; var y; function f() { return 3 } z = 4; this.w = 5; a += 1; list.push(3); typeof f", sandbox));
console.log(Object.keys(sandbox), sandbox.a, sandbox.x, "y" in sandbox, sandbox.z, sandbox.w, sandbox.f(), sandbox.list);
console.log(vm.runInContext("Object.keys(globalThis).sort()", sandbox));
sandbox.later = "set outside";
console.log(vm.runInContext("later + ' / ' + typeof later", sandbox));
delete sandbox.later;
console.log(vm.runInContext("typeof later", sandbox));
console.log(vm.runInContext("delete globalThis.z; 'z' in sandboxed()", Object.assign(sandbox, { sandboxed: () => sandbox })));
console.log(vm.runInContext("Object.defineProperty(globalThis, 'd', { value: 9, enumerable: true }); d", sandbox), sandbox.d);
console.log(vm.runInContext("Object.getOwnPropertyDescriptor(globalThis, 'a')", sandbox));
vm.runInContext("globalThis[0] = 'zero'; this[1] = 'one'", sandbox);
console.log(sandbox[0], sandbox[1], vm.runInContext("[this[0], 1 in globalThis]", sandbox));
console.log(vm.runInContext("undefined = 5; NaN = 1; Infinity = 0; [typeof undefined, NaN, Infinity]", sandbox));
console.log(vm.runInContext("let L = 3; const C = 4; class K {} L + C + typeof K", sandbox), "L" in sandbox, "K" in sandbox);
console.log(vm.runInContext("L * 2", sandbox));

// `this`, globalThis and the built-ins of a new context (not Node's globals).
const global = vm.runInNewContext("this");
console.log(typeof global, global === global.globalThis, Object.keys(global), global.Array === Array);
console.log(vm.runInNewContext("[typeof setTimeout, typeof require, typeof process, typeof Buffer, typeof structuredClone, typeof URL, typeof queueMicrotask, typeof module]"));
console.log(vm.runInNewContext("[typeof Object, typeof Array, typeof Promise, typeof JSON, typeof Math, typeof Intl, typeof WebAssembly, typeof escape, typeof globalThis]"));
console.log(vm.runInNewContext("a + b", { a: 1, b: 2 }), vm.runInNewContext("var q = 1; q"), vm.runInNewContext("let q2 = 2; q2"));

// Values pass between contexts; they are of the context that made them.
const array = vm.runInNewContext("[1, 2]");
console.log(array instanceof Array, Array.isArray(array), array);
const promise = vm.runInNewContext("Promise.resolve(5)");
console.log(promise instanceof Promise, await promise);
const shared = { calls: 0 };
vm.runInNewContext("shared.calls += 1; shared.inner = { from: 'vm' }", { shared });
console.log(shared, shared.inner instanceof Object);
const outsideFunction = (n) => n * 10;
console.log(vm.runInNewContext("callMe(4)", { callMe: outsideFunction }));

// isContext and createContext's checks.
console.log(vm.isContext(sandbox), vm.isContext({}), vm.isContext(global));
const again = {};
console.log(vm.createContext(again) === again, vm.createContext(again) === again, typeof vm.createContext());
attempt("isContext(1)", () => vm.isContext(1));
attempt("createContext(null)", () => vm.createContext(null));
attempt("runInContext({})", () => vm.runInContext("1", {}));
attempt("runInNewContext(5)", () => vm.runInNewContext("1", 5));

// Errors: of the context that threw them; stacks name the file and line, with the line shown.
try {
  vm.runInNewContext("\n\n  null.x", {}, { filename: "my.js" });
} catch (error) {
  console.log(error instanceof TypeError, error.name, head(error));
}
try {
  vm.runInNewContext("\n\n  null.x", {}, { filename: "my.js", displayErrors: false });
} catch (error) {
  console.log(head(error));
}
try {
  vm.runInThisContext("throw new RangeError('here')", { filename: "this.js" });
} catch (error) {
  console.log(error instanceof RangeError, head(error));
}
for (const [label, run] of [
  ["Script", () => new vm.Script("foo = )", { filename: "s.js", lineOffset: 3 })],
  ["runInThisContext", () => vm.runInThisContext("foo(", "t.js")],
  ["runInNewContext", () => vm.runInNewContext("let let = 1", {}, "n.js")],
  ["runInContext", () => vm.runInContext("}", vm.createContext(), { filename: "c.js" })],
]) {
  try {
    run();
  } catch (error) {
    console.log(label, error instanceof SyntaxError, error.name, head(error));
  }
}
vm.runInContext("function thrower() { throw new Error('inner') }", sandbox);
try {
  vm.runInContext("thrower()", sandbox, "calls.js");
} catch (error) {
  console.log(error instanceof Error, head(error));
}
try {
  sandbox.thrower();
} catch (error) {
  console.log(head(error));
}
for (const code of ["throw 42", "throw { a: 1 }", "throw null"]) {
  try {
    vm.runInNewContext(code);
  } catch (error) {
    console.log(code, error);
  }
}
try {
  new vm.Script("throw new Error('x')", { filename: "o.js", lineOffset: 3, columnOffset: 2 }).runInThisContext();
} catch (error) {
  console.log(head(error));
}

// Script: compiled once, run in many contexts.
const counter = new vm.Script("count = (typeof count === 'number' ? count : 0) + 1; count", { filename: "counter.js" });
const first = vm.createContext({});
const second = vm.createContext({ count: 10 });
console.log(counter.runInContext(first), counter.runInContext(first), counter.runInContext(second), first, second);
console.log(counter.runInNewContext({ count: 100 }), counter.runInNewContext(), vm.createScript("6 * 7").runInThisContext());
console.log(new vm.Script({ toString() { return "'coerced'" } }).runInThisContext());
attempt("Script()", () => vm.Script("1"));

// compileFunction.
const add = vm.compileFunction("return a + b + c", ["a", "b"], { contextExtensions: [{ c: 10 }] });
console.log(add(1, 2), JSON.stringify(add.name), add.length, add instanceof Function);
const parsing = vm.createContext({ k: 5 });
const inContext = vm.compileFunction("return k + typeof Object + (Object === outerObject)", [], { parsingContext: parsing });
parsing.outerObject = Object;
console.log(inContext(), inContext instanceof Function);
try {
  vm.compileFunction("return (", [], { filename: "cf.js" });
} catch (error) {
  console.log(error instanceof SyntaxError, head(error));
}
try {
  vm.compileFunction("throw new Error('cf')", [], { filename: "cf.js" })();
} catch (error) {
  console.log(head(error));
}

// Option checks.
attempt("timeout 0", () => vm.runInNewContext("1", {}, { timeout: 0 }));
attempt("timeout 1.5", () => vm.runInNewContext("1", {}, { timeout: 1.5 }));
attempt("timeout '5'", () => vm.runInNewContext("1", {}, { timeout: "5" }));
attempt("timeout 2**32", () => vm.runInNewContext("1", {}, { timeout: 2 ** 32 }));
attempt("filename 5", () => vm.runInNewContext("1", {}, { filename: 5 }));
attempt("displayErrors 1", () => vm.runInNewContext("1", {}, { displayErrors: 1 }));
attempt("lineOffset 1.5", () => new vm.Script("1", { lineOffset: 1.5 }));
attempt("lineOffset 'a'", () => new vm.Script("1", { lineOffset: "a" }));
attempt("columnOffset 2**31", () => new vm.Script("1", { columnOffset: 2 ** 31 }));
attempt("compileFunction(5)", () => vm.compileFunction(5));
attempt("params 'a'", () => vm.compileFunction("1", "a"));
attempt("params [1]", () => vm.compileFunction("1", [1]));
attempt("parsingContext {}", () => vm.compileFunction("1", [], { parsingContext: {} }));
attempt("contextExtensions [1]", () => vm.compileFunction("1", [], { contextExtensions: [1] }));
attempt("contextExtensions {}", () => vm.compileFunction("1", [], { contextExtensions: {} }));
