// child_process.fork and its IPC channel: messages both ways (json and advanced
// serialization), disconnect from either side, the child's exit and its failure, the errors.
import { fork, spawn, spawnSync } from "node:child_process";
import { once } from "node:events";
import { inspect } from "node:util";

const CHILD = new URL("./fork/child.cjs", import.meta.url).pathname;

// What the stream gives until its end, as text.
async function collect(stream) {
  const chunks = [];
  stream.on("data", (chunk) => chunks.push(chunk));
  await once(stream, "end");
  return Buffer.concat(chunks).toString();
}

// Sends each message and waits for its echo.
async function roundTrip(child, messages) {
  for (const message of messages) {
    child.send(message);
    const [answer] = await once(child, "message");
    console.log(inspect(answer.echo, { depth: 5, breakLength: Infinity }));
  }
}

async function closed(child) {
  const seen = [];
  child.on("disconnect", () => seen.push("disconnect"));
  const [code, signal] = await once(child, "exit");
  if (child.connected === false && !seen.includes("disconnect")) await once(child, "disconnect");
  console.log("exit", code, signal, "connected", child.connected, "disconnect seen", child.connected === false);
}

// json: what JSON carries, across reads (a long message) and with newlines inside strings.
{
  const child = fork(CHILD, ["env", "a", "b"]);
  console.log("parent: connected", child.connected, "stdio", child.stdio.length, child.stdin, child.stdio[3]);
  const [hello] = await once(child, "message");
  console.log(hello);
  await roundTrip(child, [
    "text", 42, true, null, { a: 1, nested: { list: [1, "two", { three: 3 }] } }, ["x", "y"],
    "line\nbreak", "héllo ✓", { buffer: Buffer.from("hi"), date: new Date(0), undefinedField: undefined },
  ]);
  child.send("x".repeat(200000));
  const [long] = await once(child, "message");
  console.log("long message back", long.echo.length);
  child.send("exit");
  await closed(child);
}

// advanced: structured clone (Map, Set, Date, Buffer, typed arrays, BigInt...).
{
  const child = fork(CHILD, [], { serialization: "advanced" });
  await roundTrip(child, [
    new Map([[1, { deep: new Set(["a"]) }]]), new Date(86400000), Buffer.from("bytes"), new Uint16Array([1, 2]),
    { big: 12345678901234567890n, missing: undefined, regexp: /x+/g }, "plain",
  ]);
  child.disconnect();
  await closed(child);
}

// The parent disconnects: the child sees it and ends; sending then fails.
{
  const child = fork(CHILD, ["report"], { silent: true });
  const stdout = collect(child.stdout);
  const exited = new Promise((resolve) => child.on("exit", resolve)); // (once() would reject on 'error')
  child.on("error", (error) => console.log("error event:", error.name, error.code, error.message));
  child.disconnect();
  console.log("after disconnect: connected", child.connected, "channel", child.channel);
  child.send("late", (error) => console.log("send callback:", error.code, error.message));
  console.log("send returned", child.send("late"));
  child.disconnect();
  await once(child, "disconnect");
  console.log("disconnect event");
  console.log("child printed:", JSON.stringify(await stdout), "exit", await exited);
}

// The child disconnects, after a last message.
{
  const child = fork(CHILD, ["report"], { silent: true });
  const stdout = collect(child.stdout);
  const exited = new Promise((resolve) => child.on("exit", resolve));
  child.send("disconnect");
  const [message] = await once(child, "message");
  console.log("last message", message);
  await once(child, "disconnect");
  console.log("disconnected by the child", child.connected);
  console.log("child printed:", JSON.stringify(await stdout), "exit", await exited);
}

// A child that throws ends with code 1, its error on its stderr.
{
  const child = fork(CHILD, ["throw"], { silent: true });
  const stderr = collect(child.stderr);
  const [code] = await once(child, "exit");
  console.log("thrower exit", code, "stderr names the error", (await stderr).includes("Error: boom"));
}

// spawn with an 'ipc' slot gives any program a channel.
{
  const child = spawn("sh", ["-c", "exit 5"], { stdio: ["ignore", "ignore", "ignore", "ipc"] });
  console.log("spawned with ipc: connected", child.connected, typeof child.send, child.stdio.length);
  await closed(child);
}

// Arguments and options as Node checks them.
const attempts = [
  ["send(undefined)", (child) => child.send(undefined)],
  ["send(symbol)", (child) => child.send(Symbol("s"))],
  ["send(function)", (child) => child.send(() => 1)],
  ["send(bigint)", (child) => child.send(1n)],
  ["send with a number handle", (child) => child.send("x", 5)],
  ["send with number options", (child) => child.send("x", undefined, 5)],
  ["fork(5)", () => fork(5)],
  ["fork args string", () => fork(CHILD, "str")],
  ["fork options number", () => fork(CHILD, [], 5)],
  ["fork serialization", () => fork(CHILD, { serialization: "yaml" })],
  ["fork stdio without ipc", () => fork(CHILD, { stdio: ["pipe", "pipe", "pipe"] })],
  ["two ipc slots", () => spawn("sh", { stdio: ["pipe", "pipe", "pipe", "ipc", "ipc"] })],
  ["spawnSync with ipc", () => spawnSync("sh", { stdio: ["pipe", "pipe", "pipe", "ipc"] })],
];
{
  const child = fork(CHILD);
  for (const [what, attempt] of attempts) {
    try {
      attempt(child);
      console.log(what, "did not throw");
    } catch (error) {
      console.log(what, error.name, error.code, error.message);
    }
  }
  child.disconnect();
  await once(child, "exit");
}
console.log("not forked: process.send", typeof process.send, "connected", process.connected);

// A child left running does not keep the program alive once it and its channel are unref'd
// (Node's child then sees its channel end and ends; toyjs kills it).
{
  const child = fork(CHILD);
  child.unref();
  child.channel.unref();
  console.log("left running, unref'd");
}
