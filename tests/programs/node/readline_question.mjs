// rl.question and prompts without a terminal: answers take lines from the 'line' listener,
// a question asked while one waits only repeats its prompt, rl.write() is input, and a closed
// interface refuses questions.
import readline from "node:readline";

const rl = readline.createInterface({ input: process.stdin, output: process.stdout, prompt: "P> " });
rl.on("line", (line) => console.log("line", JSON.stringify(line)));
rl.on("close", () => {
  console.log("closed");
  try {
    rl.question("after? ", () => {});
  } catch (error) {
    console.log(error.name, error.code, error.message);
  }
});
rl.write("written\n");
rl.prompt();
rl.setPrompt("$ ");
console.log("prompt", JSON.stringify(rl.getPrompt()));
rl.question("name? ", (name) => {
  console.log("answer", JSON.stringify(name));
  rl.question("colour? ", (colour) => {
    console.log("answer", JSON.stringify(colour), "prompt", JSON.stringify(rl.getPrompt()));
    rl.prompt();
  });
  rl.question("ignored? ", () => console.log("never"));
});
