// The startup snapshot's driver: gets the completion values of host/primordials.js, host/core.js
// and every web API file (in load order), runs them, and returns the `core` object each runtime
// starts (core.start) with its ops.
(function (parts) {
  "use strict";
  const ops = {};
  const core = parts[1](ops, parts[0]());
  for (let i = 2; i < parts.length; i++) core.load(parts[i]);
  return core;
})
