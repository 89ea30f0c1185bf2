// FormData (XMLHttpRequest Standard), and its multipart/form-data encoding and parsing.
(function (core, ops) {
  "use strict";
  const { Blob, File, encodeUtf8, decodeUtf8 } = core;
  const {
    ReflectApply, String, TypeError, ArrayPrototypeFilter, ArrayPrototypeFind, ArrayPrototypeFindIndex,
    ArrayPrototypeMap, ArrayPrototypePush, ArrayPrototypeSome, RegExpPrototypeExec, RegExpPrototypeSymbolReplace,
    StringPrototypeSlice, StringPrototypeStartsWith, StringPrototypeToLowerCase, TypedArrayPrototypeSlice, TypedArrayPrototypeSubarray,
  } = core.primordials;

  function entryValue(value, filename) {
    if (value instanceof Blob) {
      const name = filename !== undefined ? String(filename) : value instanceof File ? value.name : "blob";
      if (value instanceof File && filename === undefined) return value;
      const lastModified = value instanceof File ? value.lastModified : undefined;
      return core.newFile(core.blobBytes(value), name, { type: value.type, lastModified });
    }
    return String(value);
  }

  let isFormData;
  class FormData {
    #entries = [];
    static { isFormData = (value) => #entries in value; }
    constructor(form = undefined) {
      if (form !== undefined) throw new TypeError("FormData constructor: HTML forms are not supported");
    }
    append(name, value, filename = undefined) { ArrayPrototypePush(this.#entries, [String(name), entryValue(value, filename)]); }
    set(name, value, filename = undefined) {
      name = String(name);
      const entry = [name, entryValue(value, filename)];
      const index = ArrayPrototypeFindIndex(this.#entries, (e) => e[0] === name);
      if (index === -1) ArrayPrototypePush(this.#entries, entry);
      else {
        const kept = ArrayPrototypeFilter(this.#entries, (e, i) => e[0] !== name || i === index);
        this.#entries = ArrayPrototypeMap(kept, (e) => (e[0] === name ? entry : e));
      }
    }
    get(name) {
      name = String(name);
      const found = ArrayPrototypeFind(this.#entries, (e) => e[0] === name);
      return found ? found[1] : null;
    }
    getAll(name) {
      name = String(name);
      return ArrayPrototypeMap(ArrayPrototypeFilter(this.#entries, (e) => e[0] === name), (e) => e[1]);
    }
    has(name) { name = String(name); return ArrayPrototypeSome(this.#entries, (e) => e[0] === name); }
    delete(name) { name = String(name); this.#entries = ArrayPrototypeFilter(this.#entries, (e) => e[0] !== name); }
    *entries() { const list = this.#entries; for (let i = 0; i < list.length; i++) yield [list[i][0], list[i][1]]; }
    *keys() { const list = this.#entries; for (let i = 0; i < list.length; i++) yield list[i][0]; }
    *values() { const list = this.#entries; for (let i = 0; i < list.length; i++) yield list[i][1]; }
    forEach(callback, thisArg = undefined) {
      const list = this.#entries;
      for (let i = 0; i < list.length; i++) ReflectApply(callback, thisArg, [list[i][1], list[i][0], this]);
    }
    [Symbol.iterator]() { return this.entries(); }
    static entriesOf(form) { return form.#entries; }
  }
  const entriesOf = FormData.entriesOf;
  delete FormData.entriesOf;
  core.webidl.defineInterface(FormData, { brand: isFormData, brandMessage: "Illegal invocation", pairIterable: true });
  core.registerPlatformInterface(FormData, { brand: isFormData }); // (not serializable)

  const escapeName = (name) => {
    const once = RegExpPrototypeSymbolReplace(/\n/g, name, "%0A");
    return RegExpPrototypeSymbolReplace(/"/g, RegExpPrototypeSymbolReplace(/\r/g, once, "%0D"), "%22");
  };

  // A FormData body: { source: its bytes, type: its content type }.
  core.encodeFormData = (form) => {
    const boundary = `----formdata-toyjs-${RegExpPrototypeSymbolReplace(/-/g, ops.randomUUID(), "")}`;
    const chunks = [];
    const entries = entriesOf(form);
    for (let i = 0; i < entries.length; i++) {
      const name = entries[i][0], value = entries[i][1];
      let head = `--${boundary}\r\nContent-Disposition: form-data; name="${escapeName(name)}"`;
      if (typeof value === "string") {
        const text = RegExpPrototypeSymbolReplace(/\r(?!\n)|(?<!\r)\n/g, value, "\r\n");
        ArrayPrototypePush(chunks, encodeUtf8(`${head}\r\n\r\n${text}\r\n`));
      } else {
        head += `; filename="${escapeName(value.name)}"\r\nContent-Type: ${value.type || "application/octet-stream"}\r\n\r\n`;
        ArrayPrototypePush(chunks, encodeUtf8(head), core.blobBytes(value), encodeUtf8("\r\n"));
      }
    }
    ArrayPrototypePush(chunks, encodeUtf8(`--${boundary}--\r\n`));
    return { source: core.concatBytes(chunks), type: `multipart/form-data; boundary=${boundary}` };
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
    const entries = entriesOf(form);
    const type = StringPrototypeToLowerCase(contentType ?? "");
    if (StringPrototypeStartsWith(type, "application/x-www-form-urlencoded")) {
      const text = core.decodeUtf8WithoutBOM(bytes);
      const pairs = core.parseForm(StringPrototypeStartsWith(text, "?") ? StringPrototypeSlice(text, 1) : text);
      for (let i = 0; i < pairs.length; i++) ArrayPrototypePush(entries, pairs[i]);
      return form;
    }
    const boundary = RegExpPrototypeExec(/boundary="?([^";]+)"?/i, contentType ?? "")?.[1];
    if (!StringPrototypeStartsWith(type, "multipart/form-data") || !boundary) {
      throw new TypeError("Response.formData: the body is not multipart/form-data or urlencoded");
    }
    const delimiter = encodeUtf8(`--${boundary}`);
    const headEnd = encodeUtf8("\r\n\r\n");
    let at = indexOf(bytes, delimiter, 0);
    while (at !== -1) {
      const start = at + delimiter.length;
      if (bytes[start] === 45 && bytes[start + 1] === 45) break; // "--": the end
      const next = indexOf(bytes, delimiter, start);
      if (next === -1) throw new TypeError("Response.formData: unterminated multipart body");
      const part = TypedArrayPrototypeSubarray(bytes, start + 2, next - 2); // skip CRLF after the delimiter and before the next
      const split = indexOf(part, headEnd, 0);
      const head = decodeUtf8(TypedArrayPrototypeSubarray(part, 0, split));
      const body = TypedArrayPrototypeSubarray(part, split + 4);
      const name = RegExpPrototypeExec(/name="([^"]*)"/i, head)?.[1] ?? "";
      const filename = RegExpPrototypeExec(/filename="([^"]*)"/i, head)?.[1];
      const partType = RegExpPrototypeExec(/content-type:\s*([^\r\n]+)/i, head)?.[1] ?? "";
      if (filename !== undefined) ArrayPrototypePush(entries, [name, core.newFile(TypedArrayPrototypeSlice(body), filename, { type: partType })]);
      else ArrayPrototypePush(entries, [name, decodeUtf8(body)]);
      at = next;
    }
    return form;
  };

  core.FormData = FormData;
  core.defineGlobal("FormData", FormData);
})
