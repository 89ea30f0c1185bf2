// AbortController and AbortSignal (DOM Standard): abort(), timeout(), any(), throwIfAborted().
(function (core, ops) {
  "use strict";
  const { DOMException, EventTarget, Event, addListener, removeListener, dispatch } = core;
  const { ArrayPrototypePush, NumberIsFinite, Number, SafeSet, String, TypeError } = core.primordials;
  const create = Symbol("create");

  class AbortSignal extends EventTarget {
    #aborted = false;
    #reason = undefined;
    #onabort = null;
    #dependent = false; // made by AbortSignal.any
    #sources = null; // (a dependent signal's) the signals it follows
    #dependents = null; // the signals that follow this one, in the order they came

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

    // DOM's "signal abort": the signal and the signals that depend on it (AbortSignal.any's)
    // are all aborted before any of their abort events fires, the signal's first.
    #abort(reason) {
      if (this.#aborted) return;
      this.#aborted = true;
      this.#reason = reason === undefined ? new DOMException("This operation was aborted", "AbortError") : reason;
      const dependents = [];
      this.#dependents?.forEach((dependent) => {
        if (dependent.#aborted) return;
        dependent.#aborted = true;
        dependent.#reason = this.#reason;
        ArrayPrototypePush(dependents, dependent);
      });
      this.#dependents = null;
      dispatch(this, core.trustEvent(new Event("abort")));
      for (let i = 0; i < dependents.length; i++) dispatch(dependents[i], core.trustEvent(new Event("abort")));
    }

    // A signal of AbortSignal.any follows the signals that are no such signal themselves.
    static #follow(dependent, source) {
      (source.#dependents ??= new SafeSet()).add(dependent);
      (dependent.#sources ??= new SafeSet()).add(source);
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
          result.#aborted = true;
          result.#reason = list[i].#reason;
          return result;
        }
      }
      result.#dependent = true;
      for (let i = 0; i < list.length; i++) {
        const signal = list[i];
        if (!signal.#dependent) AbortSignal.#follow(result, signal);
        else signal.#sources?.forEach((source) => AbortSignal.#follow(result, source));
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
