// Blob and File (File API): immutable bytes with a type.
(function (core, ops) {
  "use strict";
  const {
    ArrayBuffer, DateNow, Number, RegExpPrototypeTest, String, StringPrototypeToLowerCase, SymbolIterator,
    TypeError, Uint8Array, ArrayBufferIsView, ArrayBufferPrototypeSlice, ArrayPrototypeMap, MathMax, MathMin,
    TypedArrayPrototypeSet, TypedArrayPrototypeSlice,
  } = core.primordials;
  const { encodeUtf8, viewBytes } = core;

  // Bytes the runtime already holds, made into a Blob or File without iterating parts (which
  // would run the program's array iterator).
  class OwnBytes {
    constructor(bytes) { this.bytes = bytes; }
  }

  function partBytes(part) {
    if (part instanceof Blob) return blobBytes(part);
    if (part instanceof ArrayBuffer) return new Uint8Array(ArrayBufferPrototypeSlice(part, 0));
    if (ArrayBufferIsView(part)) return TypedArrayPrototypeSlice(viewBytes(part));
    return encodeUtf8(String(part));
  }

  function concat(chunks) {
    let total = 0;
    for (let i = 0; i < chunks.length; i++) total += chunks[i].length;
    const out = new Uint8Array(total);
    let offset = 0;
    for (let i = 0; i < chunks.length; i++) {
      TypedArrayPrototypeSet(out, chunks[i], offset);
      offset += chunks[i].length;
    }
    return out;
  }

  class Blob {
    #bytes;
    #type;
    constructor(parts = [], options = {}) {
      if (parts instanceof OwnBytes) {
        this.#bytes = parts.bytes;
      } else {
        if (parts === null || typeof parts !== "object" || typeof parts[SymbolIterator] !== "function") {
          throw new TypeError('The "sources" argument must be a sequence.');
        }
        this.#bytes = concat(ArrayPrototypeMap([...parts], partBytes)); // (iterated as the standard says)
      }
      const type = String(options?.type ?? "");
      this.#type = RegExpPrototypeTest(/^[\x20-\x7e]*$/, type) ? StringPrototypeToLowerCase(type) : "";
    }
    get size() { return this.#bytes.length; }
    get type() { return this.#type; }
    slice(start = 0, end = this.#bytes.length, type = "") {
      const size = this.#bytes.length;
      const from = start < 0 ? MathMax(size + start, 0) : MathMin(start, size);
      const to = end < 0 ? MathMax(size + end, 0) : MathMin(end, size);
      return new Blob(new OwnBytes(TypedArrayPrototypeSlice(this.#bytes, from, MathMax(from, to))), { type });
    }
    async text() { return core.decodeUtf8(this.#bytes); }
    async arrayBuffer() { return TypedArrayPrototypeSlice(this.#bytes).buffer; }
    async bytes() { return TypedArrayPrototypeSlice(this.#bytes); }
    stream() {
      const bytes = this.#bytes;
      return new core.ReadableStream({
        type: "bytes",
        start(controller) {
          if (bytes.length > 0) controller.enqueue(TypedArrayPrototypeSlice(bytes));
          controller.close();
        },
      });
    }
    [Symbol.for("nodejs.util.inspect.custom")](depth, options, inspect) {
      return `Blob ${inspect({ size: this.size, type: this.type }, options)}`;
    }
    static bytesOf(blob) { return blob.#bytes; }
  }
  const blobBytes = Blob.bytesOf;
  delete Blob.bytesOf;
  Object.defineProperty(Blob.prototype, Symbol.toStringTag, { value: "Blob", configurable: true });

  class File extends Blob {
    #name;
    #lastModified;
    constructor(parts, name, options = {}) {
      if (arguments.length < 2) throw new TypeError('The "fileName" argument must be specified');
      super(parts, options);
      this.#name = String(name);
      this.#lastModified = options?.lastModified !== undefined ? Number(options.lastModified) : DateNow();
    }
    get name() { return this.#name; }
    get lastModified() { return this.#lastModified; }
  }
  Object.defineProperty(File.prototype, Symbol.toStringTag, { value: "File", configurable: true });

  core.blobBytes = blobBytes;
  core.concatBytes = concat;
  core.newBlob = (bytes, type) => new Blob(new OwnBytes(bytes), { type });
  core.newFile = (bytes, name, options) => new File(new OwnBytes(bytes), name, options);
  core.Blob = Blob;
  core.File = File;
  core.defineGlobal("Blob", Blob);
  core.defineGlobal("File", File);
})
