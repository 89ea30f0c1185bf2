// fs.watch against node: one change at a time in a scratch folder (argv[2]), each waiting for
// the events it brings before the next; each watcher's events are printed by step.
const fs = require("fs");
const path = require("path");
const util = require("util");

const root = process.argv[2];
const at = (name) => path.join(root, name);
const show = (name) => (Buffer.isBuffer(name) ? `<Buffer ${name.toString()}>` : name);

function shortError(error) {
  return util.inspect(error).split("\n").filter((line) => !line.trimStart().startsWith("at ")).join(" ").replaceAll(root, "ROOT");
}

// Watchers by name, each with the events it saw in the running step.
const seen = {};
let waiting = null;
function follow(name, watcher) {
  seen[name] = [];
  watcher.on("change", (type, filename) => {
    seen[name].push(`${type} ${show(filename)}`);
    if (waiting !== null && Object.values(seen).flat().length >= waiting.count) {
      const done = waiting.done;
      waiting = null;
      done();
    }
  });
  watcher.on("close", () => console.log(`${name}: close`));
  return watcher;
}

// Runs `action`, waits for `count` events across the watchers, prints them.
async function step(label, count, action) {
  for (const name in seen) seen[name] = [];
  const arrived = new Promise((done) => (waiting = { count, done }));
  action();
  await arrived;
  const lines = [];
  for (const name in seen) if (seen[name].length > 0) lines.push(`${name}: ${seen[name].join(", ")}`);
  console.log(`${label} -> ${lines.join("; ")}`);
}

async function main() {
  fs.writeFileSync(at("file.txt"), "1");
  const folder = follow("folder", fs.watch(root));
  console.log(Object.getPrototypeOf(folder).constructor.name, typeof folder.close, folder.ref() === folder, folder.unref() === folder);
  folder.ref();
  await step("create a", 2, () => fs.writeFileSync(at("a"), "x"));
  await step("append a", 1, () => fs.appendFileSync(at("a"), "y"));
  await step("rename a b", 2, () => fs.renameSync(at("a"), at("b")));
  await step("chmod b", 1, () => fs.chmodSync(at("b"), 0o600));
  await step("mkdir sub", 1, () => fs.mkdirSync(at("sub")));
  await step("chmod sub", 1, () => fs.chmodSync(at("sub"), 0o700));
  await step("unlink b", 1, () => fs.unlinkSync(at("b")));

  // A file watched on its own, its names as Buffers; a second watcher of the folder.
  const file = follow("file", fs.watch(at("file.txt"), "buffer"));
  const witness = follow("witness", fs.watch(root, { persistent: false }));
  await step("append file.txt", 3, () => fs.appendFileSync(at("file.txt"), "2"));

  // A closed watcher hears nothing more (the witness, still open, hears the next change).
  folder.close();
  folder.close();
  await new Promise((done) => setImmediate(done));
  await step("create c", 1, () => fs.closeSync(fs.openSync(at("c"), "w")));
  await step("unlink file.txt", 4, () => fs.unlinkSync(at("file.txt")));
  file.close();
  witness.close();

  // Watching through a listener argument and an options object with an encoding.
  const listened = fs.watch(root, { encoding: "hex" }, function (type, filename) {
    console.log("listener", this === listened, type, filename);
    listened.close();
  });
  fs.closeSync(fs.openSync(at("d"), "w"));
  await new Promise((done) => listened.on("close", done));

  // A signal closes its watcher; one already aborted closes it on the next tick.
  const controller = new AbortController();
  const signalled = fs.watch(root, { signal: controller.signal });
  signalled.on("close", () => console.log("signalled: close"));
  controller.abort();
  const early = fs.watch(root, { signal: AbortSignal.abort() });
  early.on("close", () => console.log("early: close"));
  console.log("aborted");

  // Errors.
  try {
    fs.watch(at("missing"));
  } catch (error) {
    console.log(shortError(error));
    console.log(error.message.replace(root, "ROOT"), Object.keys(error));
  }
  for (const args of [[5], [root, 5], [root, { recursive: 1 }], [root, { encoding: "bogus" }], [root, { signal: 1 }], [root, { persistent: false }, 5]]) {
    try {
      fs.watch(...args).close();
      console.log("no error", args);
    } catch (error) {
      console.log(error.name, error.code, error.message.replace(root, "ROOT"));
    }
  }

  // An unref'd watcher left open does not keep the program running.
  fs.watch(root).unref();
}

main();
