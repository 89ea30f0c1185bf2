// node:process: the `process` global itself, made an EventEmitter the first time a program
// listens to it (until then it is the plain object the web layer defines, and an idle runtime
// loads no events module). The host reports 'exit', 'beforeExit', 'uncaughtException' and
// 'unhandledRejection' through core.processEvent (node/builtins.js).
"use strict";
const { FunctionPrototypeCall, ObjectSetPrototypeOf, ObjectCreate } = core.primordials;
const EventEmitter = require("events");
const { emitWarning } = require("internal/warnings");
const process = core.process;

// The prototype chain Node gives process: process -> (process's own prototype) ->
// EventEmitter.prototype, so `process instanceof EventEmitter`.
ObjectSetPrototypeOf(process, ObjectCreate(EventEmitter.prototype));
FunctionPrototypeCall(EventEmitter, process);

// process.emitWarning(warning[, type[, code]]) or (warning, { type, code, detail }): a
// 'warning' event, and the warning printed on stderr as Node prints it.
process.emitWarning = function emitProcessWarning(warning, type, code) {
  let detail;
  if (type !== null && typeof type === "object") {
    ({ type, code, detail } = type);
  }
  const error = typeof warning === "string" ? new Error(warning) : warning;
  error.name = typeof type === "string" ? type : error.name === "Error" ? "Warning" : error.name;
  if (code !== undefined) error.code = code;
  if (detail !== undefined) error.detail = detail;
  emitWarning(detail === undefined ? error.message : `${error.message}\n${detail}`, error.name, code);
  core.nextTick(() => process.emit("warning", error));
};

module.exports = process;
