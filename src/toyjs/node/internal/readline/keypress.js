// emitKeypressEvents(stream): 'keypress' events (text, key) decoded from what a terminal sends:
// printable characters, control keys (Ctrl-A is "\x01"), Meta/Alt (ESC before a key) and the
// escape sequences of arrows, Home/End, Delete and the like. `key` is { sequence, name, ctrl,
// meta, shift }. Decoding starts when a 'keypress' listener is first added.
"use strict";
const {
  RegExpPrototypeExec, StringFromCharCode, Symbol, StringPrototypeCharCodeAt, StringPrototypeSlice,
  StringPrototypeSplit, StringPrototypeToLowerCase, NumberParseInt,
} = core.primordials;
const { StringDecoder } = require("string_decoder");

const DECODING = Symbol("keypressDecoding");
const ESC = "\x1b";

// Final characters (and numbers before "~") of CSI / SS3 sequences.
const SEQUENCE_NAMES = {
  __proto__: null,
  A: "up", B: "down", C: "right", D: "left", E: "clear", F: "end", H: "home", Z: "tab",
  P: "f1", Q: "f2", R: "f3", S: "f4",
  "1~": "home", "2~": "insert", "3~": "delete", "4~": "end", "5~": "pageup", "6~": "pagedown",
  "7~": "home", "8~": "end", "15~": "f5", "17~": "f6", "18~": "f7", "19~": "f8", "20~": "f9",
  "21~": "f10", "23~": "f11", "24~": "f12",
};

const CSI_PATTERN = /^\x1b(?:\[|O)([0-9;]*)([A-Za-z~])/;

function emitKeypressEvents(stream, iface = {}) {
  if (stream[DECODING]) return;
  stream[DECODING] = true;
  const decoder = new StringDecoder("utf8");
  const onData = (chunk) => {
    if (stream.listenerCount("keypress") === 0) return;
    const text = typeof chunk === "string" ? chunk : decoder.write(chunk);
    decodeKeys(text, (sequence, key) => stream.emit("keypress", sequence, key));
  };
  const start = () => stream.on("data", onData);
  if (stream.listenerCount("keypress") > 0) {
    start();
    return;
  }
  const onNewListener = (event) => {
    if (event !== "keypress") return;
    stream.removeListener("newListener", onNewListener);
    start();
  };
  stream.on("newListener", onNewListener);
}

// Calls `emit(text, key)` for each key in `text`.
function decodeKeys(text, emit) {
  let i = 0;
  while (i < text.length) {
    const rest = StringPrototypeSlice(text, i);
    const match = RegExpPrototypeExec(CSI_PATTERN, rest);
    if (match !== null) {
      emit(undefined, sequenceKey(match[0], match[1], match[2]));
      i += match[0].length;
      continue;
    }
    if (rest[0] === ESC && rest.length > 1 && rest[1] !== ESC) {
      const key = characterKey(rest[1]);
      key.sequence = ESC + rest[1];
      key.meta = true;
      emit(undefined, key);
      i += 2;
      continue;
    }
    const code = StringPrototypeCharCodeAt(text, i);
    // (a character beyond the Basic Multilingual Plane is two code units and one key)
    const length = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
    const character = StringPrototypeSlice(text, i, i + length);
    emit(character, characterKey(character));
    i += length;
  }
}

function sequenceKey(sequence, parameters, final) {
  const numbers = parameters === "" ? [] : StringPrototypeSplit(parameters, ";");
  const name = final === "~" ? SEQUENCE_NAMES[`${numbers[0]}~`] : SEQUENCE_NAMES[final];
  // xterm's modifier parameter: 1 + (shift 1, alt 2, ctrl 4).
  const modifier = numbers.length > 1 ? NumberParseInt(numbers[numbers.length - 1], 10) - 1 : 0;
  return {
    sequence,
    name,
    ctrl: !!(modifier & 4),
    meta: !!(modifier & 10),
    shift: !!(modifier & 1) || final === "Z",
    code: StringPrototypeSlice(sequence, 1),
  };
}

function characterKey(character) {
  const key = { sequence: character, name: undefined, ctrl: false, meta: false, shift: false };
  const code = StringPrototypeCharCodeAt(character, 0);
  if (character === "\r") key.name = "return";
  else if (character === "\n") key.name = "enter";
  else if (character === "\t") key.name = "tab";
  else if (character === "\b" || character === "\x7f") key.name = "backspace";
  else if (character === ESC) key.name = "escape";
  else if (character === " ") key.name = "space";
  else if (code < 32) {
    key.name = StringFromCharCode(code + 96);
    key.ctrl = true;
  } else if (character >= "a" && character <= "z") key.name = character;
  else if (character >= "A" && character <= "Z") {
    key.name = StringPrototypeToLowerCase(character);
    key.shift = true;
  } else if (character >= "0" && character <= "9") key.name = character;
  return key;
}

module.exports = { emitKeypressEvents, decodeKeys };
