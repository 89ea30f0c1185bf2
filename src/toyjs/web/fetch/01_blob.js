// Blob and File (File API): immutable bytes with a type.
(function (core, ops) {
  "use strict";
  const encoder = new TextEncoder();
  const bytesOf = Symbol("bytes");

  function partBytes(part) {
    if (part instanceof Blob) return part[bytesOf]();
    if (part instanceof ArrayBuffer) return new Uint8Array(part.slice(0));
    if (ArrayBuffer.isView(part)) return new Uint8Array(part.buffer.slice(part.byteOffset, part.byteOffset + part.byteLength));
    return encoder.encode(String(part));
  }

  function concat(chunks) {
    const total = chunks.reduce((n, c) => n + c.length, 0);
    const out = new Uint8Array(total);
    let offset = 0;
    for (const chunk of chunks) {
      out.set(chunk, offset);
      offset += chunk.length;
    }
    return out;
  }

  class Blob {
    #bytes;
    #type;
    constructor(parts = [], options = {}) {
      if (parts === null || typeof parts !== "object" || typeof parts[Symbol.iterator] !== "function") {
        throw new TypeError('The "sources" argument must be a sequence.');
      }
      this.#bytes = concat([...parts].map(partBytes));
      const type = String(options?.type ?? "");
      this.#type = /^[\x20-\x7e]*$/.test(type) ? type.toLowerCase() : "";
    }
    [bytesOf]() { return this.#bytes; }
    get size() { return this.#bytes.length; }
    get type() { return this.#type; }
    slice(start = 0, end = this.#bytes.length, type = "") {
      const size = this.#bytes.length;
      const from = start < 0 ? Math.max(size + start, 0) : Math.min(start, size);
      const to = end < 0 ? Math.max(size + end, 0) : Math.min(end, size);
      return new Blob([this.#bytes.slice(from, Math.max(from, to))], { type });
    }
    async text() { return new TextDecoder().decode(this.#bytes); }
    async arrayBuffer() { return this.#bytes.slice().buffer; }
    async bytes() { return this.#bytes.slice(); }
    stream() {
      const bytes = this.#bytes;
      return new core.ReadableStream({
        start(controller) {
          if (bytes.length > 0) controller.enqueue(bytes.slice());
          controller.close();
        },
      });
    }
    [Symbol.for("nodejs.util.inspect.custom")](depth, options, inspect) {
      return `Blob ${inspect({ size: this.size, type: this.type }, options)}`;
    }
  }
  Object.defineProperty(Blob.prototype, Symbol.toStringTag, { value: "Blob", configurable: true });

  class File extends Blob {
    #name;
    #lastModified;
    constructor(parts, name, options = {}) {
      if (arguments.length < 2) throw new TypeError('The "fileName" argument must be specified');
      super(parts, options);
      this.#name = String(name);
      this.#lastModified = options?.lastModified !== undefined ? Number(options.lastModified) : Date.now();
    }
    get name() { return this.#name; }
    get lastModified() { return this.#lastModified; }
  }
  Object.defineProperty(File.prototype, Symbol.toStringTag, { value: "File", configurable: true });

  core.blobBytes = (blob) => blob[bytesOf]();
  core.concatBytes = concat;
  core.Blob = Blob;
  core.defineGlobal("Blob", Blob);
  core.defineGlobal("File", File);
})
