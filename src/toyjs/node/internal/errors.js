// Errors as Node's built-ins throw them: a standard error class (TypeError, RangeError...)
// whose `code` names the failure. `error.name` stays the class's name, while the stack's first
// line and String(error) read "TypeError [ERR_X]: message", and `code` is an own enumerable
// property (so inspection shows `{ code: 'ERR_X' }`).
"use strict";
const {
  ArrayIsArray, ArrayPrototypeIncludes, ArrayPrototypeJoin, ArrayPrototypePush, ArrayPrototypeSlice, Error,
  ErrorCaptureStackTrace, NumberIsInteger, NumberPrototypeToString,
  ObjectDefineProperty, ObjectGetPrototypeOf, ObjectPrototypeHasOwnProperty, RangeError,
  RegExpPrototypeTest, String, StringPrototypeEndsWith, StringPrototypeIncludes,
  StringPrototypeSlice, TypeError,
} = core.primordials;

// An error of class `Base` with `code`; `message` is final. Its stack starts at the caller of
// `hideFrom` (the helper that made it), so that it shows the built-in's function that failed.
function codedError(Base, code, message, hideFrom = codedError) {
  const error = new Base(message);
  // The stack is formatted when first read: read it while the name carries the code.
  ObjectDefineProperty(error, "name", { value: `${Base.name} [${code}]`, configurable: true, writable: true });
  ErrorCaptureStackTrace(error, hideFrom);
  void error.stack;
  delete error.name;
  ObjectDefineProperty(error, "code", { value: code, enumerable: true, configurable: true, writable: true });
  ObjectDefineProperty(error, "toString", {
    value() { return `${this.name} [${this.code}]: ${this.message}`; },
    configurable: true,
    writable: true,
  });
  return error;
}

// How a received value is named in a message: its type and value for primitives (a long
// string cut to 25 characters), its constructor for objects, its name for functions.
function describeReceived(value) {
  if (value === null || value === undefined) return ` Received ${value}`;
  if (typeof value === "function") return ` Received function ${value.name}`;
  if (typeof value === "object") {
    const constructor = constructorOf(value);
    if (constructor) return ` Received an instance of ${constructor}`;
    return ` Received ${core.inspect(value, { depth: -1 })}`;
  }
  let shown;
  if (typeof value === "string") {
    // The text cut to 25 characters, the cut marked inside the quotes: ('abc...').
    shown = core.inspect(value.length > 28 ? `${StringPrototypeSlice(value, 0, 25)}...` : value);
  } else {
    shown = core.inspect(value);
  }
  return ` Received type ${typeof value} (${shown})`;
}

function constructorOf(object) {
  for (let proto = object; proto !== null; proto = ObjectGetPrototypeOf(proto)) {
    if (ObjectPrototypeHasOwnProperty(proto, "constructor")) {
      const constructor = proto.constructor;
      if (typeof constructor === "function" && constructor.name !== "") return constructor.name;
    }
  }
  return "";
}

// "A, B, or C"; "A or B"; "A".
function listed(items, conjunction = "or") {
  if (items.length <= 2) return ArrayPrototypeJoin(items, ` ${conjunction} `);
  return `${ArrayPrototypeJoin(ArrayPrototypeSlice(items, 0, -1), ", ")}, ${conjunction} ${items[items.length - 1]}`;
}

const PRIMITIVE_TYPES = ["string", "function", "number", "object", "boolean", "bigint", "symbol", "undefined"];

// `The "name" argument must be of type string or an instance of Buffer. Received ...`
function invalidArgType(name, expected, actual) {
  const list = typeof expected === "string" ? [expected] : expected;
  const types = [];
  const instances = [];
  const others = [];
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    if (ArrayPrototypeIncludes(PRIMITIVE_TYPES, item)) ArrayPrototypePush(types, item);
    else if (RegExpPrototypeTest(/^[A-Z]/, item)) ArrayPrototypePush(instances, item);
    else ArrayPrototypePush(others, item);
  }
  let message = StringPrototypeEndsWith(name, " argument")
    ? `The ${name} must be `
    : `The "${name}" ${StringPrototypeIncludes(name, ".") ? "property" : "argument"} must be `;
  const parts = [];
  if (types.length > 0) ArrayPrototypePush(parts, `${types.length > 1 ? "one of type" : "of type"} ${listed(types)}`);
  if (instances.length > 0) ArrayPrototypePush(parts, `an instance of ${listed(instances)}`);
  if (others.length > 0) ArrayPrototypePush(parts, others.length > 1 ? `one of ${listed(others)}` : others[0]);
  message += ArrayPrototypeJoin(parts, " or ");
  return codedError(TypeError, "ERR_INVALID_ARG_TYPE", `${message}.${describeReceived(actual)}`, invalidArgType);
}

function invalidArgValue(name, value, reason = "is invalid") {
  let shown = core.inspect(value);
  if (shown.length > 128) shown = `${StringPrototypeSlice(shown, 0, 128)}...`;
  const kind = StringPrototypeIncludes(name, ".") ? "property" : "argument";
  return codedError(TypeError, "ERR_INVALID_ARG_VALUE", `The ${kind} '${name}' ${reason}. Received ${shown}`, invalidArgValue);
}

// `The value of "size" is out of range. It must be >= 0. Received -1`
function outOfRange(name, range, received) {
  let shown;
  if (NumberIsInteger(received) && (received > 2 ** 32 || received < -(2 ** 32))) shown = groupDigits(String(received));
  else if (typeof received === "bigint") shown = `${groupDigits(String(received))}n`;
  else shown = core.inspect(received);
  return codedError(RangeError, "ERR_OUT_OF_RANGE", `The value of "${name}" is out of range. It must be ${range}. Received ${shown}`, outOfRange);
}

// 4294967296 -> 4_294_967_296, as Node writes large numbers in range errors.
function groupDigits(digits) {
  let sign = "";
  if (digits[0] === "-") {
    sign = "-";
    digits = StringPrototypeSlice(digits, 1);
  }
  let grouped = "";
  let end = digits.length;
  for (; end > 3; end -= 3) grouped = `_${StringPrototypeSlice(digits, end - 3, end)}${grouped}`;
  return `${sign}${StringPrototypeSlice(digits, 0, end)}${grouped}`;
}

function missingArgs(...names) {
  const quoted = [];
  for (let i = 0; i < names.length; i++) ArrayPrototypePush(quoted, `"${names[i]}"`);
  const noun = names.length > 1 ? "arguments" : "argument";
  return codedError(TypeError, "ERR_MISSING_ARGS", `The ${listed(quoted, "and")} ${noun} must be specified`, missingArgs);
}

// A function of a built-in toyjs does not have yet: the module loads, the call throws.
function notImplemented(what) {
  return codedError(Error, "ERR_NOT_IMPLEMENTED", `${what} is not implemented in toyjs yet`, notImplemented);
}

// A placeholder for `what` that throws notImplemented when called.
function unimplemented(what) {
  return function () {
    throw notImplemented(what);
  };
}

// What Node's built-ins reject with when an AbortSignal stops them: an Error named
// AbortError (`name` and `code` are own enumerable properties), the signal's reason as `cause`.
class AbortError extends Error {
  constructor(message = "The operation was aborted", options = undefined) {
    super(message, options);
    this.code = "ABORT_ERR";
    this.name = "AbortError";
  }
}

// A value that must be an AbortSignal (undefined is allowed: no signal).
function validateAbortSignal(signal, name) {
  if (signal !== undefined && !core.isAbortSignal(signal)) throw invalidArgType(name, "AbortSignal", signal);
}

function validateFunction(value, name) {
  if (typeof value !== "function") throw invalidArgType(name, "function", value);
}

function validateBoolean(value, name) {
  if (typeof value !== "boolean") throw invalidArgType(name, "boolean", value);
}

function validateString(value, name) {
  if (typeof value !== "string") throw invalidArgType(name, "string", value);
}

// An object that is not null and not an array (what Node's options arguments must be).
function validateObject(value, name) {
  if (value === null || typeof value !== "object" || ArrayIsArray(value)) throw invalidArgType(name, "object", value);
}

// ERR_SYSTEM_ERROR, as Node reports a failed system call: `info` is { errno, code, message,
// syscall } (errno negative, as libuv numbers them), also shown as errno and syscall.
class SystemError extends Error {}
ObjectDefineProperty(SystemError.prototype, "name", { value: "SystemError", configurable: true, writable: true });

function systemError(info) {
  const message = `A system error occurred: ${info.syscall} returned ${info.code} (${info.message})`;
  const error = codedError(SystemError, "ERR_SYSTEM_ERROR", message, systemError);
  const frozenInfo = { errno: info.errno, code: info.code, message: info.message, syscall: info.syscall };
  ObjectDefineProperty(error, "info", { value: frozenInfo, enumerable: true, configurable: true });
  ObjectDefineProperty(error, "errno", { value: info.errno, enumerable: true, configurable: true, writable: true });
  ObjectDefineProperty(error, "syscall", { value: info.syscall, enumerable: true, configurable: true, writable: true });
  return error;
}

// node:buffer's errors

function unknownEncoding(name) {
  return codedError(TypeError, "ERR_UNKNOWN_ENCODING", `Unknown encoding: ${name}`, unknownEncoding);
}

// `"offset" is outside of buffer bounds`, or without a name "Attempt to access memory outside
// buffer bounds".
function bufferOutOfBounds(name) {
  const message = name ? `"${name}" is outside of buffer bounds` : "Attempt to access memory outside buffer bounds";
  return codedError(RangeError, "ERR_BUFFER_OUT_OF_BOUNDS", message, bufferOutOfBounds);
}

function invalidBufferSize(bits) {
  return codedError(RangeError, "ERR_INVALID_BUFFER_SIZE", `Buffer size must be a multiple of ${bits}-bits`, invalidBufferSize);
}


function stringTooLong(maxLength) {
  return codedError(Error, "ERR_STRING_TOO_LONG", `Cannot create a string longer than 0x${NumberPrototypeToString(maxLength, 16)} characters`, stringTooLong);
}

// node:stream's errors: code -> [class, message, or a function of the arguments to the message].
const STREAM_ERRORS = {
  __proto__: null,
  ERR_STREAM_PUSH_AFTER_EOF: [Error, "stream.push() after EOF"],
  ERR_STREAM_UNSHIFT_AFTER_END_EVENT: [Error, "stream.unshift() after end event"],
  ERR_STREAM_PREMATURE_CLOSE: [Error, "Premature close"],
  ERR_STREAM_WRITE_AFTER_END: [Error, "write after end"],
  ERR_STREAM_NULL_VALUES: [TypeError, "May not write null values to stream"],
  ERR_STREAM_CANNOT_PIPE: [Error, "Cannot pipe, not readable"],
  ERR_MULTIPLE_CALLBACK: [Error, "Callback called multiple times"],
  ERR_STREAM_DESTROYED: [Error, (method) => `Cannot call ${method} after a stream was destroyed`],
  ERR_STREAM_ALREADY_FINISHED: [Error, (method) => `Cannot call ${method} after a stream was finished`],
  ERR_METHOD_NOT_IMPLEMENTED: [Error, (method) => `The ${method} method is not implemented`],
  ERR_INVALID_RETURN_VALUE: [TypeError, (expected, name, value) => `Expected ${expected} to be returned from the "${name}" function but got ${describeReturned(value)}.`],
};

// "type number (5)", "an instance of Foo": how a received value reads after "got".
function describeReturned(value) {
  return StringPrototypeSlice(describeReceived(value), " Received ".length);
}

// One of node:stream's errors by its code, e.g. streamError("ERR_STREAM_DESTROYED", "write").
function streamError(code, ...args) {
  const [Base, message] = STREAM_ERRORS[code];
  return codedError(Base, code, typeof message === "function" ? message(...args) : message, streamError);
}

// node:net's errors

// ERR_SOCKET_BAD_PORT: "Port should be >= 0 and < 65536. Received type number (70000)."
function badPort(name, port, allowZero = true) {
  const message = `${name} should be ${allowZero ? ">=" : ">"} 0 and < 65536.${describeReceived(port)}.`;
  return codedError(RangeError, "ERR_SOCKET_BAD_PORT", message, badPort);
}

// A failed socket call as Node reports it, from `failure` ({ errno, code, message }):
// "connect ECONNREFUSED 127.0.0.1:1" (errno, code, syscall, address, port), or with
// `withDescription` "listen EADDRINUSE: address already in use 127.0.0.1:80" (code first).
// Without an address: "read ECONNRESET".
function socketError(failure, syscall, address, port, withDescription = false) {
  let message = withDescription ? `${syscall} ${failure.code}: ${failure.message}` : `${syscall} ${failure.code}`;
  if (address !== undefined) message += port !== undefined ? ` ${address}:${port}` : ` ${address}`;
  const error = new Error(message);
  if (withDescription) {
    error.code = failure.code;
    error.errno = failure.errno;
  } else {
    error.errno = failure.errno;
    error.code = failure.code;
  }
  error.syscall = syscall;
  if (address !== undefined) error.address = address;
  if (port !== undefined) error.port = port;
  ErrorCaptureStackTrace(error, socketError);
  return error;
}

const NET_ERRORS = {
  __proto__: null,
  ERR_SERVER_NOT_RUNNING: [Error, "Server is not running."],
  ERR_SERVER_ALREADY_LISTEN: [Error, "Listen method has been called more than once without closing."],
  ERR_SOCKET_CLOSED: [Error, "Socket is closed"],
  ERR_SOCKET_CLOSED_BEFORE_CONNECTION: [Error, "Socket closed before the connection was established"],
  ERR_INVALID_IP_ADDRESS: [TypeError, (address) => `Invalid IP address: ${address}`],
};

function netError(code, ...args) {
  const [Base, message] = NET_ERRORS[code];
  return codedError(Base, code, typeof message === "function" ? message(...args) : message, netError);
}

module.exports = {
  badPort, socketError, netError,
  codedError, systemError, describeReceived, invalidArgType, invalidArgValue, outOfRange, missingArgs,
  notImplemented, unimplemented, listed, AbortError, validateAbortSignal, validateFunction,
  validateBoolean, validateString, validateObject, unknownEncoding, bufferOutOfBounds,
  invalidBufferSize, stringTooLong, streamError,
};
