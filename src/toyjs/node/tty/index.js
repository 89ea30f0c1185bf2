// node:tty: isatty, and the terminal stream classes (not built yet: constructing one throws).
"use strict";
const { NumberIsInteger } = core.primordials;
const { notImplemented } = require("internal/errors");

// Anything but a descriptor number (an integer from 0 to 2^31 - 1) is no terminal.
function isatty(fd) {
  return NumberIsInteger(fd) && fd >= 0 && fd <= 2147483647 && core.ops.ttyIsatty(fd);
}

// (Node's constructors take these parameters: their lengths stay the same.)
function ReadStream(fd, options) {
  throw notImplemented("tty.ReadStream");
}
function WriteStream(fd) {
  throw notImplemented("tty.WriteStream");
}

module.exports = { isatty, ReadStream, WriteStream };
