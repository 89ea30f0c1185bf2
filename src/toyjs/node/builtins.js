// Loads Node's built-in modules on first use (see toyjs/node/__init__.py): each file is the
// body of a function of (exports, require, module, core), run once per runtime.
(function (core, ops) {
  "use strict";
  const { ArrayPrototypePush, ObjectAssign, ObjectKeys, ReflectApply, SafeMap, TypeError } = core.primordials;
  const loaded = new SafeMap();
  const PARAMETERS = ["exports", "require", "module", "core"];

  // What built-ins require: each other, and the internal pieces.
  function requireBuiltin(name) {
    const cached = loaded.get(name);
    if (cached !== undefined) return cached.exports;
    if (typeof name !== "string") throw new TypeError("a built-in's name must be a string");
    const body = ops.builtinSource(name);
    const module = { exports: {}, id: name };
    loaded.set(name, module); // a cycle between built-ins sees the exports made so far
    try {
      const run = ops.compileFunction(body, `node:${name}`, PARAMETERS);
      ReflectApply(run, undefined, [module.exports, requireBuiltin, module, core]);
    } catch (error) {
      loaded.delete(name);
      throw error;
    }
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
  function builtinNamespace(name) {
    return () => {
      const exports = requireBuiltin(name);
      const namespace = { __proto__: null, default: exports };
      const keys = ObjectKeys(exports);
      for (let i = 0; i < keys.length; i++) if (keys[i] !== "default") namespace[keys[i]] = exports[keys[i]];
      return namespace;
    };
  }

  core.requireBuiltin = requireBuiltin;
  // A built-in folder's Python ops (its ops.py), joined to the table as the built-in first
  // loads. (Python cannot add them itself: core.ops reaches it as a copy, a plain dict.)
  core.addBuiltinOps = (table) => ObjectAssign(ops, table);
  core.builtinNames = () => ops.builtinNames();
  core.builtinExportNames = builtinExportNames;
  core.builtinNamespace = builtinNamespace;
})
