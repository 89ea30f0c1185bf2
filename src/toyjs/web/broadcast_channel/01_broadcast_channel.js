// BroadcastChannel (HTML): named channels; a message posted on one reaches, as a structured
// clone, every other open BroadcastChannel of that name in this runtime and its workers (the
// host's BroadcastHub). As in node, an open channel keeps the program alive unless unref'd.
(function (core, ops) {
  "use strict";
  const { EventTarget, MessageEvent, DOMException, defineEventHandlers, dispatch } = core;
  const { ObjectDefineProperty, SafeMap, SymbolToStringTag, TypeError } = core.primordials;

  const channelsById = new SafeMap(); // this runtime's open channels

  function missingArgument(name) {
    const error = new TypeError(`The "${name}" argument must be specified`);
    error.code = "ERR_MISSING_ARGS";
    return error;
  }

  let deliver, isBroadcastChannel;

  class BroadcastChannel extends EventTarget {
    static { isBroadcastChannel = (value) => #id in value; }
    #name;
    #id;
    #closed = false;
    #refed = true;
    #held = false;

    constructor(name) {
      if (arguments.length === 0) throw missingArgument("name");
      super();
      this.#name = `${name}`;
      this.#id = ops.broadcastSubscribe(this.#name);
      channelsById.set(this.#id, this);
      this.#update();
    }

    get name() { return this.#name; }

    close() {
      if (this.#closed) return;
      this.#closed = true;
      ops.broadcastUnsubscribe(this.#id);
      channelsById.delete(this.#id);
      this.#update();
    }

    // (an optional argument to Web IDL's checks: a missing message gets node's error here)
    postMessage(message = undefined) {
      if (arguments.length === 0) throw missingArgument("message");
      if (this.#closed) throw new DOMException("BroadcastChannel is closed.", "InvalidStateError");
      const targets = ops.broadcastTargets(this.#id);
      core.cloning(() => {
        if (targets.length === 0) ops.broadcastSend(message, [], 0);
        for (let i = 0; i < targets.length; i++) ops.broadcastSend(message, [], targets[i]);
      });
    }

    ref() {
      this.#refed = true;
      this.#update();
      return this;
    }

    unref() {
      this.#refed = false;
      this.#update();
      return this;
    }

    // An open, ref'd channel holds the event loop.
    #update() {
      const hold = this.#refed && !this.#closed;
      if (hold === this.#held) return;
      this.#held = hold;
      if (hold) ops.holdLoop();
      else ops.releaseLoop();
    }

    [Symbol.for("nodejs.util.inspect.custom")](depth, options, inspect) {
      if (depth < 0) return "BroadcastChannel";
      return `BroadcastChannel ${inspect({ name: this.#name, active: !this.#closed }, options)}`;
    }

    static {
      deliver = (id, data) => {
        const channel = channelsById.get(id);
        if (channel === undefined || channel.#closed) return;
        dispatch(channel, new MessageEvent("message", { data }));
      };
    }
  }
  defineEventHandlers(BroadcastChannel.prototype, ["message", "messageerror"]);
  // Web IDL's shape, but as node has it: postMessage's length is 1, ref and unref (node's own)
  // are not enumerable, and the prototype has no @@toStringTag (EventTarget's shows).
  core.webidl.defineInterface(BroadcastChannel, { brand: isBroadcastChannel });
  const { prototype } = BroadcastChannel;
  ObjectDefineProperty(prototype.postMessage, "length", { value: 1 });
  for (const name of ["ref", "unref"]) ObjectDefineProperty(prototype, name, { enumerable: false });
  delete prototype[SymbolToStringTag];

  // Called by the host: [channel id, message] pairs that arrived together, each dispatched as
  // its own task.
  core.broadcastMessages = (batch) => {
    for (let i = 0; i < batch.length; i++) core.runTask(deliver, batch[i][0], batch[i][1]);
  };
  core.BroadcastChannel = BroadcastChannel;
  core.defineGlobal("BroadcastChannel", BroadcastChannel);
})
