// structuredClone (HTML): V8's serializer, with DataCloneError as a DOMException, and the web
// APIs' platform objects: the serializable ones (Blob, File) cloned from their data, the others
// (URL, Response...) refused, as HTML's StructuredSerialize says.
(function (core, ops) {
  "use strict";
  const { Error, ObjectFreeze, SafeMap, TypeError, ArrayPrototypePush } = core.primordials;

  // The platform table the native clone reads (_core/clone.h): interfaces by number, and a
  // Map from each interface's prototype to its number.
  const interfaces = [];
  const prototypes = new SafeMap();

  // HTML: a platform object that is not serializable throws; an ordinary object that only has
  // the prototype on its chain (no brand) is cloned as an ordinary object (undefined here).
  function clonePlatformObject(object, number) {
    const entry = interfaces[number];
    if (!entry.brand(object)) return undefined;
    if (entry.clone === undefined) {
      throw new core.DOMException("Cannot clone object of unsupported type.", "DataCloneError");
    }
    return entry.clone(object);
  }
  const platform = ObjectFreeze([prototypes, clonePlatformObject]);

  // A web API's class is a platform object's interface: `brand(value)` tells its instances.
  // A serializable one gives `clone(object)`, which makes the copy a structured clone holds;
  // cloning an instance of any other throws DataCloneError. (A subclass's instance is copied
  // as the nearest registered interface.)
  core.registerPlatformInterface = (cls, { brand, clone = undefined }) => {
    prototypes.set(cls.prototype, interfaces.length);
    ArrayPrototypePush(interfaces, ObjectFreeze({ brand, clone }));
  };

  function structuredClone(value, options = undefined) {
    if (arguments.length === 0) throw new TypeError('The "value" argument must be specified');
    if (options !== undefined && (options === null || typeof options !== "object")) {
      throw new TypeError('The "options" argument must be of type object.');
    }
    return core.cloning(() => ops.structuredClone(value, options?.transfer, platform));
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
  core.defineGlobal("structuredClone", structuredClone);
})
