// for await over a readline Interface, and readline/promises' question.
import readline from "node:readline";
import { createInterface } from "node:readline/promises";
import { PassThrough } from "node:stream";

const source = new PassThrough();
const numbered = readline.createInterface({ input: source });
const iterator = numbered[Symbol.asyncIterator]();
source.end("one\ntwo\r\nthree");
let n = 0;
for await (const line of { [Symbol.asyncIterator]: () => iterator }) console.log(++n, JSON.stringify(line));
console.log("iteration over", numbered.closed);

const rl = createInterface({ input: process.stdin, output: process.stdout });
const lines = [];
rl.on("line", (line) => lines.push(line));
const closed = new Promise((resolve) => rl.once("close", () => resolve("(closed)")));
// A last line without a newline is a 'line', never an answer (as in Node).
const first = await Promise.race([rl.question("first? "), closed]);
console.log("got", JSON.stringify(first));
const signal = AbortSignal.abort("no");
await rl.question("aborted? ", { signal }).catch((error) => console.log(error.name, error.code, error.cause));
await closed;
console.log("rest", lines);
await rl.question("closed? ").catch((error) => console.log(error.code, error.message));
