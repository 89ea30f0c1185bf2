// Request and Response, and the Body mixin they share (Fetch Standard).
(function (core, ops) {
  "use strict";
  const { Headers, Blob, ReadableStream, URL, URLSearchParams, encodeUtf8, decodeUtf8, headersGet, headersHas, headersSet } = core;
  const {
    SafeSet, ArrayBuffer, RangeError, String, TypeError, Uint8Array, ArrayBufferIsView, ArrayBufferPrototypeSlice,
    ArrayPrototypeIncludes, ArrayPrototypeJoin, ArrayPrototypePush, JSONParse, JSONStringify, NumberIsInteger,
    RegExpPrototypeTest, StringPrototypeIndexOf, StringPrototypeSlice,
    StringPrototypeSplit, StringPrototypeToLowerCase, StringPrototypeToUpperCase, StringPrototypeTrim,
    TypedArrayPrototypeSlice,
  } = core.primordials;
  const create = Symbol("create");

  // Extracts a body: { source: bytes or a stream, type: a content type or null }.
  function extractBody(body) {
    if (typeof body === "string") return { source: body, type: "text/plain;charset=UTF-8" };
    if (body instanceof URLSearchParams) {
      return { source: core.serializeForm(body), type: "application/x-www-form-urlencoded;charset=UTF-8" };
    }
    if (body instanceof core.FormData) return core.encodeFormData(body);
    if (body instanceof Blob) return { source: core.blobBytes(body), type: body.type || null };
    if (body instanceof ArrayBuffer) return { source: new Uint8Array(ArrayBufferPrototypeSlice(body, 0)), type: null };
    if (ArrayBufferIsView(body)) return { source: TypedArrayPrototypeSlice(core.viewBytes(body)), type: null };
    if (core.isReadableStream(body)) {
      if (core.isDisturbed(body) || core.isLocked(body)) throw new TypeError("The body's ReadableStream is disturbed or locked");
      return { source: body, type: null };
    }
    return { source: String(body), type: "text/plain;charset=UTF-8" };
  }

  // The body of a Request or Response: known bytes, or a stream of Uint8Array chunks. Text
  // stays text until its bytes are needed: `toyjs serve` sends a string body as node:http
  // sends one (a Uint8Array becomes a Buffer over its ArrayBuffer there, which for a small
  // array V8 kept on its heap means memory of its own, freed later by V8's worker thread).
  class Body {
    constructor(source) {
      this.source = source; // string (UTF-8 to be) | Uint8Array | ReadableStream | null
      this.stream = null;
      this.used = false;
    }
    // The known bytes of a body that is not a stream.
    knownBytes() {
      if (typeof this.source === "string") this.source = encodeUtf8(this.source);
      return this.source;
    }
    get readable() {
      if (this.source === null) return null;
      if (this.stream === null) {
        if (core.isReadableStream(this.source)) this.stream = this.source;
        else {
          const bytes = this.knownBytes();
          this.stream = new ReadableStream({
            type: "bytes",
            start(controller) {
              if (bytes.length > 0) controller.enqueue(TypedArrayPrototypeSlice(bytes));
              controller.close();
            },
          });
          // Bytes read without their stream were still read through it, as the standard has
          // it: the stream is locked to that reading and disturbed.
          if (this.used) core.readerRead(new core.ReadableStreamDefaultReader(this.stream));
        }
      }
      return this.stream;
    }
    get bodyUsed() {
      const stream = this.stream ?? (core.isReadableStream(this.source) ? this.source : null);
      return this.used || (stream !== null && core.isDisturbed(stream));
    }
    async bytes() {
      if (this.bodyUsed) throw new TypeError("Body is unusable: Body has already been read");
      if (this.stream !== null && core.isLocked(this.stream)) throw new TypeError("Body is unusable: Body has already been read");
      if (this.source === null) return new Uint8Array(0); // (no body: nothing is used)
      this.used = true;
      if (!core.isReadableStream(this.source) && this.stream === null) return this.knownBytes();
      const chunks = [];
      const reader = new core.ReadableStreamDefaultReader(this.readable);
      for (;;) {
        const { value, done } = await core.readerRead(reader);
        if (done) break;
        if (!(value instanceof Uint8Array)) throw new TypeError("Received non-Uint8Array chunk");
        ArrayPrototypePush(chunks, value);
      }
      return core.concatBytes(chunks);
    }
    // A program's stream, to be read a chunk at a time (a request's body uploaded as it
    // comes): null for known bytes or no body.
    streamReader() {
      if (this.source === null || !core.isReadableStream(this.source)) return null;
      if (this.bodyUsed || this.locked) throw new TypeError("Body is unusable: Body has already been read");
      this.used = true;
      return new core.ReadableStreamDefaultReader(this.readable);
    }
    get locked() {
      const stream = this.stream ?? (core.isReadableStream(this.source) ? this.source : null);
      return stream !== null && core.isLocked(stream);
    }
    // Moves the body into a new one (the Fetch Standard's proxy of a Request's body): known
    // bytes get a stream of their own there; a program's stream goes over as it is.
    take() {
      const taken = new Body(core.isReadableStream(this.source) ? this.stream ?? this.source : this.source);
      this.used = true;
      return taken;
    }
    clone() {
      if (this.bodyUsed) throw new TypeError("Body has already been consumed.");
      if (this.source === null || (!core.isReadableStream(this.source) && this.stream === null)) return new Body(this.source);
      const branches = core.tee(this.readable);
      this.source = branches[0];
      this.stream = branches[0];
      return new Body(branches[1]);
    }
  }

  // A MIME type as the MIME Sniffing Standard serializes it: "type/subtype;name=value".
  function serializeMime(value) {
    if (!value) return "";
    const parts = StringPrototypeSplit(value, ";");
    const serialized = [StringPrototypeToLowerCase(StringPrototypeTrim(parts[0]))];
    for (let i = 1; i < parts.length; i++) {
      const parameter = StringPrototypeTrim(parts[i]);
      const at = StringPrototypeIndexOf(parameter, "=");
      if (at === -1) continue;
      const name = StringPrototypeToLowerCase(StringPrototypeTrim(StringPrototypeSlice(parameter, 0, at)));
      ArrayPrototypePush(serialized, `${name}=${StringPrototypeTrim(StringPrototypeSlice(parameter, at + 1))}`);
    }
    return ArrayPrototypeJoin(serialized, ";");
  }

  function mixBody(cls, bodyOf, headersOf) {
    Object.assign(cls.prototype, {
      async arrayBuffer() { return TypedArrayPrototypeSlice(await bodyOf(this).bytes()).buffer; },
      async bytes() { return TypedArrayPrototypeSlice(await bodyOf(this).bytes()); },
      async text() { return decodeUtf8(await bodyOf(this).bytes()); },
      async json() { return JSONParse(decodeUtf8(await bodyOf(this).bytes())); },
      async formData() {
        return core.decodeFormData(await bodyOf(this).bytes(), headersGet(headersOf(this), "content-type"));
      },
      async blob() {
        const bytes = TypedArrayPrototypeSlice(await bodyOf(this).bytes());
        return core.newBlob(bytes, serializeMime(headersGet(headersOf(this), "content-type")));
      },
    });
    Object.defineProperty(cls.prototype, "body", { get() { return bodyOf(this).readable; }, enumerable: true, configurable: true });
    Object.defineProperty(cls.prototype, "bodyUsed", { get() { return bodyOf(this).bodyUsed; }, enumerable: true, configurable: true });
  }

  const METHODS = new SafeSet(["DELETE", "GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH"]);
  const FORBIDDEN_METHODS = new SafeSet(["CONNECT", "TRACE", "TRACK"]);
  const REDIRECT_MODES = ["follow", "error", "manual"];
  const PRIORITIES = ["high", "low", "auto"];

  const REQUEST_SHOWN = [
    "method", "url", "headers", "destination", "referrer", "referrerPolicy", "mode", "credentials", "cache", "redirect",
    "integrity", "keepalive", "isReloadNavigation", "isHistoryNavigation", "signal",
  ];

  const FROM_SERVER = Symbol("fromServer"); // (only this file can name it)

  let isRequest;
  class Request {
    #url; #method; #headers; #body; #signal; #redirect;
    #blob = null; // what a blob: URL stood for when the Request was made (File API)
    static { isRequest = (value) => #url in value; }

    constructor(input, init = {}) {
      if (input === FROM_SERVER) return; // (Request.fromServer gives the fields)
      if (arguments.length === 0) throw new TypeError("Request constructor: 1 argument required, but only 0 present.");
      init ??= {};
      let base = null;
      if (input instanceof Request) {
        base = input;
        this.#url = input.#url;
        this.#blob = input.#blob;
      } else {
        let parsed;
        try {
          parsed = core.parseFetchURL(String(input));
        } catch (error) {
          throw new TypeError(`Failed to parse URL from ${String(input)}`, { cause: error });
        }
        if (parsed.username || parsed.password) {
          throw new TypeError(`Request cannot be constructed from a URL that includes credentials: ${String(input)}`);
        }
        this.#url = parsed.href;
        if (parsed.protocol === "blob:") this.#blob = core.resolveBlobURL(parsed.href);
      }
      let method = init.method ?? base?.#method ?? "GET";
      if (!RegExpPrototypeTest(/^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/, method)) throw new TypeError(`'${method}' is not a valid HTTP method.`);
      const upper = StringPrototypeToUpperCase(method);
      if (FORBIDDEN_METHODS.has(upper)) throw new TypeError(`'${method}' HTTP method is unsupported.`);
      if (METHODS.has(upper)) method = upper;
      this.#method = method;
      this.#headers = new Headers(init.headers ?? base?.#headers);
      this.#signal = init.signal ?? (base === null ? core.newAbortSignal() : base.#abortSignal());
      this.#redirect = init.redirect ?? base?.#redirect ?? "follow";
      if (init.duplex !== undefined && String(init.duplex) !== "half") {
        throw new TypeError(`Request constructor: ${String(init.duplex)} is not an accepted type. Expected one of half.`);
      }
      if (init.priority !== undefined && !ArrayPrototypeIncludes(PRIORITIES, String(init.priority))) {
        throw new TypeError(`Request constructor: ${String(init.priority)} is not an accepted type. Expected one of high, low, auto.`);
      }
      if (!ArrayPrototypeIncludes(REDIRECT_MODES, this.#redirect)) {
        throw new TypeError(`Request constructor: ${this.#redirect} is not an accepted type. Expected one of follow, manual, error.`);
      }
      let body = null;
      if (init.body !== undefined && init.body !== null) {
        if (method === "GET" || method === "HEAD") throw new TypeError("Request with GET/HEAD method cannot have body.");
        const { source, type } = extractBody(init.body);
        // (a stream is sent as it comes, the response possibly arriving meanwhile: the program says so)
        if (core.isReadableStream(source) && init.duplex === undefined) {
          throw new TypeError("RequestInit: duplex option is required when sending a body.");
        }
        body = new Body(source);
        if (type !== null && !headersHas(this.#headers, "content-type")) headersSet(this.#headers, "content-type", type);
      } else if (base !== null && base.#body.source !== null) {
        // The new Request takes the input's body, which is used from then on.
        if (method === "GET" || method === "HEAD") throw new TypeError("Request with GET/HEAD method cannot have body.");
        if (base.#body.bodyUsed || base.#body.locked) {
          throw new TypeError("Request constructor: the input Request's body is already used or locked.");
        }
        body = base.#body.take();
      }
      // (an input Request's body is used up by the new one even where the init gave another)
      if (body !== null && base !== null && base.#body.source !== null) base.#body.used = true;
      this.#body = body ?? new Body(null);
    }
    get url() { return this.#url; }
    get method() { return this.#method; }
    get headers() { return this.#headers; }
    get signal() { return this.#abortSignal(); }
    #abortSignal() { return this.#signal ??= core.newAbortSignal(); } // (made when first asked for: fromServer)
    get redirect() { return this.#redirect; }
    get destination() { return ""; }
    get referrer() { return "about:client"; }
    get referrerPolicy() { return ""; }
    get mode() { return "cors"; }
    get credentials() { return "same-origin"; }
    get cache() { return "default"; }
    get integrity() { return ""; }
    get keepalive() { return false; }
    get isReloadNavigation() { return false; }
    get isHistoryNavigation() { return false; }
    get duplex() { return "half"; }
    clone() {
      if (this.#body.bodyUsed) throw new TypeError("Request.clone: Body has already been consumed.");
      // A copy made from this Request while it shows no body (the constructor would take the
      // body), then given a clone of the body.
      const body = this.#body;
      this.#body = new Body(null);
      let copy;
      try {
        copy = new Request(this);
      } finally {
        this.#body = body;
      }
      copy.#body = body.clone();
      return copy;
    }
    [Symbol.for("nodejs.util.inspect.custom")](depth, options, inspect) {
      const shown = {};
      for (let i = 0; i < REQUEST_SHOWN.length; i++) shown[REQUEST_SHOWN[i]] = this[REQUEST_SHOWN[i]];
      return `Request ${inspect(shown, options)}`;
    }
    // A request a server received (toyjs serve): its URL parsed, its method and headers as the
    // HTTP parser checked them, its body a stream or null. None of the constructor's checks and
    // conversions run again, and the signal is made only if the handler asks for it.
    static fromServer(url, method, headers, body) {
      const request = new Request(FROM_SERVER);
      request.#url = url;
      request.#method = method;
      request.#headers = headers;
      request.#signal = null;
      request.#redirect = "follow";
      request.#body = new Body(body);
      return request;
    }
    static bodyOf(request) { return request.#body; }
    static headersOf(request) { return request.#headers; }
    // What fetch sends, whatever a program did to the class's getters.
    static record(request) {
      return {
        url: request.#url, method: request.#method, headers: request.#headers, signal: request.#abortSignal(),
        redirect: request.#redirect, body: request.#body, blob: request.#blob,
      };
    }
  }
  mixBody(Request, Request.bodyOf, Request.headersOf);
  core.requestRecord = Request.record;
  core.requestFromServer = Request.fromServer;
  delete Request.fromServer;
  delete Request.bodyOf;
  delete Request.headersOf;
  delete Request.record;
  core.webidl.defineInterface(Request, { brand: isRequest, brandMessage: "Illegal invocation" });
  core.registerPlatformInterface(Request, { brand: isRequest }); // (not serializable)

  const NULL_BODY_STATUS = new SafeSet([101, 103, 204, 205, 304]);
  const REDIRECT_STATUS = new SafeSet([301, 302, 303, 307, 308]);

  const RESPONSE_SHOWN = ["status", "statusText", "headers", "body", "bodyUsed", "ok", "redirected", "type", "url"];

  let isResponse;
  class Response {
    #status; #statusText; #headers; #body; #type = "default"; #url = ""; #redirected = false;
    static { isResponse = (value) => #status in value; }

    constructor(body = null, init = {}) {
      init ??= {};
      const status = init.status ?? 200;
      if (!NumberIsInteger(status) || status < 200 || status > 599) {
        throw new RangeError(`init["status"] must be in the range of 200 to 599, inclusive.`);
      }
      const statusText = String(init.statusText ?? "");
      if (statusText !== "" && RegExpPrototypeTest(/[^\t\x20-\x7e\x80-\xff]/, statusText)) throw new TypeError("Invalid statusText");
      this.#status = status;
      this.#statusText = statusText;
      this.#headers = new Headers(init.headers);
      if (body !== null && body !== undefined) {
        if (NULL_BODY_STATUS.has(status)) throw new TypeError("Response constructor: Invalid response status code " + status);
        const { source, type } = extractBody(body);
        this.#body = new Body(source);
        if (type !== null && !headersHas(this.#headers, "content-type")) headersSet(this.#headers, "content-type", type);
      } else {
        this.#body = new Body(null);
      }
    }
    get type() { return this.#type; }
    get url() { return this.#url; }
    get redirected() { return this.#redirected; }
    get status() { return this.#status; }
    get ok() { return this.#status >= 200 && this.#status <= 299; }
    get statusText() { return this.#statusText; }
    get headers() { return this.#headers; }
    [Symbol.for("nodejs.util.inspect.custom")](depth, options, inspect) {
      const shown = {};
      for (let i = 0; i < RESPONSE_SHOWN.length; i++) shown[RESPONSE_SHOWN[i]] = this[RESPONSE_SHOWN[i]];
      return `Response ${inspect(shown, options)}`;
    }
    clone() {
      if (this.#body.bodyUsed) throw new TypeError("Response.clone: Body has already been consumed.");
      const copy = new Response(null, { status: 200 });
      copy.#status = this.#status;
      copy.#statusText = this.#statusText;
      copy.#headers = new Headers(this.#headers);
      copy.#type = this.#type;
      copy.#url = this.#url;
      copy.#redirected = this.#redirected;
      copy.#body = this.#body.clone();
      return copy;
    }

    static error() {
      const response = new Response(null, { status: 200 });
      response.#status = 0;
      response.#type = "error";
      core.freezeHeaders(response.#headers);
      return response;
    }
    static json(data, init = {}) {
      const text = JSONStringify(data);
      if (text === undefined) throw new TypeError("Value is not JSON serializable");
      const response = new Response(null, init);
      if (NULL_BODY_STATUS.has(response.#status)) throw new TypeError("Response.json: Invalid response status code " + response.#status);
      response.#body = new Body(text);
      if (!headersHas(response.#headers, "content-type")) headersSet(response.#headers, "content-type", "application/json");
      return response;
    }
    static redirect(url, status = 302) {
      const target = core.parseFetchURL(String(url)).href;
      if (!REDIRECT_STATUS.has(status)) throw new RangeError(`Invalid status code ${status}`);
      const response = new Response(null, { status });
      headersSet(response.#headers, "location", target);
      core.freezeHeaders(response.#headers);
      return response;
    }
    // A response from the network: its headers are immutable; its body streams.
    static fromNetwork(meta, source) {
      const response = new Response(null, { status: 200 });
      response.#status = meta.status;
      response.#statusText = meta.statusText;
      response.#headers = core.freezeHeaders(core.headersFromPairs(meta.headers));
      response.#type = meta.type ?? "basic";
      response.#url = meta.url;
      response.#redirected = meta.redirected;
      response.#body = new Body(NULL_BODY_STATUS.has(meta.status) || meta.method === "HEAD" ? null : source);
      return response;
    }
    static bodyOf(response) { return response.#body; }
    static headersOf(response) { return response.#headers; }
    // What a server sends first: [status, statusText, header pairs as iteration gives them].
    static head(response) { return [response.#status, response.#statusText, core.headerPairs(response.#headers)]; }
  }
  core.responseFromNetwork = Response.fromNetwork;
  core.responseHead = Response.head;
  // A Response's whole body when it was given as bytes (a string, a buffer, a Blob) and no
  // stream of it was made: taken (the body is used from then on) as a string (to be sent as
  // UTF-8) or a Uint8Array, or undefined. A server sends such a body in one piece, with its
  // length.
  const responseBody = Response.bodyOf;
  core.takeKnownBody = (response) => {
    const body = responseBody(response);
    if (body.source === null || body.stream !== null || body.used || core.isReadableStream(body.source)) return undefined;
    body.used = true;
    return body.source;
  };
  mixBody(Response, Response.bodyOf, Response.headersOf);
  delete Response.bodyOf;
  delete Response.headersOf;
  delete Response.fromNetwork;
  delete Response.head;
  core.webidl.defineInterface(Response, { brand: isResponse, brandMessage: "Illegal invocation" });
  core.registerPlatformInterface(Response, { brand: isResponse }); // (not serializable)

  core.Request = Request;
  core.defineGlobal("Request", Request);
  core.defineGlobal("Response", Response);
})
