// The exports of a built-in toyjs does not have yet: requiring or importing it works (so a
// package that merely loads it loads), and each function read from it throws
// ERR_NOT_IMPLEMENTED naming itself when called.
"use strict";
const { Proxy, SymbolToStringTag } = core.primordials;
const { notImplemented } = require("internal/errors");

function placeholder(name) {
  const stands = {};
  return new Proxy(stands, {
    get(target, key) {
      // Not a thenable, not an ES module marker, no symbol-keyed protocol: absent.
      if (typeof key !== "string" || key === "then" || key === "__esModule") {
        return key === SymbolToStringTag ? `Module ${name}` : undefined;
      }
      if (!(key in target)) {
        const what = `${name}.${key}`;
        target[key] = function () {
          throw notImplemented(what);
        };
      }
      return target[key];
    },
  });
}

module.exports = placeholder;
