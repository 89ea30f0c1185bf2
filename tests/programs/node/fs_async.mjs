// node:fs's callback forms and node:fs/promises (with FileHandle), in the directory given as
// argv[2]. Each step waits for the one before, so that the output's order is node's.
import fs from "node:fs";
import fsp from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";

const root = process.argv[2];
const at = (name) => path.join(root, name);
const hide = (text) => String(text).split(root).join("<root>");
const describe = (error) => [error.name, error.code, hide(error.message), error.errno, error.syscall, hide(error.path)].join(" | ");

// A callback never runs synchronously; it runs as a macrotask: after ticks and microtasks
// queued by the code that called.
const written = new Promise((resolve) => {
  fs.writeFile(at("order.txt"), "x", (error) => {
    console.log("writeFile callback", error);
    process.nextTick(() => console.log("tick queued in the callback"));
    Promise.resolve().then(() => console.log("microtask queued in the callback"));
    setTimeout(resolve, 0);
  });
});
process.nextTick(() => console.log("tick"));
Promise.resolve().then(() => console.log("microtask"));
console.log("sync end");

const readFile = promisify(fs.readFile);
await written;
await new Promise((resolve) => fs.readFile(at("order.txt"), "utf8", (error, text) => {
  console.log("readFile callback", error, text);
  resolve();
}));
console.log("promisified", await readFile(at("order.txt"), "utf8"));
await new Promise((resolve) => fs.readFile(at("none"), (error, data) => {
  console.log("readFile error", describe(error), data, error.stack === `Error: ${error.message}`);
  resolve();
}));
await new Promise((resolve) => fs.stat(at("order.txt"), (error, stats) => {
  console.log("stat callback", error, stats.isFile(), stats.size);
  resolve();
}));
await new Promise((resolve) => fs.mkdir(at("a/b"), { recursive: true }, (error, made) => {
  console.log("mkdir callback", error, hide(made));
  resolve();
}));
await new Promise((resolve) => fs.readdir(root, (error, names) => {
  console.log("readdir callback", error, names);
  resolve();
}));
await new Promise((resolve) => fs.exists(at("order.txt"), (found) => {
  console.log("exists callback", found);
  resolve();
}));
await new Promise((resolve) => fs.open(at("fd.txt"), "w+", (error, fd) => {
  fs.write(fd, "hello", (error, written, text) => {
    console.log("write callback", error, written, text);
    fs.read(fd, Buffer.alloc(5), 0, 5, 0, (error, read, buffer) => {
      console.log("read callback", error, read, buffer.toString());
      fs.close(fd, (error) => {
        console.log("close callback", error);
        resolve();
      });
    });
  });
}));
try {
  fs.readFile(at("order.txt"));
} catch (error) {
  console.log("no callback", describe(error));
}
try {
  fs.stat();
} catch (error) {
  console.log("no path", describe(error));
}

// promises
console.log("promise readFile", await fsp.readFile(at("order.txt"), { encoding: "utf8" }));
await fsp.writeFile(at("p.txt"), "promised");
await fsp.appendFile(at("p.txt"), "!");
console.log("promise written", await fsp.readFile(at("p.txt"), "utf8"));
for (const [label, action] of [
  ["readFile missing", () => fsp.readFile(at("none"))],
  ["mkdir existing", () => fsp.mkdir(at("a"))],
  ["rmdir not empty", () => fsp.rmdir(at("a"))],
  ["readdir file", () => fsp.readdir(at("p.txt"))],
  ["unlink missing", () => fsp.unlink(at("none"))],
  ["rename missing", () => fsp.rename(at("none"), at("other"))],
  ["bad path", () => fsp.stat(42)],
  ["aborted", () => fsp.readFile(at("p.txt"), { signal: AbortSignal.abort() })],
]) {
  try {
    await action();
    console.log(label, "resolved");
  } catch (error) {
    console.log(label, describe(error), error.dest && hide(error.dest));
  }
}
console.log("promise stat", (await fsp.stat(at("p.txt"))).size, (await fsp.lstat(at("p.txt"), { bigint: true })).size);
console.log("promise readdir", (await fsp.readdir(root, { withFileTypes: true })).map((entry) => `${entry.name}:${entry.isDirectory()}`));
console.log("promise access", await fsp.access(at("p.txt")));
await fsp.copyFile(at("p.txt"), at("p2.txt"));
await fsp.rename(at("p2.txt"), at("p3.txt"));
await fsp.symlink("p3.txt", at("p-link"));
console.log("promise links", await fsp.readlink(at("p-link")), hide(await fsp.realpath(at("p-link"))));
await fsp.truncate(at("p3.txt"), 2);
console.log("promise truncated", await fsp.readFile(at("p3.txt"), "utf8"));
await fsp.rm(at("a"), { recursive: true });
await fsp.unlink(at("p3.txt"));
console.log("promise after removing", (await fsp.readdir(root)).sort());
const made = await fsp.mkdtemp(at("t-"));
console.log("promise mkdtemp", path.basename(made).length);
await fsp.cp(at("p.txt"), at("cp.txt"));
console.log("promise cp", await fsp.readFile(at("cp.txt"), "utf8"));

// FileHandle
const handle = await fsp.open(at("handle.txt"), "w+");
console.log("handle", handle.constructor.name, typeof handle.fd);
console.log("handle write", await handle.write("abcdef"));
const { bytesRead, buffer } = await handle.read(Buffer.alloc(4), 0, 4, 1);
console.log("handle read", bytesRead, buffer.toString());
await handle.writeFile("rewritten");
console.log("handle stat", (await handle.stat()).size);
await handle.truncate(3);
await handle.close();
console.log("handle closed", handle.fd, await fsp.readFile(at("handle.txt"), "utf8"));
try {
  await fsp.open(at("none/x"));
} catch (error) {
  console.log("handle open", describe(error));
}
const dir = await fsp.opendir(root);
const names = [];
for await (const entry of dir) names.push(entry.name);
console.log("opendir", names.filter((name) => !name.startsWith("t-")).sort());
