// node:module: the module system's own API.
"use strict";
const { ArrayPrototypeIncludes, StringPrototypeStartsWith, StringPrototypeSlice } = core.primordials;

const builtinModules = core.builtinNames();

function isBuiltin(specifier) {
  const name = StringPrototypeStartsWith(specifier, "node:") ? StringPrototypeSlice(specifier, 5) : specifier;
  return ArrayPrototypeIncludes(builtinModules, name);
}

module.exports = { builtinModules, isBuiltin };
