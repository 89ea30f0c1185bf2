// Event, CustomEvent and EventTarget (DOM Standard), without a tree: dispatch reaches the
// target's own listeners only, in the order they were added.
(function (core, ops) {
  "use strict";
  const {
    ObjectDefineProperty, ReflectApply, SafeMap, SafeWeakMap, ArrayPrototypeSome, ArrayPrototypeFindIndex,
    ArrayPrototypeSplice, ArrayPrototypeSlice, Boolean, String, TypeError,
  } = core.primordials;
  const NONE = 0, CAPTURING_PHASE = 1, AT_TARGET = 2, BUBBLING_PHASE = 3;

  function requireArguments(count, needed, what) {
    if (count < needed) {
      throw new TypeError(`Failed to execute '${what}': ${needed} argument${needed > 1 ? "s" : ""} required, but only ${count} present.`);
    }
  }

  class Event {
    #type; #bubbles; #cancelable; #composed; #defaultPrevented = false; #timeStamp;
    #target = null; #currentTarget = null; #phase = NONE; #stop = false; #stopImmediate = false;
    #inPassiveListener = false; #dispatching = false; #trusted = false;

    constructor(type, options = {}) {
      requireArguments(arguments.length, 1, "Event constructor");
      if (options !== null && typeof options !== "object" && options !== undefined) {
        throw new TypeError('The "options" argument must be of type object.');
      }
      options ??= {};
      this.#type = String(type);
      this.#bubbles = Boolean(options.bubbles);
      this.#cancelable = Boolean(options.cancelable);
      this.#composed = Boolean(options.composed);
      this.#timeStamp = ops.now();
      ObjectDefineProperty(this, "isTrusted", { get: isTrusted, enumerable: true, configurable: false });
    }
    get type() { return this.#type; }
    get bubbles() { return this.#bubbles; }
    get cancelable() { return this.#cancelable; }
    get composed() { return this.#composed; }
    get defaultPrevented() { return this.#cancelable && this.#defaultPrevented; }
    get timeStamp() { return this.#timeStamp; }
    get target() { return this.#target; }
    get currentTarget() { return this.#currentTarget; }
    get srcElement() { return this.#target; }
    get eventPhase() { return this.#phase; }
    get returnValue() { return !this.defaultPrevented; }
    set returnValue(value) { if (!value) this.preventDefault(); }
    get cancelBubble() { return this.#stop; }
    set cancelBubble(value) { if (value) this.#stop = true; }
    composedPath() { return this.#dispatching && this.#currentTarget ? [this.#currentTarget] : []; }
    preventDefault() { if (!this.#inPassiveListener) this.#defaultPrevented = true; }
    stopPropagation() { this.#stop = true; }
    stopImmediatePropagation() { this.#stop = true; this.#stopImmediate = true; }
    // The legacy way to set an event's type and flags again (DOM's "initialize"), not while
    // it is being dispatched.
    initEvent(type, bubbles = false, cancelable = false) {
      requireArguments(arguments.length, 1, "Event.initEvent");
      if (this.#dispatching) return;
      this.#type = String(type);
      this.#bubbles = Boolean(bubbles);
      this.#cancelable = Boolean(cancelable);
      this.#defaultPrevented = false;
      this.#stop = false;
      this.#stopImmediate = false;
      this.#trusted = false;
      this.#target = null;
    }

    static [core.dispatchInternals] = {
      begin(event, target) {
        if (event.#dispatching) throw new core.DOMException("The event is already being dispatched.", "InvalidStateError");
        event.#dispatching = true;
        event.#target = target;
        event.#currentTarget = target;
        event.#phase = AT_TARGET;
      },
      passive(event, value) { event.#inPassiveListener = value; },
      type(event) { return event.#type; },
      preventDefault(event) { if (!event.#inPassiveListener) event.#defaultPrevented = true; },
      notCanceled(event) { return !(event.#cancelable && event.#defaultPrevented); },
      stoppedImmediately(event) { return event.#stopImmediate; },
      end(event) {
        event.#dispatching = false;
        event.#currentTarget = null;
        event.#phase = NONE;
        event.#stop = false;
        event.#stopImmediate = false;
      },
      isEvent(value) { return value !== null && typeof value === "object" && #type in value; },
      trusted(event) { return event.#trusted; },
      trust(event) { event.#trusted = true; return event; },
    };

    [Symbol.for("nodejs.util.inspect.custom")](depth, options, inspect) {
      const name = this.constructor.name;
      if (depth < 0) return name;
      return `${name} ${inspect({ type: this.#type, defaultPrevented: this.defaultPrevented, cancelable: this.#cancelable, timeStamp: this.#timeStamp }, options)}`;
    }
  }
  // (one getter for every event, an own property of each: [LegacyUnforgeable])
  function isTrusted() { return internals.trusted(this); }
  for (const [name, value] of Object.entries({ NONE, CAPTURING_PHASE, AT_TARGET, BUBBLING_PHASE })) {
    Object.defineProperty(Event, name, { value, enumerable: true });
    Object.defineProperty(Event.prototype, name, { value, enumerable: true });
  }
  const internals = Event[core.dispatchInternals];
  delete Event[core.dispatchInternals];
  core.webidl.defineInterface(Event, { brand: internals.isEvent });

  let isCustomEvent;
  class CustomEvent extends Event {
    #detail;
    static { isCustomEvent = (value) => #detail in value; }
    constructor(type, options = {}) {
      requireArguments(arguments.length, 1, "CustomEvent constructor");
      super(type, options);
      this.#detail = options?.detail ?? null;
    }
    get detail() { return this.#detail; }
  }
  core.webidl.defineInterface(CustomEvent, { brand: isCustomEvent });

  // DOM's "flatten": the capture of a boolean or an EventListenerOptions.
  function flatten(options) {
    if (options === null || options === undefined) return false;
    if (typeof options !== "object" && typeof options !== "function") return Boolean(options);
    return Boolean(options.capture);
  }

  // DOM's "flatten more": an AddEventListenerOptions, its members read in Web IDL's order.
  function flattenMore(options) {
    const capture = flatten(options);
    if (options === null || (typeof options !== "object" && typeof options !== "function")) {
      return { capture, once: false, passive: false, signal: undefined };
    }
    const once = Boolean(options.once);
    const passive = Boolean(options.passive);
    const signal = options.signal;
    if (signal !== undefined && !core.isAbortSignal(signal)) {
      throw new TypeError('The "options.signal" property must be an instance of AbortSignal.');
    }
    return { capture, once, passive, signal };
  }

  let isEventTarget;
  class EventTarget {
    #listeners = new SafeMap(); // type -> [{callback, capture, once, passive, removed}]
    static { isEventTarget = (value) => #listeners in value; }

    // node:events' getEventListeners(target, type): the callbacks, in the order they were added.
    static {
      core.eventTargetListeners = (target, type) => {
        const list = target.#listeners.get(String(type));
        const callbacks = [];
        if (list) for (let i = 0; i < list.length; i++) callbacks[i] = list[i].callback;
        return callbacks;
      };
    }

    addEventListener(type, callback, options = {}) {
      if (callback !== null && callback !== undefined && typeof callback !== "function" && typeof callback !== "object") {
        throw new TypeError('The "listener" argument must be an instance of EventListener.');
      }
      // DOM's "flatten more": the options are read (and the signal checked) before a null
      // callback makes the call do nothing.
      const { capture, once, passive, signal } = flattenMore(options);
      if (callback === null || callback === undefined) return;
      if (signal?.aborted) return;
      type = String(type);
      let list = this.#listeners.get(type);
      if (!list) this.#listeners.set(type, (list = []));
      if (ArrayPrototypeSome(list, (l) => l.callback === callback && l.capture === capture)) return;
      const listener = { callback, capture, once, passive, removed: false };
      list[list.length] = listener;
      if (signal) addListener(signal, "abort", () => removeListener(this, type, callback, { capture }), { once: true });
    }

    removeEventListener(type, callback, options = {}) {
      const capture = flatten(options);
      const list = this.#listeners.get(String(type));
      if (!list) return;
      const index = ArrayPrototypeFindIndex(list, (l) => l.callback === callback && l.capture === capture);
      if (index !== -1) {
        list[index].removed = true;
        ArrayPrototypeSplice(list, index, 1);
      }
    }

    dispatchEvent(event) {
      if (!internals.isEvent(event)) throw new TypeError('The "event" argument must be an instance of Event.');
      internals.begin(event, this);
      try {
        const type = internals.type(event);
        const list = this.#listeners.get(type);
        const listeners = list ? ArrayPrototypeSlice(list) : [];
        for (let i = 0; i < listeners.length; i++) {
          const listener = listeners[i];
          if (listener.removed) continue;
          if (listener.once) removeListener(this, type, listener.callback, { capture: listener.capture });
          internals.passive(event, listener.passive);
          try {
            if (typeof listener.callback === "function") ReflectApply(listener.callback, this, [event]);
            else if (typeof listener.callback.handleEvent === "function") listener.callback.handleEvent(event);
          } catch (error) {
            core.reportError(error); // the dispatch goes on; the error is uncaught
          }
          internals.passive(event, false);
          if (internals.stoppedImmediately(event)) break;
        }
      } finally {
        internals.end(event);
      }
      return internals.notCanceled(event);
    }
  }
  // The runtime's own calls, which a program replacing these methods does not redirect.
  const { addEventListener, removeEventListener, dispatchEvent } = EventTarget.prototype;
  const addListener = (target, ...args) => ReflectApply(addEventListener, target, args);
  const removeListener = (target, ...args) => ReflectApply(removeEventListener, target, args);
  const dispatch = (target, event) => ReflectApply(dispatchEvent, target, [event]);
  // (Those are the class's own methods: a program's calls go through the Web IDL checks.)
  core.webidl.defineInterface(EventTarget, { brand: isEventTarget });

  // `on<type>` attributes: one listener, replaced by assignment, as HTML's event handlers.
  // (AbortSignal's onabort and MessagePort's onmessage are class accessors of their own: not
  // enumerable, and the handler itself is the listener.)
  function defineEventHandlers(target, types, getTarget = (self) => self) {
    for (const type of types) {
      const handlers = new SafeWeakMap();
      Object.defineProperty(target, `on${type}`, {
        get() { return handlers.get(this)?.handler ?? null; },
        set(handler) {
          const eventTarget = getTarget(this);
          const old = handlers.get(this);
          if (old) removeListener(eventTarget, type, old.listener);
          if (typeof handler !== "function") {
            handlers.delete(this);
            return;
          }
          const listener = (event) => {
            // An error handler that returns true handles the error, as HTML says.
            if (ReflectApply(handler, this, [event]) === true && type === "error") internals.preventDefault(event);
          };
          handlers.set(this, { handler, listener });
          addListener(eventTarget, type, listener);
        },
        enumerable: true,
        configurable: true,
      });
    }
  }

  core.Event = Event;
  // Marks an event the runtime itself fires: its isTrusted is true.
  core.trustEvent = internals.trust;
  core.EventTarget = EventTarget;
  core.addListener = addListener;
  core.removeListener = removeListener;
  core.dispatch = dispatch;
  core.defineEventHandlers = defineEventHandlers;
  for (const value of [Event, CustomEvent, EventTarget]) core.defineGlobal(value.name, value);
})
