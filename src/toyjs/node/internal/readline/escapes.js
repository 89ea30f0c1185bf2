// The terminal control sequences readline writes (cursor moves, clearing), and node:readline's
// functions that write them to a stream: cursorTo, moveCursor, clearLine, clearScreenDown.
"use strict";
const { NumberIsNaN, TypeError } = core.primordials;
const { codedError, invalidArgValue, validateFunction } = require("internal/errors");

const CSI = "\x1b[";

// The sequences, as strings (readline/promises' Readline queues them).
function cursorToSequence(x, y) {
  if (NumberIsNaN(x)) throw invalidArgValue("x", x);
  if (NumberIsNaN(y)) throw invalidArgValue("y", y);
  if (typeof x !== "number") {
    if (typeof y === "number") throw codedError(TypeError, "ERR_INVALID_CURSOR_POS", "Cannot set cursor row without setting its column");
    return "";
  }
  return typeof y === "number" ? `${CSI}${y + 1};${x + 1}H` : `${CSI}${x + 1}G`;
}

function moveCursorSequence(dx, dy) {
  let sequence = "";
  if (dx < 0) sequence += `${CSI}${-dx}D`;
  else if (dx > 0) sequence += `${CSI}${dx}C`;
  if (dy < 0) sequence += `${CSI}${-dy}A`;
  else if (dy > 0) sequence += `${CSI}${dy}B`;
  return sequence;
}

// dir < 0: to the left of the cursor; > 0: to its right; 0: the whole line.
function clearLineSequence(dir) {
  return dir < 0 ? `${CSI}1K` : dir > 0 ? `${CSI}0K` : `${CSI}2K`;
}

const CLEAR_SCREEN_DOWN = `${CSI}0J`;

// Each function writes its sequence to `stream` and returns what write() returned; without a
// stream, or with nothing to write, the callback is still called (on the next tick).
function writeOrCall(stream, sequence, callback) {
  if (stream === null || stream === undefined || sequence === "") {
    if (typeof callback === "function") core.nextTick(callback, null);
    return true;
  }
  return stream.write(sequence, callback);
}

function checkCallback(callback) {
  if (callback !== undefined) validateFunction(callback, "callback");
}

function cursorTo(stream, x, y, callback) {
  checkCallback(callback);
  if (typeof y === "function") {
    callback = y;
    y = undefined;
  }
  if (stream === null || stream === undefined) return writeOrCall(stream, "", callback);
  return writeOrCall(stream, cursorToSequence(x, y), callback);
}

function moveCursor(stream, dx, dy, callback) {
  checkCallback(callback);
  if (stream === null || stream === undefined) return writeOrCall(stream, "", callback);
  return writeOrCall(stream, moveCursorSequence(dx, dy), callback);
}

function clearLine(stream, dir, callback) {
  checkCallback(callback);
  if (stream === null || stream === undefined) return writeOrCall(stream, "", callback);
  return writeOrCall(stream, clearLineSequence(dir), callback);
}

function clearScreenDown(stream, callback) {
  checkCallback(callback);
  if (stream === null || stream === undefined) return writeOrCall(stream, "", callback);
  return writeOrCall(stream, CLEAR_SCREEN_DOWN, callback);
}

module.exports = {
  CSI, CLEAR_SCREEN_DOWN, cursorToSequence, moveCursorSequence, clearLineSequence,
  cursorTo, moveCursor, clearLine, clearScreenDown,
};
