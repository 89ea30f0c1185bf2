// The character encodings of node:buffer: how strings become bytes and bytes strings, in
// each of Buffer's encodings. Every encoding is an object of four functions:
//   byteLength(text)                  bytes `text` takes;
//   write(bytes, text, offset, limit) writes at most `limit` bytes at `offset`, never part of a
//                                     character; returns how many it wrote;
//   decode(bytes, start, end)         the string of bytes[start, end);
//   encode(text)                      a new Uint8Array of `text`'s bytes.
// Strings are built from chunks of code units (String.fromCharCode over a typed array), which
// keeps long conversions linear without one string concatenation per character; long runs
// of bytes are decoded on the host's side (see encoding() below).
"use strict";
const {
  Int8Array, MathCeil, ReflectApply, String, StringFromCharCode, StringPrototypeCharCodeAt, StringPrototypeToLowerCase,
  TypedArrayPrototypeFill, TypedArrayPrototypeGetBuffer, TypedArrayPrototypeGetByteOffset, Uint16Array, Uint8Array,
} = core.primordials;

const { stringTooLong } = require("internal/errors");

const CHUNK = 8192;
const units = new Uint16Array(CHUNK); // the code units of the chunk being built
const UNITS_MEMORY = TypedArrayPrototypeGetBuffer(units);

// A string from the first `count` code units of `units`.
function unitsText(count) {
  return ReflectApply(StringFromCharCode, null, count === CHUNK ? units : new Uint16Array(UNITS_MEMORY, 0, count));
}

// bytes[start, end) as a plain Uint8Array over the same memory. (Views are made this way, not
// with subarray, which asks the array's constructor, a thing programs can change, for one.)
function rawView(bytes, start, end) {
  return new Uint8Array(TypedArrayPrototypeGetBuffer(bytes), TypedArrayPrototypeGetByteOffset(bytes) + start, end - start);
}

// ── UTF-8 and Latin-1 (ascii writes as Latin-1): by the engine's own encoders and decoders
// (core.ops.text), which Node's Buffer uses too ──

const engine = core.ops.text;

function utf8Decode(bytes, start, end) {
  const string = engine.decodeUtf8(bytes, start, end);
  if (string === null) throw stringTooLong(MAX_STRING_LENGTH);
  return string;
}

function latin1Decode(bytes, start, end) {
  const string = engine.decodeLatin1(bytes, start, end);
  if (string === null) throw stringTooLong(MAX_STRING_LENGTH);
  return string;
}

// ascii drops each byte's top bit.
function asciiDecode(bytes, start, end) {
  let text = "";
  let count = 0;
  for (let i = start; i < end; i++) {
    if (count === CHUNK) {
      text += unitsText(count);
      count = 0;
    }
    units[count++] = bytes[i] & 0x7f;
  }
  return text + unitsText(count);
}

// ── UTF-16LE (ucs2) ──

function utf16Write(bytes, text, offset, limit) {
  let count = text.length < limit >> 1 ? text.length : limit >> 1;
  for (let i = 0; i < count; i++) {
    const c = StringPrototypeCharCodeAt(text, i);
    bytes[offset + 2 * i] = c & 0xff;
    bytes[offset + 2 * i + 1] = c >> 8;
  }
  return count * 2;
}

function utf16Decode(bytes, start, end) {
  let text = "";
  let count = 0;
  for (let i = start; i + 1 < end; i += 2) {
    if (count === CHUNK) {
      text += unitsText(count);
      count = 0;
    }
    units[count++] = bytes[i] | (bytes[i + 1] << 8);
  }
  return text + unitsText(count);
}

// ── hex ──

const HEX_DIGITS = "0123456789abcdef";
// Tables over every code unit (64 KiB each), so that no character needs a range check first.
const hexValues = TypedArrayPrototypeFill(new Int8Array(0x10000), -1);
for (let i = 0; i < 16; i++) {
  hexValues[StringPrototypeCharCodeAt(HEX_DIGITS, i)] = i;
  if (i > 9) hexValues[StringPrototypeCharCodeAt(HEX_DIGITS, i) - 32] = i; // upper case
}
const hexUnits = new Uint16Array(HEX_DIGITS.length);
for (let i = 0; i < 16; i++) hexUnits[i] = StringPrototypeCharCodeAt(HEX_DIGITS, i);

function hexValue(text, i) {
  return hexValues[StringPrototypeCharCodeAt(text, i)];
}

// Pairs of hex digits, up to the first pair that is not one (an odd last digit is dropped).
function hexWrite(bytes, text, offset, limit) {
  const pairs = text.length >> 1 < limit ? text.length >> 1 : limit;
  for (let i = 0; i < pairs; i++) {
    const high = hexValue(text, 2 * i);
    const low = hexValue(text, 2 * i + 1);
    if (high < 0 || low < 0) return i;
    bytes[offset + i] = (high << 4) | low;
  }
  return pairs;
}

function hexDecode(bytes, start, end) {
  let text = "";
  let count = 0;
  for (let i = start; i < end; i++) {
    if (count === CHUNK) {
      text += unitsText(count);
      count = 0;
    }
    units[count++] = hexUnits[bytes[i] >> 4];
    units[count++] = hexUnits[bytes[i] & 0xf];
  }
  return text + unitsText(count);
}

// ── base64 and base64url ──

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const PAD = 0x3d; // "="
// Decoding takes either alphabet, whichever encoding was named.
const base64Values = TypedArrayPrototypeFill(new Int8Array(0x10000), -1);
for (let i = 0; i < 64; i++) {
  base64Values[StringPrototypeCharCodeAt(BASE64, i)] = i;
  base64Values[StringPrototypeCharCodeAt(BASE64URL, i)] = i;
}

// What decoding will give at most, from the length and the padding at the end.
function base64ByteLength(text) {
  let length = text.length;
  if (length > 0 && StringPrototypeCharCodeAt(text, length - 1) === PAD) length--;
  if (length > 0 && StringPrototypeCharCodeAt(text, length - 1) === PAD) length--;
  return (length * 3) >>> 2;
}

// Lenient, as Node decodes: characters of neither alphabet (whitespace...) are skipped, the
// first "=" ends the data, and a last incomplete group gives the whole bytes it holds.
function base64Write(bytes, text, offset, limit) {
  let at = offset;
  const end = offset + limit;
  let i = 0;
  let bits = 0, held = 0;
  while (i < text.length && at < end) {
    // Between whole groups, groups of four characters of the alphabet go three bytes at a time.
    if (held === 0) {
      for (; i + 4 <= text.length && at + 3 <= end; i += 4) {
        const a = base64Values[StringPrototypeCharCodeAt(text, i)];
        const b = base64Values[StringPrototypeCharCodeAt(text, i + 1)];
        const c = base64Values[StringPrototypeCharCodeAt(text, i + 2)];
        const d = base64Values[StringPrototypeCharCodeAt(text, i + 3)];
        if ((a | b | c | d) < 0) break; // something else in the group: character by character
        const group = (a << 18) | (b << 12) | (c << 6) | d;
        bytes[at++] = group >> 16;
        bytes[at++] = (group >> 8) & 0xff;
        bytes[at++] = group & 0xff;
      }
      if (i >= text.length || at >= end) break;
    }
    // One character: what is not base64 is skipped, the first "=" ends the data.
    const c = StringPrototypeCharCodeAt(text, i++);
    if (c === PAD) break;
    const value = base64Values[c];
    if (value < 0) continue;
    bits = ((bits << 6) | value) & 0xffffff;
    held += 6;
    if (held >= 8) {
      held -= 8;
      bytes[at++] = (bits >> held) & 0xff;
    }
  }
  return at - offset;
}

function base64Decoder(alphabet, padded) {
  const digits = new Uint16Array(64);
  for (let i = 0; i < 64; i++) digits[i] = StringPrototypeCharCodeAt(alphabet, i);
  return function base64Decode(bytes, start, end) {
    let text = "";
    let count = 0;
    let i = start;
    for (; i + 2 < end; i += 3) {
      if (count >= CHUNK - 3) {
        text += unitsText(count);
        count = 0;
      }
      const group = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
      units[count++] = digits[group >> 18];
      units[count++] = digits[(group >> 12) & 63];
      units[count++] = digits[(group >> 6) & 63];
      units[count++] = digits[group & 63];
    }
    if (count >= CHUNK - 3) {
      text += unitsText(count);
      count = 0;
    }
    const left = end - i;
    if (left > 0) {
      const group = (bytes[i] << 16) | (left === 2 ? bytes[i + 1] << 8 : 0);
      units[count++] = digits[group >> 18];
      units[count++] = digits[(group >> 12) & 63];
      if (left === 2) units[count++] = digits[(group >> 6) & 63];
      else if (padded) units[count++] = PAD;
      if (padded) units[count++] = PAD;
    }
    return text + unitsText(count);
  };
}

// ── The table ──

// Longer runs of bytes are decoded by Python's codecs (node/buffer/ops.py), several times
// faster than JS loops once the crossing is paid for.
const HOST_DECODE_MIN = 512;
const MAX_STRING_LENGTH = 2 ** 29 - 24; // V8's longest string, in UTF-16 code units

// How long the string of `count` bytes is, for the encodings that tell from the count alone.
const DECODED_LENGTH = {
  __proto__: null,
  latin1: (count) => count,
  ascii: (count) => count,
  utf16le: (count) => count >>> 1,
  hex: (count) => count * 2,
  base64: (count) => MathCeil(count / 3) * 4,
  base64url: (count) => MathCeil((count * 4) / 3),
};

// `native`: the encoding's decode is the engine's, at any length (no trip to the host's codecs).
function encoding(name, byteLength, write, decode, native = false) {
  const decodedLength = DECODED_LENGTH[name];
  return {
    byteLength,
    write,
    decode(bytes, start, end) {
      if (native || end - start < HOST_DECODE_MIN || core.ops.bufferDecode === undefined) return decode(bytes, start, end);
      if (decodedLength !== undefined && decodedLength(end - start) > MAX_STRING_LENGTH) throw stringTooLong(MAX_STRING_LENGTH);
      const text = core.ops.bufferDecode(rawView(bytes, start, end), name);
      if (text === null) throw stringTooLong(MAX_STRING_LENGTH); // (UTF-8 that decodes too long)
      return text;
    },
    encode(text) {
      const length = byteLength(text);
      const bytes = new Uint8Array(length);
      const written = write(bytes, text, 0, length);
      return written === length ? bytes : rawView(bytes, 0, written);
    },
  };
}

const textLength = (text) => text.length;
const ENCODINGS = {
  __proto__: null,
  utf8: encoding("utf8", engine.utf8Length, engine.writeUtf8, utf8Decode, true),
  utf16le: encoding("utf16le", (text) => text.length * 2, utf16Write, utf16Decode),
  latin1: encoding("latin1", textLength, engine.writeLatin1, latin1Decode, true),
  ascii: encoding("ascii", textLength, engine.writeLatin1, asciiDecode),
  base64: encoding("base64", base64ByteLength, base64Write, base64Decoder(BASE64, true)),
  base64url: encoding("base64url", base64ByteLength, base64Write, base64Decoder(BASE64URL, false)),
  hex: encoding("hex", (text) => text.length >>> 1, hexWrite, hexDecode),
};

// Every name Node accepts, in lower case, for its encoding.
const NAMES = {
  __proto__: null,
  "utf8": "utf8", "utf-8": "utf8",
  "ucs2": "utf16le", "ucs-2": "utf16le", "utf16le": "utf16le", "utf-16le": "utf16le",
  "latin1": "latin1", "binary": "latin1",
  "ascii": "ascii",
  "base64": "base64", "base64url": "base64url",
  "hex": "hex",
};

// The canonical name of an encoding (names are case-insensitive), or undefined.
function normalizeEncoding(name) {
  if (typeof name !== "string") name = String(name);
  const exact = NAMES[name];
  return exact !== undefined ? exact : NAMES[StringPrototypeToLowerCase(name)];
}

// Whether bytes[start, end) are well-formed UTF-8 (no overlong forms, no surrogates).
function isWellFormedUtf8(bytes, start, end) {
  for (let i = start; i < end;) {
    const byte = bytes[i];
    if (byte < 0x80) {
      i++;
      continue;
    }
    let needed, lower = 0x80, upper = 0xbf;
    if (byte >= 0xc2 && byte <= 0xdf) needed = 1;
    else if (byte >= 0xe0 && byte <= 0xef) {
      needed = 2;
      if (byte === 0xe0) lower = 0xa0;
      else if (byte === 0xed) upper = 0x9f;
    } else if (byte >= 0xf0 && byte <= 0xf4) {
      needed = 3;
      if (byte === 0xf0) lower = 0x90;
      else if (byte === 0xf4) upper = 0x8f;
    } else return false;
    for (let k = 1; k <= needed; k++) {
      const next = bytes[i + k];
      if (i + k >= end || next < lower || next > upper) return false;
      lower = 0x80;
      upper = 0xbf;
    }
    i += needed + 1;
  }
  return true;
}

module.exports = { ENCODINGS, normalizeEncoding, isWellFormedUtf8, rawView };
