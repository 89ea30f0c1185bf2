// Blob and File (File API): immutable bytes with a type.
(function (core, ops) {
  "use strict";
  const {
    ArrayBuffer, DateNow, ReflectApply, SafeMap, StringPrototypeSplit, Number, RegExpPrototypeTest, String, StringPrototypeToLowerCase, SymbolIterator,
    TypeError, Uint8Array, ArrayBufferIsView, ArrayBufferPrototypeSlice, ArrayPrototypePush, MathFloor, MathMax, MathMin, NumberIsNaN,
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

  // A type as Blob keeps it: lower case, or "" where it has a character outside U+0020..U+007E.
  function contentType(type) {
    if (type === undefined) return "";
    const text = String(type);
    return RegExpPrototypeTest(/^[\x20-\x7e]*$/, text) ? StringPrototypeToLowerCase(text) : "";
  }

  // A slice's position as WebIDL's `[Clamp] long long` makes it: NaN as 0, clamped to the safe
  // integers, rounded half to even.
  const MAX_SAFE_INTEGER = 2 ** 53 - 1;
  function integer(value) {
    const number = Number(value);
    if (NumberIsNaN(number)) return 0;
    const clamped = MathMin(MathMax(number, -MAX_SAFE_INTEGER), MAX_SAFE_INTEGER);
    const floor = MathFloor(clamped);
    const fraction = clamped - floor;
    if (fraction !== 0.5) return fraction < 0.5 ? floor : floor + 1;
    return floor % 2 === 0 ? floor : floor + 1;
  }

  class Blob {
    #bytes;
    #type;
    constructor(parts = [], options = {}) {
      if (parts instanceof OwnBytes) {
        this.#bytes = parts.bytes;
      } else {
        const iterate = parts !== null && typeof parts === "object" ? parts[SymbolIterator] : undefined;
        if (typeof iterate !== "function") throw new TypeError('The "sources" argument must be a sequence.');
        // Each part is converted as the iteration reaches it, as WebIDL converts a sequence.
        const chunks = [];
        for (const part of { [SymbolIterator]: () => ReflectApply(iterate, parts, []) }) ArrayPrototypePush(chunks, partBytes(part));
        this.#bytes = concat(chunks);
      }
      if (options !== undefined && options !== null && typeof options !== "object" && typeof options !== "function") {
        throw new TypeError('The "options" argument must be of type object.');
      }
      // (a dictionary's members are read in lexicographic order)
      const endings = options?.endings;
      if (endings !== undefined && String(endings) !== "transparent" && String(endings) !== "native") {
        throw new TypeError(`The "options.endings" property must be "transparent" or "native". Received ${String(endings)}`);
      }
      this.#type = contentType(options?.type);
    }
    get size() { return this.#bytes.length; }
    get type() { return this.#type; }
    slice(start = 0, end = this.#bytes.length, type = undefined) {
      const size = this.#bytes.length;
      start = integer(start);
      end = integer(end);
      const from = start < 0 ? MathMax(size + start, 0) : MathMin(start, size);
      const to = end < 0 ? MathMax(size + end, 0) : MathMin(end, size);
      return new Blob(new OwnBytes(TypedArrayPrototypeSlice(this.#bytes, from, MathMax(from, to))), { type: contentType(type) });
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
    static typeOf(blob) { return blob.#type; }
    static isBlob(value) { return value !== null && typeof value === "object" && #bytes in value; }
  }
  const blobBytes = Blob.bytesOf;
  const { typeOf: blobType, isBlob } = Blob;
  delete Blob.bytesOf;
  delete Blob.typeOf;
  delete Blob.isBlob;
  core.webidl.defineInterface(Blob, { brand: isBlob });

  let isFile, fileName, fileLastModified;
  class File extends Blob {
    #name;
    #lastModified;
    static {
      isFile = (value) => #name in value;
      fileName = (file) => file.#name;
      fileLastModified = (file) => file.#lastModified;
    }
    constructor(parts, name, options = {}) {
      if (arguments.length < 2) throw new TypeError('The "fileName" argument must be specified');
      super(parts, options);
      this.#name = String(name);
      this.#lastModified = options?.lastModified !== undefined ? Number(options.lastModified) : DateNow();
    }
    get name() { return this.#name; }
    get lastModified() { return this.#lastModified; }
  }
  core.webidl.defineInterface(File, { brand: isFile });

  // Both are serializable (HTML, File API): a copy holds the same bytes.
  core.registerPlatformInterface(Blob, {
    brand: isBlob,
    clone: (blob) => new Blob(new OwnBytes(blobBytes(blob)), { type: blobType(blob) }),
  });
  core.registerPlatformInterface(File, {
    brand: isFile,
    clone: (file) => new File(new OwnBytes(blobBytes(file)), fileName(file), { type: blobType(file), lastModified: fileLastModified(file) }),
  });

  // The blob URL store (File API): URL.createObjectURL's URLs and the Blobs they stand for,
  // until revoked. Looking a URL up leaves its fragment out; revoking takes the exact URL.
  const blobURLs = new SafeMap();
  const withoutFragment = (url) => StringPrototypeSplit(url, "#")[0];
  function createObjectURL(blob) {
    if (!isBlob(blob)) throw new TypeError("Failed to execute 'createObjectURL' on 'URL': parameter 1 is not of type 'Blob'.");
    const location = globalThis.location;
    const origin = location === undefined || location === null ? "null" : String(location.origin);
    const url = `blob:${origin}/${ops.fetchBlobURLPath()}`;
    blobURLs.set(url, blob);
    return url;
  }
  function revokeObjectURL(url) {
    blobURLs.delete(String(url));
  }
  core.URL.createObjectURL = createObjectURL;
  core.URL.revokeObjectURL = revokeObjectURL;
  // The Blob a blob: URL stands for now, or null.
  core.resolveBlobURL = (url) => blobURLs.get(withoutFragment(url)) ?? null;

  core.blobBytes = blobBytes;
  core.blobType = blobType;
  core.isBlob = isBlob;
  core.concatBytes = concat;
  core.newBlob = (bytes, type) => new Blob(new OwnBytes(bytes), { type });
  core.newFile = (bytes, name, options) => new File(new OwnBytes(bytes), name, options);
  core.Blob = Blob;
  core.File = File;
  core.defineGlobal("Blob", Blob);
  core.defineGlobal("File", File);
})
