// node:assert: assertions that throw an AssertionError (code ERR_ASSERTION) with node's
// messages. `assert.strict` (and node:assert/strict) is the same set with the strict
// comparisons under the loose names.
"use strict";
const {
  ArrayPrototypeJoin, ArrayPrototypePush, Error, ErrorCaptureStackTrace, FunctionPrototypeCall, MathMin,
  NumberIsNaN, ObjectAssign, ObjectDefineProperty, ObjectIs, ObjectKeys, ObjectPrototypeHasOwnProperty, ObjectPrototypeToString,
  PromisePrototypeThen, RegExpPrototypeExec, RegExpPrototypeTest, String, StringPrototypeSlice, StringPrototypeSplit,
  TypeError,
} = core.primordials;
const { AssertionError, show } = require("internal/assertion_error");
const { codedError, invalidArgType, invalidArgValue, missingArgs, notImplemented, describeReceived } = require("internal/errors");
const { isDeepStrictEqual, isDeepEqual } = require("internal/deep_equal");
const types = require("util/types");

// Throws the AssertionError, or the message itself when it is an Error.
function fail(options) {
  if (options.message instanceof Error) throw options.message;
  throw new AssertionError(options);
}

// ── ok ──

function innerOk(stackStartFn, argumentCount, value, message) {
  if (value) return;
  let generatedMessage = false;
  if (argumentCount === 0) {
    generatedMessage = true;
    message = "No value argument passed to `assert.ok()`";
  } else if (message == null) {
    generatedMessage = true;
    message = expressionMessage(stackStartFn) ?? `${show(value)} == true`;
  } else if (message instanceof Error) {
    throw message;
  }
  const error = new AssertionError({ actual: value, expected: true, message, operator: "==", stackStartFn });
  error.generatedMessage = generatedMessage;
  throw error;
}

function ok(...args) {
  innerOk(ok, args.length, args[0], args[1]);
}

// "The expression evaluated to a falsy value:\n\n  assert.ok(x)\n": the failed call as its
// source has it, when the program may read its file (undefined otherwise).
function expressionMessage(stackStartFn) {
  const site = callSite(stackStartFn);
  if (site === undefined) return undefined;
  const lines = core.ops.assertSourceLines(site.location, site.line);
  if (lines === undefined) return undefined;
  const code = callText(lines, site.column - 1);
  if (code === undefined) return undefined;
  return `The expression evaluated to a falsy value:\n\n${code}\n`;
}

// The file, line and column of the call to `fn`, from the first frame of a stack captured
// above it (undefined when the stack says nothing usable: a program's own stack format, a
// limit of zero frames, code that is not in a file).
function callSite(fn) {
  const holder = {};
  ErrorCaptureStackTrace(holder, fn);
  const stack = holder.stack;
  if (typeof stack !== "string") return undefined;
  const frame = StringPrototypeSplit(stack, "\n")[1];
  if (frame === undefined) return undefined;
  const match = RegExpPrototypeExec(/(?:\(|at )((?:file:\/\/)?\/[^()]*):(\d+):(\d+)\)?$/, frame);
  if (match === null) return undefined;
  return { location: match[1], line: +match[2], column: +match[3] };
}

// The call expression starting near `column` of lines[0]: back to the start of its callee
// (`assert.ok`), then forward to the parenthesis closing its arguments, skipping strings,
// template literals and comments. Lines after the first lose their common indentation; each
// is indented by two spaces.
function callText(lines, column) {
  const first = lines[0];
  let start = MathMin(column, first.length);
  while (start > 0 && RegExpPrototypeTest(/[\w$.]/, first[start - 1])) start--;
  const source = ArrayPrototypeJoin(lines, "\n");
  const end = closingParenthesis(source, start);
  if (end === undefined) return undefined;
  const callLines = StringPrototypeSplit(StringPrototypeSlice(source, start, end + 1), "\n");
  let indent = Infinity;
  for (let i = 1; i < callLines.length; i++) {
    const leading = RegExpPrototypeExec(/^ */, callLines[i])[0].length;
    if (leading < callLines[i].length) indent = MathMin(indent, leading);
  }
  const shown = [`  ${callLines[0]}`];
  for (let i = 1; i < callLines.length; i++) ArrayPrototypePush(shown, `  ${StringPrototypeSlice(callLines[i], indent)}`);
  return ArrayPrototypeJoin(shown, "\n");
}

function closingParenthesis(source, from) {
  let depth = 0;
  const closers = []; // what each open bracket or `${` waits for
  for (let i = from; i < source.length; i++) {
    const char = source[i];
    if (char === "'" || char === '"') {
      i = stringEnd(source, i, char);
    } else if (char === "`") {
      i = templateEnd(source, i, closers);
    } else if (char === "/" && source[i + 1] === "/") {
      while (i < source.length && source[i] !== "\n") i++;
    } else if (char === "/" && source[i + 1] === "*") {
      i = source.indexOf("*/", i + 2);
      if (i < 0) return undefined;
      i++;
    } else if (char === "(" || char === "[" || char === "{") {
      depth++;
    } else if (char === ")" || char === "]" || char === "}") {
      depth--;
      if (depth === 0) return char === ")" ? i : undefined;
      if (depth < 0) return undefined;
    }
  }
  return undefined;
}

function stringEnd(source, i, quote) {
  for (i++; i < source.length && source[i] !== quote && source[i] !== "\n"; i++) if (source[i] === "\\") i++;
  return i;
}

// The end of a template literal, its `${...}` parts (which may hold strings and templates) included.
function templateEnd(source, i, closers) {
  for (i++; i < source.length; i++) {
    if (source[i] === "\\") i++;
    else if (source[i] === "`") return i;
    else if (source[i] === "$" && source[i + 1] === "{") {
      let depth = 0;
      for (i += 2; i < source.length; i++) {
        const char = source[i];
        if (char === "'" || char === '"') i = stringEnd(source, i, char);
        else if (char === "`") i = templateEnd(source, i, closers);
        else if (char === "{") depth++;
        else if (char === "}" && depth-- === 0) break;
      }
    }
  }
  return i;
}

// ── comparisons ──

function requireBoth(argumentCount) {
  if (argumentCount < 2) throw missingArgs("actual", "expected");
}

function equal(actual, expected, message) {
  requireBoth(arguments.length);
  if (actual != expected && !(NumberIsNaN(actual) && NumberIsNaN(expected))) {
    fail({ actual, expected, message, operator: "==", stackStartFn: equal });
  }
}

function notEqual(actual, expected, message) {
  requireBoth(arguments.length);
  if (actual == expected || (NumberIsNaN(actual) && NumberIsNaN(expected))) {
    fail({ actual, expected, message, operator: "!=", stackStartFn: notEqual });
  }
}

function strictEqual(actual, expected, message) {
  requireBoth(arguments.length);
  if (!ObjectIs(actual, expected)) {
    fail({ actual, expected, message, operator: "strictEqual", stackStartFn: strictEqual, diff: true });
  }
}

function notStrictEqual(actual, expected, message) {
  requireBoth(arguments.length);
  if (ObjectIs(actual, expected)) {
    fail({ actual, expected, message, operator: "notStrictEqual", stackStartFn: notStrictEqual });
  }
}

function deepEqual(actual, expected, message) {
  requireBoth(arguments.length);
  if (!isDeepEqual(actual, expected)) {
    fail({ actual, expected, message, operator: "deepEqual", stackStartFn: deepEqual });
  }
}

function notDeepEqual(actual, expected, message) {
  requireBoth(arguments.length);
  if (isDeepEqual(actual, expected)) {
    fail({ actual, expected, message, operator: "notDeepEqual", stackStartFn: notDeepEqual });
  }
}

function deepStrictEqual(actual, expected, message) {
  requireBoth(arguments.length);
  if (!isDeepStrictEqual(actual, expected)) {
    fail({ actual, expected, message, operator: "deepStrictEqual", stackStartFn: deepStrictEqual, diff: true });
  }
}

function notDeepStrictEqual(actual, expected, message) {
  requireBoth(arguments.length);
  if (isDeepStrictEqual(actual, expected)) {
    fail({ actual, expected, message, operator: "notDeepStrictEqual", stackStartFn: notDeepStrictEqual });
  }
}

// ── fail, ifError, match ──

let failWarned = false;

// fail(message) or, deprecated, fail(actual, expected, message, operator, stackStartFn).
function assertFail(actual, expected, message, operator, stackStartFn) {
  const argumentCount = arguments.length;
  if (argumentCount === 0) {
    const error = new AssertionError({ message: "Failed", operator: "fail", stackStartFn: assertFail });
    error.generatedMessage = true;
    throw error;
  }
  if (argumentCount === 1) {
    fail({ message: actual, operator: "fail", stackStartFn: assertFail });
  }
  if (!failWarned) {
    failWarned = true;
    core.process.emitWarning(
      "assert.fail() with more than one argument is deprecated. Please use assert.strictEqual() instead or only pass a message.",
      "DeprecationWarning", "DEP0094");
  }
  if (argumentCount === 2) operator = "!=";
  fail({ actual, expected, message, operator: operator ?? "fail", stackStartFn: stackStartFn || assertFail });
}

function ifError(value) {
  if (value === null || value === undefined) return;
  let described;
  if (typeof value === "object" && typeof value.message === "string") {
    described = value.message.length === 0 && value.constructor ? value.constructor.name : value.message;
  } else {
    described = core.inspect(value);
  }
  const error = new AssertionError({
    actual: value, expected: null, operator: "ifError", message: `ifError got unwanted exception: ${described}`, stackStartFn: ifError,
  });
  throw error;
}

function matches(string, regexp, message, stackStartFn, wanted) {
  if (!types.isRegExp(regexp)) throw invalidArgType("regexp", "RegExp", regexp);
  const operator = stackStartFn.name;
  if (typeof string !== "string" || RegExpPrototypeTest(regexp, string) !== wanted) {
    if (message instanceof Error) throw message;
    let text = message;
    if (!message) {
      if (typeof string !== "string") {
        text = `The "string" argument must be of type string.${describeReceived(string)}`;
      } else {
        text = wanted
          ? `The input did not match the regular expression ${show(regexp)}. Input:\n\n${show(string)}\n`
          : `The input was expected to not match the regular expression ${show(regexp)}. Input:\n\n${show(string)}\n`;
      }
    }
    const error = new AssertionError({ actual: string, expected: regexp, message: text, operator, stackStartFn });
    error.generatedMessage = !message;
    throw error;
  }
}

function match(string, regexp, message) {
  matches(string, regexp, message, match, true);
}

function doesNotMatch(string, regexp, message) {
  matches(string, regexp, message, doesNotMatch, false);
}

// ── throws, rejects ──

const NO_EXCEPTION = {}; // what "the function did not throw" is recorded as

function caught(fn) {
  if (typeof fn !== "function") throw invalidArgType("fn", "function", fn);
  try {
    fn();
  } catch (error) {
    return error;
  }
  return NO_EXCEPTION;
}

async function settled(promiseFn) {
  let promise;
  if (typeof promiseFn === "function") {
    promise = promiseFn();
    if (!isThenable(promise)) {
      throw codedError(TypeError, "ERR_INVALID_RETURN_VALUE",
        `Expected instance of Promise to be returned from the "promiseFn" function but got ${returnedType(promise)}.`);
    }
  } else if (isThenable(promiseFn)) {
    promise = promiseFn;
  } else {
    throw invalidArgType("promiseFn", ["function", "Promise"], promiseFn);
  }
  try {
    await promise;
  } catch (error) {
    return error;
  }
  return NO_EXCEPTION;
}

// (Not util.types.isPromise, which asks the host about the promise: a rejected one would be
// reported before rejects() handles it.)
const isThenable = (value) => value !== null && typeof value === "object" &&
  (ObjectPrototypeToString(value) === "[object Promise]" || (typeof value.then === "function" && typeof value.catch === "function"));

function returnedType(value) {
  if (value === null || value === undefined) return `${value}`;
  if (typeof value === "object") return `an instance of ${value.constructor?.name ?? "Object"}`;
  return `type ${typeof value} (${show(value)})`;
}

// The (error, message) arguments of throws and the others: a string alone is the message.
function expectations(argumentCount, error, message) {
  if (typeof error === "string") {
    if (argumentCount === 3) throw invalidArgType("error", ["function", "Error", "RegExp", "Object"], error);
    return { error: undefined, message: error };
  }
  if (error !== undefined && typeof error !== "function" && (typeof error !== "object" || error === null)) {
    throw invalidArgType("error", ["function", "Error", "RegExp", "Object"], error);
  }
  return { error, message };
}

function expectThrown(actual, error, message, stackStartFn, operator, kind) {
  if (actual === NO_EXCEPTION) {
    let details = "";
    if (error && error.name) details += ` (${error.name})`;
    details += message ? `: ${message}` : ".";
    fail({ actual: undefined, expected: error, operator, message: `Missing expected ${kind}${details}`, stackStartFn });
  }
  if (error !== undefined && !matchesExpectation(actual, error, message, stackStartFn, operator)) throw actual;
}

// The message argument must not be what was thrown (or its message): the caller likely
// meant it as the expected error.
function ambiguity(actual, message) {
  if (actual === message) {
    throw codedError(TypeError, "ERR_AMBIGUOUS_ARGUMENT", `The "error/message" argument is ambiguous. The error "${actual}" is identical to the message.`);
  }
  if (actual !== null && typeof actual === "object" && actual.message === message) {
    throw codedError(TypeError, "ERR_AMBIGUOUS_ARGUMENT", `The "error/message" argument is ambiguous. The error message "${actual.message}" is identical to the message.`);
  }
}

// Whether the thrown value is the one expected: true, or an AssertionError thrown; false for a
// class it is not an instance of, which lets the original error through.
function matchesExpectation(actual, expected, message, stackStartFn, operator) {
  if (types.isRegExp(expected)) {
    if (RegExpPrototypeTest(expected, String(actual))) return true;
    const generated = `The input did not match the regular expression ${show(expected)}. Input:\n\n${show(String(actual))}\n`;
    throwWithMessage(actual, expected, message, generated, operator, stackStartFn);
  }
  if (typeof expected !== "function") {
    compareProperties(actual, expected, message, operator, stackStartFn);
    return true;
  }
  if (expected.prototype !== undefined && actual instanceof expected) return true;
  if (expected === Error || (expected.prototype !== undefined && expected.prototype instanceof Error)) {
    let generated = `The error is expected to be an instance of "${expected.name}". Received `;
    if (actual !== null && typeof actual === "object" && typeof actual.constructor === "function" && actual.constructor.name) {
      generated += `"${actual.constructor.name}"`;
    } else {
      generated += `"${show(actual)}"`;
    }
    if (isError(actual)) generated += `\n\nError message:\n\n${actual.message}`;
    throwWithMessage(actual, expected, message, generated, operator, stackStartFn);
  }
  const result = FunctionPrototypeCall(expected, {}, actual);
  if (result === true) return true;
  const name = expected.name ? `"${expected.name}" ` : "";
  let generated = `The ${name}validation function is expected to return "true". Received ${show(result)}`;
  if (isError(actual)) generated += `\n\nCaught error:\n\n${actual.name}: ${actual.message}`;
  throwWithMessage(actual, expected, message, generated, operator, stackStartFn);
}

const isError = (value) => types.isNativeError(value) || value instanceof Error;

function throwWithMessage(actual, expected, message, generated, operator, stackStartFn) {
  if (message instanceof Error) throw message;
  const error = new AssertionError({ actual, expected, message: message ?? generated, operator, stackStartFn });
  error.generatedMessage = message === undefined;
  throw error;
}

// An object of expected properties: each must be deeply equal in the thrown value (a RegExp
// matches a string property). A difference is shown as a diff of the expected keys only.
function compareProperties(actual, expected, message, operator, stackStartFn) {
  const keys = ObjectKeys(expected);
  if (isError(expected)) ArrayPrototypePush(keys, "name", "message");
  else if (keys.length === 0) throw invalidArgValue("error", expected, "may not be an empty object");
  if (actual === null || typeof actual !== "object") {
    throwDiff(actual, expected, message, operator, stackStartFn);
  }
  const actualShown = new Comparison();
  const expectedShown = new Comparison();
  let same = true;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    const want = expected[key];
    const has = key in actual;
    if (has && typeof actual[key] === "string" && types.isRegExp(want) && RegExpPrototypeTest(want, actual[key])) {
      actualShown[key] = want;
    } else if (has && isDeepStrictEqual(actual[key], want)) {
      actualShown[key] = actual[key];
    } else {
      if (has) actualShown[key] = actual[key];
      same = false;
    }
    expectedShown[key] = want;
  }
  if (!same) {
    if (message !== undefined && !(message instanceof Error)) throwWithMessage(actual, expected, message, "", operator, stackStartFn);
    if (message instanceof Error) throw message;
    const error = new AssertionError({ actual: actualShown, expected: expectedShown, operator: "deepStrictEqual", stackStartFn });
    error.actual = actual;
    error.expected = expected;
    error.operator = operator;
    throw error;
  }
}

// The thrown value shown against the expected object (when it is not an object itself).
function throwDiff(actual, expected, message, operator, stackStartFn) {
  if (message instanceof Error) throw message;
  const error = new AssertionError({ actual, expected, message, operator: "deepStrictEqual", stackStartFn, diff: message !== undefined });
  error.operator = operator;
  throw error;
}

// How the expected properties are labelled in that diff.
class Comparison {}

function expectNothingThrown(actual, error, message, stackStartFn, operator, kind) {
  if (actual === NO_EXCEPTION) return;
  if (typeof error === "string") {
    message = error;
    error = undefined;
  }
  if (error !== undefined && !unwantedMatches(actual, error)) throw actual;
  const details = message ? `: ${message}` : ".";
  const shown = actual && actual.message;
  fail({ actual, expected: error, operator, message: `Got unwanted ${kind}${details}\nActual message: "${shown}"`, stackStartFn });
}

// doesNotThrow's error argument: a RegExp or class the unwanted error must match to be
// reported as an assertion failure (anything else is rethrown as it was).
function unwantedMatches(actual, error) {
  if (types.isRegExp(error)) return RegExpPrototypeTest(error, String(actual));
  if (typeof error === "function") {
    if (error.prototype !== undefined && actual instanceof error) return true;
    if (error === Error || (error.prototype !== undefined && error.prototype instanceof Error)) return false;
    return FunctionPrototypeCall(error, {}, actual) === true;
  }
  throw invalidArgType("expected", ["Function", "RegExp"], error);
}

function throws(fn, error, message) {
  const expected = expectations(arguments.length, error, message);
  const actual = caught(fn);
  if (typeof error === "string") ambiguity(actual, error);
  expectThrown(actual, expected.error, expected.message, throws, "throws", "exception");
}

function doesNotThrow(fn, error, message) {
  expectNothingThrown(caught(fn), error, message, doesNotThrow, "doesNotThrow", "exception");
}

async function rejects(promiseFn, error, message) {
  const expected = expectations(arguments.length, error, message);
  const actual = await settled(promiseFn);
  if (typeof error === "string") ambiguity(actual, error);
  expectThrown(actual, expected.error, expected.message, rejects, "rejects", "rejection");
}

async function doesNotReject(promiseFn, error, message) {
  expectNothingThrown(await settled(promiseFn), error, message, doesNotReject, "doesNotReject", "rejection");
}

// (Deprecated in node, and not in toyjs.)
class CallTracker {
  constructor() {
    throw notImplemented("assert.CallTracker");
  }
}

// ── the exports ──

const assert = ok;
ObjectAssign(assert, {
  fail: assertFail, AssertionError, ok, equal, notEqual, deepEqual, notDeepEqual, deepStrictEqual,
  notDeepStrictEqual, strictEqual, notStrictEqual, throws, rejects, doesNotThrow, doesNotReject, ifError,
  match, doesNotMatch, CallTracker,
});

function strict(...args) {
  innerOk(strict, args.length, args[0], args[1]);
}
ObjectAssign(strict, assert, {
  equal: strictEqual, deepEqual: deepStrictEqual, notEqual: notStrictEqual, notDeepEqual: notDeepStrictEqual,
});
strict.strict = strict;
assert.strict = strict;

module.exports = assert;
