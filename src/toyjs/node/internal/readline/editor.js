// The line editing of a readline Interface on a terminal: the input in raw mode, keys decoded
// (internal/readline/keypress.js) and applied to `rl.line` at `rl.cursor`, the prompt and line
// redrawn on the output, history on up/down. Ctrl-C emits 'SIGINT' (or closes the interface
// when nothing listens), Ctrl-D on an empty line closes it.
"use strict";
const {
  ArrayPrototypeIndexOf, ArrayPrototypeSplice, ArrayPrototypeUnshift, ArrayPrototypeSlice,
  MathMax, MathMin, StringPrototypeSlice, StringPrototypeTrim,
} = core.primordials;
const { emitKeypressEvents, decodeKeys } = require("internal/readline/keypress");
const escapes = require("internal/readline/escapes");

class LineEditor {
  #rl;
  #onKeypress;
  #historyIndex = -1;
  #draft = ""; // the line being typed while history is browsed

  constructor(rl) {
    this.#rl = rl;
    rl.cursor = 0;
    this.#onKeypress = (text, key) => this.type(text, key);
    emitKeypressEvents(rl.input, rl);
    rl.input.on("keypress", this.#onKeypress);
    this.setRawMode(true);
  }

  detach() {
    this.#rl.input.removeListener("keypress", this.#onKeypress);
  }

  setRawMode(flag) {
    const input = this.#rl.input;
    if (typeof input.setRawMode === "function") input.setRawMode(flag);
  }

  // Prompt and line written afresh, the cursor put where it is in the line.
  redraw() {
    const rl = this.#rl;
    const output = rl.output;
    if (output === null || output === undefined) return;
    output.write(`\r${rl.getPrompt()}${rl.line}${escapes.clearLineSequence(1)}`);
    escapes.cursorTo(output, rl.getPrompt().length + rl.cursor);
  }

  // A key (or text written with rl.write: each of its keys).
  type(text, key) {
    if (key === undefined) {
      if (typeof text !== "string") return;
      decodeKeys(text, (sequence, decoded) => this.#key(sequence, decoded));
      return;
    }
    this.#key(text, key);
  }

  #key(text, key) {
    const rl = this.#rl;
    if (key.ctrl) {
      switch (key.name) {
        case "c":
          if (rl.listenerCount("SIGINT") > 0) rl.emit("SIGINT");
          else rl.close();
          return;
        case "d":
          if (rl.line.length === 0) rl.close();
          else this.#deleteRight();
          return;
        case "a": return this.#moveTo(0);
        case "e": return this.#moveTo(rl.line.length);
        case "b": return this.#moveTo(rl.cursor - 1);
        case "f": return this.#moveTo(rl.cursor + 1);
        case "h": return this.#deleteLeft();
        case "u": return this.#edit(StringPrototypeSlice(rl.line, rl.cursor), 0);
        case "k": return this.#edit(StringPrototypeSlice(rl.line, 0, rl.cursor), rl.cursor);
        case "n": return this.#browseHistory(-1);
        case "p": return this.#browseHistory(1);
        case "m": case "j": return this.#enter();
        default: break;
      }
    }
    switch (key.name) {
      case "return": case "enter": return this.#enter();
      case "backspace": return this.#deleteLeft();
      case "delete": return this.#deleteRight();
      case "left": return this.#moveTo(rl.cursor - 1);
      case "right": return this.#moveTo(rl.cursor + 1);
      case "home": return this.#moveTo(0);
      case "end": return this.#moveTo(rl.line.length);
      case "up": return this.#browseHistory(1);
      case "down": return this.#browseHistory(-1);
      default: break;
    }
    if (typeof text === "string" && text !== "" && !key.ctrl && !key.meta && text >= " ") {
      this.#edit(StringPrototypeSlice(rl.line, 0, rl.cursor) + text + StringPrototypeSlice(rl.line, rl.cursor), rl.cursor + text.length);
    }
  }

  #edit(line, cursor) {
    const rl = this.#rl;
    const appended = cursor === line.length && rl.cursor === rl.line.length && line.length > rl.line.length &&
      StringPrototypeSlice(line, 0, rl.line.length) === rl.line;
    const added = StringPrototypeSlice(line, rl.line.length);
    rl.line = line;
    rl.cursor = cursor;
    if (appended) rl._writeOutput(added); // typing at the end: only the new text
    else this.redraw();
  }

  #moveTo(cursor) {
    const rl = this.#rl;
    cursor = MathMax(0, MathMin(rl.line.length, cursor));
    if (cursor === rl.cursor) return;
    if (rl.output) escapes.moveCursor(rl.output, cursor - rl.cursor, 0);
    rl.cursor = cursor;
  }

  #deleteLeft() {
    const rl = this.#rl;
    if (rl.cursor === 0) return;
    this.#edit(StringPrototypeSlice(rl.line, 0, rl.cursor - 1) + StringPrototypeSlice(rl.line, rl.cursor), rl.cursor - 1);
  }

  #deleteRight() {
    const rl = this.#rl;
    if (rl.cursor === rl.line.length) return;
    this.#edit(StringPrototypeSlice(rl.line, 0, rl.cursor) + StringPrototypeSlice(rl.line, rl.cursor + 1), rl.cursor);
  }

  // `step` 1 goes back in history (older), -1 forward.
  #browseHistory(step) {
    const rl = this.#rl;
    const index = this.#historyIndex + step;
    if (index < -1 || index >= rl.history.length) return;
    if (this.#historyIndex === -1) this.#draft = rl.line;
    this.#historyIndex = index;
    const line = index === -1 ? this.#draft : rl.history[index];
    this.#edit(line, line.length);
  }

  #enter() {
    const rl = this.#rl;
    const line = rl.line;
    rl._writeOutput("\r\n");
    rl.line = "";
    rl.cursor = 0;
    this.#historyIndex = -1;
    this.#remember(line);
    rl._lineDone(line);
  }

  // The newest first, no empty lines, no repeat of the newest; at most historySize. Each
  // line entered that is not blank is reported ('history'), added or not.
  #remember(line) {
    const rl = this.#rl;
    if (rl.historySize === 0 || StringPrototypeTrim(line) === "") return;
    if (rl.history[0] !== line) {
      const earlier = ArrayPrototypeIndexOf(rl.history, line);
      if (earlier !== -1 && rl.removeHistoryDuplicates) ArrayPrototypeSplice(rl.history, earlier, 1);
      ArrayPrototypeUnshift(rl.history, line);
      if (rl.history.length > rl.historySize) rl.history = ArrayPrototypeSlice(rl.history, 0, rl.historySize);
    }
    rl.emit("history", rl.history);
  }
}

module.exports = { LineEditor };
