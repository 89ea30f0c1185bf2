// node:assert's AssertionError, and the messages assert's functions generate when none is given:
// both values inspected one property to a line, and for the strict comparisons a diff of those
// lines ("+ actual - expected") as node 20 draws it.
"use strict";
const {
  ArrayPrototypeJoin, ArrayPrototypePush, Error, ErrorCaptureStackTrace, ErrorPrototypeToString, ObjectDefineProperty,
  ObjectGetOwnPropertyDescriptor, ObjectPrototypeToString,
  String, StringPrototypeEndsWith, StringPrototypeRepeat, StringPrototypeSlice, StringPrototypeSplit,
} = core.primordials;
const { validateObject } = require("internal/errors");

// How assert shows a value: every property on its own line, keys sorted, getters run, nothing
// left out however deep or long, and the value's own inspect method ignored.
const SHOWN = {
  compact: false, customInspect: false, depth: 1000, maxArrayLength: Infinity, showHidden: false,
  showProxy: false, sorted: true, getters: true, breakLength: Infinity,
};
const show = (value) => core.inspect(value, SHOWN);

// Two errors are compared without their stacks ("[Error: x]"): the stacks would differ anyway.
// Each stack is set aside while inspecting, then put back as it was.
function showBoth(actual, expected) {
  if (!isError(actual) || !isError(expected)) return { shownActual: show(actual), shownExpected: show(expected) };
  return { shownActual: withoutStack(actual, show), shownExpected: withoutStack(expected, show) };
}

const isError = (value) => value instanceof Error || (value !== null && typeof value === "object" && ObjectPrototypeToString(value) === "[object Error]");

function withoutStack(error, fn) {
  const saved = ObjectGetOwnPropertyDescriptor(error, "stack");
  if (saved !== undefined && !saved.configurable) return fn(error);
  ObjectDefineProperty(error, "stack", { value: ErrorPrototypeToString(error), configurable: true, writable: true });
  try {
    return fn(error);
  } finally {
    if (saved === undefined) delete error.stack;
    else ObjectDefineProperty(error, "stack", saved);
  }
}

const isObjectLike = (value) => (typeof value === "object" && value !== null) || typeof value === "function";

// The first line of generated messages, by operator; custom messages take their place in diffs.
const HEADERS = {
  deepStrictEqual: "Expected values to be strictly deep-equal:",
  strictEqual: "Expected values to be strictly equal:",
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: "Expected values to be loosely deep-equal:",
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: "Values have same structure but are not reference-equal:",
};

// Values this short (both inspections together) are written "a !== b" rather than diffed.
const SHORT = 12;
// A caret under the first differing character, when both values fit on one 80-column line.
const CARET_WIDTH = 80;
// Runs of equal lines longer than this show their first and last two only.
const LONGEST_RUN = 5;
// Equal lines at the end longer than this show their first and last three only.
const LONGEST_TAIL = 4;

function comparisonMessage(actual, expected, operator, custom) {
  const references = operator === "strictEqual" && isObjectLike(actual) && typeof actual === typeof expected && expected !== null;
  const header = custom ?? HEADERS[references ? "strictEqualObject" : operator];
  const { shownActual, shownExpected } = showBoth(actual, expected);
  if (shownActual === shownExpected) return `${HEADERS.notIdentical}\n\n${shownActual}\n`;
  const actualLines = StringPrototypeSplit(shownActual, "\n");
  const expectedLines = StringPrototypeSplit(shownExpected, "\n");
  if (actualLines.length === 1 && expectedLines.length === 1) {
    const total = shownActual.length + shownExpected.length;
    const bothZero = actual === 0 && expected === 0; // 0 and -0: "0 !== -0" would read as false
    if (total <= SHORT && !isObjectLike(actual) && !isObjectLike(expected) && !bothZero) {
      return `${header}\n\n${shownActual} !== ${shownExpected}\n`;
    }
    let lines = `+ ${shownActual}\n- ${shownExpected}`;
    if (total > SHORT && total < CARET_WIDTH && !references) {
      const at = firstDifference(shownActual, shownExpected);
      if (at > 2) lines += `\n${StringPrototypeRepeat(" ", at + 2)}^`;
    }
    return `${header}\n+ actual - expected\n\n${lines}`;
  }
  const { text, skipped } = lineDiff(actualLines, expectedLines);
  return `${header}\n+ actual - expected${skipped ? " ... Lines skipped" : ""}\n\n${text}`;
}

function firstDifference(a, b) {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

// Lines are equal for the diff when they differ at most by a trailing comma (the last item of
// one value is not the last of the other); the one with the comma is shown.
function sameLine(a, b) {
  if (a === b) return true;
  return (StringPrototypeEndsWith(a, ",") && StringPrototypeSlice(a, 0, -1) === b) ||
    (StringPrototypeEndsWith(b, ",") && StringPrototypeSlice(b, 0, -1) === a);
}

// The lines compared position by position (after the equal lines both end with are set
// aside): differing lines are gathered, actual's ("+") before expected's ("-"), until the next
// equal line; long runs of equal lines are cut to "...".
function lineDiff(actualLines, expectedLines) {
  let end = 0;
  while (end < actualLines.length && end < expectedLines.length &&
    actualLines[actualLines.length - 1 - end] === expectedLines[expectedLines.length - 1 - end]) end++;
  const out = [];
  let skipped = false;
  let run = [];
  let added = [];
  let removed = [];
  const flushRun = () => {
    if (run.length > LONGEST_RUN) {
      ArrayPrototypePush(out, `  ${run[0]}`, `  ${run[1]}`, "...", `  ${run[run.length - 2]}`, `  ${run[run.length - 1]}`);
      skipped = true;
    } else {
      for (let i = 0; i < run.length; i++) ArrayPrototypePush(out, `  ${run[i]}`);
    }
    run = [];
  };
  const flushChanges = () => {
    for (let i = 0; i < added.length; i++) ArrayPrototypePush(out, `+ ${added[i]}`);
    for (let i = 0; i < removed.length; i++) ArrayPrototypePush(out, `- ${removed[i]}`);
    added = [];
    removed = [];
  };
  const actualCount = actualLines.length - end;
  const expectedCount = expectedLines.length - end;
  for (let i = 0; i < actualCount || i < expectedCount; i++) {
    const a = i < actualCount ? actualLines[i] : undefined;
    const e = i < expectedCount ? expectedLines[i] : undefined;
    if (a !== undefined && e !== undefined && sameLine(a, e)) {
      flushChanges();
      ArrayPrototypePush(run, StringPrototypeEndsWith(a, ",") ? a : e);
      continue;
    }
    flushRun();
    if (a !== undefined) ArrayPrototypePush(added, a);
    if (e !== undefined) ArrayPrototypePush(removed, e);
  }
  flushChanges();
  flushRun();
  const first = actualLines.length - end;
  if (end > LONGEST_TAIL) {
    ArrayPrototypePush(out, `  ${actualLines[first]}`, "...");
    for (let i = actualLines.length - 3; i < actualLines.length; i++) ArrayPrototypePush(out, `  ${actualLines[i]}`);
    skipped = true;
  } else {
    for (let i = first; i < actualLines.length; i++) ArrayPrototypePush(out, `  ${actualLines[i]}`);
  }
  return { text: ArrayPrototypeJoin(out, "\n"), skipped };
}

// Values this short follow the colon of a failed not-* comparison on its line.
const INLINE = 5;

// The message of a failed not-* comparison: the value once (after the colon when it is very
// short), or for notDeepEqual of two values that look different, both.
function unequalMessage(actual, expected, operator) {
  const shown = show(actual);
  if (operator === "notDeepEqual") {
    const other = show(expected);
    if (other !== shown) return `Expected values not to be loosely deep-equal:\n\n${shown}\n\nshould not loosely deep-equal\n\n${other}`;
    return `${HEADERS.notDeepEqual}\n\n${shown}`;
  }
  const header = HEADERS[isObjectLike(actual) && operator === "notStrictEqual" ? "notStrictEqualObject" : operator];
  if (StringPrototypeSplit(shown, "\n").length > 1) return `${header}\n\n${shown}\n`;
  if (shown.length <= INLINE) return `${header} ${shown}`;
  return `${header}\n\n${shown}`;
}

function generatedMessage(actual, expected, operator) {
  switch (operator) {
    case "deepStrictEqual":
    case "strictEqual":
      return comparisonMessage(actual, expected, operator);
    case "deepEqual":
      return `${HEADERS.deepEqual}\n\n${show(actual)}\n\nshould loosely deep-equal\n\n${show(expected)}`;
    case "notDeepStrictEqual":
    case "notStrictEqual":
    case "notDeepEqual":
      return unequalMessage(actual, expected, operator);
    default:
      return `${show(actual)} ${operator} ${show(expected)}`;
  }
}

class AssertionError extends Error {
  constructor(options) {
    validateObject(options, "options");
    const { message, operator, stackStartFn, diff } = options;
    const { actual, expected } = options;
    let text;
    if (diff && message) {
      // A custom message heads the diff of the strict comparisons (diff: true).
      text = comparisonMessage(actual, expected, operator, String(message));
    } else if (message != null && !(diff && message === "")) {
      text = String(message);
    } else {
      text = generatedMessage(actual, expected, operator);
    }
    super(text);
    this.generatedMessage = !message;
    // The stack's first line reads "AssertionError [ERR_ASSERTION]: ..." as node's does.
    ObjectDefineProperty(this, "name", { value: "AssertionError [ERR_ASSERTION]", configurable: true, writable: true });
    this.code = "ERR_ASSERTION";
    this.actual = actual;
    this.expected = expected;
    this.operator = operator;
    ErrorCaptureStackTrace(this, stackStartFn || AssertionError);
    void this.stack;
    ObjectDefineProperty(this, "name", { value: "AssertionError", configurable: true, writable: true });
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }
}

module.exports = { AssertionError, show };
