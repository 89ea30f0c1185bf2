// The startup snapshot's driver: gets the completion values of host/core.js and of every web
// API file (in load order), runs them, and returns the `core` object each runtime starts
// (core.start) with its ops.
(function (parts) {
  "use strict";
  const ops = {};
  const core = parts[0](ops);
  for (let i = 1; i < parts.length; i++) core.load(parts[i]);
  return core;
})
