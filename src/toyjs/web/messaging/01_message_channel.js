// MessageChannel, MessagePort and MessageEvent (HTML): messages are structured clones,
// delivered as macrotasks. A started port keeps the program alive until it is closed, as
// in Node.
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
  }

  class MessagePort extends EventTarget {
    #other = null;
    #queue = [];
    #started = false;
    #closed = false;
    #held = false;
    #onmessage = null;
    #scheduled = false;
    static { brands.set(this, (value) => #other in value); }

    constructor(key) {
      if (key !== create) throw new TypeError("Illegal constructor");
      super();
    }
    static entangle(a, b) { a.#other = b; b.#other = a; }

    postMessage(message, transfer = []) {
      if (this.#closed || this.#other === null) return;
      const list = ArrayIsArray(transfer) ? transfer : transfer?.transfer ?? [];
      const data = core.structuredClone(message, { transfer: list });
      this.#other.#receive(data);
    }
    #receive(data) {
      if (this.#closed) return;
      this.#queue[this.#queue.length] = data;
      this.#schedule();
    }
    #schedule() {
      if (!this.#started || this.#scheduled || this.#queue.length === 0) return;
      this.#scheduled = true;
      core.setUnrefTimeout(() => {
        this.#scheduled = false;
        const queue = ArrayPrototypeSplice(this.#queue, 0);
        for (let i = 0; i < queue.length && !this.#closed; i++) {
          dispatch(this, new MessageEvent("message", { data: queue[i] }));
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
  const entangle = MessagePort.entangle;
  delete MessagePort.entangle;

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
