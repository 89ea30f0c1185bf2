// FormData (XMLHttpRequest Standard), and its multipart/form-data encoding and parsing.
(function (core, ops) {
  "use strict";
  const { Blob } = core;
  const encoder = new TextEncoder();

  function entryValue(value, filename) {
    if (value instanceof Blob) {
      const name = filename !== undefined ? String(filename) : value instanceof File ? value.name : "blob";
      if (value instanceof File && filename === undefined) return value;
      return new File([value], name, { type: value.type, lastModified: value instanceof File ? value.lastModified : undefined });
    }
    return String(value);
  }

  class FormData {
    #entries = [];
    constructor(form = undefined) {
      if (form !== undefined) throw new TypeError("FormData constructor: HTML forms are not supported");
    }
    append(name, value, filename) { this.#entries.push([String(name), entryValue(value, filename)]); }
    set(name, value, filename) {
      name = String(name);
      const entry = [name, entryValue(value, filename)];
      const index = this.#entries.findIndex(([n]) => n === name);
      if (index === -1) this.#entries.push(entry);
      else this.#entries = this.#entries.filter(([n], i) => n !== name || i === index).map((e) => (e[0] === name ? entry : e));
    }
    get(name) { const found = this.#entries.find(([n]) => n === String(name)); return found ? found[1] : null; }
    getAll(name) { return this.#entries.filter(([n]) => n === String(name)).map(([, v]) => v); }
    has(name) { return this.#entries.some(([n]) => n === String(name)); }
    delete(name) { this.#entries = this.#entries.filter(([n]) => n !== String(name)); }
    *entries() { for (const [name, value] of this.#entries) yield [name, value]; }
    *keys() { for (const [name] of this.#entries) yield name; }
    *values() { for (const [, value] of this.#entries) yield value; }
    forEach(callback, thisArg) { for (const [name, value] of this.#entries) callback.call(thisArg, value, name, this); }
    [Symbol.iterator]() { return this.entries(); }
  }
  Object.defineProperty(FormData.prototype, Symbol.toStringTag, { value: "FormData", configurable: true });

  const escapeName = (name) => name.replace(/\n/g, "%0A").replace(/\r/g, "%0D").replace(/"/g, "%22");

  // [bytes, content type] of a FormData body.
  core.encodeFormData = (form) => {
    const boundary = `----formdata-toyjs-${crypto.randomUUID().replace(/-/g, "")}`;
    const chunks = [];
    for (const [name, value] of form) {
      let head = `--${boundary}\r\nContent-Disposition: form-data; name="${escapeName(name)}"`;
      if (typeof value === "string") {
        chunks.push(encoder.encode(`${head}\r\n\r\n${value.replace(/\r(?!\n)|(?<!\r)\n/g, "\r\n")}\r\n`));
      } else {
        head += `; filename="${escapeName(value.name)}"\r\nContent-Type: ${value.type || "application/octet-stream"}\r\n\r\n`;
        chunks.push(encoder.encode(head), core.blobBytes(value), encoder.encode("\r\n"));
      }
    }
    chunks.push(encoder.encode(`--${boundary}--\r\n`));
    return [core.concatBytes(chunks), `multipart/form-data; boundary=${boundary}`];
  };

  function indexOf(bytes, pattern, from) {
    outer: for (let i = from; i <= bytes.length - pattern.length; i++) {
      for (let j = 0; j < pattern.length; j++) if (bytes[i + j] !== pattern[j]) continue outer;
      return i;
    }
    return -1;
  }

  // A FormData from a body of the given content type (multipart or urlencoded).
  core.decodeFormData = (bytes, contentType) => {
    const form = new FormData();
    const type = (contentType ?? "").toLowerCase();
    if (type.startsWith("application/x-www-form-urlencoded")) {
      for (const [name, value] of new URLSearchParams(new TextDecoder().decode(bytes))) form.append(name, value);
      return form;
    }
    const boundary = /boundary="?([^";]+)"?/i.exec(contentType ?? "")?.[1];
    if (!type.startsWith("multipart/form-data") || !boundary) {
      throw new TypeError("Response.formData: the body is not multipart/form-data or urlencoded");
    }
    const delimiter = encoder.encode(`--${boundary}`);
    let at = indexOf(bytes, delimiter, 0);
    while (at !== -1) {
      const start = at + delimiter.length;
      if (bytes[start] === 45 && bytes[start + 1] === 45) break; // "--": the end
      const next = indexOf(bytes, delimiter, start);
      if (next === -1) throw new TypeError("Response.formData: unterminated multipart body");
      const part = bytes.subarray(start + 2, next - 2); // skip CRLF after the delimiter and before the next
      const split = indexOf(part, encoder.encode("\r\n\r\n"), 0);
      const head = new TextDecoder().decode(part.subarray(0, split));
      const body = part.subarray(split + 4);
      const name = /name="([^"]*)"/i.exec(head)?.[1] ?? "";
      const filename = /filename="([^"]*)"/i.exec(head)?.[1];
      const partType = /content-type:\s*([^\r\n]+)/i.exec(head)?.[1] ?? "";
      if (filename !== undefined) form.append(name, new File([body.slice()], filename, { type: partType }));
      else form.append(name, new TextDecoder().decode(body));
      at = next;
    }
    return form;
  };

  core.FormData = FormData;
  core.defineGlobal("FormData", FormData);
})
