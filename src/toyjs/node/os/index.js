// node:os: the machine and the user as Node describes them. The facts come from ops.py, which
// also says which of them need a permission.
"use strict";
const {
  ArrayPrototypePush, ArrayPrototypeSlice, MathFloor, NumberIsInteger, NumberParseInt, NumberPrototypeToString,
  ObjectDefineProperty, StringFromCharCode, StringPrototypeEndsWith, StringPrototypeIncludes,
  StringPrototypeSlice, StringPrototypeSplit, SymbolToPrimitive, Uint8Array,
} = core.primordials;
const { invalidArgType, outOfRange, systemError } = require("internal/errors");
const constants = require("internal/constants");
const { ops } = core;

let facts;
function machineFacts() {
  if (facts === undefined) facts = ops.osFacts();
  return facts;
}

function arch() { return core.process.arch; }
function platform() { return core.process.platform; }
function type() { return machineFacts().type; }
function machine() { return machineFacts().machine; }
function endianness() { return machineFacts().endianness; }
function availableParallelism() { return machineFacts().availableParallelism; }
function release() { return ops.osRelease(); }
function version() { return ops.osVersion(); }
function hostname() { return ops.osHostname(); }
function uptime() { return ops.osUptime(); }
function loadavg() { return ops.osLoadavg(); }
function totalmem() { return ops.osTotalmem(); }
function freemem() { return ops.osFreemem(); }
function cpus() { return ops.osCpus(); }
function homedir() { return ops.osHomedir(); }

// TMPDIR, TMP or TEMP (the first not empty), else /tmp; one trailing slash dropped.
function tmpdir() {
  const path = ops.getEnv("TMPDIR") || ops.getEnv("TMP") || ops.getEnv("TEMP") || "/tmp";
  return path.length > 1 && StringPrototypeEndsWith(path, "/") ? StringPrototypeSlice(path, 0, -1) : path;
}

// Addresses grouped by interface, each with its prefix written as CIDR.
function networkInterfaces() {
  const result = {};
  const addresses = ops.osNetworkInterfaces();
  for (let i = 0; i < addresses.length; i++) {
    const { name, address, netmask, family, mac, internal, scopeid } = addresses[i];
    const entry = { address, netmask, family, mac, internal, cidr: cidr(address, netmask, family) };
    if (family === "IPv6") entry.scopeid = scopeid;
    if (result[name] === undefined) result[name] = [];
    ArrayPrototypePush(result[name], entry);
  }
  return result;
}

// "192.168.1.2/24": the address and the number of leading ones in its netmask; null when the
// netmask is not such a run of ones.
function cidr(address, netmask, family) {
  const parts = family === "IPv4" ? StringPrototypeSplit(netmask, ".") : ipv6Groups(netmask);
  const bitsPerPart = family === "IPv4" ? 8 : 16;
  let ones = 0;
  let ended = false;
  for (let i = 0; i < parts.length; i++) {
    const value = family === "IPv4" ? +parts[i] : NumberParseInt(parts[i] || "0", 16);
    for (let bit = bitsPerPart - 1; bit >= 0; bit--) {
      const set = MathFloor(value / 2 ** bit) % 2 === 1;
      if (set && ended) return null;
      if (set) ones++;
      else ended = true;
    }
  }
  return `${address}/${ones}`;
}

// The eight groups of an IPv6 address, "::" expanded.
function ipv6Groups(text) {
  if (!StringPrototypeIncludes(text, "::")) return StringPrototypeSplit(text, ":");
  const [head, tail] = StringPrototypeSplit(text, "::");
  const front = head === "" ? [] : StringPrototypeSplit(head, ":");
  const back = tail === "" ? [] : StringPrototypeSplit(tail, ":");
  const groups = ArrayPrototypeSlice(front);
  for (let i = front.length + back.length; i < 8; i++) ArrayPrototypePush(groups, "0");
  for (let i = 0; i < back.length; i++) ArrayPrototypePush(groups, back[i]);
  return groups;
}

const USER_FIELDS = ["username", "homedir", "shell"];

// The effective user's record; its strings in `options.encoding` ("buffer" gives bytes).
function userInfo(options) {
  const record = ops.osUserInfo();
  const encoding = options !== null && typeof options === "object" ? options.encoding : undefined;
  const info = { __proto__: null, uid: record.uid, gid: record.gid };
  for (let i = 0; i < USER_FIELDS.length; i++) {
    const field = USER_FIELDS[i];
    info[field] = decode(record.bytes[field], record.text[field], encoding);
  }
  return info;
}

// Bytes as a string in one of Node's encodings; any other value means UTF-8, whose decoding
// (`text`) Python did. toyjs has no Buffer yet, so "buffer" gives a Uint8Array.
function decode(bytes, text, encoding) {
  switch (encoding) {
    case "buffer":
      return new Uint8Array(bytes);
    case "hex":
      return eachByte(bytes, (byte) => (byte < 16 ? "0" : "") + NumberPrototypeToString(byte, 16));
    case "latin1":
    case "binary":
      return eachByte(bytes, (byte) => StringFromCharCode(byte));
    case "ascii":
      return eachByte(bytes, (byte) => StringFromCharCode(byte & 0x7f));
    case "ucs2":
    case "ucs-2":
    case "utf16le":
    case "utf-16le":
      return utf16(bytes);
    case "base64":
      return base64(bytes, "+/", true);
    case "base64url":
      return base64(bytes, "-_", false);
    default:
      return text;
  }
}

function eachByte(bytes, toText) {
  let text = "";
  for (let i = 0; i < bytes.length; i++) text += toText(bytes[i]);
  return text;
}

function utf16(bytes) {
  let text = "";
  for (let i = 0; i + 1 < bytes.length; i += 2) text += StringFromCharCode(bytes[i] | (bytes[i + 1] << 8));
  return text;
}

const BASE64_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
function base64(bytes, lastTwo, padded) {
  const alphabet = BASE64_LETTERS + lastTwo;
  let text = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const chunk = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const count = bytes.length - i >= 3 ? 4 : bytes.length - i + 1;
    for (let j = 0; j < 4; j++) {
      if (j < count) text += alphabet[(chunk >> (18 - 6 * j)) & 63];
      else if (padded) text += "=";
    }
  }
  return text;
}

function validateInt32(value, name, min = -2147483648, max = 2147483647) {
  if (typeof value !== "number") throw invalidArgType(name, "number", value);
  if (!NumberIsInteger(value)) throw outOfRange(name, "an integer", value);
  if (value < min || value > max) throw outOfRange(name, `>= ${min} && <= ${max}`, value);
}

function getPriority(pid = 0) {
  validateInt32(pid, "pid");
  return systemCall(ops.osGetPriority(pid));
}

// setPriority(priority) changes this process's; setPriority(pid, priority) another's.
function setPriority(pid, priority) {
  if (priority === undefined) {
    priority = pid;
    pid = 0;
  }
  validateInt32(pid, "pid");
  validateInt32(priority, "priority", -20, 19);
  systemCall(ops.osSetPriority(pid, priority));
}

function systemCall(outcome) {
  if (outcome.error !== undefined) throw systemError(outcome.error);
  return outcome.value;
}

// Node lets these be used as strings (`${os.arch}`), a deprecated habit old code still has.
const READ_AS_STRINGS = [
  arch, availableParallelism, endianness, freemem, homedir, hostname, machine, platform, release,
  tmpdir, totalmem, type, uptime, version,
];
for (let i = 0; i < READ_AS_STRINGS.length; i++) {
  const read = READ_AS_STRINGS[i];
  ObjectDefineProperty(read, SymbolToPrimitive, { value: () => read() });
}

const osConstants = {
  __proto__: null,
  UV_UDP_REUSEADDR: 4,
  dlopen: constants.dlopen(),
  errno: constants.errno(),
  signals: constants.signals(),
  priority: constants.priority(),
};

module.exports = {
  arch, availableParallelism, cpus, endianness, freemem, getPriority, homedir, hostname, loadavg,
  networkInterfaces, platform, release, setPriority, tmpdir, totalmem, type, userInfo, uptime,
  version, machine,
  constants: osConstants,
  EOL: "\n",
  devNull: "/dev/null",
};
