// TextEncoder (UTF-8) and TextDecoder (every encoding of the WHATWG Encoding Standard: UTF-8 by
// the native core where it can, the rest and streaming by decoders.py).
(function (core, ops) {
  "use strict";
  const {
    ReflectApply, ArrayBuffer, ArrayBufferPrototypeGetByteLength, Boolean, DataView, RangeError, String, TypeError, Uint8Array, SharedArrayBufferPrototypeGetByteLength,
    ArrayBufferIsView, StringPrototypeCharCodeAt, StringPrototypeIncludes, StringPrototypeSlice, TypedArrayPrototypeGetBuffer,
    TypedArrayPrototypeGetByteOffset, TypedArrayPrototypeGetByteLength, DataViewPrototypeGetBuffer,
    DataViewPrototypeGetByteOffset, DataViewPrototypeGetByteLength,
  } = core.primordials;

  // UTF-8 by V8's own encoder, in the native core (ops.text): lone surrogates become U+FFFD.
  function encode(text) {
    const out = new Uint8Array(ops.text.utf8Length(text));
    ops.text.writeUtf8(out, text, 0, out.length);
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
      return ops.text.encodeUtf8Into(destination, String(source));
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

  // Whole UTF-8 input decoded by V8 (ill-formed parts as U+FFFD, the Encoding Standard's
  // replacement), or undefined when the host's decoder must do it: input that is not a typed
  // array or ArrayBuffer, or a U+FFFD a fatal decoder must look at.
  function decodeWholeUtf8(input, fatal, ignoreBOM) {
    let view;
    if (input instanceof ArrayBuffer) view = new Uint8Array(input);
    else if (ArrayBufferIsView(input) && !(input instanceof DataView)) view = input;
    else return undefined;
    const text = ops.text.decodeUtf8(view, 0, TypedArrayPrototypeGetByteLength(view));
    if (text === null || (fatal && StringPrototypeIncludes(text, "\ufffd"))) return undefined;
    return !ignoreBOM && StringPrototypeCharCodeAt(text, 0) === 0xfeff ? StringPrototypeSlice(text, 1) : text;
  }

  let isTextDecoder;
  class TextDecoder {
    #encoding; #fatal; #ignoreBOM;
    #decode = null; // the host's decoder, made when first needed
    #streaming = false; // whether the host's decoder may hold the start of a character or a BOM
    static { isTextDecoder = (value) => #encoding in value; }
    constructor(label = "utf-8", options = {}) {
      const found = ops.resolveEncoding(String(label));
      if (found === null) throw new RangeError(`The "${String(label)}" encoding is not supported`);
      options ??= {};
      this.#encoding = found;
      this.#fatal = Boolean(options.fatal);
      this.#ignoreBOM = Boolean(options.ignoreBOM);
    }
    get encoding() { return this.#encoding; }
    get fatal() { return this.#fatal; }
    get ignoreBOM() { return this.#ignoreBOM; }
    decode(input = undefined, options = {}) {
      const stream = Boolean(options?.stream);
      if (!stream && !this.#streaming && this.#encoding === "utf-8") {
        const text = decodeWholeUtf8(input, this.#fatal, this.#ignoreBOM);
        if (text !== undefined) return text;
      }
      this.#decode ??= ops.textDecoder(this.#encoding, this.#fatal, this.#ignoreBOM);
      this.#streaming = stream;
      return this.#decode(toBytes(input), stream);
    }
    [Symbol.for("nodejs.util.inspect.custom")](depth, options, inspect) {
      return `TextDecoder ${inspect({ encoding: this.#encoding, fatal: this.#fatal, ignoreBOM: this.#ignoreBOM }, options)}`;
    }
  }

  // For the runtime's own text (bodies, URLs, forms): what a program does to the classes'
  // prototypes does not reach these.
  core.encodeUtf8 = encode;
  core.decodeUtf8 = (bytes) => decodeWholeUtf8(bytes, false, false) ?? core.textDecode(new TextDecoder(), bytes);
  core.viewBytes = viewBytes;
  core.TextDecoder = TextDecoder;
  const { decode } = TextDecoder.prototype;
  core.textDecode = (decoder, ...args) => ReflectApply(decode, decoder, args);
  core.webidl.defineInterface(TextEncoder, { brand: isTextEncoder });
  core.webidl.defineInterface(TextDecoder, { brand: isTextDecoder });
  core.defineGlobal("TextEncoder", TextEncoder);
  core.defineGlobal("TextDecoder", TextDecoder);
})
