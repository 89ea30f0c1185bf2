// node:readline/promises: an Interface whose question() returns a promise, and Readline, which
// queues cursor moves and clearing for a terminal and writes them on commit().
"use strict";
const { ArrayPrototypeJoin, ArrayPrototypePush, ObjectSetPrototypeOf, FunctionPrototypeCall, Promise } = core.primordials;
const { Interface: CallbackInterface, useAfterClose } = require("internal/readline/interface");
const { AbortError, invalidArgType, validateAbortSignal, validateBoolean, validateObject } = require("internal/errors");
const escapes = require("internal/readline/escapes");

function Interface(input, output, completer, terminal) {
  if (!(this instanceof Interface)) return new Interface(input, output, completer, terminal);
  FunctionPrototypeCall(CallbackInterface, this, input, output, completer, terminal);
}
ObjectSetPrototypeOf(Interface.prototype, CallbackInterface.prototype);
ObjectSetPrototypeOf(Interface, CallbackInterface);

Interface.prototype.question = function question(query, options = {}) {
  return new Promise((resolve, reject) => {
    const signal = options?.signal;
    if (signal !== undefined) {
      validateAbortSignal(signal, "options.signal");
      if (signal.aborted) {
        reject(new AbortError(undefined, { cause: signal.reason }));
        return;
      }
    }
    if (this.closed) {
      reject(useAfterClose());
      return;
    }
    signal?.addEventListener("abort", () => reject(new AbortError(undefined, { cause: signal.reason })), { once: true });
    FunctionPrototypeCall(CallbackInterface.prototype.question, this, query, options, resolve);
  });
};

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

// Sequences queued for `stream`, written together by commit() (at once with autoCommit).
class Readline {
  #stream;
  #queue = [];
  #autoCommit;

  constructor(stream, options = undefined) {
    if (typeof stream?.write !== "function") throw invalidArgType("stream", "Writable", stream);
    if (options !== undefined) validateObject(options, "options");
    const autoCommit = options?.autoCommit ?? false;
    validateBoolean(autoCommit, "options.autoCommit");
    this.#stream = stream;
    this.#autoCommit = autoCommit;
  }

  #add(sequence) {
    if (this.#autoCommit) core.nextTick(() => this.#stream.write(sequence));
    else ArrayPrototypePush(this.#queue, sequence);
    return this;
  }

  cursorTo(x, y = undefined) {
    return this.#add(escapes.cursorToSequence(x, y));
  }

  moveCursor(dx, dy) {
    if (dx === 0 && dy === 0) return this;
    return this.#add(escapes.moveCursorSequence(dx, dy));
  }

  clearLine(dir) {
    return this.#add(escapes.clearLineSequence(dir));
  }

  clearScreenDown() {
    return this.#add(escapes.CLEAR_SCREEN_DOWN);
  }

  commit() {
    const text = ArrayPrototypeJoin(this.#queue, "");
    this.#queue = [];
    return new Promise((resolve) => this.#stream.write(text, resolve));
  }

  rollback() {
    this.#queue = [];
    return this;
  }
}

module.exports = { Interface, Readline, createInterface };
