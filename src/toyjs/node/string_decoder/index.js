// node:string_decoder: bytes to text across writes, holding back the bytes of a character (or
// of a base64 group) that the next write completes.
"use strict";
const {
  ArrayBufferIsView, DataView, DataViewPrototypeGetBuffer, DataViewPrototypeGetByteLength,
  DataViewPrototypeGetByteOffset, NumberPrototypeToString, StringFromCharCode, StringPrototypePadStart,
  StringPrototypeToLowerCase, Symbol, TypeError,
  TypedArrayPrototypeGetBuffer, TypedArrayPrototypeGetByteLength, TypedArrayPrototypeGetByteOffset,
  TypedArrayPrototypeSlice, TypedArrayPrototypeSubarray, Uint8Array,
} = core.primordials;
const { codedError, invalidArgType } = require("internal/errors");

const ENCODINGS = {
  __proto__: null,
  "utf8": "utf8", "utf-8": "utf8", "ucs2": "utf16le", "ucs-2": "utf16le", "utf16le": "utf16le",
  "utf-16le": "utf16le", "latin1": "latin1", "binary": "latin1", "base64": "base64",
  "base64url": "base64url", "hex": "hex", "ascii": "ascii",
};

function encodingName(encoding) {
  if (encoding === undefined || encoding === null || encoding === "") return "utf8";
  const name = ENCODINGS[StringPrototypeToLowerCase(`${encoding}`)];
  if (name === undefined) throw codedError(TypeError, "ERR_UNKNOWN_ENCODING", `Unknown encoding: ${encoding}`);
  return name;
}

// The bytes a view covers (Buffer, any TypedArray, DataView), without copying.
function bytesOf(view) {
  if (view instanceof DataView) {
    return new Uint8Array(DataViewPrototypeGetBuffer(view), DataViewPrototypeGetByteOffset(view), DataViewPrototypeGetByteLength(view));
  }
  return new Uint8Array(TypedArrayPrototypeGetBuffer(view), TypedArrayPrototypeGetByteOffset(view), TypedArrayPrototypeGetByteLength(view));
}

function joined(pending, bytes) {
  if (pending.length === 0) return bytes;
  const all = new Uint8Array(pending.length + bytes.length);
  for (let i = 0; i < pending.length; i++) all[i] = pending[i];
  for (let i = 0; i < bytes.length; i++) all[pending.length + i] = bytes[i];
  return all;
}

// How many bytes a UTF-8 sequence that starts with `byte` has (0: not a lead byte).
function sequenceLength(byte) {
  if (byte >= 0xc0 && byte < 0xe0) return 2;
  if (byte >= 0xe0 && byte < 0xf0) return 3;
  if (byte >= 0xf0 && byte < 0xf8) return 4;
  return 0;
}

// How many of the last bytes begin a character that is not complete yet: a lead byte among
// the last three with fewer continuation bytes after it than it announces.
function incompleteTail(bytes) {
  for (let back = 1; back <= 3 && back <= bytes.length; back++) {
    const byte = bytes[bytes.length - back];
    if ((byte & 0xc0) === 0x80) continue; // a continuation byte: look further back
    const length = sequenceLength(byte);
    return length > back ? back : 0;
  }
  return 0;
}

const CODECS = {
  __proto__: null,
  utf8: {
    split: incompleteTail,
    text: (bytes) => core.decodeUtf8(bytes),
    // What is left decodes as it stands: a valid start of a character is one replacement
    // character, bytes that could never start one ("\xf4\xbf") one each.
    flush: (pending) => core.decodeUtf8(pending),
  },
  utf16le: {
    split: utf16Held,
    text: utf16Text,
    // A held high surrogate is given up alone; an odd byte is dropped.
    flush: (pending) => (pending.length >= 2 ? utf16Text(TypedArrayPrototypeSubarray(pending, 0, 2)) : ""),
  },
  base64: { split: (bytes) => bytes.length % 3, text: (bytes) => base64(bytes, false), flush: (pending) => base64(pending, false) },
  base64url: { split: (bytes) => bytes.length % 3, text: (bytes) => base64(bytes, true), flush: (pending) => base64(pending, true) },
  hex: { split: () => 0, text: hex, flush: () => "" },
  latin1: { split: () => 0, text: (bytes) => charCodes(bytes, 0xff), flush: () => "" },
  // ASCII keeps the low seven bits of each byte, as node's does.
  ascii: { split: () => 0, text: (bytes) => charCodes(bytes, 0x7f), flush: () => "" },
};

function charCodes(bytes, mask) {
  let text = "";
  for (let i = 0; i < bytes.length; i += 4096) {
    let chunk = "";
    const end = i + 4096 < bytes.length ? i + 4096 : bytes.length;
    for (let j = i; j < end; j++) chunk += StringFromCharCode(bytes[j] & mask);
    text += chunk;
  }
  return text;
}

// UTF-16LE is held back a byte when a write ends mid-unit, and a unit when its last unit is a
// high surrogate (whose partner the next write may bring). Node completes what it held first
// and lets it go whatever follows: a held odd byte with the next byte, a held surrogate with
// the next unit; only the rest of a write is checked for a surrogate to hold.
function utf16Held(bytes, previouslyHeld) {
  const completing = previouslyHeld === 0 ? 0 : previouslyHeld === 1 ? 2 : 4;
  if (bytes.length < completing) return bytes.length;
  const rest = bytes.length - completing;
  if (rest % 2 === 1) return 1;
  if (rest >= 2 && bytes[bytes.length - 1] >= 0xd8 && bytes[bytes.length - 1] <= 0xdb) return 2;
  return 0;
}

// UTF-16LE code units as they are: a surrogate without its partner stays in the text.
function utf16Text(bytes) {
  let text = "";
  for (let i = 0; i + 1 < bytes.length; i += 2) text += StringFromCharCode(bytes[i] | (bytes[i + 1] << 8));
  return text;
}

function hex(bytes) {
  let text = "";
  for (let i = 0; i < bytes.length; i++) text += StringPrototypePadStart(NumberPrototypeToString(bytes[i], 16), 2, "0");
  return text;
}

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

// base64 with "=" padding; base64url without.
function base64(bytes, url) {
  const alphabet = url ? BASE64URL : BASE64;
  let text = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const left = bytes.length - i;
    const group = (bytes[i] << 16) | ((left > 1 ? bytes[i + 1] : 0) << 8) | (left > 2 ? bytes[i + 2] : 0);
    text += alphabet[(group >> 18) & 63] + alphabet[(group >> 12) & 63];
    text += left > 1 ? alphabet[(group >> 6) & 63] : url ? "" : "=";
    text += left > 2 ? alphabet[group & 63] : url ? "" : "=";
  }
  return text;
}

const EMPTY = new Uint8Array(0);
// A decoder's state. Not private fields: packages (iconv-lite, under express's body parsing) build
// decoders as node allows, `StringDecoder.call(this, encoding)` on an object whose prototype is
// StringDecoder.prototype, so the constructor is a plain function that may be called that way.
const kCodec = Symbol("codec");
const kPending = Symbol("pending");

function StringDecoder(encoding) {
  const name = encodingName(encoding);
  this[kCodec] = CODECS[name];
  this[kPending] = EMPTY;
  this.encoding = name;
}

StringDecoder.prototype.write = function write(buf) {
  if (typeof buf === "string") return buf;
  if (!ArrayBufferIsView(buf)) throw invalidArgType("buf", ["Buffer", "TypedArray", "DataView"], buf);
  const pending = this[kPending];
  const bytes = joined(pending, bytesOf(buf));
  const held = this[kCodec].split(bytes, pending.length);
  // (a copy: the program may reuse its buffer before the next write)
  this[kPending] = held > 0 ? TypedArrayPrototypeSlice(bytes, bytes.length - held) : EMPTY;
  return this[kCodec].text(held > 0 ? TypedArrayPrototypeSubarray(bytes, 0, bytes.length - held) : bytes);
};

StringDecoder.prototype.end = function end(buf) {
  const text = buf === undefined ? "" : this.write(buf);
  const rest = this[kCodec].flush(this[kPending]);
  this[kPending] = EMPTY;
  return text + rest;
};

module.exports = { StringDecoder };
