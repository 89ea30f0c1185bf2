// Loads Node's built-in modules on first use (see toyjs/node/__init__.py): each file is the
// body of a function of (exports, require, module, core), run once per runtime.
(function (core, ops) {
  "use strict";
  const { ArrayPrototypePush, ObjectAssign, ObjectDefineProperty, ObjectGetOwnPropertyDescriptor, ObjectKeys, ReflectApply, SafeMap, TypeError } = core.primordials;
  const loaded = new SafeMap();
  const PARAMETERS = ["exports", "require", "module", "core"];

  // What built-ins require: each other, and the internal pieces.
  function requireBuiltin(name) {
    const cached = loaded.get(name);
    if (cached !== undefined) return cached.exports;
    if (typeof name !== "string") throw new TypeError("a built-in's name must be a string");
    const { source: body, ops: added } = ops.builtinSource(name);
    ObjectAssign(ops, added);
    const module = { exports: {}, id: name };
    if (body === null) {
      module.exports = requireBuiltin("internal/not_implemented")(name);
      loaded.set(name, module);
      return module.exports;
    }
    loaded.set(name, module); // a cycle between built-ins sees the exports made so far
    try {
      const run = ops.compileFunction(body, `node:${name}`, PARAMETERS);
      ReflectApply(run, undefined, [module.exports, requireBuiltin, module, core]);
    } catch (error) {
      loaded.delete(name);
      throw error;
    }
    if (name === "events") makeProcessEmitter(); // once EventEmitter exists, process is one
    return module.exports;
  }

  // Built-ins as ES modules: the exports object is the default export, and its own
  // enumerable properties the named ones (read when the module is linked and evaluated).
  function builtinExportNames(name) {
    const names = ["default"];
    const keys = ObjectKeys(requireBuiltin(name));
    for (let i = 0; i < keys.length; i++) if (keys[i] !== "default") ArrayPrototypePush(names, keys[i]);
    return names;
  }
  // Each imported built-in's named exports, with the function that updates their bindings.
  const importedBuiltins = new SafeMap();
  function builtinNamespace(name) {
    return (setExport) => {
      const exports = requireBuiltin(name);
      const namespace = { __proto__: null, default: exports };
      const keys = ObjectKeys(exports);
      for (let i = 0; i < keys.length; i++) if (keys[i] !== "default") namespace[keys[i]] = exports[keys[i]];
      importedBuiltins.set(name, { keys, setExport });
      return namespace;
    };
  }
  // node:module's syncBuiltinESMExports: the named exports of imported built-ins take the
  // values their exports objects have now (names added since are not exports).
  function syncBuiltinExports() {
    for (const [name, { keys, setExport }] of importedBuiltins) {
      const exports = requireBuiltin(name);
      for (let i = 0; i < keys.length; i++) if (keys[i] !== "default") setExport(keys[i], exports[keys[i]]);
    }
  }

  // `process` becomes an EventEmitter (node/process/index.js) when first listened to: until
  // then these stand in for EventEmitter's methods.
  const PROCESS_EVENT_METHODS = [
    "on", "addListener", "once", "off", "removeListener", "removeAllListeners", "emit",
    "prependListener", "prependOnceListener", "listeners", "rawListeners", "listenerCount",
    "eventNames", "setMaxListeners", "getMaxListeners", "emitWarning",
  ];
  let processIsEmitter = false;
  function makeProcessEmitter() {
    if (processIsEmitter) return;
    processIsEmitter = true;
    for (let i = 0; i < PROCESS_EVENT_METHODS.length; i++) delete core.process[PROCESS_EVENT_METHODS[i]];
    requireBuiltin("process");
  }
  for (let i = 0; i < PROCESS_EVENT_METHODS.length; i++) {
    const name = PROCESS_EVENT_METHODS[i];
    ObjectDefineProperty(core.process, name, {
      value: function (...args) {
        makeProcessEmitter();
        return ReflectApply(core.process[name], this, args);
      },
      writable: true,
      configurable: true,
    });
  }
  // The host's report of a process event: whether a listener took it (an uncaught exception
  // with an 'uncaughtException' listener does not end the program).
  core.processEvent = (name, ...args) => {
    if (!processIsEmitter) return false;
    const process = core.process;
    // (no spread: a program may have replaced the array iterator)
    return args.length === 1 ? process.emit(name, args[0]) : process.emit(name, args[0], args[1]);
  };

  // Node's globals that are built-ins' exports: accessors (as Node defines them) that load
  // the built-in when a program first reads them; assigning replaces them with the value.
  function lazyGlobal(name, load) {
    lazyProperty(globalThis, name, load, false);
  }
  function lazyProperty(target, name, load, enumerable) {
    let value;
    let loaded = false;
    ObjectDefineProperty(target, name, {
      get() {
        if (!loaded) {
          value = load();
          loaded = true;
        }
        return value;
      },
      set(replacement) {
        ObjectDefineProperty(target, name, { value: replacement, writable: true, configurable: true, enumerable });
      },
      configurable: true,
      enumerable,
    });
  }
  lazyGlobal("Buffer", () => requireBuiltin("buffer").Buffer);
  // console.Console, node:console's class (loading the module makes it a plain property).
  lazyProperty(core.console, "Console", () => requireBuiltin("console").Console, true);
  core.defineGlobal("global", globalThis);

  // The globals Node makes enumerable (functions and attributes of the global scope, not its
  // classes, nor `process`, `Buffer` or `console`), in the order Object.keys(globalThis)
  // lists them in Node: each is defined again, enumerable, at the end.
  const enumerableGlobals = [
    "global", "clearImmediate", "setImmediate", "clearInterval", "clearTimeout", "setInterval", "setTimeout",
    "queueMicrotask", "structuredClone", "atob", "btoa", "performance", "fetch", "crypto", "navigator",
  ];
  for (let i = 0; i < enumerableGlobals.length; i++) {
    const descriptor = ObjectGetOwnPropertyDescriptor(globalThis, enumerableGlobals[i]);
    if (descriptor === undefined) continue;
    delete globalThis[enumerableGlobals[i]];
    descriptor.enumerable = true;
    ObjectDefineProperty(globalThis, enumerableGlobals[i], descriptor);
  }

  core.requireBuiltin = requireBuiltin;
  core.builtinNames = () => ops.builtinNames();
  // The built-in a specifier names ("node:fs", "fs"), or undefined.
  core.builtinName = (specifier) => ops.builtinName(specifier);
  core.builtinExportNames = builtinExportNames;
  core.builtinNamespace = builtinNamespace;
  core.syncBuiltinExports = syncBuiltinExports;
})
