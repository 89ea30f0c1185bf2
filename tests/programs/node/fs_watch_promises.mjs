// fs.promises.watch and fs.watch's recursive option against node, in a scratch folder
// (argv[2]): each change is made once the event of the one before it arrived.
import fs from "node:fs";
import fsp from "node:fs/promises";
import path from "node:path";
import util from "node:util";

const root = process.argv[2];
const at = (name) => path.join(root, name);
const touch = (name) => fs.closeSync(fs.openSync(at(name), "w"));
const brief = (error) =>
  util.inspect(error).split("\n").filter((line) => !line.trimStart().startsWith("at ")).join(" ").replaceAll(root, "ROOT");

// The events of a folder until the signal aborts (after the second event). The watcher starts
// with the first next().
const controller = new AbortController();
const events = fsp.watch(root, { signal: controller.signal });
console.log(Object.prototype.toString.call(events), typeof events[Symbol.asyncIterator]);
const changes = [() => touch("x"), () => fs.appendFileSync(at("x"), "more")];
let next = events.next();
changes.shift()();
try {
  for (let result = await next; !result.done; result = await events.next()) {
    console.log("event", result.value, Object.keys(result.value));
    if (changes.length > 0) changes.shift()();
    else controller.abort();
  }
  console.log("ended without an error");
} catch (error) {
  console.log(error.name, error.code, error.message, error.cause?.name);
}
console.log("after the end", await events.next());

// An aborted signal, a reason, a missing path, a bad argument: errors at the first next().
for (const [label, target, options] of [
  ["aborted", root, { signal: AbortSignal.abort("why") }],
  ["missing", at("missing"), undefined],
  ["bad path", 5, undefined],
  ["bad options", root, { recursive: "yes" }],
]) {
  const iterator = fsp.watch(target, options);
  try {
    await iterator.next();
    console.log(label, "no error");
  } catch (error) {
    console.log(label, brief(error), error.cause);
  }
}

// A recursive watcher names entries by their path from its root, in folders made later too.
fs.mkdirSync(at("old"));
const recursive = fs.watch(root, { recursive: true });
let expected = null;
recursive.on("change", (type, filename) => {
  if (expected !== null && filename === expected.name) {
    console.log("recursive", type, filename);
    const next = expected.next;
    expected = null;
    next();
  }
});
const steps = [
  ["old/inner", () => touch("old/inner")],
  ["new", () => fs.mkdirSync(at("new"))],
  ["new/file", () => touch("new/file")],
  ["new/deep/er", () => fs.mkdirSync(at("new/deep/er"), { recursive: true })],
  ["new/deep/er/leaf", () => touch("new/deep/er/leaf")],
];
function run() {
  const step = steps.shift();
  if (step === undefined) {
    recursive.close();
    return;
  }
  expected = { name: step[0], next: run };
  step[1]();
}
run();
