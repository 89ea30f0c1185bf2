// Process warnings as Node prints them on stderr, from a tick of their own (after the code that
// caused them): "(node:PID) [CODE] Type: message", the first of them followed by a line on
// the flag that would show where it came from.
"use strict";

let hintShown = false;

function emitWarning(message, type = "Warning", code = undefined) {
  core.nextTick(printWarning, message, type, code);
}

function printWarning(message, type, code) {
  let text = `(node:${core.process.pid}) ${code === undefined ? "" : `[${code}] `}${type}: ${message}\n`;
  if (!hintShown) {
    hintShown = true;
    const flag = type === "DeprecationWarning" ? "--trace-deprecation" : "--trace-warnings";
    text += `(Use \`node ${flag} ...\` to show where the warning was created)\n`;
  }
  core.ops.write(2, text);
}

module.exports = { emitWarning };
