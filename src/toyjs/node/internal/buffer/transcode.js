// buffer.transcode between utf8, utf16le, latin1 and ascii, giving what Node's ICU converters
// give: a character the target cannot hold becomes "?", ill-formed input U+FFFD (or "?"),
// except between utf8 and utf16le, where ill-formed input is an error.
"use strict";
const { Error, StringPrototypeCharCodeAt, TypedArrayPrototypeGetBuffer, TypedArrayPrototypeGetLength, Uint8Array } = core.primordials;
const { ENCODINGS, isWellFormedUtf8 } = require("internal/buffer/encodings");

const SUPPORTED = { __proto__: null, utf8: true, utf16le: true, latin1: true, ascii: true };
const QUESTION_MARK = 0x3f;

// ICU's failures, as Node reports them: a plain Error with ICU's code and number.
function icuError(code, errno) {
  const error = new Error(`Unable to transcode Buffer [${code}]`);
  error.code = code;
  error.errno = errno;
  return error;
}

function hasLoneSurrogate(text) {
  for (let i = 0; i < text.length; i++) {
    const c = StringPrototypeCharCodeAt(text, i);
    if (c < 0xd800 || c > 0xdfff) continue;
    if (c <= 0xdbff && (StringPrototypeCharCodeAt(text, i + 1) & 0xfc00) === 0xdc00) i++;
    else return true;
  }
  return false;
}

// ascii input: bytes past 0x7f are not characters (U+FFFD), but for utf16le they pass as latin1.
function decodeAscii(bytes, length, to) {
  const text = ENCODINGS.latin1.decode(bytes, 0, length);
  if (to === "utf16le") return text;
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = StringPrototypeCharCodeAt(text, i);
    out += c > 0x7f ? "\ufffd" : text[i];
  }
  return out;
}

// Lone surrogates replaced by U+FFFD (as a round trip through UTF-8 does).
function wellFormed(text) {
  const bytes = ENCODINGS.utf8.encode(text);
  return ENCODINGS.utf8.decode(bytes, 0, TypedArrayPrototypeGetLength(bytes));
}

// One byte per character up to `highest`; "?" for others (a surrogate pair is one character).
function encodeSingleByte(text, highest) {
  const bytes = new Uint8Array(text.length);
  let at = 0;
  for (let i = 0; i < text.length; i++) {
    const c = StringPrototypeCharCodeAt(text, i);
    if (c >= 0xd800 && c <= 0xdbff && (StringPrototypeCharCodeAt(text, i + 1) & 0xfc00) === 0xdc00) i++;
    bytes[at++] = c <= highest ? c : QUESTION_MARK;
  }
  return at === text.length ? bytes : new Uint8Array(TypedArrayPrototypeGetBuffer(bytes), 0, at);
}

// The bytes of `source` (utf8, utf16le, latin1 or ascii) in encoding `to`.
function transcode(source, from, to) {
  if (!SUPPORTED[from] || !SUPPORTED[to]) throw icuError("U_ILLEGAL_ARGUMENT_ERROR", 1);
  const length = TypedArrayPrototypeGetLength(source);
  if (from === "utf8" && to === "utf16le" && !isWellFormedUtf8(source, 0, length)) {
    throw icuError("U_INVALID_CHAR_FOUND", 10);
  }
  const text = from === "ascii" ? decodeAscii(source, length, to) : ENCODINGS[from].decode(source, 0, length);
  if (from === "utf16le" && to === "utf8" && hasLoneSurrogate(text)) throw icuError("U_INVALID_CHAR_FOUND", 10);
  if (to === "latin1") return encodeSingleByte(text, 0xff);
  if (to === "ascii") return encodeSingleByte(text, 0x7f);
  if (to === "utf16le" && from === "utf16le") return ENCODINGS.utf16le.encode(wellFormed(text));
  return ENCODINGS[to].encode(text);
}

module.exports = { transcode };
