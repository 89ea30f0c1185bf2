// node:timers: the timer functions programs also have as globals (the same functions), and
// the promise-based ones as `promises`.
"use strict";
const { ObjectDefineProperty } = core.primordials;
const { setTimeout, clearTimeout, setImmediate, clearImmediate, setInterval, clearInterval } = core.timerFunctions;

module.exports = { setTimeout, clearTimeout, setImmediate, clearImmediate, setInterval, clearInterval };
ObjectDefineProperty(module.exports, "promises", {
  get() { return require("timers/promises"); },
  enumerable: true,
  configurable: true,
});
