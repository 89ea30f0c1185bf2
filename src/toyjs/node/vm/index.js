// node:vm: running code in other V8 contexts of the same isolate. A contextified object's
// properties are the globals of its context, and the globals code creates there land on it
// (the native side, _core/vm_contexts.cpp, forwards the context's global object to it). A
// new context has the ECMAScript built-ins only, none of Node's globals.
"use strict";
const { ArrayIsArray, NumberIsInteger, TypeError } = core.primordials;
const { codedError, describeReceived, invalidArgType, outOfRange, validateBoolean, validateString } =
  require("internal/errors");
const native = core.ops.vm;

const DEFAULT_FILENAME = "evalmachine.<anonymous>";
const INT32_RANGE = ">= -2147483648 && <= 2147483647";
const TIMEOUT_RANGE = ">= 1 && <= 4294967295";

function validateInteger(value, name, range, min, max) {
  if (typeof value !== "number") throw invalidArgType(name, "number", value);
  if (!NumberIsInteger(value)) throw outOfRange(name, "an integer", value);
  if (value < min || value > max) throw outOfRange(name, range, value);
}

// Options arguments: an object, or a string naming the file.
function optionsObject(options) {
  if (typeof options === "string") return { filename: options };
  if (options === undefined || options === null || typeof options !== "object") return {};
  return options;
}

function validateObjectArgument(value, name) {
  if (value === null || typeof value !== "object") throw invalidArgType(name, "object", value);
}

function validateContext(value) {
  if (value === null || typeof value !== "object" || !native.isContext(value)) {
    throw codedError(TypeError, "ERR_INVALID_ARG_TYPE",
      `The "contextifiedObject" argument must be an vm.Context.${describeReceived(value)}`, validateContext);
  }
}

// Where the code comes from: its file name and where its text starts in that file.
function sourceOptions(options, defaultFilename) {
  const { filename = defaultFilename, lineOffset = 0, columnOffset = 0 } = options;
  validateString(filename, "options.filename");
  validateInteger(lineOffset, "options.lineOffset", INT32_RANGE, -(2 ** 31), 2 ** 31 - 1);
  validateInteger(columnOffset, "options.columnOffset", INT32_RANGE, -(2 ** 31), 2 ** 31 - 1);
  return { filename, lineOffset, columnOffset };
}

// How the code runs: for how long at most (0: no limit), and whether its errors' stacks
// start with the line that threw.
function runOptions(options) {
  const { timeout, displayErrors = true } = options;
  if (timeout !== undefined) validateInteger(timeout, "options.timeout", TIMEOUT_RANGE, 1, 2 ** 32 - 1);
  validateBoolean(displayErrors, "options.displayErrors");
  return { timeout: timeout === undefined ? 0 : timeout, displayErrors };
}

function run(contextifiedObject, code, source, how) {
  return native.run(contextifiedObject, code, source.filename, source.lineOffset, source.columnOffset,
    how.timeout, how.displayErrors);
}

function isContext(object) {
  validateObjectArgument(object, "object");
  return native.isContext(object);
}

function createContext(contextObject = {}, options = undefined) {
  validateObjectArgument(contextObject, "object");
  if (native.isContext(contextObject)) return contextObject;
  return native.createContext(contextObject);
}

class Script {
  #code;
  #source;

  constructor(code, options = {}) {
    code = `${code}`;
    options = optionsObject(options);
    this.#source = sourceOptions(options, DEFAULT_FILENAME);
    native.check(code, this.#source.filename, this.#source.lineOffset, this.#source.columnOffset,
      runOptions(options).displayErrors);
    this.#code = code;
  }

  runInThisContext(options = {}) {
    return run(undefined, this.#code, this.#source, runOptions(optionsObject(options)));
  }

  runInContext(contextifiedObject, options = {}) {
    validateContext(contextifiedObject);
    return run(contextifiedObject, this.#code, this.#source, runOptions(optionsObject(options)));
  }

  runInNewContext(contextObject, options = {}) {
    return this.runInContext(createContext(contextObject), options);
  }
}

function createScript(code, options) {
  return new Script(code, options);
}

// The vm.run* functions compile in the context the code runs in, so that a SyntaxError is
// of that context, as the errors the code throws are.
function runCode(contextifiedObject, code, options) {
  options = optionsObject(options);
  return run(contextifiedObject, `${code}`, sourceOptions(options, DEFAULT_FILENAME), runOptions(options));
}

function runInContext(code, contextifiedObject, options) {
  validateContext(contextifiedObject);
  return runCode(contextifiedObject, code, options);
}

function runInNewContext(code, contextObject, options) {
  return runCode(createContext(contextObject), code, options);
}

function runInThisContext(code, options) {
  return runCode(undefined, code, options);
}

function compileFunction(code, params = [], options = {}) {
  validateString(code, "code");
  if (!ArrayIsArray(params)) throw invalidArgType("params", "Array", params);
  for (let i = 0; i < params.length; i++) validateString(params[i], `params[${i}]`);
  options = optionsObject(options);
  const source = sourceOptions(options, "");
  const { parsingContext, contextExtensions = [] } = options;
  if (parsingContext !== undefined &&
      (parsingContext === null || typeof parsingContext !== "object" || !native.isContext(parsingContext))) {
    throw invalidArgType("options.parsingContext", "Context", parsingContext);
  }
  if (!ArrayIsArray(contextExtensions)) throw invalidArgType("options.contextExtensions", "Array", contextExtensions);
  for (let i = 0; i < contextExtensions.length; i++) {
    const extension = contextExtensions[i];
    if (extension === null || typeof extension !== "object") {
      throw invalidArgType(`options.contextExtensions[${i}]`, "object", extension);
    }
  }
  return native.compileFunction(code, source.filename, source.lineOffset, source.columnOffset, params,
    parsingContext, contextExtensions);
}

module.exports = {
  Script, createContext, createScript, isContext, runInContext, runInNewContext, runInThisContext,
  compileFunction,
};
