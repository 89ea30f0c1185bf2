// CloseEvent (HTML, WebSockets): how a WebSocket connection ended.
(function (core, ops) {
  "use strict";
  const { Boolean, NumberIsFinite, MathTrunc, String, TypeError } = core.primordials;

  // WebIDL's unsigned short: the number truncated and taken modulo 2^16.
  function unsignedShort(value) {
    const number = +value; // (throws for a Symbol or a BigInt, as WebIDL's ToNumber)
    if (!NumberIsFinite(number)) return 0;
    const truncated = MathTrunc(number) % 65536;
    return truncated < 0 ? truncated + 65536 : truncated + 0; // (+ 0: no -0)
  }

  let isCloseEvent;
  class CloseEvent extends core.Event {
    #wasClean; #code; #reason;
    static { isCloseEvent = (value) => #code in value; }
    constructor(type, options = undefined) {
      if (arguments.length < 1) throw new TypeError("CloseEvent constructor: 1 argument required, but 0 found.");
      super(type, options);
      this.#wasClean = Boolean(options?.wasClean);
      this.#code = options?.code === undefined ? 0 : unsignedShort(options.code);
      this.#reason = options?.reason === undefined ? "" : core.decodeUtf8(core.encodeUtf8(String(options.reason))) // (a USVString: lone surrogates become U+FFFD);
    }
    get wasClean() { return this.#wasClean; }
    get code() { return this.#code; }
    get reason() { return this.#reason; }
  }
  core.webidl.defineInterface(CloseEvent, { brand: isCloseEvent, brandMessage: "Illegal invocation" }); // (node's words)

  core.CloseEvent = CloseEvent;
  core.defineGlobal("CloseEvent", CloseEvent);
})
