// TextEncoder (UTF-8, in JS) and TextDecoder (every encoding of the WHATWG Encoding Standard, in ops.py).
(function (core, ops) {
  "use strict";
  const {
    ReflectApply, ArrayBuffer, ArrayBufferPrototypeGetByteLength, Boolean, DataView, RangeError, String, TypeError, Uint8Array, SharedArrayBufferPrototypeGetByteLength,
    ArrayBufferIsView, StringPrototypeCharCodeAt, TypedArrayPrototypeGetLength, TypedArrayPrototypeGetBuffer,
    TypedArrayPrototypeGetByteOffset, TypedArrayPrototypeGetByteLength, DataViewPrototypeGetBuffer,
    DataViewPrototypeGetByteOffset, DataViewPrototypeGetByteLength,
  } = core.primordials;

  function utf8Length(text) {
    let length = 0;
    for (let i = 0; i < text.length; i++) {
      const c = StringPrototypeCharCodeAt(text, i);
      if (c < 0x80) length += 1;
      else if (c < 0x800) length += 2;
      else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (StringPrototypeCharCodeAt(text, i + 1) & 0xfc00) === 0xdc00) {
        length += 4;
        i++;
      } else length += 3;
    }
    return length;
  }

  // Writes UTF-8 (lone surrogates as U+FFFD) into `out`, stopping before a character that
  // does not fit; returns { read: code units read, written: bytes written }.
  function encodeUtf8(text, out) {
    let read = 0, written = 0;
    const capacity = TypedArrayPrototypeGetLength(out);
    while (read < text.length) {
      let c = StringPrototypeCharCodeAt(text, read);
      let units = 1;
      if (c >= 0xd800 && c <= 0xdfff) {
        const next = StringPrototypeCharCodeAt(text, read + 1);
        if (c <= 0xdbff && (next & 0xfc00) === 0xdc00) {
          c = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
          units = 2;
        } else {
          c = 0xfffd;
        }
      }
      const size = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
      if (written + size > capacity) break;
      if (size === 1) out[written++] = c;
      else if (size === 2) {
        out[written++] = 0xc0 | (c >> 6);
        out[written++] = 0x80 | (c & 0x3f);
      } else if (size === 3) {
        out[written++] = 0xe0 | (c >> 12);
        out[written++] = 0x80 | ((c >> 6) & 0x3f);
        out[written++] = 0x80 | (c & 0x3f);
      } else {
        out[written++] = 0xf0 | (c >> 18);
        out[written++] = 0x80 | ((c >> 12) & 0x3f);
        out[written++] = 0x80 | ((c >> 6) & 0x3f);
        out[written++] = 0x80 | (c & 0x3f);
      }
      read += units;
    }
    return { read, written };
  }

  function encode(text) {
    const out = new Uint8Array(utf8Length(text));
    encodeUtf8(text, out);
    return out;
  }

  let isTextEncoder;
  class TextEncoder {
    #encoding = "utf-8";
    static { isTextEncoder = (value) => #encoding in value; }
    get encoding() { return this.#encoding; }
    encode(input = "") { return encode(String(input)); }
    encodeInto(source, destination) {
      if (!(destination instanceof Uint8Array)) {
        throw new TypeError('The "dest" argument must be an instance of Uint8Array.');
      }
      return encodeUtf8(String(source), destination);
    }
    [Symbol.for("nodejs.util.inspect.custom")](depth, options, inspect) {
      return inspect({ encoding: "utf-8" }, options);
    }
  }

  // The bytes a typed array or a DataView looks at, as a Uint8Array.
  function viewBytes(view) {
    if (view instanceof DataView) {
      if (DataViewPrototypeGetByteLength(view) === 0) return new Uint8Array(0); // (also a detached buffer's)
      return new Uint8Array(DataViewPrototypeGetBuffer(view), DataViewPrototypeGetByteOffset(view), DataViewPrototypeGetByteLength(view));
    }
    if (TypedArrayPrototypeGetByteLength(view) === 0) return new Uint8Array(0);
    return new Uint8Array(TypedArrayPrototypeGetBuffer(view), TypedArrayPrototypeGetByteOffset(view), TypedArrayPrototypeGetByteLength(view));
  }

  function isSharedArrayBuffer(value) {
    try { SharedArrayBufferPrototypeGetByteLength(value); return true; } catch { return false; }
  }

  function toBytes(input) {
    if (input === undefined) return new Uint8Array(0);
    if (input instanceof ArrayBuffer) return ArrayBufferPrototypeGetByteLength(input) === 0 ? new Uint8Array(0) : new Uint8Array(input);
    if (isSharedArrayBuffer(input)) return new Uint8Array(input);
    if (ArrayBufferIsView(input)) return viewBytes(input);
    throw new TypeError('The "input" argument must be an instance of ArrayBuffer or ArrayBufferView.');
  }

  let isTextDecoder;
  class TextDecoder {
    #encoding; #fatal; #ignoreBOM; #decode;
    static { isTextDecoder = (value) => #encoding in value; }
    constructor(label = "utf-8", options = {}) {
      const found = ops.resolveEncoding(String(label));
      if (found === null) throw new RangeError(`The "${String(label)}" encoding is not supported`);
      options ??= {};
      this.#encoding = found;
      this.#fatal = Boolean(options.fatal);
      this.#ignoreBOM = Boolean(options.ignoreBOM);
      this.#decode = ops.textDecoder(found, this.#fatal, this.#ignoreBOM);
    }
    get encoding() { return this.#encoding; }
    get fatal() { return this.#fatal; }
    get ignoreBOM() { return this.#ignoreBOM; }
    decode(input = undefined, options = {}) {
      return this.#decode(toBytes(input), Boolean(options?.stream));
    }
    [Symbol.for("nodejs.util.inspect.custom")](depth, options, inspect) {
      return `TextDecoder ${inspect({ encoding: this.#encoding, fatal: this.#fatal, ignoreBOM: this.#ignoreBOM }, options)}`;
    }
  }

  // For the runtime's own text (bodies, URLs, forms): what a program does to the classes'
  // prototypes does not reach these.
  let utf8Decoder; // made on first use: decoders need the host, which the snapshot has not
  core.encodeUtf8 = encode;
  core.decodeUtf8 = (bytes) => (utf8Decoder ??= ops.textDecoder("utf-8", false, false))(bytes, false);
  core.viewBytes = viewBytes;
  core.TextDecoder = TextDecoder;
  const { decode } = TextDecoder.prototype;
  core.textDecode = (decoder, ...args) => ReflectApply(decode, decoder, args);
  core.webidl.defineInterface(TextEncoder, { brand: isTextEncoder });
  core.webidl.defineInterface(TextDecoder, { brand: isTextDecoder });
  core.defineGlobal("TextEncoder", TextEncoder);
  core.defineGlobal("TextDecoder", TextDecoder);
})
