// EventSource (HTML, server-sent events) over the runtime's own fetch: the response's body
// is read as it arrives and parsed (01_event_stream.js); when it ends or breaks, the source
// connects again after its reconnection time, sending the last event id.
(function (core, ops) {
  "use strict";
  const { Event, MessageEvent, DOMException, URL, Headers, dispatch, EventStreamParser } = core;
  const {
    Boolean, MathMin, ObjectGetOwnPropertyDescriptor, PromisePrototypeThen, ReflectApply, String,
    StringPrototypeIndexOf, StringPrototypeSlice, StringPrototypeToLowerCase, StringPrototypeTrim, TypeError,
  } = core.primordials;
  const CONNECTING = 0, OPEN = 1, CLOSED = 2;
  const DEFAULT_RECONNECTION_MS = 3000; // (the standard leaves it to us: "a few seconds")
  const MAX_DELAY_MS = 2 ** 31 - 1; // (the longest a timer waits)

  // The runtime's own fetch and the getters it reads, whatever a program does to them later.
  const { fetch, Response } = globalThis;
  const getter = (prototype, name) => ObjectGetOwnPropertyDescriptor(prototype, name).get;
  const read = (object, get) => ReflectApply(get, object, []);
  const [getHref, getOrigin] = [getter(URL.prototype, "href"), getter(URL.prototype, "origin")];
  const [getStatus, getHeaders, getBody, getResponseURL] = [
    getter(Response.prototype, "status"), getter(Response.prototype, "headers"), getter(Response.prototype, "body"),
    getter(Response.prototype, "url"),
  ];
  const headersGet = Headers.prototype.get;
  const { TextDecoder } = globalThis;
  const decode = TextDecoder.prototype.decode;

  function isEventStream(response) {
    const type = ReflectApply(headersGet, read(response, getHeaders), ["content-type"]);
    if (type === null) return false;
    const semicolon = StringPrototypeIndexOf(type, ";");
    const essence = semicolon === -1 ? type : StringPrototypeSlice(type, 0, semicolon);
    return StringPrototypeToLowerCase(StringPrototypeTrim(essence)) === "text/event-stream";
  }

  let isEventSource;
  class EventSource extends core.EventTarget {
    static { isEventSource = (value) => #url in value; }
    #url; #withCredentials; #state = CONNECTING; #lastEventId = ""; #reconnectionMs = DEFAULT_RECONNECTION_MS;
    #signal = null; // aborts the running request; null while there is none
    #timer = null; // the wait before connecting again

    constructor(url, init = undefined) {
      if (arguments.length < 1) throw new TypeError("EventSource constructor: 1 argument required, but 0 found.");
      super();
      const location = globalThis.location;
      let parsed;
      try {
        parsed = new URL(url, location === undefined || location === null ? undefined : String(location.href));
      } catch (error) {
        throw new DOMException(`${error}`, "SyntaxError");
      }
      this.#url = read(parsed, getHref);
      this.#withCredentials = Boolean(init?.withCredentials);
      if (this.#isNetworkURL(this.#url)) ops.fetchCheck(this.#url); // a denied host throws NotCapable, as in fetch
      this.#connect();
    }

    get url() { return this.#url; }
    get withCredentials() { return this.#withCredentials; }
    get readyState() { return this.#state; }

    close() {
      this.#state = CLOSED;
      if (this.#timer !== null) core.clearTimeout(this.#timer);
      this.#timer = null;
      this.#drop();
    }

    // Ends the running request (a body not read to its end gives its connection back).
    #drop() {
      const signal = this.#signal;
      this.#signal = null; // (first: what the abort settles is then ignored)
      if (signal !== null) core.signalAbort(signal);
    }

    #isNetworkURL(url) {
      return StringPrototypeSlice(url, 0, 5) === "http:" || StringPrototypeSlice(url, 0, 6) === "https:";
    }

    #connect() {
      this.#timer = null;
      const signal = core.newAbortSignal();
      this.#signal = signal;
      const headers = { accept: "text/event-stream" };
      if (this.#lastEventId !== "") headers["last-event-id"] = this.#lastEventId;
      const request = {
        headers, signal, cache: "no-store", credentials: this.#withCredentials ? "include" : "same-origin",
      };
      PromisePrototypeThen(
        ReflectApply(fetch, globalThis, [this.#url, request]),
        (response) => this.#responded(response, signal),
        (error) => {
          if (this.#signal !== signal) return; // (closed meanwhile)
          // A denied host or a URL fetch cannot load is futile to try again.
          if (error?.name === "NotCapable" || !this.#isNetworkURL(this.#url)) this.#fail();
          else this.#reestablish();
        },
      );
    }

    #responded(response, signal) {
      if (this.#signal !== signal) return;
      if (read(response, getStatus) !== 200 || !isEventStream(response)) {
        this.#fail();
        return;
      }
      this.#state = OPEN;
      dispatch(this, new Event("open"));
      if (this.#signal !== signal) return; // (an open listener closed it)
      const origin = read(new URL(read(response, getResponseURL)), getOrigin);
      const parser = new EventStreamParser({
        dispatch: (type, data, lastEventId) => {
          if (this.#signal === signal) dispatch(this, new MessageEvent(type, { data, origin, lastEventId }));
        },
        lastEventId: (id) => { this.#lastEventId = id; },
        retry: (ms) => { this.#reconnectionMs = MathMin(ms, MAX_DELAY_MS); },
      }, this.#lastEventId);
      const decoder = new TextDecoder();
      const reader = new core.ReadableStreamDefaultReader(read(response, getBody));
      const pump = () => {
        PromisePrototypeThen(
          core.readerRead(reader),
          ({ done, value }) => {
            if (this.#signal !== signal) return;
            if (done) {
              this.#reestablish(); // (an event not ended by a blank line is dropped)
              return;
            }
            parser.push(ReflectApply(decode, decoder, [value, { stream: true }]));
            if (this.#signal === signal) pump();
          },
          () => {
            if (this.#signal === signal) this.#reestablish();
          },
        );
      };
      pump();
    }

    // The connection is lost: an error, then a new request after the reconnection time.
    #reestablish() {
      this.#drop();
      this.#state = CONNECTING;
      dispatch(this, new Event("error"));
      if (this.#state !== CONNECTING || this.#timer !== null) return; // (a listener closed it)
      this.#timer = core.startTimer(() => this.#connect(), this.#reconnectionMs, [], false);
    }

    // The connection cannot be made or used: closed for good, with an error.
    #fail() {
      this.#drop();
      this.#state = CLOSED;
      dispatch(this, new Event("error"));
    }

    [Symbol.for("nodejs.util.inspect.custom")](depth, options, inspect) {
      if (depth < 0) return "EventSource";
      return `EventSource ${inspect({ url: this.#url, readyState: this.#state, withCredentials: this.#withCredentials }, options)}`;
    }
  }
  core.defineEventHandlers(EventSource.prototype, ["open", "message", "error"]);
  for (const [name, value] of [["CONNECTING", CONNECTING], ["OPEN", OPEN], ["CLOSED", CLOSED]]) {
    Object.defineProperty(EventSource, name, { value, enumerable: true });
    Object.defineProperty(EventSource.prototype, name, { value, enumerable: true });
  }
  core.webidl.defineInterface(EventSource, { brand: isEventSource, brandMessage: "Illegal invocation" }); // (node's words)
  core.defineGlobal("EventSource", EventSource);
})
