// node:module: the Module class of CommonJS itself, with createRequire, builtinModules,
// isBuiltin (internal/cjs_loader.js).
"use strict";
module.exports = require("internal/cjs_loader").Module;
