// node:console: the global console, with the Console class that makes consoles writing to
// any object with a `write(text)` method (a stream, or a plain object).
"use strict";
const { ObjectDefineProperty, NumberIsInteger, ReflectApply, ReflectConstruct, TypeError } = core.primordials;
const { codedError, invalidArgType, invalidArgValue, outOfRange } = require("internal/errors");

const MOST_INDENTATION = 1000;
const STDOUT = 1; // (how makeConsole names the stream it asks output.colors about)

// new Console(stdout[, stderr[, ignoreErrors]]) or new Console({ stdout, stderr, ignoreErrors,
// colorMode, inspectOptions, groupIndentation }); callable without `new`, as node's. colorMode
// "auto" (the default) colours inspected values written to a stream that is a terminal with
// colours (isTTY, getColorDepth() > 2) or when FORCE_COLOR asks; true and false decide for it.
function Console(options, stderrArgument, ignoreErrorsArgument) {
  if (new.target === undefined) return ReflectConstruct(Console, [options, stderrArgument, ignoreErrorsArgument]);
  const given = isWritable(options)
    ? { stdout: options, stderr: stderrArgument, ignoreErrors: ignoreErrorsArgument }
    : options ?? {};
  const { stdout, stderr = stdout, ignoreErrors = true, colorMode, inspectOptions, groupIndentation = 2 } = given;
  if (!isWritable(stdout)) throw notWritable("stdout");
  if (!isWritable(stderr)) throw notWritable("stderr");
  if (inspectOptions !== undefined && (inspectOptions === null || typeof inspectOptions !== "object")) {
    throw invalidArgType("options.inspectOptions", "object", inspectOptions);
  }
  if (colorMode !== undefined && colorMode !== "auto" && colorMode !== true && colorMode !== false) {
    throw invalidArgValue("colorMode", colorMode, "must be one of: 'auto', true, false");
  }
  if (inspectOptions?.colors !== undefined && colorMode !== undefined) {
    throw codedError(TypeError, "ERR_INCOMPATIBLE_OPTION_PAIR",
      'Option "options.inspectOptions.color" cannot be used in combination with option "colorMode"');
  }
  if (typeof groupIndentation !== "number") throw invalidArgType("groupIndentation", "number", groupIndentation);
  if (!NumberIsInteger(groupIndentation) || groupIndentation < 0 || groupIndentation > MOST_INDENTATION) {
    throw outOfRange("groupIndentation", `>= 0 && <= ${MOST_INDENTATION}`, groupIndentation);
  }
  const output = {
    out: writer(stdout, ignoreErrors),
    err: writer(stderr, ignoreErrors),
    // (As node's consoles, misuse is a process warning, wherever the console writes.)
    warn: (text) => core.process.emitWarning(text),
    colors: (which) => (colorMode === undefined || colorMode === "auto" ? core.streamHasColors(which === STDOUT ? stdout : stderr) : colorMode),
  };
  const methods = core.makeConsole(output, inspectOptions ?? {}, groupIndentation);
  for (let i = 0; i < INSTANCE_METHODS.length; i++) this[INSTANCE_METHODS[i]] = methods[INSTANCE_METHODS[i]];
}

// What a Console has, in node's order (the inspector's profile, timeStamp, context and
// createTask are the global console's alone).
const INSTANCE_METHODS = [
  "log", "warn", "dir", "time", "timeEnd", "timeLog", "trace", "assert", "clear", "count", "countReset", "group",
  "groupEnd", "table", "debug", "info", "dirxml", "error", "groupCollapsed",
];

const isWritable = (value) => value !== null && typeof value === "object" && typeof value.write === "function";

function notWritable(name) {
  return codedError(TypeError, "ERR_CONSOLE_WRITABLE_STREAM", `Console expects a writable stream instance for ${name}`);
}

// Writes a line to the stream; with ignoreErrors, what its write throws is dropped.
function writer(stream, ignoreErrors) {
  return (text) => {
    if (!ignoreErrors) return ReflectApply(stream.write, stream, [text]);
    try {
      ReflectApply(stream.write, stream, [text]);
    } catch {
      // (a console must not throw because its stream failed)
    }
  };
}

const console = core.console;
ObjectDefineProperty(console, "Console", { value: Console, writable: true, enumerable: true, configurable: true });
module.exports = console;
