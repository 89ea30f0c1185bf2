// MessageChannel, MessagePort and MessageEvent (HTML): messages are structured clones,
// delivered as macrotasks. A started port keeps the program alive until it is closed, as
// in Node. A port is transferable (in this realm): the transfer moves its entanglement and
// its queued messages to a new port, and leaves it detached.
(function (core, ops) {
  "use strict";
  const { EventTarget, Event, addListener, removeListener, dispatch } = core;
  const { ArrayPrototypeSplice, ArrayIsArray, ObjectFreeze, SafeMap, String, TypeError } = core.primordials;
  const create = Symbol("create");

  const brands = new SafeMap(); // class -> its Web IDL check of `this`
  class MessageEvent extends Event {
    #data; #origin; #lastEventId; #source; #ports;
    static { brands.set(this, (value) => #data in value); }
    constructor(type, options = {}) {
      super(type, options);
      this.#data = options?.data ?? null;
      this.#origin = String(options?.origin ?? "");
      this.#lastEventId = String(options?.lastEventId ?? "");
      this.#source = options?.source ?? null;
      // (the program's iterable of ports, iterated as the standard says)
      this.#ports = ObjectFreeze(options?.ports === undefined ? [] : [...options.ports]);
    }
    get data() { return this.#data; }
    get origin() { return this.#origin; }
    get lastEventId() { return this.#lastEventId; }
    get source() { return this.#source; }
    get ports() { return this.#ports; }
    // An event the runtime makes for a message: its ports are the runtime's own array, taken
    // as it is (iterating it would run what a program put on Array.prototype).
    static [create](type, data, ports) {
      const event = new MessageEvent(type, { data });
      event.#ports = ObjectFreeze(ports);
      return event;
    }
  }
  const messageEvent = MessageEvent[create];
  delete MessageEvent[create];

  class MessagePort extends EventTarget {
    #other = null;
    #queue = [];
    #started = false;
    #closed = false;
    #held = false;
    #onmessage = null;
    #scheduled = false;
    #detached = false;
    static { brands.set(this, (value) => #other in value); }

    constructor(key) {
      if (key !== create) throw new TypeError("Illegal constructor");
      super();
    }
    static entangle(a, b) { a.#other = b; b.#other = a; }
    static isDetached(port) { return port.#detached; }
    // The transfer steps (HTML): `to`, a new port, takes `from`'s place, entangled with its
    // other port, with its queued messages; `from` is detached, entangled no more.
    static transfer(from, to) {
      to.#other = from.#other;
      if (to.#other !== null) to.#other.#other = to;
      to.#queue = from.#queue;
      from.#queue = [];
      from.#other = null;
      from.#detached = true;
      from.#closed = true;
      if (from.#held) {
        from.#held = false;
        ops.releaseLoop();
      }
    }

    postMessage(message, transfer = []) {
      const list = ArrayIsArray(transfer) ? transfer : transfer?.transfer ?? [];
      const target = this.#other;
      let doomed = false; // (the message would go to the port it transfers: it is lost)
      for (let i = 0; i < list.length; i++) {
        if (list[i] === this) throw new core.DOMException("Transfer list contains source port", "DataCloneError");
        if (list[i] === target && target !== null) doomed = true;
      }
      // (an unentangled port still serializes, and transfers, as HTML says)
      const { value, transferred } = core.cloneWithTransfer(message, list);
      if (this.#closed || target === null || doomed) return;
      target.#receive({ data: value, ports: transferred });
    }
    #receive(message) {
      if (this.#closed) return;
      this.#queue[this.#queue.length] = message;
      this.#schedule();
    }
    #schedule() {
      if (!this.#started || this.#scheduled || this.#queue.length === 0) return;
      this.#scheduled = true;
      core.setUnrefTimeout(() => {
        this.#scheduled = false;
        const queue = ArrayPrototypeSplice(this.#queue, 0);
        for (let i = 0; i < queue.length && !this.#closed; i++) {
          dispatch(this, messageEvent("message", queue[i].data, queue[i].ports));
        }
      }, 0);
    }
    start() { this.#start(); }
    close() { this.#close(); }
    #start() {
      if (this.#started || this.#closed) return;
      this.#started = true;
      this.#held = true;
      ops.holdLoop();
      this.#schedule();
    }
    #close() {
      if (this.#closed) return;
      this.#closed = true;
      this.#queue = [];
      if (this.#held) {
        this.#held = false;
        ops.releaseLoop();
      }
      const other = this.#other;
      this.#other = null;
      if (other !== null && other.#other === this) other.#close();
    }
    get onmessage() { return this.#onmessage; }
    set onmessage(handler) {
      if (this.#onmessage) removeListener(this, "message", this.#onmessage);
      this.#onmessage = typeof handler === "function" ? handler : null;
      if (this.#onmessage) {
        addListener(this, "message", this.#onmessage);
        this.#start();
      }
    }
  }
  const { entangle, isDetached, transfer } = MessagePort;
  delete MessagePort.entangle;
  delete MessagePort.isDetached;
  delete MessagePort.transfer;
  core.registerPlatformInterface(MessagePort, {
    brand: brands.get(MessagePort),
    transfer: { detached: isDetached, receiver: () => new MessagePort(create), complete: transfer },
  });

  class MessageChannel {
    #port1 = new MessagePort(create);
    #port2 = new MessagePort(create);
    static { brands.set(this, (value) => #port1 in value); }
    constructor() { entangle(this.#port1, this.#port2); }
    get port1() { return this.#port1; }
    get port2() { return this.#port2; }
  }

  core.MessageEvent = MessageEvent;
  for (const cls of [MessageEvent, MessagePort, MessageChannel]) {
    core.webidl.defineInterface(cls, { brand: brands.get(cls), length: cls === MessagePort ? 0 : undefined });
    core.defineGlobal(cls.name, cls);
  }
})
