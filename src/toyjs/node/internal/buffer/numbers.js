// Buffer's methods that read and write numbers: integers of 1 to 6 bytes, 64-bit BigInts,
// floats and doubles, little- and big-endian, with Node's errors for offsets that do not fit
// and values out of range. Called on any Uint8Array (Buffer.prototype.readUInt8.call(u8)).
"use strict";
const {
  ArrayPrototypePush, BigInt, Float32Array, Float64Array, MathFloor, Number, ObjectDefineProperty, Uint16Array, Uint8Array,
  TypedArrayPrototypeGetBuffer, TypedArrayPrototypeGetLength,
} = core.primordials;
const { bufferOutOfBounds, invalidArgType, outOfRange } = require("internal/errors");

// ── Where a number is: the offset checks ──

// The error for `size` bytes at `offset` that do not fit (or an offset that is no integer).
function boundsError(offset, last, name = "offset", first = 0) {
  if (MathFloor(offset) !== offset) return outOfRange(name, "an integer", offset);
  if (last < 0) return bufferOutOfBounds();
  return outOfRange(name, `>= ${first} and <= ${last}`, offset);
}

function checkOffsetType(offset) {
  if (typeof offset !== "number") throw invalidArgType("offset", "number", offset);
}

// The offset of `size` bytes of `bytes` (0 when not given), once checked.
function position(bytes, offset, size) {
  if (offset === undefined) offset = 0;
  else checkOffsetType(offset);
  const last = TypedArrayPrototypeGetLength(bytes) - size;
  if (!(offset >= 0 && offset <= last && MathFloor(offset) === offset)) throw boundsError(offset, last);
  return offset;
}

function checkByteLength(byteLength) {
  if (typeof byteLength !== "number") throw invalidArgType("byteLength", "number", byteLength);
  if (!(byteLength >= 1 && byteLength <= 6 && MathFloor(byteLength) === byteLength)) throw boundsError(byteLength, 6, "byteLength", 1);
}

// "It must be >= min and <= max" for up to 4 bytes, in powers of two above.
function integerRange(size, signed) {
  const bits = size * 8;
  if (size > 4) return signed ? `>= -(2 ** ${bits - 1}) and < 2 ** ${bits - 1}` : `>= 0 and < 2 ** ${bits}`;
  return signed ? `>= -${2 ** (bits - 1)} and <= ${2 ** (bits - 1) - 1}` : `>= 0 and <= ${2 ** bits - 1}`;
}

function checkValue(value, size, signed) {
  const min = signed ? -(2 ** (size * 8 - 1)) : 0;
  const max = signed ? 2 ** (size * 8 - 1) - 1 : 2 ** (size * 8) - 1;
  if (value > max || value < min) throw outOfRange("value", integerRange(size, signed), value);
}

// ── Integers ──

// Unsigned `size` bytes, the first the least significant when littleEndian.
function readUnsigned(bytes, offset, size, littleEndian) {
  let value = 0;
  for (let i = 0; i < size; i++) value = value * 256 + bytes[littleEndian ? offset + size - 1 - i : offset + i];
  return value;
}

function toSigned(value, size) {
  const half = 2 ** (size * 8 - 1);
  return value >= half ? value - 2 * half : value;
}

// Writes the low `size` bytes of an integer (two's complement for negatives): the low 32 bits
// as the engine's integer conversion takes them, the rest from the quotient by 2 ** 32.
function writeBytes(bytes, value, offset, size, littleEndian) {
  let low = value >>> 0;
  let high = size > 4 ? MathFloor(value / 2 ** 32) : 0;
  for (let i = 0; i < size; i++) {
    const at = littleEndian ? offset + i : offset + size - 1 - i;
    if (i < 4) {
      bytes[at] = low & 0xff;
      low >>>= 8;
    } else {
      bytes[at] = high & 0xff;
      high >>= 8;
    }
  }
  return offset + size;
}

function reader(size, signed, littleEndian) {
  return function (offset) {
    offset = position(this, offset, size);
    const value = readUnsigned(this, offset, size, littleEndian);
    return signed ? toSigned(value, size) : value;
  };
}

// One byte: the offset's type is checked before the value.
function byteWriter(signed) {
  return function (value, offset) {
    value = +value;
    if (offset !== undefined) checkOffsetType(offset);
    checkValue(value, 1, signed);
    offset = position(this, offset, 1);
    this[offset] = value;
    return offset + 1;
  };
}

function writer(size, signed, littleEndian) {
  return function (value, offset) {
    value = +value;
    checkValue(value, size, signed);
    return writeBytes(this, value, position(this, offset, size), size, littleEndian);
  };
}

function variableReader(signed, littleEndian) {
  return function (offset, byteLength) {
    checkByteLength(byteLength);
    offset = position(this, offset, byteLength);
    const value = readUnsigned(this, offset, byteLength, littleEndian);
    return signed ? toSigned(value, byteLength) : value;
  };
}

function variableWriter(signed, littleEndian) {
  return function (value, offset, byteLength) {
    value = +value;
    checkByteLength(byteLength);
    checkValue(value, byteLength, signed);
    return writeBytes(this, value, position(this, offset, byteLength), byteLength, littleEndian);
  };
}

// ── 64-bit BigInts ──

const TWO_32 = BigInt(2 ** 32);
const MASK_32 = TWO_32 - BigInt(1);
const BIG_RANGES = {
  signed: { min: -(BigInt(2) ** BigInt(63)), limit: BigInt(2) ** BigInt(63), range: ">= -(2n ** 63n) and < 2n ** 63n" },
  unsigned: { min: BigInt(0), limit: BigInt(2) ** BigInt(64), range: ">= 0n and < 2n ** 64n" },
};

function bigReader(signed, littleEndian) {
  return function (offset) {
    offset = position(this, offset, 8);
    const first = readUnsigned(this, offset, 4, littleEndian);
    const second = readUnsigned(this, offset + 4, 4, littleEndian);
    let high = littleEndian ? second : first;
    const low = littleEndian ? first : second;
    if (signed) high = toSigned(high, 4);
    return BigInt(high) * TWO_32 + BigInt(low);
  };
}

function bigWriter(signed, littleEndian) {
  const { min, limit, range } = signed ? BIG_RANGES.signed : BIG_RANGES.unsigned;
  return function (value, offset) {
    if (value < min || value >= limit) throw outOfRange("value", range, value);
    offset = position(this, offset, 8);
    const low = Number(value & MASK_32); // (a TypeError for a Number, as in Node)
    const high = Number((value >> BigInt(32)) & MASK_32);
    writeBytes(this, littleEndian ? low : high, offset, 4, littleEndian);
    writeBytes(this, littleEndian ? high : low, offset + 4, 4, littleEndian);
    return offset + 8;
  };
}

// ── Floats and doubles, through a scratch array in the machine's byte order ──

const float32 = new Float32Array(1);
const float32Bytes = new Uint8Array(TypedArrayPrototypeGetBuffer(float32));
const float64 = new Float64Array(1);
const float64Bytes = new Uint8Array(TypedArrayPrototypeGetBuffer(float64));
const MACHINE_LITTLE_ENDIAN = new Uint8Array(TypedArrayPrototypeGetBuffer(new Uint16Array([1])))[0] === 1;

function floatReader(scratch, scratchBytes, littleEndian) {
  const size = TypedArrayPrototypeGetLength(scratchBytes);
  const reversed = littleEndian !== MACHINE_LITTLE_ENDIAN;
  return function (offset) {
    offset = position(this, offset, size);
    for (let i = 0; i < size; i++) scratchBytes[reversed ? size - 1 - i : i] = this[offset + i];
    return scratch[0];
  };
}

function floatWriter(scratch, scratchBytes, littleEndian) {
  const size = TypedArrayPrototypeGetLength(scratchBytes);
  const reversed = littleEndian !== MACHINE_LITTLE_ENDIAN;
  return function (value, offset) {
    value = +value;
    offset = position(this, offset, size);
    scratch[0] = value;
    for (let i = 0; i < size; i++) this[offset + i] = scratchBytes[reversed ? size - 1 - i : i];
    return offset + size;
  };
}

// The methods, as [name, function] pairs; each function is named as its method.
function numberMethods() {
  const methods = [];
  const add = (name, method) => {
    ObjectDefineProperty(method, "name", { value: name, configurable: true });
    ArrayPrototypePush(methods, [name, method]);
  };
  add("readUInt8", reader(1, false, true));
  add("readInt8", reader(1, true, true));
  add("writeUInt8", byteWriter(false));
  add("writeInt8", byteWriter(true));
  for (const [suffix, littleEndian] of [["LE", true], ["BE", false]]) {
    for (const size of [2, 4]) {
      add(`readUInt${size * 8}${suffix}`, reader(size, false, littleEndian));
      add(`readInt${size * 8}${suffix}`, reader(size, true, littleEndian));
      add(`writeUInt${size * 8}${suffix}`, writer(size, false, littleEndian));
      add(`writeInt${size * 8}${suffix}`, writer(size, true, littleEndian));
    }
    add(`readUInt${suffix}`, variableReader(false, littleEndian));
    add(`readInt${suffix}`, variableReader(true, littleEndian));
    add(`writeUInt${suffix}`, variableWriter(false, littleEndian));
    add(`writeInt${suffix}`, variableWriter(true, littleEndian));
    add(`readBigUInt64${suffix}`, bigReader(false, littleEndian));
    add(`readBigInt64${suffix}`, bigReader(true, littleEndian));
    add(`writeBigUInt64${suffix}`, bigWriter(false, littleEndian));
    add(`writeBigInt64${suffix}`, bigWriter(true, littleEndian));
    add(`readFloat${suffix}`, floatReader(float32, float32Bytes, littleEndian));
    add(`readDouble${suffix}`, floatReader(float64, float64Bytes, littleEndian));
    add(`writeFloat${suffix}`, floatWriter(float32, float32Bytes, littleEndian));
    add(`writeDouble${suffix}`, floatWriter(float64, float64Bytes, littleEndian));
  }
  return methods;
}

module.exports = { numberMethods };
