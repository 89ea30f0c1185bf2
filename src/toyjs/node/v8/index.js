// node:v8: V8's value serializer and deserializer in Node's wire format (typed arrays, Buffers
// and DataViews travel as host objects: a kind number, a length and the bytes they cover), the
// heap's statistics, and what an embedding of many isolates cannot offer (V8 flags at run
// time, heap snapshots, coverage, promise hooks) as documented below. The classes wrap native
// handles from _core/v8_binding.cpp, whose delegates call back the methods named with "_".
"use strict";
const {
  ArrayBufferIsView, ArrayPrototypeIndexOf, ArrayPrototypeMap, DataView, DataViewPrototypeGetBuffer,
  DataViewPrototypeGetByteLength, DataViewPrototypeGetByteOffset, Error, Float32Array, Float64Array, Int8Array,
  NumberIsInteger, ObjectPrototypeToString, StringPrototypeSlice, TypeError, TypedArrayPrototypeGetBuffer,
  TypedArrayPrototypeGetByteLength, TypedArrayPrototypeGetByteOffset, TypedArrayPrototypeSet, Uint16Array,
  Uint8Array,
} = core.primordials;
const { codedError, invalidArgType, notImplemented, outOfRange, unimplemented, validateString } =
  require("internal/errors");
const { Buffer } = require("buffer");
const { isArrayBuffer, isDataView, isSharedArrayBuffer } = require("util/types");

const native = core.ops.v8Binding();
const NativeSerializer = native.Serializer;
const NativeDeserializer = native.Deserializer;

// ---- Serializer and Deserializer

function illegalInvocation() {
  return new TypeError("Illegal invocation");
}

function viewRequired(name, what) {
  return codedError(TypeError, "ERR_INVALID_ARG_TYPE", `${name} must be ${what}`);
}

class Serializer {
  #native;

  constructor() {
    this.#native = new NativeSerializer(this);
  }

  // The native handle of `self`, which must be a Serializer (a method borrowed by another
  // object fails as node's do).
  static #of(self) {
    if (typeof self !== "object" || self === null || !(#native in self)) throw illegalInvocation();
    return self.#native;
  }

  writeHeader() {
    Serializer.#of(this).writeHeader();
  }

  writeValue(value) {
    return Serializer.#of(this).writeValue(value);
  }

  // What was written so far, as a Buffer; the serializer starts again empty.
  releaseBuffer() {
    return Buffer.from(Serializer.#of(this).releaseBuffer());
  }

  transferArrayBuffer(id, arrayBuffer) {
    const handle = Serializer.#of(this);
    if (!isArrayBuffer(arrayBuffer)) throw viewRequired("arrayBuffer", "an ArrayBuffer");
    handle.transferArrayBuffer(id, arrayBuffer);
  }

  writeUint32(value) {
    Serializer.#of(this).writeUint32(value);
  }

  writeUint64(high, low) {
    Serializer.#of(this).writeUint64(high, low);
  }

  writeDouble(value) {
    Serializer.#of(this).writeDouble(value);
  }

  writeRawBytes(source) {
    const handle = Serializer.#of(this);
    if (!ArrayBufferIsView(source)) throw viewRequired("source", "a TypedArray or a DataView");
    handle.writeRawBytes(source);
  }

  _setTreatArrayBufferViewsAsHostObjects(flag) {
    Serializer.#of(this).setTreatArrayBufferViewsAsHostObjects(flag);
  }
}
// What a value that cannot be cloned throws is made by this (overridable) method.
Serializer.prototype._getDataCloneError = Error;

class Deserializer {
  #native;

  constructor(buffer) {
    if (!ArrayBufferIsView(buffer)) throw viewRequired("buffer", "a TypedArray or a DataView");
    this.#native = new NativeDeserializer(this, buffer);
    this.buffer = buffer;
  }

  static #of(self) {
    if (typeof self !== "object" || self === null || !(#native in self)) throw illegalInvocation();
    return self.#native;
  }

  readHeader() {
    return Deserializer.#of(this).readHeader();
  }

  readValue() {
    return Deserializer.#of(this).readValue();
  }

  // 0 until readHeader has read it.
  getWireFormatVersion() {
    return Deserializer.#of(this).getWireFormatVersion();
  }

  transferArrayBuffer(id, arrayBuffer) {
    const handle = Deserializer.#of(this);
    if (!isArrayBuffer(arrayBuffer) && !isSharedArrayBuffer(arrayBuffer)) {
      throw viewRequired("arrayBuffer", "an ArrayBuffer or SharedArrayBuffer");
    }
    handle.transferArrayBuffer(id, arrayBuffer);
  }

  readUint32() {
    return Deserializer.#of(this).readUint32();
  }

  // [high, low]: the two 32-bit halves.
  readUint64() {
    return Deserializer.#of(this).readUint64();
  }

  readDouble() {
    return Deserializer.#of(this).readDouble();
  }

  // Where in `this.buffer` the next `length` bytes start (they are skipped).
  _readRawBytes(length) {
    return Deserializer.#of(this).readRawBytes(length);
  }

  // The next `length` bytes, as a Buffer over the input's memory.
  readRawBytes(length) {
    const offset = this._readRawBytes(length);
    const { buffer, byteOffset } = viewMemory(this.buffer);
    return Buffer.from(buffer, byteOffset + offset, length);
  }
}

// The ArrayBuffer under a typed array or DataView, and where in it the view starts.
function viewMemory(view) {
  if (isDataView(view)) {
    return { buffer: DataViewPrototypeGetBuffer(view), byteOffset: DataViewPrototypeGetByteOffset(view) };
  }
  return { buffer: TypedArrayPrototypeGetBuffer(view), byteOffset: TypedArrayPrototypeGetByteOffset(view) };
}

function viewByteLength(view) {
  return isDataView(view) ? DataViewPrototypeGetByteLength(view) : TypedArrayPrototypeGetByteLength(view);
}

// ---- Node's host objects: ArrayBuffer views by kind number

// The kinds, in the order whose index is written. Those the primordials lack are taken from
// the global object when node:v8 first loads.
const VIEW_TYPES = [
  Int8Array, Uint8Array, globalThis.Uint8ClampedArray, globalThis.Int16Array, Uint16Array, globalThis.Int32Array,
  globalThis.Uint32Array, Float32Array, Float64Array, DataView, Buffer, globalThis.BigInt64Array,
  globalThis.BigUint64Array,
];
const VIEW_NAMES = ArrayPrototypeMap(VIEW_TYPES, (type) => type.name);

// A view's kind number: a Buffer's own, else that of the name its prototype chain gives it;
// -1 for anything else.
function viewKind(value) {
  if (!ArrayBufferIsView(value)) return -1;
  if (value instanceof Buffer) return ArrayPrototypeIndexOf(VIEW_NAMES, "Buffer");
  return ArrayPrototypeIndexOf(VIEW_NAMES, StringPrototypeSlice(ObjectPrototypeToString(value), 8, -1));
}

class DefaultSerializer extends Serializer {
  constructor() {
    super();
    this._setTreatArrayBufferViewsAsHostObjects(true);
  }

  // A view as its kind, its length in bytes and the bytes it covers (not its whole buffer).
  _writeHostObject(view) {
    const kind = viewKind(view);
    if (kind === -1) throw new Error(`Unserializable host object: ${core.inspect(view)}`);
    this.writeUint32(kind);
    this.writeUint32(viewByteLength(view));
    this.writeRawBytes(view);
  }
}

class DefaultDeserializer extends Deserializer {
  // A view over the input's own memory where its alignment allows, else over a copy.
  _readHostObject() {
    const kind = this.readUint32();
    const byteLength = this.readUint32();
    const offset = this._readRawBytes(byteLength);
    const Type = VIEW_TYPES[kind];
    const elementSize = Type.BYTES_PER_ELEMENT ?? 1;
    const input = viewMemory(this.buffer);
    let buffer = input.buffer;
    let start = input.byteOffset + offset;
    if (start % elementSize !== 0) {
      const copy = new Uint8Array(byteLength);
      TypedArrayPrototypeSet(copy, new Uint8Array(buffer, start, byteLength));
      buffer = TypedArrayPrototypeGetBuffer(copy);
      start = 0;
    }
    if (Type === Buffer) return Buffer.from(buffer, start, byteLength);
    return new Type(buffer, start, byteLength / elementSize);
  }
}

function serialize(value) {
  const serializer = new DefaultSerializer();
  serializer.writeHeader();
  serializer.writeValue(value);
  return serializer.releaseBuffer();
}

function deserialize(buffer) {
  const deserializer = new DefaultDeserializer(buffer);
  deserializer.readHeader();
  return deserializer.readValue();
}

// ---- The heap

function getHeapStatistics() {
  return native.heapStatistics();
}

function getHeapSpaceStatistics() {
  return native.heapSpaceStatistics();
}

function getHeapCodeStatistics() {
  return native.heapCodeStatistics();
}

function cachedDataVersionTag() {
  return native.cachedDataVersionTag();
}

// ---- What the embedding does not offer

// V8's flags are process-wide and read as isolates are made: set while several isolates run
// (on other threads, too), they would change those under their feet, and V8 aborts the process
// when a frozen flag changes. The string is checked as Node checks it, then ignored, as V8
// itself ignores a flag it does not know.
function setFlagsFromString(flags) {
  validateString(flags, "flags");
}

// Coverage is never being collected, which makes these the no-ops Node's are then.
function takeCoverage() {}
function stopCoverage() {}

// toyjs writes no heap snapshots, near the limit or otherwise; the limit is checked as Node
// checks it.
function setHeapSnapshotNearHeapLimit(limit) {
  if (typeof limit !== "number") throw invalidArgType("limit", "number", limit);
  if (!NumberIsInteger(limit)) throw outOfRange("limit", "an integer", limit);
  if (limit < 1 || limit > 4294967295) throw outOfRange("limit", ">= 1 && <= 4294967295", limit);
}

function notBuildingSnapshot() {
  throw codedError(Error, "ERR_NOT_BUILDING_SNAPSHOT", "Operation cannot be invoked when not building startup snapshot");
}

// A program never runs while a startup snapshot is being built.
const startupSnapshot = {
  addDeserializeCallback: notBuildingSnapshot,
  addSerializeCallback: notBuildingSnapshot,
  setDeserializeMainFunction: notBuildingSnapshot,
  isBuildingSnapshot: () => false,
};

const promiseHooks = {
  createHook: unimplemented("v8.promiseHooks.createHook"),
  onInit: unimplemented("v8.promiseHooks.onInit"),
  onBefore: unimplemented("v8.promiseHooks.onBefore"),
  onAfter: unimplemented("v8.promiseHooks.onAfter"),
  onSettled: unimplemented("v8.promiseHooks.onSettled"),
};

class GCProfiler {
  start() {
    throw notImplemented("v8.GCProfiler.prototype.start");
  }

  stop() {
    throw notImplemented("v8.GCProfiler.prototype.stop");
  }
}

module.exports = {
  cachedDataVersionTag,
  getHeapSnapshot: unimplemented("v8.getHeapSnapshot"),
  getHeapStatistics,
  getHeapSpaceStatistics,
  getHeapCodeStatistics,
  setFlagsFromString,
  Serializer,
  Deserializer,
  DefaultSerializer,
  DefaultDeserializer,
  deserialize,
  takeCoverage,
  stopCoverage,
  serialize,
  writeHeapSnapshot: unimplemented("v8.writeHeapSnapshot"),
  promiseHooks,
  queryObjects: unimplemented("v8.queryObjects"),
  startupSnapshot,
  setHeapSnapshotNearHeapLimit,
  GCProfiler,
};
