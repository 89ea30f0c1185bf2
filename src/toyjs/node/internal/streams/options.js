// The options every stream class reads the same way: its high-water mark (how much a stream
// buffers before it asks its producer to wait), and the process-wide defaults of that mark.
"use strict";
const { MathFloor, NumberIsInteger } = core.primordials;
const { invalidArgType, invalidArgValue, outOfRange } = require("internal/errors");

const defaults = { bytes: 16 * 1024, objects: 16 };

function getDefaultHighWaterMark(objectMode) {
  return objectMode ? defaults.objects : defaults.bytes;
}

function setDefaultHighWaterMark(objectMode, value) {
  if (typeof value !== "number") throw invalidArgType("value", "number", value);
  if (!NumberIsInteger(value)) throw outOfRange("value", "an integer", value);
  if (value < 0) throw outOfRange("value", ">= 0", value);
  if (objectMode) defaults.objects = value;
  else defaults.bytes = value;
}

// `options.highWaterMark`, or for one side of a Duplex `options.readableHighWaterMark` /
// `options.writableHighWaterMark` (`sideKey`), or the default.
function highWaterMarkFrom(options, objectMode, sideKey, isDuplex) {
  let value = options?.highWaterMark;
  let name = "options.highWaterMark";
  if (value == null && isDuplex) {
    value = options?.[sideKey];
    name = `options.${sideKey}`;
  }
  if (value == null) return getDefaultHighWaterMark(objectMode);
  if (!NumberIsInteger(value) || value < 0) throw invalidArgValue(name, value);
  return MathFloor(value);
}

module.exports = { getDefaultHighWaterMark, setDefaultHighWaterMark, highWaterMarkFrom };
