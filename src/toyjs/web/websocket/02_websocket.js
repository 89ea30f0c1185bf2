// WebSocket (WHATWG WebSockets): the client side of a connection the host keeps (ops.py).
// The host reports one message at a time and is asked for the next after each, so that a
// WebSocket keeps the program alive while it is open, as in Node.
(function (core, ops) {
  "use strict";
  const { EventTarget, Event, MessageEvent, ErrorEvent, CloseEvent, DOMException, URL, dispatch, encodeUtf8, viewBytes } = core;
  const {
    ArrayBuffer, ArrayBufferIsView, Uint8Array, ArrayBufferPrototypeSlice, MathFloor, MathMax, MathMin, ObjectGetOwnPropertyDescriptor,
    PromisePrototypeThen, ReflectApply, RegExpPrototypeTest, SafeSet, String, StringPrototypeSlice, StringPrototypeToLowerCase,
    SymbolIterator, TypeError, TypedArrayPrototypeGetBuffer, TypedArrayPrototypeGetByteLength,
    TypedArrayPrototypeGetByteOffset, TypedArrayPrototypeSlice,
  } = core.primordials;
  const CONNECTING = 0, OPEN = 1, CLOSING = 2, CLOSED = 3;
  const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/; // (RFC 7230's token, what a subprotocol must be)
  const MAX_REASON_BYTES = 123; // (a Close frame's 125 bytes of payload less the 2 of the code)

  // The URL's parts read with the class's own getters, whatever a program did to them since.
  const urlGetter = (name) => ObjectGetOwnPropertyDescriptor(URL.prototype, name).get;
  const [getHref, getProtocol, getHash, getOrigin] = [urlGetter("href"), urlGetter("protocol"), urlGetter("hash"), urlGetter("origin")];
  const read = (url, getter) => ReflectApply(getter, url, []);

  function syntaxError(message) {
    return new DOMException(message, "SyntaxError");
  }

  // The connection's URL (http(s) ones mapped to ws(s), as the standard now says) and origin.
  function parseURL(input) {
    const location = globalThis.location;
    let url;
    try {
      url = new URL(input, location === undefined || location === null ? undefined : String(location.href));
    } catch (error) {
      throw syntaxError(`${error}`);
    }
    let href = read(url, getHref);
    const protocol = read(url, getProtocol);
    if (protocol === "http:" || protocol === "https:") {
      href = `ws${StringPrototypeSlice(href, 4)}`;
      url = new URL(href);
    } else if (protocol !== "ws:" && protocol !== "wss:") {
      throw syntaxError("expected a ws: or wss: url");
    }
    if (read(url, getHash) !== "" || StringPrototypeSlice(href, -1) === "#") throw syntaxError("hash");
    return { href, origin: read(url, getOrigin) };
  }

  // WebIDL's (DOMString or sequence<DOMString>), each a token, none twice (in any case).
  function protocolList(protocols) {
    let list;
    if (protocols !== null && (typeof protocols === "object" || typeof protocols === "function")) {
      if (typeof protocols[SymbolIterator] !== "function") throw new TypeError("WebSocket constructor: protocols is not iterable.");
      list = [];
      for (const protocol of protocols) list[list.length] = String(protocol);
    } else {
      list = [String(protocols)];
    }
    const seen = new SafeSet();
    for (let i = 0; i < list.length; i++) {
      const folded = StringPrototypeToLowerCase(list[i]);
      if (!RegExpPrototypeTest(TOKEN, list[i]) || seen.has(folded)) throw syntaxError("Invalid Sec-WebSocket-Protocol value");
      seen.add(folded);
    }
    return list;
  }

  // WebIDL's [Clamp] unsigned short: clamped to 0..65535, rounded half to even.
  function clampedUnsignedShort(value) {
    let number = +value; // (throws for a Symbol or a BigInt, as WebIDL's ToNumber)
    if (number !== number) return 0;
    number = MathMin(MathMax(number, 0), 65535);
    const floor = MathFloor(number);
    const fraction = number - floor;
    if (fraction > 0.5 || (fraction === 0.5 && floor % 2 === 1)) return floor + 1;
    return floor;
  }

  // What send() is given, as [bytes, whether it is text].
  function payload(data) {
    if (data instanceof ArrayBuffer) return [new Uint8Array(ArrayBufferPrototypeSlice(data, 0)), false];
    if (ArrayBufferIsView(data)) return [TypedArrayPrototypeSlice(viewBytes(data)), false];
    if (core.isBlob(data)) return [core.blobBytes(data), false];
    return [encodeUtf8(String(data)), true];
  }

  function ownArrayBuffer(bytes) {
    const buffer = TypedArrayPrototypeGetBuffer(bytes);
    const offset = TypedArrayPrototypeGetByteOffset(bytes);
    const length = TypedArrayPrototypeGetByteLength(bytes);
    return offset === 0 && length === buffer.byteLength ? buffer : ArrayBufferPrototypeSlice(buffer, offset, offset + length);
  }

  let isWebSocket;
  class WebSocket extends EventTarget {
    static { isWebSocket = (value) => #id in value; }
    #id; #url; #origin; #state = CONNECTING; #protocol = ""; #extensions = ""; #binaryType = "blob"; #buffered = 0;

    constructor(url, protocols = []) {
      if (arguments.length < 1) throw new TypeError("WebSocket constructor: 1 argument required, but 0 found.");
      super();
      const { href, origin } = parseURL(url);
      const list = protocolList(protocols);
      ops.fetchCheck(href); // a denied host throws NotCapable, as fetch's check does
      this.#url = href;
      this.#origin = origin;
      const [id, connected] = ops.websocketConnect(href, list);
      this.#id = id;
      PromisePrototypeThen(connected, (info) => this.#opened(info), (error) => this.#ended(1006, "", false, error));
    }

    get url() { return this.#url; }
    get readyState() { return this.#state; }
    get bufferedAmount() { return this.#buffered; }
    get protocol() { return this.#protocol; }
    get extensions() { return this.#extensions; }
    get binaryType() { return this.#binaryType; }
    set binaryType(value) {
      const type = String(value);
      if (type === "blob" || type === "arraybuffer") this.#binaryType = type; // (others are ignored, as WebIDL's enums)
    }

    send(data) {
      if (this.#state === CONNECTING) throw new DOMException("Sent before connected.", "InvalidStateError");
      const [bytes, text] = payload(data);
      const size = bytes.length;
      this.#buffered += size; // (after the close began it stays counted: the data is never sent)
      if (this.#state !== OPEN) return;
      PromisePrototypeThen(ops.websocketSend(this.#id, bytes, text), () => { this.#buffered -= size; });
    }

    close(code = undefined, reason = undefined) {
      if (code !== undefined) {
        code = clampedUnsignedShort(code);
        if (code !== 1000 && (code < 3000 || code > 4999)) throw new DOMException("invalid code", "InvalidAccessError");
      }
      let reasonBytes = null;
      if (reason !== undefined) {
        reasonBytes = encodeUtf8(String(reason));
        if (reasonBytes.length > MAX_REASON_BYTES) {
          throw syntaxError(`Reason must be less than ${MAX_REASON_BYTES} bytes; received ${reasonBytes.length}`);
        }
      }
      if (this.#state === CLOSING || this.#state === CLOSED) return;
      // (a connection still in its handshake fails: the host rejects its connect)
      const started = this.#state === OPEN;
      this.#state = CLOSING;
      if (!started) ops.websocketClose(this.#id, null, null);
      else ops.websocketClose(this.#id, code ?? (reasonBytes === null ? null : 1000), reasonBytes);
    }

    #opened(info) {
      this.#state = OPEN;
      this.#protocol = info.protocol;
      this.#extensions = info.extensions;
      this.#receive();
      dispatch(this, new Event("open"));
    }

    #receive() {
      PromisePrototypeThen(
        ops.websocketReceive(this.#id),
        (message) => this.#received(message),
        (error) => this.#ended(1006, "", false, error),
      );
    }

    #received(message) {
      const kind = message[0];
      if (kind === "close") {
        this.#ended(message[1], message[2], message[3], message[4]);
        return;
      }
      this.#receive();
      if (this.#state !== OPEN) return; // (what arrives once the close began is dropped)
      let data = message[1];
      if (kind === "binary") data = this.#binaryType === "blob" ? core.newBlob(data, "") : ownArrayBuffer(data);
      dispatch(this, new MessageEvent("message", { data, origin: this.#origin }));
    }

    // The connection is over: an unclean end is an error first (as in Node), then the close.
    #ended(code, reason, clean, why) {
      if (this.#state === CLOSED) return;
      this.#state = CLOSED;
      if (!clean) {
        const error = typeof why === "string" ? new TypeError(why) : why;
        dispatch(this, new ErrorEvent("error", { message: "", error }));
      }
      dispatch(this, new CloseEvent("close", { wasClean: clean, code, reason }));
    }

    [Symbol.for("nodejs.util.inspect.custom")](depth, options, inspect) {
      if (depth < 0) return "WebSocket";
      return `WebSocket ${inspect({ url: this.#url, readyState: this.#state, protocol: this.#protocol, binaryType: this.#binaryType }, options)}`;
    }
  }
  core.defineEventHandlers(WebSocket.prototype, ["open", "error", "close", "message"]);
  for (const [name, value] of [["CONNECTING", CONNECTING], ["OPEN", OPEN], ["CLOSING", CLOSING], ["CLOSED", CLOSED]]) {
    Object.defineProperty(WebSocket, name, { value, enumerable: true });
    Object.defineProperty(WebSocket.prototype, name, { value, enumerable: true });
  }
  // (a member used on anything else throws node's "Illegal invocation", with its code)
  core.webidl.defineInterface(WebSocket, { brand: isWebSocket, brandMessage: "Illegal invocation" });
  core.defineGlobal("WebSocket", WebSocket);
})
