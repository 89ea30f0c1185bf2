// Why a message head is malformed, in node's words: the code and reason its parser gives and
// the offset (in the head's text) of the byte it stopped at. The parser matches a head with
// quick patterns first and comes here only when one fails, or when a bare LF shows up before
// the head is whole.
"use strict";
const { ArrayPrototypeSome, StringPrototypeCharCodeAt, StringPrototypeIndexOf, StringPrototypeSlice,
  StringPrototypeSplit, StringPrototypeStartsWith } = core.primordials;
const { METHODS } = require("internal/http/common");

class ParseError extends Error {
  constructor(code, reason, position) {
    super(reason);
    this.code = code;
    this.reason = reason;
    this.position = position;
  }
}

const SP = 0x20;
const HTAB = 0x09;
const LF = 0x0a;
// Whether each ASCII byte may be in a token (a method, a header's name).
const TOKEN = [];
for (let c = 0; c < 128; c++) TOKEN[c] = false;
const TOKEN_CHARS = "!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
for (let i = 0; i < TOKEN_CHARS.length; i++) TOKEN[StringPrototypeCharCodeAt(TOKEN_CHARS, i)] = true;

function isDigit(c) {
  return c >= 0x30 && c <= 0x39;
}

function isTokenChar(c) {
  return c < 128 && TOKEN[c];
}

// The request line: METHOD SP target [SP HTTP/d.d] (no version: HTTP/0.9). `cut`: only its
// beginning has come; what is there must be right so far.
function checkRequestLine(line, cut = false) {
  let at = 0;
  while (at < line.length && StringPrototypeCharCodeAt(line, at) !== SP) {
    const prefix = StringPrototypeSlice(line, 0, at + 1);
    if (!ArrayPrototypeSome(METHODS, (method) => StringPrototypeStartsWith(method, prefix))) {
      const known = ArrayPrototypeSome(METHODS, (method) => method === StringPrototypeSlice(line, 0, at));
      throw known
        ? new ParseError("HPE_INVALID_METHOD", "Expected space after method", at)
        : new ParseError("HPE_INVALID_METHOD", "Invalid method encountered", at);
    }
    at++;
  }
  if (cut) return;
  if (at === line.length) throw new ParseError("HPE_INVALID_METHOD", "Expected space after method", at);
  while (StringPrototypeCharCodeAt(line, at) === SP) at++;
  while (at < line.length && StringPrototypeCharCodeAt(line, at) !== SP) {
    const c = StringPrototypeCharCodeAt(line, at);
    if (c < 0x21 || c > 0x7e) throw new ParseError("HPE_INVALID_URL", "Invalid char in url path", at);
    at++;
  }
  if (at === line.length) return;
  checkVersion(line, at + 1, "Expected HTTP/, RTSP/ or ICE/", true);
}

// HTTP/d.d from `at`; in a request line nothing may follow it.
function checkVersion(line, at, constantReason, last) {
  if (StringPrototypeSlice(line, at, at + 5) !== "HTTP/") throw new ParseError("HPE_INVALID_CONSTANT", constantReason, at);
  at += 5;
  if (!isDigit(StringPrototypeCharCodeAt(line, at))) throw new ParseError("HPE_INVALID_VERSION", "Invalid major version", at);
  if (StringPrototypeCharCodeAt(line, at + 1) !== 0x2e) throw new ParseError("HPE_INVALID_VERSION", "Expected dot", at + 1);
  if (!isDigit(StringPrototypeCharCodeAt(line, at + 2))) throw new ParseError("HPE_INVALID_VERSION", "Invalid minor version", at + 2);
  if (last && at + 3 < line.length) {
    // A bare LF passes for a line end there; what follows it is the error.
    const bareLF = StringPrototypeCharCodeAt(line, at + 3) === LF;
    throw new ParseError("HPE_INVALID_VERSION", "Expected CRLF after version", bareLF ? at + 4 : at + 3);
  }
}

// A status line: HTTP/d.d SP ddd [SP reason].
function checkStatusLine(line) {
  checkVersion(line, 0, "Expected HTTP/", false);
  if (StringPrototypeCharCodeAt(line, 8) !== SP) throw new ParseError("HPE_INVALID_VERSION", "Expected space after version", 8);
  for (let at = 9; at < 12; at++) {
    if (!isDigit(StringPrototypeCharCodeAt(line, at))) throw new ParseError("HPE_INVALID_STATUS", "Invalid status code", at);
  }
  if (line.length > 12 && StringPrototypeCharCodeAt(line, 12) !== SP) throw new ParseError("HPE_INVALID_STATUS", "Invalid status code", 12);
}

// A header line (`index` counts from 1, the line after the start line).
function checkHeaderLine(line, index) {
  const first = StringPrototypeCharCodeAt(line, 0);
  if (first === SP || first === HTAB) {
    throw index === 1
      ? new ParseError("HPE_UNEXPECTED_SPACE", "Unexpected space after start line", 1)
      : new ParseError("HPE_INVALID_HEADER_TOKEN", "Unexpected whitespace after header value", 0);
  }
  let at = 0;
  while (at < line.length && isTokenChar(StringPrototypeCharCodeAt(line, at))) at++;
  if (at === 0 || at === line.length || StringPrototypeCharCodeAt(line, at) !== 0x3a) {
    throw new ParseError("HPE_INVALID_HEADER_TOKEN", "Invalid header token", at);
  }
  for (at++; at < line.length; at++) {
    const c = StringPrototypeCharCodeAt(line, at);
    if (c === LF) throw new ParseError("HPE_CR_EXPECTED", "Missing expected CR after header value", at);
    if ((c < SP && c !== HTAB) || c === 0x7f) throw new ParseError("HPE_INVALID_HEADER_TOKEN", "Invalid header value char", at);
  }
}

// Throws the ParseError for `text`, the head's lines (without the blank line ending it); with
// `partial`, the last line may be cut short: a request line's method is looked at, any other
// line only if it holds a bare LF.
function diagnoseHead(text, requests, partial) {
  const lines = StringPrototypeSplit(text, "\r\n");
  let start = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const cut = partial && i === lines.length - 1;
    if (!cut || StringPrototypeIndexOf(line, "\n") >= 0 || (i === 0 && requests)) {
      try {
        if (i === 0 && requests) checkRequestLine(line, cut && StringPrototypeIndexOf(line, "\n") < 0);
        else if (i === 0) checkStatusLine(line);
        else checkHeaderLine(line, i);
      } catch (error) {
        error.position += start;
        throw error;
      }
    }
    start += line.length + 2;
  }
}

module.exports = { ParseError, diagnoseHead };
