// node:querystring: URL query strings as objects and back, the way node has always read them
// (not the WHATWG form encoding URLSearchParams uses: other characters are left unescaped,
// malformed escapes are kept as text, and a key may repeat into an array).
"use strict";
const {
  ArrayIsArray, ArrayPrototypeJoin, ArrayPrototypePush, NumberIsFinite, NumberIsInteger,
  NumberPrototypeToString, ObjectKeys, StringPrototypeCharCodeAt,
  StringPrototypeIndexOf, StringPrototypeIncludes, StringPrototypePadStart, StringPrototypeSlice,
  StringPrototypeToUpperCase, String, URIError, decodeURIComponent,
} = core.primordials;
const { codedError } = require("internal/errors");

// What escape() leaves as it is: letters, digits and - _ . ! ~ * ' ( )
function isUnreserved(code) {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) ||
    code === 0x2d || code === 0x5f || code === 0x2e || code === 0x21 || code === 0x7e || code === 0x2a ||
    code === 0x27 || code === 0x28 || code === 0x29;
}

function hexByte(byte) {
  return `%${StringPrototypePadStart(StringPrototypeToUpperCase(NumberPrototypeToString(byte, 16)), 2, "0")}`;
}

// The UTF-8 bytes of a code point, as %XX escapes.
function escapeCodePoint(codePoint) {
  if (codePoint < 0x80) return hexByte(codePoint);
  if (codePoint < 0x800) return hexByte(0xc0 | (codePoint >> 6)) + hexByte(0x80 | (codePoint & 0x3f));
  if (codePoint < 0x10000) {
    return hexByte(0xe0 | (codePoint >> 12)) + hexByte(0x80 | ((codePoint >> 6) & 0x3f)) + hexByte(0x80 | (codePoint & 0x3f));
  }
  return hexByte(0xf0 | (codePoint >> 18)) + hexByte(0x80 | ((codePoint >> 12) & 0x3f)) +
    hexByte(0x80 | ((codePoint >> 6) & 0x3f)) + hexByte(0x80 | (codePoint & 0x3f));
}

function escape(value) {
  const text = typeof value === "string" ? value : `${typeof value === "object" ? String(value) : value}`;
  let out = "";
  let plainFrom = 0;
  for (let i = 0; i < text.length; i++) {
    const code = StringPrototypeCharCodeAt(text, i);
    if (isUnreserved(code)) continue;
    out += StringPrototypeSlice(text, plainFrom, i);
    let codePoint = code;
    if (code >= 0xd800 && code <= 0xdfff) {
      // A low surrogate first, or a high one last, has no UTF-8 form. Node pairs a high
      // surrogate with whatever unit follows it (its low ten bits), and so does this.
      if (code >= 0xdc00 || i + 1 === text.length) throw codedError(URIError, "ERR_INVALID_URI", "URI malformed");
      i++;
      codePoint = 0x10000 + ((code & 0x3ff) << 10) + (StringPrototypeCharCodeAt(text, i) & 0x3ff);
    }
    out += escapeCodePoint(codePoint);
    plainFrom = i + 1;
  }
  return out + StringPrototypeSlice(text, plainFrom);
}

// %XX escapes as bytes, whatever surrounds them; a "%" not followed by two hex digits is
// itself. With `decodeSpaces`, "+" is a space.
function unescapeBuffer(value, decodeSpaces) {
  // (a Uint8Array until node:buffer exists; node's is a Buffer)
  const text = `${value}`;
  return core.percentDecodeBytes(decodeSpaces ? plusToSpace(text, " ") : text);
}

// The text of %XX escapes (UTF-8; bytes that form no character become U+FFFD).
function unescape(value, decodeSpaces) {
  try {
    return decodeURIComponent(value);
  } catch {
    return core.decodeUtf8(unescapeBuffer(value, decodeSpaces));
  }
}

function plusToSpace(text, space) {
  if (!StringPrototypeIncludes(text, "+")) return text;
  let out = "";
  for (let i = 0; i < text.length; i++) out += text[i] === "+" ? space : text[i];
  return out;
}

// A value as stringify writes it: numbers only when finite, anything else not a primitive
// it knows as nothing.
function primitiveText(value) {
  switch (typeof value) {
    case "string": return value;
    case "number": return NumberIsFinite(value) ? `${value}` : "";
    case "bigint": return `${value}`;
    case "boolean": return value ? "true" : "false";
    default: return "";
  }
}

function stringify(object, sep, eq, options) {
  sep = sep ? `${sep}` : "&";
  eq = eq ? `${eq}` : "=";
  const encode = options && typeof options.encodeURIComponent === "function" ? options.encodeURIComponent : escape;
  if (object === null || typeof object !== "object") return "";
  const fields = [];
  const keys = ObjectKeys(object);
  for (let i = 0; i < keys.length; i++) {
    const value = object[keys[i]];
    const prefix = `${encode(primitiveText(keys[i]))}${eq}`;
    if (ArrayIsArray(value)) {
      for (let j = 0; j < value.length; j++) ArrayPrototypePush(fields, `${prefix}${encode(primitiveText(value[j]))}`);
    } else {
      ArrayPrototypePush(fields, `${prefix}${encode(primitiveText(value))}`);
    }
  }
  return ArrayPrototypeJoin(fields, sep);
}

function parse(text, sep, eq, options) {
  const result = { __proto__: null };
  if (typeof text !== "string" || text === "") return result;
  sep = sep ? `${sep}` : "&";
  eq = eq ? `${eq}` : "=";
  let maxKeys = 1000;
  if (options && typeof options.maxKeys === "number") maxKeys = options.maxKeys;
  // (0, a negative or a fractional limit is no limit at all)
  const limit = NumberIsInteger(maxKeys) && maxKeys > 0 ? maxKeys : Infinity;
  const custom = options && typeof options.decodeURIComponent === "function" ? options.decodeURIComponent : null;
  const decode = (raw) => {
    const spaced = plusToSpace(raw, "%20");
    if (custom === null) return StringPrototypeIncludes(spaced, "%") ? unescape(spaced) : spaced;
    try {
      return custom(spaced);
    } catch {
      return unescape(spaced);
    }
  };
  // Fields (the text between separators) count toward maxKeys, empty ones included.
  let fields = 0;
  let start = 0;
  while (start <= text.length && fields < limit) {
    let end = StringPrototypeIndexOf(text, sep, start);
    if (end === -1) end = text.length;
    fields++;
    if (end > start) addPair(result, StringPrototypeSlice(text, start, end), eq, decode);
    start = end + sep.length;
  }
  return result;
}

function addPair(result, field, eq, decode) {
  const at = StringPrototypeIndexOf(field, eq);
  const key = decode(at === -1 ? field : StringPrototypeSlice(field, 0, at));
  const value = decode(at === -1 ? "" : StringPrototypeSlice(field, at + eq.length));
  const existing = result[key];
  if (existing === undefined) result[key] = value;
  else if (ArrayIsArray(existing)) ArrayPrototypePush(existing, value);
  else result[key] = [existing, value];
}

module.exports = { unescapeBuffer, unescape, escape, stringify, encode: stringify, parse, decode: parse };
