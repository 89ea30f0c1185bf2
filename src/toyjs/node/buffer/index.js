// node:buffer: Buffer, a Uint8Array with Node's API (encodings, number methods, search,
// comparison), and the module's other exports (Blob, atob, transcode...).
"use strict";
const {
  ArrayBufferPrototypeGetByteLength, ArrayIsArray, ArrayPrototypePush, ArrayBufferIsView, Error, MathFloor,
  MathMin, MathTrunc, NumberIsInteger, NumberIsNaN, ObjectDefineProperty, ObjectKeys,
  ObjectSetPrototypeOf, SharedArrayBufferPrototypeGetByteLength, StringPrototypeCharCodeAt,
  StringPrototypeIndexOf, StringPrototypeSlice, StringPrototypeSplit, NumberPrototypeToString, RangeError, Symbol, SymbolToPrimitive, TypeError, Uint8Array, inspectCustom,
  TypedArrayPrototypeFill, TypedArrayPrototypeGetBuffer, TypedArrayPrototypeGetByteLength,
  TypedArrayPrototypeGetByteOffset, TypedArrayPrototypeGetLength, TypedArrayPrototypeGetSymbolToStringTag,
  TypedArrayPrototypeIndexOf, TypedArrayPrototypeSet, DataViewPrototypeGetBuffer, DataViewPrototypeGetByteLength,
} = core.primordials;
const {
  codedError, describeReceived, invalidArgType, invalidArgValue, outOfRange, unknownEncoding, bufferOutOfBounds,
  invalidBufferSize,
} = require("internal/errors");
const { ENCODINGS, normalizeEncoding, isWellFormedUtf8, rawView } = require("internal/buffer/encodings");
const { numberMethods } = require("internal/buffer/numbers");
const { transcode } = require("internal/buffer/transcode");

const kMaxLength = 2 ** 32;
const kStringMaxLength = 2 ** 29 - 24; // V8's longest string on 64-bit machines
const MAX_SAFE_INTEGER = 2 ** 53 - 1;
const UTF8 = ENCODINGS.utf8;
let inspectMaxBytes = 50;

// ── What a value is (brand checks: a program's prototypes and toStringTags do not fool them) ──

const typedArrayTag = (value) => TypedArrayPrototypeGetSymbolToStringTag(value);
const isUint8Array = (value) => typedArrayTag(value) === "Uint8Array";
const lengthOf = (view) => TypedArrayPrototypeGetLength(view);

// The byte length of an ArrayBuffer or SharedArrayBuffer, or -1 for anything else.
function arrayBufferLength(value) {
  try {
    return ArrayBufferPrototypeGetByteLength(value);
  } catch {
    try {
      return SharedArrayBufferPrototypeGetByteLength(value);
    } catch {
      return -1;
    }
  }
}

// The bytes any view (typed array or DataView) looks at, as a Uint8Array.
function viewBytes(view) {
  if (typedArrayTag(view) === undefined) return core.viewBytes(view);
  return new Uint8Array(TypedArrayPrototypeGetBuffer(view), TypedArrayPrototypeGetByteOffset(view), TypedArrayPrototypeGetByteLength(view));
}

function viewByteLength(view) {
  return typedArrayTag(view) === undefined ? DataViewPrototypeGetByteLength(view) : TypedArrayPrototypeGetByteLength(view);
}

// ── Argument checks, with Node's messages ──

function checkBytes(value, name) {
  if (!isUint8Array(value)) throw invalidArgType(name, ["Buffer", "Uint8Array"], value);
}

// An integer number within [min, max] ("It must be >= 0 && <= 5").
function checkInteger(value, name, min = 0, max = kMaxLength) {
  if (typeof value !== "number") throw invalidArgType(name, "number", value);
  if (!NumberIsInteger(value)) throw outOfRange(name, "an integer", value);
  if (value < min || value > max) throw outOfRange(name, `>= ${min} && <= ${max}`, value);
}

function checkSize(size) {
  if (typeof size !== "number") throw invalidArgType("size", "number", size);
  if (!(size >= 0 && size <= kMaxLength)) throw outOfRange("size", `>= 0 && <= ${kMaxLength}`, size);
}

// The encoding a method was given: utf8 when none, an error for an unknown name.
function encodingOf(name) {
  if (name === undefined || name === null || name === "") return "utf8";
  const found = normalizeEncoding(name);
  if (found === undefined) throw unknownEncoding(name);
  return found;
}

// As encodingOf, for the arguments that must be strings when given.
function stringEncodingOf(name) {
  if (name !== undefined && name !== null && typeof name !== "string") throw invalidArgType("encoding", "string", name);
  return encodingOf(name);
}

// An offset as copy() reads it: a number, floored; anything else (NaN, Infinity) is 0.
function integerOr0(value) {
  const number = +value;
  return number >= -(2 ** 53) && number <= 2 ** 53 ? MathFloor(number) : 0;
}

// ── The class ──

// Buffer's instances: Uint8Arrays whose prototype is Buffer.prototype.
class FastBuffer extends Uint8Array {
  // (A constructor of its own: the default one would spread its arguments through the
  // array iterator, which programs can replace.)
  constructor(source, byteOffset, length) {
    super(source, byteOffset, length);
  }
}

// Buffer(size) and Buffer(value, encodingOrOffset, length): the old API, as alloc and from.
function Buffer(arg, encodingOrOffset, length) {
  if (typeof arg === "number") {
    if (typeof encodingOrOffset === "string") throw invalidArgType("string", "string", arg);
    return alloc(arg);
  }
  return from(arg, encodingOrOffset, length);
}
Buffer.prototype = FastBuffer.prototype;
ObjectDefineProperty(FastBuffer.prototype, "constructor", { value: Buffer, writable: true, configurable: true });
ObjectSetPrototypeOf(Buffer, Uint8Array);

// ── Making buffers ──

function alloc(size, fill, encoding) {
  checkSize(size);
  const buffer = new FastBuffer(size);
  if (fill !== undefined && fill !== 0 && size > 0) fillBytes(buffer, fill, 0, lengthOf(buffer), encoding);
  return buffer;
}

// The pool small buffers are cut from, as Node's: allocUnsafe, from(string), from(array) and
// concat take a piece when they need less than half of Buffer.poolSize (a piece starts at a
// multiple of 8). Many small buffers then share one ArrayBuffer, which is what makes them
// cheap; `buf.buffer` is the pool, as in Node.
let pool = null;
let poolSize = 0;
let poolOffset = 0;

function allocate(size) {
  if (size > 0 && size < Buffer.poolSize >>> 1) {
    if (pool === null || size > poolSize - poolOffset) {
      poolSize = Buffer.poolSize;
      pool = new ArrayBuffer(poolSize);
      core.ops.untransferable.mark(pool); // (a transfer would empty every buffer cut from it)
      poolOffset = 0;
    }
    const buffer = new FastBuffer(pool, poolOffset, size);
    poolOffset = (poolOffset + size + 7) & ~7;
    return buffer;
  }
  return new FastBuffer(size);
}

function allocUnsafe(size) {
  checkSize(size);
  return allocate(size);
}

function fromString(text, encoding) {
  const name = typeof encoding !== "string" || encoding.length === 0 ? "utf8" : encodingOf(encoding);
  const { byteLength, write } = ENCODINGS[name];
  const length = byteLength(text);
  const buffer = allocate(length);
  const written = write(buffer, text, 0, length);
  // (base64's length is an upper bound: ignored characters take no room)
  return written === length ? buffer : new FastBuffer(TypedArrayPrototypeGetBuffer(buffer), TypedArrayPrototypeGetByteOffset(buffer), written);
}

function fromArrayBuffer(arrayBuffer, total, byteOffset, length) {
  byteOffset = byteOffset === undefined ? 0 : +byteOffset;
  if (NumberIsNaN(byteOffset)) byteOffset = 0;
  const available = total - byteOffset;
  if (available < 0) throw bufferOutOfBounds("offset");
  if (length === undefined) length = available;
  else {
    length = +length;
    if (length > available) throw bufferOutOfBounds("length");
    if (!(length > 0)) length = 0;
  }
  return new FastBuffer(arrayBuffer, byteOffset, length);
}

// A copy of an array-like's items (typed arrays and arrays included), each taken modulo 256
// and read by index (an array's own iterator is not run).
function fromArrayLike(items) {
  const bytes = isUint8Array(items);
  const length = bytes ? lengthOf(items) : items.length;
  if (!(length > 0)) return new FastBuffer(0);
  const buffer = allocate(length);
  if (bytes) TypedArrayPrototypeSet(buffer, items);
  else for (let i = 0, count = lengthOf(buffer); i < count; i++) buffer[i] = items[i];
  return buffer;
}

function fromObject(object) {
  if (object.length !== undefined || arrayBufferLength(object.buffer) >= 0) {
    if (typeof object.length !== "number") return new FastBuffer(0);
    return fromArrayLike(object);
  }
  if (object.type === "Buffer" && ArrayIsArray(object.data)) return fromArrayLike(object.data);
  return undefined;
}

function firstArgumentError(value) {
  const message = "The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object.";
  return codedError(TypeError, "ERR_INVALID_ARG_TYPE", message + describeReceived(value), firstArgumentError);
}

function from(value, encodingOrOffset, length) {
  if (typeof value === "string") return fromString(value, encodingOrOffset);
  if (typeof value === "object" && value !== null) {
    const total = arrayBufferLength(value);
    if (total >= 0) return fromArrayBuffer(value, total, encodingOrOffset, length);
    // Boxed strings and objects whose valueOf gives something else: that value instead.
    const primitive = value.valueOf && value.valueOf();
    if (primitive != null && primitive !== value) return from(primitive, encodingOrOffset, length);
    const buffer = fromObject(value);
    if (buffer !== undefined) return buffer;
    if (typeof value[SymbolToPrimitive] === "function") {
      const text = value[SymbolToPrimitive]("string");
      if (typeof text === "string") return fromString(text, encodingOrOffset);
    }
  }
  throw firstArgumentError(value);
}

// Buffer.of(...items): each item modulo 256, as Uint8Array.of, but always a Buffer.
function of(...items) {
  const buffer = new FastBuffer(items.length);
  for (let i = 0; i < items.length; i++) buffer[i] = items[i];
  return buffer;
}

function copyBytesFrom(view, offset, length) {
  if (typedArrayTag(view) === undefined) throw invalidArgType("view", "TypedArray", view);
  const count = lengthOf(view);
  if (count === 0) return new FastBuffer(0);
  let start = 0;
  let end = count;
  if (offset !== undefined || length !== undefined) {
    if (offset !== undefined) {
      checkInteger(offset, "offset", 0, MAX_SAFE_INTEGER);
      if (offset >= count) return new FastBuffer(0);
      start = offset;
    }
    if (length !== undefined) {
      checkInteger(length, "length", 0, MAX_SAFE_INTEGER);
      end = MathMin(start + length, count);
    }
  }
  const size = TypedArrayPrototypeGetByteLength(view) / count;
  const source = new Uint8Array(TypedArrayPrototypeGetBuffer(view), TypedArrayPrototypeGetByteOffset(view) + start * size, (end - start) * size);
  const buffer = new FastBuffer((end - start) * size);
  TypedArrayPrototypeSet(buffer, source);
  return buffer;
}

// ── Buffer's static functions ──

function byteLength(value, encoding) {
  if (typeof value !== "string") {
    if (ArrayBufferIsView(value)) return viewByteLength(value);
    const length = arrayBufferLength(value);
    if (length >= 0) return length;
    throw invalidArgType("string", ["string", "Buffer", "ArrayBuffer"], value);
  }
  if (value.length === 0) return 0;
  const name = encoding === undefined || encoding === null ? undefined : normalizeEncoding(encoding);
  return (name === undefined ? UTF8 : ENCODINGS[name]).byteLength(value); // unknown names count as utf8
}

// -1, 0 or 1 as bytes a[aStart, aEnd) sort before, with or after b[bStart, bEnd). Long runs
// are compared by Python (buffer/ops.py), in one memcmp.
const HOST_COMPARE_MIN = 1024;
function compareBytes(a, aStart, aEnd, b, bStart, bEnd) {
  const count = MathMin(aEnd - aStart, bEnd - bStart);
  if (count >= HOST_COMPARE_MIN) return core.ops.bufferCompare(rawView(a, aStart, aEnd), rawView(b, bStart, bEnd));
  for (let i = 0; i < count; i++) {
    const x = a[aStart + i];
    const y = b[bStart + i];
    if (x !== y) return x < y ? -1 : 1;
  }
  const left = aEnd - aStart;
  const right = bEnd - bStart;
  return left < right ? -1 : left > right ? 1 : 0;
}

function compare(buf1, buf2) {
  checkBytes(buf1, "buf1");
  checkBytes(buf2, "buf2");
  return compareBytes(buf1, 0, lengthOf(buf1), buf2, 0, lengthOf(buf2));
}

function concat(list, totalLength) {
  if (!ArrayIsArray(list)) throw invalidArgType("list", "Array", list);
  for (let i = 0; i < list.length; i++) checkBytes(list[i], `list[${i}]`);
  if (list.length === 0) return new FastBuffer(0);
  if (totalLength === undefined) {
    totalLength = 0;
    for (let i = 0; i < list.length; i++) totalLength += lengthOf(list[i]);
  } else checkInteger(totalLength, "length");
  const buffer = allocate(totalLength);
  let at = 0;
  for (let i = 0; i < list.length && at < totalLength; i++) {
    const item = list[i];
    const count = MathMin(lengthOf(item), totalLength - at);
    TypedArrayPrototypeSet(buffer, rawView(item, 0, count), at);
    at += count;
  }
  return buffer;
}

function isBuffer(value) {
  return value instanceof Buffer;
}

function isEncoding(name) {
  return typeof name === "string" && name.length !== 0 && normalizeEncoding(name) !== undefined;
}

// ── Buffer.prototype: text ──

function toString(encoding, start, end) {
  const length = lengthOf(this);
  if (arguments.length === 0) return UTF8.decode(this, 0, length);
  if (start === undefined || start <= 0) start = 0;
  else if (start >= length) return "";
  else start = MathTrunc(start) || 0;
  if (end === undefined || end > length) end = length;
  else end = MathTrunc(end) || 0;
  if (end <= start) return "";
  const name = encoding === undefined ? "utf8" : normalizeEncoding(encoding);
  if (name === undefined) throw unknownEncoding(encoding);
  return ENCODINGS[name].decode(this, start, end);
}

function write(text, offset, length, encoding) {
  const size = lengthOf(this);
  if (offset === undefined) {
    offset = 0;
    length = size;
  } else if (length === undefined && typeof offset === "string") {
    encoding = offset;
    offset = 0;
    length = size;
  } else {
    checkInteger(offset, "offset", 0, size);
    const remaining = size - offset;
    if (length === undefined) length = remaining;
    else if (typeof length === "string") {
      encoding = length;
      length = remaining;
    } else {
      checkInteger(length, "length", 0, size);
      if (length > remaining) length = remaining;
    }
  }
  if (typeof text !== "string") throw codedError(TypeError, "ERR_INVALID_ARG_TYPE", "argument must be a string");
  return ENCODINGS[encodingOf(encoding)].write(this, text, offset, length);
}

function toJSON() {
  const length = lengthOf(this);
  const data = [];
  for (let i = 0; i < length; i++) data[i] = this[i];
  return { type: "Buffer", data };
}

// The per-encoding methods Node's Buffer also has (utf8Slice, hexWrite...), which some
// packages call directly: positions are truncated to integers and must lie in the buffer.
function indexOutOfRange() {
  return codedError(RangeError, "ERR_OUT_OF_RANGE", "Index out of range", indexOutOfRange);
}

function sliceIn(name) {
  const { decode } = ENCODINGS[name];
  return function (start, end) {
    const length = lengthOf(this);
    start = start === undefined ? 0 : MathTrunc(+start) || 0;
    end = end === undefined ? length : MathTrunc(+end) || 0;
    if (start < 0 || end < 0 || start > length || end > length) throw indexOutOfRange();
    return end <= start ? "" : decode(this, start, end);
  };
}

function writeIn(name) {
  const encoding = ENCODINGS[name];
  return function (text, offset, length) {
    if (typeof text !== "string") throw codedError(TypeError, "ERR_INVALID_ARG_TYPE", "argument must be a string");
    const size = lengthOf(this);
    offset = offset === undefined ? 0 : MathTrunc(+offset) || 0;
    if (offset < 0) throw indexOutOfRange();
    if (offset > size) throw bufferOutOfBounds("offset");
    const remaining = size - offset;
    length = length === undefined ? remaining : MathTrunc(+length) || 0;
    if (length < 0) throw indexOutOfRange();
    return encoding.write(this, text, offset, length < remaining ? length : remaining);
  };
}

// ── Buffer.prototype: comparing and copying ──

function equals(otherBuffer) {
  checkBytes(otherBuffer, "otherBuffer");
  if (otherBuffer === this) return true;
  const length = lengthOf(this);
  if (lengthOf(otherBuffer) !== length) return false;
  return compareBytes(this, 0, length, otherBuffer, 0, length) === 0;
}

function compareMethod(target, targetStart, targetEnd, sourceStart, sourceEnd) {
  checkBytes(target, "target");
  if (targetStart === undefined) targetStart = 0;
  else checkInteger(targetStart, "targetStart");
  if (targetEnd === undefined) targetEnd = lengthOf(target);
  else checkInteger(targetEnd, "targetEnd", 0, lengthOf(target));
  if (sourceStart === undefined) sourceStart = 0;
  else checkInteger(sourceStart, "sourceStart");
  if (sourceEnd === undefined) sourceEnd = lengthOf(this);
  else checkInteger(sourceEnd, "sourceEnd", 0, lengthOf(this));
  if (sourceStart >= sourceEnd) return targetStart >= targetEnd ? 0 : -1;
  if (targetStart >= targetEnd) return 1;
  return compareBytes(this, sourceStart, sourceEnd, target, targetStart, targetEnd);
}

function copy(target, targetStart, sourceStart, sourceEnd) {
  checkBytes(target, "target");
  const length = lengthOf(this);
  targetStart = targetStart === undefined ? 0 : integerOr0(targetStart);
  if (targetStart < 0) throw outOfRange("targetStart", ">= 0", targetStart);
  sourceStart = sourceStart === undefined ? 0 : integerOr0(sourceStart);
  if (sourceStart < 0 || sourceStart > length) throw outOfRange("sourceStart", `>= 0 && <= ${length}`, sourceStart);
  sourceEnd = sourceEnd === undefined ? length : integerOr0(sourceEnd);
  if (sourceEnd < 0) throw outOfRange("sourceEnd", ">= 0", sourceEnd);
  const targetLength = lengthOf(target);
  if (targetStart >= targetLength || sourceStart >= sourceEnd) return 0;
  const count = MathMin(MathMin(sourceEnd, length) - sourceStart, targetLength - targetStart);
  if (count <= 0) return 0;
  // (set copies as if through a temporary: overlapping ranges of one buffer come out right)
  TypedArrayPrototypeSet(rawView(target, targetStart, targetStart + count), rawView(this, sourceStart, sourceStart + count));
  return count;
}

// Node's slice shares memory, as subarray does; negative positions count from the end.
function relativePosition(position, length, fallback) {
  if (position === undefined) return fallback;
  position = MathTrunc(+position) || 0;
  if (position < 0) return position + length > 0 ? position + length : 0;
  return position < length ? position : length;
}

function viewOf(buffer, start, end) {
  const length = lengthOf(buffer);
  start = relativePosition(start, length, 0);
  end = relativePosition(end, length, length);
  const count = end > start ? end - start : 0;
  return new FastBuffer(TypedArrayPrototypeGetBuffer(buffer), TypedArrayPrototypeGetByteOffset(buffer) + start, count);
}

function slice(start, end) {
  return viewOf(this, start, end);
}

function subarray(start, end) {
  return viewOf(this, start, end);
}

// ── Buffer.prototype: filling ──

function fill(value, offset, end, encoding) {
  return fillBytes(this, value, offset, end, encoding);
}

function fillBytes(buffer, value, offset, end, encoding) {
  const length = lengthOf(buffer);
  let pattern; // the bytes to repeat, for strings and views
  if (typeof value === "string") {
    if (typeof offset === "string") {
      encoding = offset;
      offset = undefined;
      end = undefined;
    } else if (typeof end === "string") {
      encoding = end;
      end = undefined;
    }
    const name = stringEncodingOf(encoding);
    if (value.length === 0) value = 0;
    else {
      const code = StringPrototypeCharCodeAt(value, 0);
      if (value.length === 1 && ((name === "utf8" && code < 0x80) || name === "latin1")) value = code;
      else pattern = ENCODINGS[name].encode(value);
    }
  } else if (ArrayBufferIsView(value)) pattern = viewBytes(value);
  if (offset === undefined) offset = 0;
  else checkInteger(offset, "offset");
  if (end === undefined) end = length;
  else checkInteger(end, "end", 0, length);
  if (pattern === undefined) {
    TypedArrayPrototypeFill(buffer, value, offset, end); // numbers modulo 256, anything else as a number
    return buffer;
  }
  if (offset >= end) return buffer;
  const size = lengthOf(pattern);
  if (size === 0) throw invalidArgValue("value", value);
  for (let i = offset, k = 0; i < end; i++) {
    buffer[i] = pattern[k];
    if (++k === size) k = 0;
  }
  return buffer;
}

// ── Buffer.prototype: searching ──

// The bytes a search looks for: a string in an encoding, a view's bytes, or one byte.
function needleOf(value, encoding) {
  if (typeof value === "string") return ENCODINGS[encodingOf(encoding)].encode(value);
  if (isUint8Array(value)) return value;
  throw invalidArgType("value", ["number", "string", "Buffer", "Uint8Array"], value);
}

// Where `needle` is in `haystack` from `start`, forwards or backwards; `step` 2 keeps utf16le
// matches on whole code units.
function findBytes(haystack, needle, start, forwards, step) {
  const count = lengthOf(needle);
  const last = lengthOf(haystack) - count;
  if (forwards) {
    for (let at = start; at <= last; at++) {
      at = TypedArrayPrototypeIndexOf(haystack, needle[0], at);
      if (at < 0 || at > last) return -1;
      if (at % step === 0 && matchesAt(haystack, needle, at, count)) return at;
    }
    return -1;
  }
  for (let at = start < last ? start : last; at >= 0; at--) {
    if (at % step === 0 && matchesAt(haystack, needle, at, count)) return at;
  }
  return -1;
}

function matchesAt(haystack, needle, at, count) {
  for (let i = 0; i < count; i++) if (haystack[at + i] !== needle[i]) return false;
  return true;
}

function search(buffer, value, byteOffset, encoding, forwards) {
  if (typeof byteOffset === "string") {
    encoding = byteOffset;
    byteOffset = undefined;
  }
  const length = lengthOf(buffer);
  let start = +byteOffset; // (a BigInt throws, as in Node)
  if (NumberIsNaN(start)) start = forwards ? 0 : length;
  else start = MathTrunc(start);
  if (start < 0) start += length;
  if (typeof value === "number") {
    const byte = value & 0xff;
    if (forwards) return start < 0 ? TypedArrayPrototypeIndexOf(buffer, byte, 0) : TypedArrayPrototypeIndexOf(buffer, byte, start);
    if (start < 0) return -1;
    for (let at = start < length ? start : length - 1; at >= 0; at--) if (buffer[at] === byte) return at;
    return -1;
  }
  const needle = needleOf(value, encoding);
  const step = typeof value === "string" && encodingOf(encoding) === "utf16le" ? 2 : 1;
  if (lengthOf(needle) === 0) return start < 0 ? 0 : start > length ? length : start;
  if (start < 0) {
    if (!forwards) return -1;
    start = 0;
  }
  if (forwards && start >= length) return -1;
  if (step === 2) start -= start % 2; // utf16le searches count whole code units
  return findBytes(buffer, needle, start, forwards, step);
}

function indexOf(value, byteOffset, encoding) {
  return search(this, value, byteOffset, encoding, true);
}

function lastIndexOf(value, byteOffset, encoding) {
  return search(this, value, byteOffset, encoding, false);
}

function includes(value, byteOffset, encoding) {
  return search(this, value, byteOffset, encoding, true) !== -1;
}

// ── Buffer.prototype: byte order ──

function swapper(size) {
  const bits = size * 8;
  return function () {
    const length = lengthOf(this);
    if (length % size !== 0) throw invalidBufferSize(bits);
    for (let at = 0; at < length; at += size) {
      for (let i = 0, j = size - 1; i < j; i++, j--) {
        const byte = this[at + i];
        this[at + i] = this[at + j];
        this[at + j] = byte;
      }
    }
    return this;
  };
}

// ── Buffer.prototype: inspection ──

// <Buffer 68 69 ... 3 more bytes>, with the buffer's own non-index properties after.
function inspectBuffer(depth, options, inspect = core.inspect) {
  const length = lengthOf(this);
  const shown = MathMin(length, inspectMaxBytes);
  let text = "";
  for (let i = 0; i < shown; i++) text += i === 0 ? HEX_PAIRS[this[0]] : ` ${HEX_PAIRS[this[i]]}`;
  const left = length - shown;
  if (left > 0) text += ` ... ${left} more byte${left > 1 ? "s" : ""}`;
  const extra = {};
  let hasExtra = false;
  const keys = ObjectKeys(this);
  for (let i = 0; i < keys.length; i++) {
    if (isIndex(keys[i])) continue;
    extra[keys[i]] = this[keys[i]];
    hasExtra = true;
  }
  if (hasExtra) {
    // "{ a: 1, b: 2 }" without its braces
    const described = inspect(extra, { ...options, depth, breakLength: Infinity, compact: true });
    text += `${text === "" ? "" : ", "}${StringPrototypeSlice(described, 2, -2)}`;
  }
  return `<Buffer ${text}>`;
}

const HEX_PAIRS = [];
for (let i = 0; i < 256; i++) ArrayPrototypePush(HEX_PAIRS, `${i < 16 ? "0" : ""}${NumberPrototypeToString(i, 16)}`);

function isIndex(key) {
  const code = StringPrototypeCharCodeAt(key, 0);
  return code >= 0x30 && code <= 0x39;
}

// ── The prototype ──

function nameFunction(method, name) {
  ObjectDefineProperty(method, "name", { value: name, configurable: true });
  return method;
}

// Every method and accessor of Buffer.prototype, by name.
const members = {
  __proto__: null,
  toString, write, toJSON, equals, compare: compareMethod, copy, slice, subarray, fill, indexOf, lastIndexOf, includes,
  swap16: nameFunction(swapper(2), "swap16"), swap32: nameFunction(swapper(4), "swap32"), swap64: nameFunction(swapper(8), "swap64"),
  toLocaleString: toString, inspect: nameFunction(inspectBuffer, "inspect"),
  parent: { get() { return this instanceof Buffer ? TypedArrayPrototypeGetBuffer(this) : undefined; } },
  offset: { get() { return this instanceof Buffer ? TypedArrayPrototypeGetByteOffset(this) : undefined; } },
};
const SLICE_NAMES = { ascii: "ascii", base64: "base64", base64url: "base64url", hex: "hex", latin1: "latin1", ucs2: "utf16le", utf8: "utf8" };
const sliceNames = ObjectKeys(SLICE_NAMES);
for (let i = 0; i < sliceNames.length; i++) {
  const prefix = sliceNames[i];
  members[`${prefix}Slice`] = nameFunction(sliceIn(SLICE_NAMES[prefix]), `${prefix}Slice`);
  members[`${prefix}Write`] = nameFunction(writeIn(SLICE_NAMES[prefix]), `${prefix}Write`);
}
const numbers = numberMethods();
for (let i = 0; i < numbers.length; i++) {
  const name = numbers[i][0];
  members[name] = numbers[i][1];
  const at = StringPrototypeIndexOf(name, "UInt");
  if (at >= 0) members[`${StringPrototypeSlice(name, 0, at)}Uint${StringPrototypeSlice(name, at + 4)}`] = numbers[i][1];
}

// Defined in the order Node defines them, which for-in over a buffer shows; all enumerable,
// as plain assignments make them.
const MEMBER_ORDER = StringPrototypeSplit(
  "readBigUInt64LE readBigUInt64BE readBigUint64LE readBigUint64BE readBigInt64LE readBigInt64BE writeBigUInt64LE " +
  "writeBigUInt64BE writeBigUint64LE writeBigUint64BE writeBigInt64LE writeBigInt64BE readUIntLE readUInt32LE readUInt16LE " +
  "readUInt8 readUIntBE readUInt32BE readUInt16BE readUintLE readUint32LE readUint16LE readUint8 readUintBE readUint32BE " +
  "readUint16BE readIntLE readInt32LE readInt16LE readInt8 readIntBE readInt32BE readInt16BE writeUIntLE writeUInt32LE " +
  "writeUInt16LE writeUInt8 writeUIntBE writeUInt32BE writeUInt16BE writeUintLE writeUint32LE writeUint16LE writeUint8 " +
  "writeUintBE writeUint32BE writeUint16BE writeIntLE writeInt32LE writeInt16LE writeInt8 writeIntBE writeInt32BE " +
  "writeInt16BE readFloatLE readFloatBE readDoubleLE readDoubleBE writeFloatLE writeFloatBE writeDoubleLE writeDoubleBE " +
  "asciiSlice base64Slice base64urlSlice latin1Slice hexSlice ucs2Slice utf8Slice asciiWrite base64Write base64urlWrite " +
  "latin1Write hexWrite ucs2Write utf8Write parent offset copy toString equals inspect compare indexOf lastIndexOf " +
  "includes fill write toJSON subarray slice swap16 swap32 swap64 toLocaleString",
  " ",
);
const prototype = FastBuffer.prototype;
for (let i = 0; i < MEMBER_ORDER.length; i++) {
  const name = MEMBER_ORDER[i];
  const member = members[name];
  if (typeof member === "function") prototype[name] = member;
  else ObjectDefineProperty(prototype, name, { get: member.get, enumerable: true, configurable: true });
}
ObjectDefineProperty(prototype, inspectCustom, { value: members.inspect, writable: true, configurable: true });

// In Node's order, which printing Buffer shows.
Buffer.poolSize = 8 * 1024;
const statics = {
  from, copyBytesFrom, of, alloc, allocUnsafe, allocUnsafeSlow: nameFunction((size) => alloc(size), "allocUnsafeSlow"),
  isBuffer, compare, isEncoding, concat, byteLength,
};
const staticNames = ObjectKeys(statics);
for (let i = 0; i < staticNames.length; i++) Buffer[staticNames[i]] = statics[staticNames[i]];
Buffer[Symbol("kIsEncodingSymbol")] = isEncoding; // (Node has it too: it shows when Buffer is printed)

// ── The module's other exports ──

function SlowBuffer(size) {
  return alloc(size);
}
ObjectSetPrototypeOf(SlowBuffer.prototype, Uint8Array.prototype);
ObjectSetPrototypeOf(SlowBuffer, Uint8Array);

// The bytes isUtf8 and isAscii look at; undefined when their memory was detached (transferred).
function bytesOfInput(input) {
  let arrayBuffer;
  if (ArrayBufferIsView(input)) arrayBuffer = typedArrayTag(input) === undefined ? DataViewPrototypeGetBuffer(input) : TypedArrayPrototypeGetBuffer(input);
  else if (arrayBufferLength(input) >= 0) arrayBuffer = input;
  else throw invalidArgType("input", ["ArrayBuffer", "Buffer", "TypedArray"], input);
  try {
    void new Uint8Array(arrayBuffer, 0, 0);
  } catch {
    return undefined;
  }
  return arrayBuffer === input ? new Uint8Array(input) : viewBytes(input);
}

function isUtf8(input) {
  const bytes = bytesOfInput(input);
  if (bytes === undefined) throw codedError(Error, "ERR_INVALID_STATE", "Cannot validate on a detached buffer");
  return isWellFormedUtf8(bytes, 0, lengthOf(bytes));
}

function isAscii(input) {
  const bytes = bytesOfInput(input);
  if (bytes === undefined) return true; // (as Node: nothing there, nothing past ASCII)
  const length = lengthOf(bytes);
  for (let i = 0; i < length; i++) if (bytes[i] > 0x7f) return false;
  return true;
}

// No blob: URLs are registered in toyjs (URL.createObjectURL does not exist), so none resolves.
function resolveObjectURL(url) {
  void `${url}`;
  return undefined;
}

function transcodeBuffer(source, fromEncoding, toEncoding) {
  checkBytes(source, "source");
  const bytes = transcode(source, normalizeEncoding(fromEncoding), normalizeEncoding(toEncoding));
  return new FastBuffer(TypedArrayPrototypeGetBuffer(bytes), TypedArrayPrototypeGetByteOffset(bytes), lengthOf(bytes));
}

const constants = { MAX_LENGTH: kMaxLength, MAX_STRING_LENGTH: kStringMaxLength };

module.exports = {
  Buffer, SlowBuffer, transcode: transcodeBuffer, isUtf8, isAscii, kMaxLength, kStringMaxLength,
  btoa: core.btoa, atob: core.atob, constants,
};
ObjectDefineProperty(module.exports, "INSPECT_MAX_BYTES", {
  enumerable: true,
  configurable: true,
  get() { return inspectMaxBytes; },
  set(value) {
    if (typeof value !== "number") throw invalidArgType("INSPECT_MAX_BYTES", "number", value);
    if (!(value >= 0)) throw outOfRange("INSPECT_MAX_BYTES", ">= 0", value);
    inspectMaxBytes = value;
  },
});
module.exports.Blob = core.Blob;
module.exports.resolveObjectURL = resolveObjectURL;
module.exports.File = core.File;
