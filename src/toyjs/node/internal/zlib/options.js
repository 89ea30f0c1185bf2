// node:zlib's options, checked as Node checks them (the same codes and messages), and turned
// into what the engine needs (zlib/ops.py) and what the stream keeps.
"use strict";
const {
  ArrayBufferIsView, MathTrunc, NumberIsFinite, NumberIsNaN, ObjectKeys, RangeError, String, Error, Uint8Array,
} = core.primordials;
const { codedError, invalidArgType, outOfRange } = require("internal/errors");
const { arrayBufferLength, viewBytes } = require("internal/crypto/util");
const { constants } = require("internal/zlib/constants");

const {
  INFLATE, GZIP, GUNZIP, UNZIP, BROTLI_DECODE, BROTLI_ENCODE,
  Z_NO_FLUSH, Z_FINISH, Z_FULL_FLUSH, Z_BLOCK, BROTLI_OPERATION_PROCESS, BROTLI_OPERATION_FINISH,
  BROTLI_OPERATION_FLUSH, BROTLI_OPERATION_EMIT_METADATA, BROTLI_PARAM_NDIRECT,
  BROTLI_DECODER_PARAM_LARGE_WINDOW,
} = constants;

// A number option in [lower, upper], or `fallback` when it is undefined or NaN.
function numberOption(options, name, lower, upper, fallback) {
  return checkedNumber(options[name], `options.${name}`, lower, upper, fallback);
}

function checkedNumber(value, name, lower, upper, fallback) {
  if (value === undefined || (typeof value === "number" && NumberIsNaN(value))) return fallback;
  if (typeof value !== "number") throw invalidArgType(name, "number", value);
  if (!NumberIsFinite(value)) throw outOfRange(name, "a finite number", value);
  if (value < lower || value > upper) {
    throw outOfRange(name, upper === undefined ? `>= ${lower}` : `>= ${lower} and <= ${upper}`, value);
  }
  return value;
}

// windowBits: zlib's smallest window is 9 for gzip; inflating (but raw) also takes 0, "the
// window the header says".
function windowBitsOf(options, mode) {
  const lower = mode === GZIP ? 9 : 8;
  if (options.windowBits === 0 && (mode === INFLATE || mode === GUNZIP || mode === UNZIP)) return 0;
  return numberOption(options, "windowBits", lower, 15, 15);
}

function dictionaryOf(options, mode) {
  const dictionary = options.dictionary;
  if (dictionary === undefined) return undefined;
  let bytes;
  if (ArrayBufferIsView(dictionary)) bytes = viewBytes(dictionary);
  else if (arrayBufferLength(dictionary) >= 0) bytes = new Uint8Array(dictionary);
  else throw invalidArgType("options.dictionary", ["Buffer", "TypedArray", "DataView", "ArrayBuffer"], dictionary);
  return mode === GZIP || mode === GUNZIP ? undefined : bytes; // (gzip has no dictionaries: ignored, as in Node)
}

// Brotli's params: { [BROTLI_PARAM_*]: number }, as unsigned 32-bit numbers (Brotli's type).
function brotliParamsOf(options, mode) {
  const given = options.params;
  const params = {};
  if (given === null || typeof given !== "object") return params;
  const keys = ObjectKeys(given);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    const number = +key;
    if (String(number) !== key || number < 0 || number > BROTLI_PARAM_NDIRECT || number % 1 !== 0) {
      throw codedError(RangeError, "ERR_BROTLI_INVALID_PARAM", `${key} is not a valid Brotli parameter`);
    }
    const value = given[key];
    if (typeof value !== "number") throw invalidArgType("options.params[key]", "number", value);
    if (mode === BROTLI_DECODE && number > BROTLI_DECODER_PARAM_LARGE_WINDOW) throw initializationFailed();
    params[key] = value >>> 0;
  }
  return params;
}

const initializationFailed = () => codedError(Error, "ERR_ZLIB_INITIALIZATION_FAILED", "Initialization failed");

// Everything a stream or one-shot call of `mode` needs from `options` (any non-object is {}):
// `engine` for zlibCreate, the rest for the stream.
function settingsOf(options, mode) {
  if (options === null || typeof options !== "object") options = {};
  const brotli = mode === BROTLI_DECODE || mode === BROTLI_ENCODE;
  const lastFlush = brotli ? BROTLI_OPERATION_EMIT_METADATA : Z_BLOCK;
  const settings = {
    chunkSize: numberOption(options, "chunkSize", 64, undefined, 16 * 1024),
    flush: numberOption(options, "flush", 0, lastFlush, brotli ? BROTLI_OPERATION_PROCESS : Z_NO_FLUSH),
    finishFlush: numberOption(options, "finishFlush", 0, lastFlush, brotli ? BROTLI_OPERATION_FINISH : Z_FINISH),
    fullFlush: brotli ? BROTLI_OPERATION_FLUSH : Z_FULL_FLUSH,
    info: options.info,
    engine: undefined,
  };
  if (brotli) {
    settings.engine = { params: brotliParamsOf(options, mode) };
    return settings;
  }
  settings.engine = {
    windowBits: MathTrunc(windowBitsOf(options, mode)),
    level: MathTrunc(numberOption(options, "level", -1, 9, -1)),
    memLevel: MathTrunc(numberOption(options, "memLevel", 1, 9, 8)),
    strategy: MathTrunc(numberOption(options, "strategy", 0, 4, 0)),
    dictionary: dictionaryOf(options, mode),
  };
  return settings;
}

// params(level, strategy)'s own checks (plain argument names).
function checkParams(level, strategy) {
  checkedNumber(level, "level", -1, 9);
  checkedNumber(strategy, "strategy", 0, 4);
}

module.exports = { settingsOf, checkParams };
