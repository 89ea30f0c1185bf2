// readline's terminal functions written to a stream (cursorTo, moveCursor, clearLine,
// clearScreenDown, their argument errors), readline/promises' Readline, and keypress decoding.
import readline from "node:readline";
import { Readline } from "node:readline/promises";
import { PassThrough, Writable } from "node:stream";

const written = [];
const out = { write(text, callback) { written.push(text); callback?.(); return true; } };
const attempt = (label, f) => {
  try {
    console.log(label, f());
  } catch (error) {
    console.log(label, error.name, error.code, error.message);
  }
};
attempt("cursorTo x", () => readline.cursorTo(out, 3));
attempt("cursorTo x y", () => readline.cursorTo(out, 3, 4));
attempt("cursorTo callback", () => readline.cursorTo(out, 1, () => written.push("cb")));
attempt("cursorTo string", () => readline.cursorTo(out, "a"));
attempt("cursorTo row only", () => readline.cursorTo(out, undefined, 2));
attempt("cursorTo NaN", () => readline.cursorTo(out, NaN));
attempt("cursorTo y NaN", () => readline.cursorTo(out, 1, NaN));
attempt("cursorTo bad callback", () => readline.cursorTo(out, 1, 2, 3));
attempt("moveCursor", () => readline.moveCursor(out, 2, -1));
attempt("moveCursor back", () => readline.moveCursor(out, -2, 3));
attempt("moveCursor none", () => readline.moveCursor(out, 0, 0));
attempt("clearLine", () => [readline.clearLine(out, -1), readline.clearLine(out, 1), readline.clearLine(out, 0)]);
attempt("clearScreenDown", () => readline.clearScreenDown(out));
attempt("no stream", () => readline.cursorTo(null, 1, () => console.log("called without a stream")));
console.log(JSON.stringify(written));

const seen = [];
const target = new Writable({ write(chunk, encoding, callback) { seen.push(String(chunk)); callback(); } });
const line = new Readline(target);
line.cursorTo(2).moveCursor(1, 1).clearLine(0).clearScreenDown();
console.log("queued", seen.length);
await line.commit();
console.log(JSON.stringify(seen));
line.cursorTo(5).rollback();
await line.commit();
console.log(JSON.stringify(seen));
attempt("Readline without a stream", () => new Readline({}));

const keys = new PassThrough();
readline.emitKeypressEvents(keys);
keys.on("keypress", (text, key) => {
  const { name, ctrl, meta, shift, sequence } = key;
  console.log(JSON.stringify(text), JSON.stringify({ name, ctrl, meta, shift, sequence }));
});
keys.write("aZ1 \r\t\x7f\x03\x1b[A\x1b[B\x1b[C\x1b[D\x1b[H\x1b[F\x1b[3~\x1bx");
await new Promise((resolve) => setImmediate(resolve));
