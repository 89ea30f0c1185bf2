// node:readline: line-by-line reading of a stream (internal/readline/interface.js), and the
// functions that move the cursor and clear a terminal.
"use strict";
const { Interface } = require("internal/readline/interface");
const { emitKeypressEvents } = require("internal/readline/keypress");
const { clearLine, clearScreenDown, cursorTo, moveCursor } = require("internal/readline/escapes");

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

module.exports = {
  Interface,
  clearLine,
  clearScreenDown,
  createInterface,
  cursorTo,
  emitKeypressEvents,
  moveCursor,
};

let promises;
core.primordials.ObjectDefineProperty(module.exports, "promises", {
  get() {
    promises ??= require("readline/promises");
    return promises;
  },
  enumerable: true,
  configurable: true,
});
