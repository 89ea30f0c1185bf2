// readline over process.stdin, without a terminal: each line (any line ending, a last line
// without one), the events around them, and a summary for large inputs.
import readline from "node:readline";

const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
const quiet = process.argv[2] === "summary";
let count = 0;
let characters = 0;
let last;
rl.on("line", (line) => {
  count += 1;
  characters += line.length;
  last = line;
  if (!quiet) console.log("line", JSON.stringify(line));
});
for (const event of ["pause", "resume", "history"]) rl.on(event, () => console.log("event", event));
rl.on("close", () => {
  console.log("close", count, characters, JSON.stringify(last));
  console.log("terminal", rl.terminal, "line", JSON.stringify(rl.line), "cursor", rl.cursor, "history", rl.history);
});
console.log("crlfDelay", rl.crlfDelay, "historySize", rl.historySize, "prompt", JSON.stringify(rl.getPrompt()));
