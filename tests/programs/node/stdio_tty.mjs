// On a terminal (the test drives a pseudo-terminal): the streams are tty streams, raw mode,
// 'resize', and readline's line editing and history. The test compares the RESULT line.
import readline from "node:readline";

const { stdin, stdout } = process;
const facts = {
  stdinTTY: stdin.isTTY,
  stdoutTTY: stdout.isTTY,
  stderrTTY: process.stderr.isTTY,
  size: [stdout.columns, stdout.rows],
  windowSize: stdout.getWindowSize(),
  isRaw: stdin.isRaw,
  depth: stdout.getColorDepth({ TERM: "xterm-256color" }),
  colours: [stdout.hasColors(), stdout.hasColors(256, { TERM: "xterm" }), stdout.hasColors({ NO_COLOR: "1" })],
  constructors: [stdin.constructor.name, stdout.constructor.name],
};
stdout.once("resize", () => {
  facts.resized = [stdout.columns, stdout.rows];
  stdout.write("RESIZED\r\n");
});
const rl = readline.createInterface({ input: stdin, output: stdout, prompt: "> " });
facts.terminal = rl.terminal;
facts.rawWithReadline = stdin.isRaw;
const lines = [];
const histories = [];
rl.on("history", (history) => histories.push([...history]));
rl.on("line", (line) => {
  lines.push([line, rl.line, rl.cursor]);
  rl.prompt();
});
rl.on("close", () => {
  Object.assign(facts, { lines, histories, rawAfterClose: stdin.isRaw });
  stdout.write(`RESULT ${JSON.stringify(facts)}\n`);
});
stdout.write("READY\r\n");
rl.prompt();
