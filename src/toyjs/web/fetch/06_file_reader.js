// FileReader (File API): reads a Blob, reporting through events, one task after another.
(function (core, ops) {
  "use strict";
  const { EventTarget, ProgressEvent, DOMException, blobBytes, blobType, isBlob, dispatch } = core;
  const {
    String, TypeError, ReflectApply, RegExpPrototypeExec, StringFromCharCode, StringPrototypeToLowerCase,
    TypedArrayPrototypeSlice, TypedArrayPrototypeSubarray, FunctionPrototypeApply,
  } = core.primordials;
  const EMPTY = 0, LOADING = 1, DONE = 2;
  const { setTimeout } = core.timerFunctions;
  const CHUNK = 0x2000; // bytes made into characters per call, within the engine's argument limit

  function binaryString(bytes) {
    let text = "";
    for (let i = 0; i < bytes.length; i += CHUNK) {
      text += ReflectApply(StringFromCharCode, null, TypedArrayPrototypeSubarray(bytes, i, i + CHUNK));
    }
    return text;
  }

  // The encoding readAsText decodes with: a byte order mark's, else the label given, else the
  // Blob type's charset, else UTF-8 (File API's "package data" and Encoding's "decode").
  function decodeText(bytes, label, type) {
    let encoding = "utf-8";
    const charset = RegExpPrototypeExec(/;\s*charset\s*=\s*"?([^";\s]+)/i, type);
    for (const candidate of [label, charset?.[1]]) {
      if (candidate === undefined) continue;
      const found = ops.resolveEncoding(String(candidate));
      if (found !== null) {
        encoding = found;
        break;
      }
    }
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) encoding = "utf-8";
    else if (bytes[0] === 0xfe && bytes[1] === 0xff) encoding = "utf-16be";
    else if (bytes[0] === 0xff && bytes[1] === 0xfe) encoding = "utf-16le";
    return core.textDecode(new core.TextDecoder(encoding), bytes);
  }

  function packageData(bytes, how, label, type) {
    switch (how) {
      case "ArrayBuffer": return TypedArrayPrototypeSlice(bytes).buffer;
      case "BinaryString": return binaryString(bytes);
      case "Text": return decodeText(bytes, label, type);
      default: return `data:${type || "application/octet-stream"};base64,${core.btoa(binaryString(bytes))}`;
    }
  }

  let isFileReader;
  class FileReader extends EventTarget {
    #state = EMPTY; #result = null; #error = null;
    static { isFileReader = (value) => #state in value; }
    #read = 0; // which read operation is current: an aborted one's queued steps do nothing

    get readyState() { return this.#state; }
    get result() { return this.#result; }
    get error() { return this.#error; }

    readAsArrayBuffer(blob) { this.#start("readAsArrayBuffer", blob, "ArrayBuffer"); }
    readAsBinaryString(blob) { this.#start("readAsBinaryString", blob, "BinaryString"); }
    readAsText(blob, encoding = undefined) { this.#start("readAsText", blob, "Text", encoding); }
    readAsDataURL(blob) { this.#start("readAsDataURL", blob, "DataURL"); }

    abort() {
      if (this.#state !== LOADING) {
        this.#result = null;
        return;
      }
      this.#state = DONE;
      this.#result = null;
      this.#read++;
      this.#fire("abort");
      if (this.#state !== LOADING) this.#fire("loadend");
    }

    #start(method, blob, how, label) {
      if (!isBlob(blob)) throw new TypeError(`Failed to execute '${method}' on 'FileReader': parameter 1 is not of type 'Blob'.`);
      if (this.#state === LOADING) throw new DOMException("The object is in an invalid state.", "InvalidStateError");
      this.#state = LOADING;
      this.#result = null;
      this.#error = null;
      const read = ++this.#read;
      const bytes = blobBytes(blob);
      const type = blobType(blob);
      const step = (action) => setTimeout(() => { if (this.#read === read) action(); }, 0);
      // "loadend" follows "load" or "error" in a task of its own: a browser runs the promise
      // reactions of the first event's listeners before the second, which a task between
      // them gives here too.
      const end = (type, loaded, total = loaded) => {
        this.#fire(type, loaded, total);
        if (this.#state !== LOADING) step(() => this.#fire("loadend", loaded, total));
      };
      const finish = () => {
        this.#state = DONE;
        try {
          this.#result = packageData(bytes, how, label, type);
        } catch (error) {
          this.#error = error;
          end("error", 0, bytes.length);
          return;
        }
        end("load", bytes.length);
      };
      step(() => {
        this.#fire("loadstart", 0, bytes.length);
        if (bytes.length === 0) step(finish);
        else step(() => { this.#fire("progress", bytes.length); step(finish); });
      });
    }

    #fire(type, loaded = 0, total = loaded) {
      dispatch(this, core.trustEvent(new ProgressEvent(type, { lengthComputable: true, loaded, total })));
    }
  }
  for (const [name, value] of Object.entries({ EMPTY, LOADING, DONE })) {
    Object.defineProperty(FileReader, name, { value, enumerable: true });
    Object.defineProperty(FileReader.prototype, name, { value, enumerable: true });
  }
  core.defineEventHandlers(FileReader.prototype, ["loadstart", "progress", "load", "abort", "error", "loadend"]);
  core.webidl.defineInterface(FileReader, { brand: isFileReader });
  core.registerPlatformInterface(FileReader, { brand: isFileReader }); // (not serializable)

  core.defineGlobal("FileReader", FileReader);
})
