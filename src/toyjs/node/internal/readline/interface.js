// readline's Interface: lines read from an input stream, questions and prompts written to an
// output stream. Without a terminal, input is split into lines at "\r\n", "\n" or "\r" (a
// "\r" at the end of one chunk and a "\n" at the start of the next, within crlfDelay ms,
// are one break); at the end of the input, a last line without a newline is a line too. On a
// terminal, the input is put in raw mode and keys edit the line (internal/readline/editor.js).
// A `completer` is accepted and not called: there is no tab completion.
"use strict";
const {
  ArrayPrototypeSlice, DateNow, Error, FunctionPrototypeCall, MathMax, NumberIsFinite, ObjectDefineProperty,
  ObjectSetPrototypeOf, StringPrototypeCharCodeAt, StringPrototypeSlice, SymbolAsyncIterator,
} = core.primordials;
const EventEmitter = require("events");
const { StringDecoder } = require("string_decoder");
const { codedError, invalidArgType, outOfRange, validateAbortSignal } = require("internal/errors");

const DEFAULT_HISTORY_SIZE = 30;
const MIN_CRLF_DELAY = 100;
const CR = 13;
const LF = 10;

function useAfterClose() {
  return codedError(Error, "ERR_USE_AFTER_CLOSE", "readline was closed");
}

// new Interface(options) or Interface(input, output, completer, terminal); `new` is optional.
function Interface(input, output, completer, terminal) {
  if (!(this instanceof Interface)) return new Interface(input, output, completer, terminal);
  FunctionPrototypeCall(EventEmitter, this);
  let options = { input, output, completer, terminal };
  if (input?.input !== undefined) options = input;
  const { historySize = DEFAULT_HISTORY_SIZE, crlfDelay, prompt = "> ", history = [] } = options;
  if (typeof historySize !== "number") throw invalidArgType("historySize", "number", historySize);
  if (historySize < 0 || historySize !== historySize) throw outOfRange("historySize", ">= 0", historySize);
  validateAbortSignal(options.signal, "options.signal");

  this.input = options.input;
  this.output = options.output;
  this.terminal = !!(options.terminal ?? this.output?.isTTY);
  this.crlfDelay = crlfDelay ? MathMax(MIN_CRLF_DELAY, crlfDelay) : MIN_CRLF_DELAY;
  this.historySize = historySize;
  this.history = ArrayPrototypeSlice(history);
  this.removeHistoryDuplicates = !!options.removeHistoryDuplicates;
  this.line = "";
  this.closed = false;
  this._prompt = prompt;
  this._questionCallback = null;
  this._promptBeforeQuestion = null;
  this._partial = ""; // the text since the last line break
  this._returnAt = 0; // when a chunk ended in "\r" (see crlfDelay)
  this._decoder = new StringDecoder("utf8");

  const source = this.input;
  this._onData = (chunk) => this._takeText(typeof chunk === "string" ? chunk : this._decoder.write(chunk));
  this._onEnd = () => this._inputEnded();
  if (this.terminal) {
    this._editor = new (require("internal/readline/editor").LineEditor)(this);
  } else {
    source.on("data", this._onData);
  }
  source.on("end", this._onEnd);
  this.once("close", () => {
    source.removeListener("data", this._onData);
    source.removeListener("end", this._onEnd);
    this._editor?.detach();
  });
  if (options.signal) {
    if (options.signal.aborted) core.nextTick(() => this.close());
    else options.signal.addEventListener("abort", () => this.close(), { once: true });
  }
  source.resume();
}
ObjectSetPrototypeOf(Interface.prototype, EventEmitter.prototype);
ObjectSetPrototypeOf(Interface, EventEmitter);

Interface.prototype.getPrompt = function getPrompt() {
  return this._prompt;
};

Interface.prototype.setPrompt = function setPrompt(prompt) {
  this._prompt = prompt;
};

// Writes the prompt (on a terminal, with the line typed so far), resuming the input.
Interface.prototype.prompt = function prompt(preserveCursor) {
  if (this.paused) this.resume();
  if (this.terminal) {
    if (!preserveCursor) this.cursor = 0;
    this._editor.redraw();
  } else {
    this._writeOutput(this._prompt);
  }
};

// Asks `query`; the next line is the answer, given to `callback` instead of a 'line' event.
// While a question waits, another only repeats the prompt.
Interface.prototype.question = function question(query, options, callback) {
  if (this.closed) throw useAfterClose();
  if (typeof options === "function") {
    callback = options;
    options = undefined;
  }
  const signal = options?.signal;
  if (signal !== undefined) {
    validateAbortSignal(signal, "options.signal");
    if (signal.aborted) return;
  }
  if (typeof callback !== "function") return;
  if (this._questionCallback !== null) {
    this.prompt();
    return;
  }
  this._promptBeforeQuestion = this._prompt;
  this.setPrompt(query);
  this._questionCallback = callback;
  if (signal !== undefined) {
    signal.addEventListener("abort", () => {
      if (this._questionCallback !== callback) return;
      this._questionCallback = null;
      this.setPrompt(this._promptBeforeQuestion);
    }, { once: true });
  }
  this.prompt();
};

Interface.prototype.pause = function pause() {
  if (this.paused) return this;
  this.input.pause();
  this.paused = true;
  this.emit("pause");
  return this;
};

Interface.prototype.resume = function resume() {
  if (!this.paused) return this;
  this.input.resume();
  this.paused = false;
  this.emit("resume");
  return this;
};

// Input as if typed: on a terminal, `key` describes it (as a 'keypress' would).
Interface.prototype.write = function write(data, key) {
  if (this.paused) this.resume();
  if (this.terminal) this._editor.type(data, key);
  else this._takeText(data);
};

Interface.prototype.close = function close() {
  if (this.closed) return;
  this.pause();
  if (this.terminal) this._editor.setRawMode(false);
  this.closed = true;
  this.emit("close");
};

Interface.prototype[SymbolAsyncIterator] = function asyncIterator() {
  if (this._lines === undefined) {
    const { Readable } = require("internal/streams/readable");
    // Lines wait in an object stream until the loop takes them; while it holds enough, the
    // input is paused.
    const lines = new Readable({ objectMode: true, read: () => this.resume() });
    this.on("line", (line) => {
      if (!lines.push(line)) this.pause();
    });
    if (this.closed) lines.push(null);
    else this.once("close", () => lines.push(null));
    this._lines = lines;
  }
  return this._lines[SymbolAsyncIterator]();
};

// --- lines without a terminal

Interface.prototype._takeText = function _takeText(text) {
  if (text === "" || text === undefined) return;
  if (this._returnAt !== 0) {
    if (StringPrototypeCharCodeAt(text, 0) === LF && DateNow() - this._returnAt <= this.crlfDelay) {
      text = StringPrototypeSlice(text, 1);
    }
    this._returnAt = 0;
  }
  if (text === "") return;
  if (StringPrototypeCharCodeAt(text, text.length - 1) === CR) this._returnAt = DateNow();
  let start = 0;
  let partial = this._partial;
  const lines = [];
  for (let i = 0; i < text.length; i++) {
    const code = StringPrototypeCharCodeAt(text, i);
    if (code !== LF && code !== CR) continue;
    lines[lines.length] = partial + StringPrototypeSlice(text, start, i);
    partial = "";
    if (code === CR && StringPrototypeCharCodeAt(text, i + 1) === LF) i++;
    start = i + 1;
  }
  this._partial = partial + StringPrototypeSlice(text, start);
  // (Lines that came together are all given, even when a listener closes the interface.)
  for (let i = 0; i < lines.length; i++) this._lineDone(lines[i]);
};

Interface.prototype._inputEnded = function _inputEnded() {
  const rest = this._partial + this._decoder.end();
  this._partial = "";
  // (as Node's: a 'line' even while a question waits, which then gets no answer)
  if (rest.length > 0 && !this.terminal) this.emit("line", rest);
  this.close();
};

// A complete line: the answer to the waiting question, or a 'line' event.
Interface.prototype._lineDone = function _lineDone(line) {
  const answer = this._questionCallback;
  if (answer !== null) {
    this._questionCallback = null;
    this.setPrompt(this._promptBeforeQuestion);
    answer(line);
  } else {
    this.emit("line", line);
  }
};

Interface.prototype._writeOutput = function _writeOutput(text) {
  if (this.output !== null && this.output !== undefined) this.output.write(text);
};

// The output's width in columns (Infinity when it has none), as Node's rl.columns.
ObjectDefineProperty(Interface.prototype, "columns", {
  get() {
    const columns = this.output?.columns;
    return NumberIsFinite(columns) && columns > 0 ? columns : Infinity;
  },
  configurable: true,
});

module.exports = { Interface, useAfterClose };
