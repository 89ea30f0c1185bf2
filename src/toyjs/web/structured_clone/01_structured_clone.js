// structuredClone (HTML): V8's serializer, with DataCloneError as a DOMException, and the web
// APIs' platform objects: the serializable ones (Blob, File) cloned from their data, the
// transferable ones (MessagePort) moved when in the transfer list, the others (URL,
// Response...) refused, as HTML's StructuredSerializeWithTransfer says.
(function (core, ops) {
  "use strict";
  const { ArrayIsArray, Error, ObjectFreeze, ObjectGetPrototypeOf, SafeMap, TypeError, ArrayPrototypePush } = core.primordials;

  // The platform table the native clone reads (_core/clone.h): interfaces by number, and a
  // Map from each interface's prototype to its number.
  const interfaces = [];
  const prototypes = new SafeMap();

  // HTML: a platform object that is not serializable throws; an ordinary object that only has
  // the prototype on its chain (no brand) is cloned as an ordinary object (undefined here).
  function clonePlatformObject(object, number) {
    const moving = transferring.get(object);
    if (moving !== undefined) return moving.receiver;
    const entry = interfaces[number];
    if (!entry.brand(object)) return undefined;
    if (entry.clone === undefined) {
      const message = entry.transfer === undefined
        ? "Cannot clone object of unsupported type."
        : "Object that needs transfer was found in message but not listed in transferList";
      throw new core.DOMException(message, "DataCloneError");
    }
    return entry.clone(object);
  }
  const platform = ObjectFreeze([prototypes, clonePlatformObject]);

  // A web API's class is a platform object's interface: `brand(value)` tells its instances.
  // A serializable one gives `clone(object)`, which makes the copy a structured clone holds;
  // a transferable one gives `transfer`: `detached(object)`, whether it was transferred
  // already; `receiver(object)`, the new object the clone will hold; `complete(object,
  // receiver)`, the transfer steps (once the whole value is serialized). Cloning an instance
  // of any other, or one of a transferable interface not in the transfer list, throws
  // DataCloneError. (A subclass's instance is copied as the nearest registered interface.)
  core.registerPlatformInterface = (cls, { brand, clone = undefined, transfer = undefined }) => {
    prototypes.set(cls.prototype, interfaces.length);
    ArrayPrototypePush(interfaces, ObjectFreeze({ name: cls.name, brand, clone, transfer }));
  };

  // The platform interface whose instance `value` is, if any.
  function interfaceOf(value) {
    if ((typeof value !== "object" && typeof value !== "function") || value === null) return undefined;
    for (let prototype = ObjectGetPrototypeOf(value); prototype !== null; prototype = ObjectGetPrototypeOf(prototype)) {
      const number = prototypes.get(prototype);
      if (number !== undefined && interfaces[number].brand(value)) return interfaces[number];
    }
    return undefined;
  }

  // The transferable platform objects of the clone being made: object -> { receiver, entry }.
  let transferring = new SafeMap();

  // StructuredSerializeWithTransfer then StructuredDeserializeWithTransfer, in this realm:
  // `{ value, transferred }`, the clone and the objects that received the transferred platform
  // objects. The transfer list's ArrayBuffers are the native serializer's; its platform objects
  // are checked first and moved only once the value is serialized (a failure leaves them be).
  function cloneWithTransfer(value, transfer) {
    let buffers = transfer;
    const moves = new SafeMap();
    const order = [];
    if (ArrayIsArray(transfer)) {
      buffers = [];
      for (let i = 0; i < transfer.length; i++) {
        const item = transfer[i];
        const entry = interfaceOf(item);
        if (entry?.transfer === undefined) {
          ArrayPrototypePush(buffers, item);
          continue;
        }
        // (node's words)
        if (moves.has(item)) throw new core.DOMException(`Transfer list contains duplicate ${entry.name}`, "DataCloneError");
        if (entry.transfer.detached(item)) throw new core.DOMException(`${entry.name} in transfer list is already detached`, "DataCloneError");
        const move = { object: item, receiver: entry.transfer.receiver(item), entry };
        moves.set(item, move);
        ArrayPrototypePush(order, move);
      }
    }
    const outer = transferring;
    transferring = moves;
    let clone;
    try {
      clone = ops.structuredClone(value, buffers, platform);
    } finally {
      transferring = outer;
    }
    const transferred = [];
    for (let i = 0; i < order.length; i++) {
      const { object, receiver, entry } = order[i];
      entry.transfer.complete(object, receiver);
      ArrayPrototypePush(transferred, receiver);
    }
    return { value: clone, transferred };
  }

  function structuredClone(value, options = undefined) {
    if (arguments.length === 0) throw new TypeError('The "value" argument must be specified');
    if (options !== undefined && (options === null || typeof options !== "object")) {
      throw new TypeError('The "options" argument must be of type object.');
    }
    return core.cloning(() => cloneWithTransfer(value, options?.transfer).value);
  }

  // Runs a serialization (structuredClone, a Worker's postMessage); the native serializer's
  // DataCloneError becomes the DOMException the standard names.
  core.cloning = (serialize) => {
    try {
      return serialize();
    } catch (error) {
      if (error instanceof Error && error.name === "DataCloneError" && !(error instanceof core.DOMException)) {
        throw new core.DOMException(error.message, "DataCloneError");
      }
      throw error;
    }
  };
  core.structuredClone = structuredClone;
  core.cloneWithTransfer = (value, transfer) => core.cloning(() => cloneWithTransfer(value, transfer));
  core.defineGlobal("structuredClone", structuredClone);
})
