// What the Streams Standard's three stream kinds share: promise records, the queue-with-sizes,
// queuing strategies (and the two standard ones), Web IDL argument conversions and the
// ArrayBuffer operations of byte streams. The abstract operations live on `core.streamsKit`.
(function (core, ops) {
  "use strict";
  const {
    ArrayBuffer, ArrayBufferIsView, ArrayBufferPrototypeSlice, ArrayPrototypeSlice, DataViewPrototypeGetBuffer,
    DataViewPrototypeGetByteLength, DataViewPrototypeGetByteOffset, SharedArrayBufferPrototypeGetByteLength,
    TypedArrayPrototypeGetBuffer, TypedArrayPrototypeGetByteLength, TypedArrayPrototypeGetByteOffset,
    TypedArrayPrototypeGetSymbolToStringTag, TypedArrayPrototypeSlice, Number, NumberIsNaN, MathTrunc,
    ObjectGetOwnPropertyDescriptor, Promise, PromisePrototypeThen, PromiseReject,
    RangeError, ReflectApply, TypeError, Uint8Array, TypedArrayPrototypeSet,
  } = core.primordials;
  const arrayBufferByteLength = ObjectGetOwnPropertyDescriptor(ArrayBuffer.prototype, "byteLength").get;
  // transfer() and the detached getter are taken as the runtime starts: on the fallback V8 10.2
  // they are ecmascript/01_library.js's, which are added then (after the startup snapshot).
  let arrayBufferTransfer, arrayBufferDetached;
  core.whenStarted(() => {
    arrayBufferTransfer = ArrayBuffer.prototype.transfer;
    arrayBufferDetached = ObjectGetOwnPropertyDescriptor(ArrayBuffer.prototype, "detached").get;
  });

  const noop = () => {};

  // A promise with its resolving functions and whether it is still pending (the standard asks
  // "if the promise is pending" when it rejects a writer's or reader's promise).
  function deferred() {
    const record = { promise: undefined, resolve: undefined, reject: undefined, pending: true };
    record.promise = new Promise((resolve, reject) => {
      record.resolve = (value) => { record.pending = false; resolve(value); };
      record.reject = (reason) => { record.pending = false; reject(reason); };
    });
    return record;
  }
  function resolvedDeferred(value) {
    const record = deferred();
    record.resolve(value);
    return record;
  }
  function rejectedDeferred(reason) {
    const record = deferred();
    record.reject(reason);
    markHandled(record.promise);
    return record;
  }
  // "A promise resolved with x": always a new promise, adopting x's state if it is a thenable.
  function resolvedWith(value) { return new Promise((resolve) => resolve(value)); }
  function rejectedWith(reason) { return PromiseReject(reason); }
  function markHandled(promise) { PromisePrototypeThen(promise, undefined, noop); }
  // "Upon fulfillment/rejection of p": reactions whose own result nobody observes.
  function upon(promise, onFulfilled, onRejected) {
    markHandled(PromisePrototypeThen(promise, onFulfilled, onRejected));
  }
  function react(promise, onFulfilled, onRejected) { return PromisePrototypeThen(promise, onFulfilled, onRejected); }
  // Calls a promise-returning callback: a throw becomes a rejected promise, as Web IDL's
  // conversion of a callback's result does.
  function promiseCall(fn, thisArg, args) {
    try {
      return resolvedWith(ReflectApply(fn, thisArg, args));
    } catch (error) {
      return rejectedWith(error);
    }
  }

  // A FIFO with O(1) shift, for queues that may grow long.
  class Queue {
    #items = [];
    #head = 0;
    get length() { return this.#items.length - this.#head; }
    push(item) { this.#items[this.#items.length] = item; }
    peek() { return this.#items[this.#head]; }
    shift() {
      const item = this.#items[this.#head];
      this.#items[this.#head++] = undefined;
      if (this.#head > 1024 && this.#head * 2 > this.#items.length) {
        this.#items = ArrayPrototypeSlice(this.#items, this.#head);
        this.#head = 0;
      }
      return item;
    }
    clear() { this.#items = []; this.#head = 0; }
    take() {
      const items = ArrayPrototypeSlice(this.#items, this.#head);
      this.clear();
      return items;
    }
  }

  // Queue-with-sizes (the container has `queue` and `queueTotalSize`).
  function isNonNegativeNumber(value) { return typeof value === "number" && !NumberIsNaN(value) && value >= 0; }
  function enqueueValueWithSize(container, value, size) {
    if (!isNonNegativeNumber(size) || size === Infinity) {
      throw new RangeError("The size of a chunk must be a finite, non-negative number");
    }
    container.queue.push({ value, size });
    container.queueTotalSize += size;
  }
  function dequeueValue(container) {
    const pair = container.queue.shift();
    container.queueTotalSize -= pair.size;
    if (container.queueTotalSize < 0) container.queueTotalSize = 0;
    return pair.value;
  }
  function peekQueueValue(container) { return container.queue.peek().value; }
  function resetQueue(container) {
    container.queue = new Queue();
    container.queueTotalSize = 0;
  }

  // Web IDL conversions of the dictionaries the constructors take.
  function dictionary(value, name) {
    if (value === undefined || value === null) return undefined;
    if (typeof value !== "object" && typeof value !== "function") throw new TypeError(`${name} must be an object`);
    return value;
  }
  function callbackMember(dict, key, context) {
    const value = dict === undefined ? undefined : dict[key];
    if (value === undefined) return undefined;
    if (typeof value !== "function") throw new TypeError(`${context}.${key} must be a function`);
    return value;
  }
  function enforceRangeInteger(value, context) {
    const number = Number(value);
    if (NumberIsNaN(number) || number === Infinity || number === -Infinity) throw new TypeError(`${context} must be a finite number`);
    const integer = MathTrunc(number) + 0;
    if (integer < 0 || integer > 9007199254740991) throw new TypeError(`${context} is outside the accepted range`);
    return integer;
  }
  // QueuingStrategy: { highWaterMark (unrestricted double), size (callback) }.
  function queuingStrategy(value) {
    const dict = dictionary(value, "The strategy");
    const highWaterMark = dict === undefined ? undefined : dict.highWaterMark;
    const result = { highWaterMark: highWaterMark === undefined ? undefined : Number(highWaterMark), size: undefined };
    result.size = callbackMember(dict, "size", "The strategy");
    return result;
  }
  function extractHighWaterMark(strategy, defaultHWM) {
    if (strategy.highWaterMark === undefined) return defaultHWM;
    const highWaterMark = strategy.highWaterMark;
    if (NumberIsNaN(highWaterMark) || highWaterMark < 0) throw new RangeError("The highWaterMark must be a non-negative number");
    return highWaterMark;
  }
  function extractSizeAlgorithm(strategy) {
    const size = strategy.size;
    if (size === undefined) return () => 1;
    return (chunk) => ReflectApply(size, undefined, [chunk]);
  }

  // The standard strategies. Their size functions are one function per realm, as specified.
  function initHighWaterMark(init, name) {
    const dict = dictionary(init, `${name}'s init`);
    const highWaterMark = dict === undefined ? undefined : dict.highWaterMark;
    if (highWaterMark === undefined) throw new TypeError(`${name} requires init.highWaterMark`);
    return Number(highWaterMark);
  }
  const byteLengthSize = { size(chunk) { return chunk.byteLength; } }.size;
  const countSize = { size() { return 1; } }.size;
  class ByteLengthQueuingStrategy {
    #highWaterMark;
    constructor(init) { this.#highWaterMark = initHighWaterMark(init, "ByteLengthQueuingStrategy"); }
    get highWaterMark() { return this.#highWaterMark; }
    get size() {
      // eslint-disable-next-line no-unused-expressions
      this.#highWaterMark; // the brand check
      return byteLengthSize;
    }
  }
  class CountQueuingStrategy {
    #highWaterMark;
    constructor(init) { this.#highWaterMark = initHighWaterMark(init, "CountQueuingStrategy"); }
    get highWaterMark() { return this.#highWaterMark; }
    get size() {
      // eslint-disable-next-line no-unused-expressions
      this.#highWaterMark;
      return countSize;
    }
  }

  // ArrayBuffer operations.
  function isDetached(buffer) { return ReflectApply(arrayBufferDetached, buffer, []); }
  function bufferByteLength(buffer) { return ReflectApply(arrayBufferByteLength, buffer, []); }
  function transferArrayBuffer(buffer) {
    if (isDetached(buffer)) throw new TypeError("The ArrayBuffer is detached");
    return ReflectApply(arrayBufferTransfer, buffer, []);
  }
  function cloneArrayBuffer(buffer, byteOffset, byteLength) {
    return ArrayBufferPrototypeSlice(buffer, byteOffset, byteOffset + byteLength);
  }
  function copyDataBlockBytes(toBuffer, toIndex, fromBuffer, fromIndex, count) {
    TypedArrayPrototypeSet(new Uint8Array(toBuffer, toIndex, count), new Uint8Array(fromBuffer, fromIndex, count));
  }

  // A chunk converted to a BufferSource: a copy of its bytes (none for a detached buffer, as Web
  // IDL reads them); shared memory only where the standard says [AllowShared].
  function bufferSourceBytes(chunk, allowShared) {
    let buffer = chunk;
    let byteOffset = 0;
    let byteLength;
    if (ArrayBufferIsView(chunk)) {
      const typed = TypedArrayPrototypeGetSymbolToStringTag(chunk) !== undefined;
      buffer = typed ? TypedArrayPrototypeGetBuffer(chunk) : DataViewPrototypeGetBuffer(chunk);
      if (isArrayBuffer(buffer) && isDetached(buffer)) return new Uint8Array(0);
      byteOffset = typed ? TypedArrayPrototypeGetByteOffset(chunk) : DataViewPrototypeGetByteOffset(chunk);
      byteLength = typed ? TypedArrayPrototypeGetByteLength(chunk) : DataViewPrototypeGetByteLength(chunk);
    } else if (isArrayBuffer(chunk)) {
      if (isDetached(chunk)) return new Uint8Array(0);
    } else if (!(allowShared && isSharedArrayBuffer(chunk))) {
      throw new TypeError("The chunk must be an ArrayBuffer or an ArrayBufferView");
    }
    if (!allowShared && !isArrayBuffer(buffer)) throw new TypeError("The chunk must not be in shared memory");
    return TypedArrayPrototypeSlice(new Uint8Array(buffer, byteOffset, byteLength));
  }
  function isArrayBuffer(value) {
    try {
      ReflectApply(arrayBufferByteLength, value, []);
      return true;
    } catch {
      return false;
    }
  }
  function isSharedArrayBuffer(value) {
    try {
      SharedArrayBufferPrototypeGetByteLength(value);
      return true;
    } catch {
      return false;
    }
  }

  // The class's Web IDL shape (web/webidl: `options` are its), and its global. (The streams'
  // own methods check their `this` and arguments, as the streams standard words it.)
  function defineInterface(cls, options = { ownChecks: true }) {
    core.webidl.defineInterface(cls, options);
    core.defineGlobal(options.name ?? cls.name, cls);
  }

  defineInterface(ByteLengthQueuingStrategy);
  defineInterface(CountQueuingStrategy);

  core.streamsKit = {
    noop, deferred, resolvedDeferred, rejectedDeferred, resolvedWith, rejectedWith, markHandled, upon, react,
    promiseCall, Queue, enqueueValueWithSize, dequeueValue, peekQueueValue, resetQueue, dictionary, callbackMember,
    enforceRangeInteger, queuingStrategy, extractHighWaterMark, extractSizeAlgorithm, isDetached, bufferByteLength,
    transferArrayBuffer, cloneArrayBuffer, copyDataBlockBytes, bufferSourceBytes, defineInterface,
  };
})
