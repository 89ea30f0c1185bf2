// node:tty: isatty, and the terminal streams process.stdin/stdout/stderr are when their
// descriptor is a terminal. The streams exist for descriptors 0 (ReadStream) and 1 and 2
// (WriteStream) only: toyjs reads and writes the standard streams, no other terminal.
"use strict";
const { Error, FunctionPrototypeCall, NumberIsInteger, RangeError, ObjectSetPrototypeOf } = core.primordials;
const { codedError, invalidArgType, notImplemented } = require("internal/errors");
const { SyncWriteStream, StdinStream } = require("internal/stdio");
const escapes = require("internal/readline/escapes");

// Anything but a descriptor number (an integer from 0 to 2^31 - 1) is no terminal.
function isatty(fd) {
  return NumberIsInteger(fd) && fd >= 0 && fd <= 2147483647 && core.ops.ttyIsatty(fd);
}

function checkTerminal(fd, supported, what) {
  if (!NumberIsInteger(fd) || fd < 0) throw codedError(RangeError, "ERR_INVALID_FD", `"fd" must be a positive integer: ${fd}`);
  if (!isatty(fd)) {
    throw codedError(Error, "ERR_TTY_INIT_FAILED", "TTY initialization failed: uv_tty_init returned EINVAL (invalid argument)");
  }
  if (fd !== supported && !(supported === 1 && fd === 2)) throw notImplemented(`${what} on descriptor ${fd}`);
}

// A terminal to read: stdin, with raw mode.
function ReadStream(fd, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(fd, options);
  checkTerminal(fd, 0, "tty.ReadStream");
  FunctionPrototypeCall(StdinStream, this, fd);
  this.isRaw = false;
  this.isTTY = true;
}
ObjectSetPrototypeOf(ReadStream.prototype, StdinStream.prototype);
ObjectSetPrototypeOf(ReadStream, StdinStream);

// Raw mode: every key reaches the program as it is typed, unechoed (termios, reset when the
// program ends).
ReadStream.prototype.setRawMode = function setRawMode(flag) {
  flag = !!flag;
  core.ops.ttySetRawMode(this.fd, flag);
  this.isRaw = flag;
  return this;
};

// A terminal to write: stdout or stderr, with its size ('resize' when it changes) and colours.
function WriteStream(fd) {
  if (!(this instanceof WriteStream)) return new WriteStream(fd);
  checkTerminal(fd, 1, "tty.WriteStream");
  FunctionPrototypeCall(SyncWriteStream, this, fd);
  this._refreshSize();
  core.ops.ttyOnResize(() => {
    const { columns, rows } = this;
    this._refreshSize();
    if (columns !== this.columns || rows !== this.rows) this.emit("resize");
  });
}
ObjectSetPrototypeOf(WriteStream.prototype, SyncWriteStream.prototype);
ObjectSetPrototypeOf(WriteStream, SyncWriteStream);
WriteStream.prototype.isTTY = true;

WriteStream.prototype._refreshSize = function _refreshSize() {
  const [columns, rows] = core.ops.ttyWindowSize(this.fd);
  this.columns = columns;
  this.rows = rows;
};

WriteStream.prototype.getWindowSize = function getWindowSize() {
  return [this.columns, this.rows];
};

// The colours the terminal takes, as bits per colour: 1 (2 colours), 4 (16), 8 (256) or 24
// (16 million), from the environment as Node reads it (web/console/00_terminal_colors.js).
WriteStream.prototype.getColorDepth = function getColorDepth(env) {
  return core.colorDepth(env === undefined ? core.colorEnvironment() : env);
};

WriteStream.prototype.hasColors = function hasColors(count, env) {
  if (env === undefined && (count === undefined || (typeof count === "object" && count !== null))) {
    env = count;
    count = 16;
  }
  if (typeof count !== "number") throw invalidArgType("count", "number", count);
  return count <= 2 ** this.getColorDepth(env);
};

WriteStream.prototype.cursorTo = function cursorTo(x, y, callback) {
  return escapes.cursorTo(this, x, y, callback);
};
WriteStream.prototype.moveCursor = function moveCursor(dx, dy, callback) {
  return escapes.moveCursor(this, dx, dy, callback);
};
WriteStream.prototype.clearLine = function clearLine(dir, callback) {
  return escapes.clearLine(this, dir, callback);
};
WriteStream.prototype.clearScreenDown = function clearScreenDown(callback) {
  return escapes.clearScreenDown(this, callback);
};

module.exports = { isatty, ReadStream, WriteStream };
