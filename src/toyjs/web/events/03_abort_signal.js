// AbortController and AbortSignal (DOM Standard): abort(), timeout(), any(), throwIfAborted().
(function (core, ops) {
  "use strict";
  const { DOMException, EventTarget, Event, addListener, removeListener, dispatch } = core;
  const { NumberIsFinite, Number, String, TypeError } = core.primordials;
  const create = Symbol("create");

  class AbortSignal extends EventTarget {
    #aborted = false;
    #reason = undefined;
    #onabort = null;

    constructor(key) {
      if (key !== create) throw new TypeError("Illegal constructor");
      super();
    }
    get aborted() { return this.#aborted; }
    get reason() { return this.#reason; }
    get onabort() { return this.#onabort; }
    set onabort(handler) {
      if (this.#onabort) removeListener(this, "abort", this.#onabort);
      this.#onabort = typeof handler === "function" ? handler : null;
      if (this.#onabort) addListener(this, "abort", this.#onabort);
    }
    throwIfAborted() {
      if (this.#aborted) throw this.#reason;
    }

    #abort(reason) {
      if (this.#aborted) return;
      this.#aborted = true;
      this.#reason = reason === undefined ? new DOMException("This operation was aborted", "AbortError") : reason;
      dispatch(this, new Event("abort"));
    }

    static abort(reason = undefined) {
      const signal = new AbortSignal(create);
      signal.#abort(reason);
      return signal;
    }

    static timeout(milliseconds) {
      const ms = Number(milliseconds);
      if (!NumberIsFinite(ms) || ms < 0) {
        throw new TypeError(`The "milliseconds" argument must be a non-negative finite number. Received ${String(milliseconds)}`);
      }
      const signal = new AbortSignal(create);
      core.setUnrefTimeout(() => signal.#abort(new DOMException("The operation was aborted due to timeout", "TimeoutError")), ms);
      return signal;
    }

    static any(signals) {
      const list = [...signals]; // the program's iterable, iterated as the standard says
      for (let i = 0; i < list.length; i++) {
        if (!core.isAbortSignal(list[i])) throw new TypeError('The "signals" argument must contain only AbortSignal instances.');
      }
      const result = new AbortSignal(create);
      for (let i = 0; i < list.length; i++) {
        if (list[i].#aborted) {
          result.#abort(list[i].#reason);
          return result;
        }
      }
      for (let i = 0; i < list.length; i++) {
        const signal = list[i];
        addListener(signal, "abort", () => result.#abort(signal.#reason), { once: true });
      }
      return result;
    }

    [Symbol.for("nodejs.util.inspect.custom")](depth, options, inspect) {
      return `AbortSignal ${inspect({ aborted: this.#aborted }, options)}`;
    }

    static isSignal(value) {
      return value !== null && typeof value === "object" && #aborted in value;
    }
    static signalAbort(signal, reason) { signal.#abort(reason); }
  }
  core.isAbortSignal = AbortSignal.isSignal;
  const signalAbort = AbortSignal.signalAbort;
  delete AbortSignal.isSignal;
  delete AbortSignal.signalAbort;
  core.webidl.defineInterface(AbortSignal, { brand: core.isAbortSignal, length: 0 });

  let isAbortController;
  class AbortController {
    #signal = new AbortSignal(create);
    static { isAbortController = (value) => #signal in value; }
    get signal() { return this.#signal; }
    abort(reason = undefined) { signalAbort(this.#signal, reason); }
    [Symbol.for("nodejs.util.inspect.custom")](depth, options, inspect) {
      return `AbortController ${inspect({ signal: this.#signal }, options)}`;
    }
  }
  core.webidl.defineInterface(AbortController, { brand: isAbortController });

  core.AbortSignal = AbortSignal;
  core.newAbortSignal = () => new AbortSignal(create);
  core.signalAbort = signalAbort;
  core.defineGlobal("AbortSignal", AbortSignal);
  core.defineGlobal("AbortController", AbortController);
})
