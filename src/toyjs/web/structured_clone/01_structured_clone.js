// structuredClone (HTML): V8's serializer, with DataCloneError as a DOMException.
(function (core, ops) {
  "use strict";
  const { Error, TypeError } = core.primordials;
  function structuredClone(value, options = undefined) {
    if (arguments.length === 0) throw new TypeError('The "value" argument must be specified');
    if (options !== undefined && (options === null || typeof options !== "object")) {
      throw new TypeError('The "options" argument must be of type object.');
    }
    return core.cloning(() => ops.structuredClone(value, options?.transfer));
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
