// node:util: formatting and inspection (the console's own), promisify and callbackify,
// inherits, deprecate, types, deep equality, parseArgs, styleText, debuglog, system error
// names, and the type checks Node keeps for old code.
"use strict";
const {
  ArrayIsArray, ArrayPrototypeJoin, ArrayPrototypePop, ArrayPrototypePush, Date, DateNow, Error, FunctionPrototypeCall,
  Map, NumberIsInteger, ObjectDefineProperties, ObjectDefineProperty, ObjectGetOwnPropertyDescriptors,
  ObjectGetPrototypeOf, ObjectKeys, ObjectPrototypeHasOwnProperty, ObjectSetPrototypeOf, Promise, ReflectApply,
  ReflectConstruct, RegExp, RegExpPrototypeSymbolReplace, RegExpPrototypeTest, SafeMap, SafeSet,
  StringPrototypeCharCodeAt, StringPrototypePadStart, StringPrototypeSlice, StringPrototypeToUpperCase, Symbol,
} = core.primordials;
const {
  codedError, invalidArgType, invalidArgValue, outOfRange, validateAbortSignal, validateFunction, validateObject,
  validateString,
} = require("internal/errors");
const { emitWarning } = require("internal/warnings");
const types = require("util/types");
const { isDeepStrictEqual } = require("internal/deep_equal");
const { parseArgs } = require("internal/parse_args");

// ── Formatting and inspection ──

function format(...args) {
  return core.formatWithOptions({}, args);
}

function formatWithOptions(inspectOptions, ...args) {
  validateObject(inspectOptions, "inspectOptions");
  return core.formatWithOptions(inspectOptions, args);
}

// The defaults util.inspect's options start from (settable through inspect.defaultOptions).
const defaultOptions = {
  showHidden: false, depth: 2, colors: false, customInspect: true, showProxy: false, maxArrayLength: 100,
  maxStringLength: 10000, breakLength: 80, compact: 3, sorted: false, getters: false, numericSeparator: false,
};

// inspect(value, options), or the old form inspect(value, showHidden, depth, colors).
function inspect(value, options) {
  const merged = { ...defaultOptions };
  if (arguments.length > 2 || typeof options === "boolean") {
    if (options !== undefined) merged.showHidden = options;
    if (arguments.length > 2 && arguments[2] !== undefined) merged.depth = arguments[2];
    if (arguments.length > 3 && arguments[3] !== undefined) merged.colors = arguments[3];
  } else if (options !== null && typeof options === "object") {
    const keys = ObjectKeys(options);
    for (let i = 0; i < keys.length; i++) merged[keys[i]] = options[keys[i]];
  }
  return core.inspect(value, merged);
}

// inspect.colors and inspect.styles: the colour tables inspect reads (web/console/01_inspect.js)
// at each use, from this function's properties, so that a program may change or replace them.
ObjectDefineProperties(inspect, {
  custom: { value: Symbol.for("nodejs.util.inspect.custom"), enumerable: true, writable: true, configurable: true },
  colors: { value: core.inspectPalette.colors, enumerable: true, writable: true, configurable: true },
  styles: { value: core.inspectPalette.styles, enumerable: true, writable: true, configurable: true },
  defaultOptions: {
    get() { return defaultOptions; },
    set(options) {
      validateObject(options, "options");
      const keys = ObjectKeys(options);
      for (let i = 0; i < keys.length; i++) defaultOptions[keys[i]] = options[keys[i]];
    },
    enumerable: false,
    configurable: true,
  },
});
core.inspectPalette = inspect;

// ── styleText ──

// Text between the escapes of each format in turn (names in inspect.colors). With one format
// named by a string and the stream check on, Node 20 leaves the text plain when the stream
// would not show an inspected value in colours.
function styleText(format, text, { validateStream = true, stream = core.process.stdout } = {}) {
  validateString(text, "text");
  const formats = ArrayIsArray(format) ? format : [format];
  const colors = inspect.colors;
  let opening = "";
  let closing = "";
  for (let i = 0; i < formats.length; i++) {
    const codes = colors[formats[i]];
    if (typeof formats[i] !== "string" || !ObjectPrototypeHasOwnProperty(colors, formats[i]) || codes === undefined) {
      throw invalidArgValue("format", formats[i], `must be one of: ${ArrayPrototypeJoin(quotedColorNames(colors), ", ")}`);
    }
    opening += `\u001b[${codes[0]}m`;
    closing = `\u001b[${codes[1]}m${closing}`;
  }
  if (validateStream && !ArrayIsArray(format)) {
    if (!isStream(stream)) throw invalidArgType("stream", ["ReadableStream", "WritableStream", "Stream"], stream);
    if (!core.streamHasColors(stream)) return text;
  }
  return `${opening}${text}${closing}`;
}

function quotedColorNames(colors) {
  const names = ObjectKeys(colors);
  const quoted = [];
  for (let i = 0; i < names.length; i++) quoted[i] = `'${names[i]}'`;
  return quoted;
}

function isStream(stream) {
  return stream !== null && typeof stream === "object" &&
    (typeof stream.write === "function" || typeof stream.pipe === "function" || typeof stream.getReader === "function" ||
      typeof stream.getWriter === "function");
}

// ── promisify and callbackify ──

const kCustomPromisify = Symbol.for("nodejs.util.promisify.custom");

// A function returning a promise for what `original` gives its (error, value) callback; a
// function's own [util.promisify.custom] is its promise form.
function promisify(original) {
  validateFunction(original, "original");
  if (original[kCustomPromisify] !== undefined) {
    const custom = original[kCustomPromisify];
    validateFunction(custom, "util.promisify.custom");
    ObjectDefineProperty(custom, kCustomPromisify, { value: custom, enumerable: false, writable: false, configurable: true });
    return custom;
  }
  function promisified(...args) {
    return new Promise((resolve, reject) => {
      ArrayPrototypePush(args, (error, value) => {
        if (error) reject(error);
        else resolve(value);
      });
      ReflectApply(original, this, args);
    });
  }
  ObjectSetPrototypeOf(promisified, ObjectGetPrototypeOf(original));
  ObjectDefineProperty(promisified, kCustomPromisify, { value: promisified, enumerable: false, writable: false, configurable: true });
  return ObjectDefineProperties(promisified, ObjectGetOwnPropertyDescriptors(original));
}
promisify.custom = kCustomPromisify;

// A function taking a callback last, called (on a later tick) with what `original`'s promise
// settles with; a falsy rejection reason becomes an ERR_FALSY_VALUE_REJECTION with `reason`.
function callbackify(original) {
  validateFunction(original, "original");
  function callbackified(...args) {
    const callback = ArrayPrototypePop(args);
    validateFunction(callback, "last argument");
    const result = ReflectApply(original, this, args);
    result.then(
      (value) => core.nextTick(() => FunctionPrototypeCall(callback, this, null, value)),
      (reason) => core.nextTick(() => FunctionPrototypeCall(callback, this, reason || falsyRejection(reason))),
    );
  }
  const descriptors = ObjectGetOwnPropertyDescriptors(original);
  if (typeof descriptors.length?.value === "number") descriptors.length.value++;
  if (typeof descriptors.name?.value === "string") descriptors.name.value += "Callbackified";
  return ObjectDefineProperties(callbackified, descriptors);
}

function falsyRejection(reason) {
  const error = codedError(Error, "ERR_FALSY_VALUE_REJECTION", "Promise was rejected with falsy value", falsyRejection);
  error.reason = reason;
  return error;
}

// ── inherits and deprecate ──

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) throw invalidArgType("ctor", "function", ctor);
  if (superCtor === undefined || superCtor === null) throw invalidArgType("superCtor", "function", superCtor);
  if (superCtor.prototype === undefined) throw invalidArgType("superCtor.prototype", "object", superCtor.prototype);
  ObjectDefineProperty(ctor, "super_", { value: superCtor, writable: true, configurable: true });
  ObjectSetPrototypeOf(ctor.prototype, superCtor.prototype);
}

const deprecationCodesWarned = new SafeSet();

// `fn` wrapped to print a DeprecationWarning on its first call (once per code across wrappers).
function deprecate(fn, message, code) {
  if (core.process.noDeprecation === true) return fn;
  if (code !== undefined) validateString(code, "code");
  let warned = false;
  function deprecated(...args) {
    if (!warned) {
      warned = true;
      if (code === undefined) {
        emitWarning(message, "DeprecationWarning");
      } else if (!deprecationCodesWarned.has(code)) {
        deprecationCodesWarned.add(code);
        emitWarning(message, "DeprecationWarning", code);
      }
    }
    if (new.target) return ReflectConstruct(fn, args, new.target);
    return ReflectApply(fn, this, args);
  }
  ObjectSetPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

// ── debuglog ──

// An environment variable, or undefined when unset or when the program may not read it.
function readEnv(name) {
  try {
    const value = core.process.env[name];
    return typeof value === "string" ? value : undefined;
  } catch {
    return undefined;
  }
}

// Sections NODE_DEBUG names (comma-separated, `*` for any characters), read once.
let debugPattern;
function debugEnabled(section) {
  if (debugPattern === undefined) {
    const spec = readEnv("NODE_DEBUG") ?? "";
    const escaped = RegExpPrototypeSymbolReplace(/[|\\{}()[\]^$+?.]/g, spec, "\\$&");
    const alternatives = RegExpPrototypeSymbolReplace(/,/g, RegExpPrototypeSymbolReplace(/\*/g, escaped, ".*"), "$|^");
    debugPattern = spec === "" ? null : new RegExp(`^${alternatives}$`, "i");
  }
  return debugPattern !== null && RegExpPrototypeTest(debugPattern, section);
}

// A logger that writes "SECTION pid: message" to stderr when NODE_DEBUG names the section; the
// environment is read on its first use. `callback` gets the real logger then.
function debuglog(section, callback) {
  let log = null;
  const init = () => {
    const upper = StringPrototypeToUpperCase(`${section}`);
    const enabled = debugEnabled(upper);
    log = enabled
      ? (...args) => core.ops.write(2, `${upper} ${core.process.pid}: ${core.formatWithOptions({}, args)}\n`)
      : () => {};
    log.enabled = enabled;
    if (typeof callback === "function") callback(log);
  };
  function logger(...args) {
    if (log === null) init();
    ReflectApply(log, undefined, args);
  }
  ObjectDefineProperty(logger, "enabled", {
    get() {
      if (log === null) init();
      return log.enabled;
    },
    configurable: true,
    enumerable: true,
  });
  return logger;
}

// ── Text ──

// The value as a string, its lone surrogates U+FFFD.
function toUSVString(value) {
  const text = `${value}`;
  let out = "";
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const code = StringPrototypeCharCodeAt(text, i);
    if (code < 0xd800 || code > 0xdfff) continue;
    const next = StringPrototypeCharCodeAt(text, i + 1);
    if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      i++;
      continue;
    }
    out += `${StringPrototypeSlice(text, copied, i)}\ufffd`;
    copied = i + 1;
  }
  return copied === 0 ? text : out + StringPrototypeSlice(text, copied);
}

// ANSI escape sequences: CSI (ESC [ or U+009B, parameters, a final byte), OSC (ESC ] up to
// BEL or ESC \) and the two-character escapes.
const VT_CONTROL = /(?:\u001b\[|\u009b)[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[\x40-\x5a\x5c-\x5f]/g;
function stripVTControlCharacters(text) {
  validateString(text, "str");
  return RegExpPrototypeSymbolReplace(VT_CONTROL, text, "");
}

// ── System errors ──

let systemErrors = null; // Map of -errno -> [name, message]
function systemErrorMap() {
  if (systemErrors === null) {
    systemErrors = new SafeMap();
    const entries = core.ops.systemErrors();
    for (let i = 0; i < entries.length; i++) systemErrors.set(entries[i][0], [entries[i][1], entries[i][2]]);
  }
  return systemErrors;
}

function getSystemErrorName(err) {
  if (typeof err !== "number") throw invalidArgType("err", "number", err);
  if (err >= 0 || !NumberIsInteger(err)) throw outOfRange("err", "a negative integer", err);
  return systemErrorMap().get(err)?.[0] ?? `Unknown system error ${err}`;
}

function getSystemErrorMap() {
  const copy = new Map();
  systemErrorMap().forEach((value, key) => copy.set(key, [value[0], value[1]]));
  return copy;
}

// ── aborted ──

// A promise that resolves when `signal` aborts (at once if it has), with the abort event.
// (An async function, as Node's: bad arguments reject it.)
async function aborted(signal, resource) {
  if (signal === undefined) throw invalidArgType("signal", "AbortSignal", signal);
  validateAbortSignal(signal, "signal");
  if (resource === null || (typeof resource !== "object" && typeof resource !== "function")) {
    throw invalidArgType("resource", "object", resource);
  }
  return new Promise((resolve) => {
    if (signal.aborted) resolve();
    else core.addListener(signal, "abort", resolve, { once: true });
  });
}

// ── What old code checks values with ──

function isBuffer(value) {
  try {
    return require("buffer").Buffer.isBuffer(value);
  } catch {
    return false;
  }
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
// "26 Nov 14:05:09 - message" on stdout.
function log(...args) {
  const now = new Date(DateNow());
  const pad = (n) => StringPrototypePadStart(`${n}`, 2, "0");
  const time = `${pad(now.getHours())}:${pad(now.getMinutes())}:${pad(now.getSeconds())}`;
  core.ops.write(1, `${now.getDate()} ${MONTHS[now.getMonth()]} ${time} - ${core.formatWithOptions({}, args)}\n`);
}

// Copies `source`'s own enumerable properties onto `target`.
function _extend(target, source) {
  if (source === null || typeof source !== "object") return target;
  const keys = ObjectKeys(source);
  for (let i = keys.length - 1; i >= 0; i--) target[keys[i]] = source[keys[i]];
  return target;
}

module.exports = {
  _extend,
  callbackify,
  debug: debuglog,
  debuglog,
  deprecate,
  format,
  styleText,
  formatWithOptions,
  getSystemErrorMap,
  getSystemErrorName,
  inherits,
  inspect,
  isArray: ArrayIsArray,
  isBoolean: (value) => typeof value === "boolean",
  isBuffer,
  isDeepStrictEqual,
  isNull: (value) => value === null,
  isNullOrUndefined: (value) => value === undefined || value === null,
  isNumber: (value) => typeof value === "number",
  isString: (value) => typeof value === "string",
  isSymbol: (value) => typeof value === "symbol",
  isUndefined: (value) => value === undefined,
  isRegExp: types.isRegExp,
  isObject: (value) => value !== null && typeof value === "object",
  isDate: types.isDate,
  isError: (value) => types.isNativeError(value) || value instanceof Error,
  isFunction: (value) => typeof value === "function",
  isPrimitive: (value) => value === null || (typeof value !== "object" && typeof value !== "function"),
  log,
  promisify,
  stripVTControlCharacters,
  toUSVString,
  aborted,
  types,
  parseArgs,
  TextDecoder: core.TextDecoder,
  TextEncoder: globalThis.TextEncoder,
};
