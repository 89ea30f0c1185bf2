// v8.Serializer and v8.Deserializer used directly: the header, raw numbers and bytes,
// host objects written and read by overridden methods, transferred ArrayBuffers, the
// DefaultSerializer's view format, and the errors of each step.
import v8 from "node:v8";
import { inspect } from "node:util";

function attempt(label, action) {
  try {
    const result = action();
    console.log(`${label}: ok ${inspect(result, { depth: 3 })}`);
  } catch (error) {
    console.log(`${label}: ${error.constructor.name} ${error.code} ${JSON.stringify(error.message)}`);
  }
}
const fromHex = (text) => new Uint8Array(Buffer.from(text, "hex"));

// The shape of the classes.
console.log(Object.getPrototypeOf(v8.DefaultSerializer) === v8.Serializer);
console.log(Object.getPrototypeOf(v8.DefaultDeserializer) === v8.Deserializer);
console.log(v8.Serializer.prototype._getDataCloneError === Error);
for (const name of ["writeHeader", "writeValue", "releaseBuffer", "transferArrayBuffer", "writeUint32",
  "writeUint64", "writeDouble", "writeRawBytes", "_setTreatArrayBufferViewsAsHostObjects"]) {
  console.log(`Serializer.prototype.${name}:`, typeof v8.Serializer.prototype[name]);
}
for (const name of ["readHeader", "readValue", "getWireFormatVersion", "transferArrayBuffer", "readUint32",
  "readUint64", "readDouble", "_readRawBytes", "readRawBytes"]) {
  console.log(`Deserializer.prototype.${name}:`, typeof v8.Deserializer.prototype[name]);
}
console.log(typeof v8.DefaultSerializer.prototype._writeHostObject, typeof v8.DefaultDeserializer.prototype._readHostObject);
console.log(Object.keys(new v8.Serializer()), Object.keys(new v8.Deserializer(new Uint8Array(1))));

// Writing, piece by piece.
attempt("empty release", () => new v8.Serializer().releaseBuffer());
attempt("numbers and bytes", () => {
  const serializer = new v8.Serializer();
  serializer.writeUint32(300);
  serializer.writeUint32(-1);
  serializer.writeUint32("7");
  serializer.writeUint32();
  serializer.writeUint64(1, 2);
  serializer.writeUint64(0xffffffff, 0xffffffff);
  serializer.writeDouble(1.5);
  serializer.writeDouble("x");
  serializer.writeRawBytes(Buffer.from("zz"));
  serializer.writeRawBytes(new Uint16Array([258]));
  serializer.writeRawBytes(new DataView(new ArrayBuffer(3), 1));
  return serializer.releaseBuffer().toString("hex");
});
attempt("release starts afresh", () => {
  const serializer = new v8.Serializer();
  serializer.writeHeader();
  const first = serializer.releaseBuffer();
  serializer.writeValue(5);
  return [first.toString("hex"), serializer.releaseBuffer().toString("hex")];
});
attempt("writeValue result", () => new v8.Serializer().writeValue({ a: 1 }));
attempt("writeHeader result", () => new v8.Serializer().writeHeader());
attempt("plain Serializer writes views as V8 does", () => {
  const serializer = new v8.Serializer();
  serializer.writeHeader();
  serializer.writeValue(new Uint8Array([1, 2]));
  serializer.writeValue(new DataView(new ArrayBuffer(3), 1, 1));
  return serializer.releaseBuffer().toString("hex");
});
attempt("a failed value leaves what was written", () => {
  const serializer = new v8.Serializer();
  try {
    serializer.writeValue([1, () => 1]);
  } catch {}
  serializer.writeValue(2);
  return serializer.releaseBuffer().toString("hex");
});
attempt("writeRawBytes of a string", () => new v8.Serializer().writeRawBytes("x"));
attempt("writeRawBytes of an ArrayBuffer", () => new v8.Serializer().writeRawBytes(new ArrayBuffer(1)));
attempt("writeUint32 of a symbol", () => new v8.Serializer().writeUint32(Symbol()));
attempt("transfer a string", () => new v8.Serializer().transferArrayBuffer(1, "x"));
attempt("transfer with a string id", () => new v8.Serializer().transferArrayBuffer("x", new ArrayBuffer(1)));
attempt("transferred buffer", () => {
  const serializer = new v8.Serializer();
  const buffer = new ArrayBuffer(2);
  serializer.transferArrayBuffer(3, buffer);
  serializer.writeHeader();
  serializer.writeValue([buffer, new Uint8Array(buffer)]);
  return serializer.releaseBuffer().toString("hex");
});
attempt("called on another object", () => v8.Serializer.prototype.writeHeader.call({}));
attempt("called on nothing", () => v8.Serializer.prototype.writeValue.call(undefined, 1));
attempt("deserializer method on a serializer", () => v8.Deserializer.prototype.readHeader.call(new v8.Serializer()));

// Overridden methods.
class Tagging extends v8.Serializer {
  _writeHostObject(object) {
    this.writeUint32(object.length);
    this.writeDouble(object[0]);
  }
}
attempt("own host objects", () => {
  const serializer = new Tagging();
  serializer._setTreatArrayBufferViewsAsHostObjects(true);
  serializer.writeHeader();
  serializer.writeValue({ list: new Float64Array([2.5, 3]) });
  return serializer.releaseBuffer().toString("hex");
});
attempt("host writer writes nothing", () => {
  class Silent extends v8.Serializer {
    _writeHostObject() {
      return false;
    }
  }
  const serializer = new Silent();
  serializer._setTreatArrayBufferViewsAsHostObjects(true);
  serializer.writeValue(new Uint8Array(3));
  return serializer.releaseBuffer().toString("hex");
});
attempt("host writer throws", () => {
  class Throwing extends v8.Serializer {
    _writeHostObject() {
      throw new TypeError("mine");
    }
  }
  const serializer = new Throwing();
  serializer._setTreatArrayBufferViewsAsHostObjects(true);
  serializer.writeValue(new Uint8Array(3));
});
attempt("own clone error", () => {
  class Custom extends v8.Serializer {
    _getDataCloneError(message) {
      return new RangeError(`custom: ${message}`);
    }
  }
  new Custom().writeValue(Symbol.iterator);
});
attempt("shared buffer ids", () => {
  class Sharing extends v8.Serializer {
    _getSharedArrayBufferId() {
      return 7;
    }
  }
  const serializer = new Sharing();
  serializer.writeHeader();
  serializer.writeValue(new SharedArrayBuffer(4));
  return serializer.releaseBuffer().toString("hex");
});
attempt("DefaultSerializer of a non-view", () => new v8.DefaultSerializer()._writeHostObject({ a: [1, 2] }));
attempt("DefaultSerializer of a number", () => new v8.DefaultSerializer()._writeHostObject(5));
attempt("DefaultSerializer of a view without its prototype", () =>
  v8.serialize(Object.setPrototypeOf(new Uint16Array(1), Object.prototype)));
attempt("a view dressed as another kind", () =>
  v8.serialize(Object.setPrototypeOf(new Uint16Array([9]), Int8Array.prototype)).toString("hex"));
attempt("a Uint8Array dressed as a Buffer", () =>
  v8.serialize(Object.setPrototypeOf(new Uint8Array([1]), Buffer.prototype)).toString("hex"));
attempt("a Buffer dressed as a Uint8Array", () =>
  v8.serialize(Object.setPrototypeOf(Buffer.alloc(1), Uint8Array.prototype)).toString("hex"));
attempt("a Uint8Array subclass", () => v8.serialize(new (class Bytes extends Uint8Array {})(2)).toString("hex"));

// Reading, piece by piece.
attempt("raw reads", () => {
  const deserializer = new v8.Deserializer(fromHex("ac028280808010000000000000f83f7a7a05"));
  return [deserializer.readUint32(), deserializer.readUint64(), deserializer.readDouble(),
    deserializer.readRawBytes(2), deserializer.readUint32()];
});
attempt("readUint32 at the end", () => new v8.Deserializer(new Uint8Array(0)).readUint32());
attempt("readUint64 at the end", () => new v8.Deserializer(new Uint8Array(0)).readUint64());
attempt("readDouble short", () => new v8.Deserializer(fromHex("ac02")).readDouble());
attempt("readRawBytes too many", () => new v8.Deserializer(fromHex("ac02")).readRawBytes(5));
attempt("readRawBytes negative", () => new v8.Deserializer(fromHex("ac02")).readRawBytes(-1));
attempt("_readRawBytes offsets", () => {
  const deserializer = new v8.Deserializer(fromHex("010203"));
  return [deserializer._readRawBytes(1), deserializer._readRawBytes(2)];
});
attempt("readRawBytes shares the input", () => {
  const input = fromHex("0a0b0c");
  const bytes = new v8.Deserializer(input).readRawBytes(2);
  input[0] = 0xff;
  return [bytes, bytes.buffer === input.buffer];
});
attempt("version before and after the header", () => {
  const deserializer = new v8.Deserializer(fromHex("ff0f4902"));
  const before = deserializer.getWireFormatVersion();
  return [before, deserializer.readHeader(), deserializer.getWireFormatVersion(), deserializer.readValue()];
});
attempt("older version", () => {
  const deserializer = new v8.Deserializer(fromHex("ff0d4904"));
  return [deserializer.readHeader(), deserializer.getWireFormatVersion(), deserializer.readValue()];
});
attempt("two values in a row", () => {
  const serializer = new v8.Serializer();
  serializer.writeHeader();
  serializer.writeValue("first");
  serializer.writeUint32(9);
  serializer.writeValue({ second: 2 });
  const deserializer = new v8.Deserializer(serializer.releaseBuffer());
  deserializer.readHeader();
  return [deserializer.readValue(), deserializer.readUint32(), deserializer.readValue()];
});
attempt("reading past the last value", () => {
  const deserializer = new v8.Deserializer(fromHex("ff0f4902"));
  deserializer.readHeader();
  deserializer.readValue();
  return deserializer.readValue();
});
attempt("transferred buffer read back", () => {
  const deserializer = new v8.Deserializer(fromHex("ff0f410274035e015642000200240002"));
  const buffer = new ArrayBuffer(2);
  new Uint8Array(buffer).set([4, 5]);
  deserializer.transferArrayBuffer(3, buffer);
  deserializer.readHeader();
  const [first, view] = deserializer.readValue();
  return [first === buffer, view.buffer === buffer, view];
});
attempt("transfer id missing", () => {
  const deserializer = new v8.Deserializer(fromHex("ff0f7403"));
  deserializer.readHeader();
  return deserializer.readValue();
});
attempt("deserializer transfer of a string", () => new v8.Deserializer(new Uint8Array(1)).transferArrayBuffer(1, "x"));
attempt("deserializer transfer of a shared buffer", () =>
  new v8.Deserializer(new Uint8Array(1)).transferArrayBuffer(1, new SharedArrayBuffer(1)));
attempt("Deserializer of a string", () => new v8.Deserializer("ab"));
attempt("buffer property", () => {
  const input = new Uint8Array(2);
  return new v8.Deserializer(input).buffer === input;
});

class Reading extends v8.Deserializer {
  _readHostObject() {
    return { length: this.readUint32(), first: this.readDouble() };
  }
}
attempt("own host objects read", () => {
  const deserializer = new Reading(fromHex("ff0f6f22046c6973745c020000000000000440" + "7b01"));
  deserializer.readHeader();
  return deserializer.readValue();
});
attempt("host reader returns a primitive", () => {
  class Primitive extends v8.Deserializer {
    _readHostObject() {
      return 5;
    }
  }
  const deserializer = new Primitive(fromHex("ff0f5c07"));
  deserializer.readHeader();
  return deserializer.readValue();
});
attempt("host reader throws", () => {
  class Throwing extends v8.Deserializer {
    _readHostObject() {
      throw new SyntaxError("nope");
    }
  }
  const deserializer = new Throwing(fromHex("ff0f5c07"));
  deserializer.readHeader();
  return deserializer.readValue();
});
attempt("no host reader", () => {
  const deserializer = new v8.Deserializer(fromHex("ff0f5c0a026162"));
  deserializer.readHeader();
  return deserializer.readValue();
});
attempt("host objects referenced twice", () => {
  const bytes = v8.serialize((() => { const view = new Uint8Array([1]); return { a: view, b: view }; })());
  const back = v8.deserialize(bytes);
  return [bytes.toString("hex"), back.a === back.b];
});

// DefaultDeserializer's views: over the input's memory when aligned, else over a copy.
attempt("aligned view shares the input", () => {
  const input = new Uint8Array(16);
  input.set(fromHex("ff0f5c08080000000000000840"), 3);
  const view = v8.deserialize(input.subarray(3, 16));
  return [view, view.byteOffset, view.buffer === input.buffer];
});
attempt("unaligned view is a copy", () => {
  const input = fromHex("ff0f5c08080000000000000840");
  const view = v8.deserialize(input);
  input[12] = 0;
  return [view, view.buffer === input.buffer];
});
attempt("Buffer shares the input", () => {
  const input = fromHex("ff0f5c0a026162");
  const buffer = v8.deserialize(input);
  return [buffer, buffer.byteOffset, buffer.buffer === input.buffer];
});
attempt("DataView from the input", () => {
  const input = fromHex("ff0f5c0903010203");
  const view = v8.deserialize(input);
  return [view.byteLength, view.byteOffset, view.getUint8(2), view.buffer === input.buffer];
});
