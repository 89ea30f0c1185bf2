// AbortController and AbortSignal (DOM Standard): abort(), timeout(), any(), throwIfAborted().
(function (core, ops) {
  "use strict";
  const { DOMException, EventTarget, Event } = core;
  const create = Symbol("create");
  const abortSignal = Symbol("abort");

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
      if (this.#onabort) this.removeEventListener("abort", this.#onabort);
      this.#onabort = typeof handler === "function" ? handler : null;
      if (this.#onabort) this.addEventListener("abort", this.#onabort);
    }
    throwIfAborted() {
      if (this.#aborted) throw this.#reason;
    }

    [abortSignal](reason) {
      if (this.#aborted) return;
      this.#aborted = true;
      this.#reason = reason === undefined ? new DOMException("This operation was aborted", "AbortError") : reason;
      this.dispatchEvent(new Event("abort"));
    }

    static abort(reason) {
      const signal = new AbortSignal(create);
      signal[abortSignal](reason);
      return signal;
    }

    static timeout(milliseconds) {
      const ms = Number(milliseconds);
      if (!Number.isFinite(ms) || ms < 0) {
        throw new TypeError(`The "milliseconds" argument must be a non-negative finite number. Received ${String(milliseconds)}`);
      }
      const signal = new AbortSignal(create);
      core.setUnrefTimeout(() => signal[abortSignal](new DOMException("The operation was aborted due to timeout", "TimeoutError")), ms);
      return signal;
    }

    static any(signals) {
      const list = [...signals];
      for (const signal of list) {
        if (!core.isAbortSignal(signal)) throw new TypeError('The "signals" argument must contain only AbortSignal instances.');
      }
      const result = new AbortSignal(create);
      const aborted = list.find((signal) => signal.aborted);
      if (aborted) {
        result[abortSignal](aborted.reason);
        return result;
      }
      for (const signal of list) {
        signal.addEventListener("abort", () => result[abortSignal](signal.reason), { once: true });
      }
      return result;
    }

    [Symbol.for("nodejs.util.inspect.custom")](depth, options, inspect) {
      return `AbortSignal ${inspect({ aborted: this.#aborted }, options)}`;
    }

    static isSignal(value) {
      return value !== null && typeof value === "object" && #aborted in value;
    }
  }
  Object.defineProperty(AbortSignal.prototype, Symbol.toStringTag, { value: "AbortSignal", configurable: true });
  core.isAbortSignal = AbortSignal.isSignal;
  delete AbortSignal.isSignal;

  class AbortController {
    #signal = new AbortSignal(create);
    get signal() { return this.#signal; }
    abort(reason) { this.#signal[abortSignal](reason); }
    [Symbol.for("nodejs.util.inspect.custom")](depth, options, inspect) {
      return `AbortController ${inspect({ signal: this.#signal }, options)}`;
    }
  }
  Object.defineProperty(AbortController.prototype, Symbol.toStringTag, { value: "AbortController", configurable: true });

  core.AbortSignal = AbortSignal;
  core.defineGlobal("AbortSignal", AbortSignal);
  core.defineGlobal("AbortController", AbortController);
})
