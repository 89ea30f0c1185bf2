// commander's README: options, commands and help, parsed from given argument lists.
const { Command, Option, InvalidArgumentError } = require("commander");

const program = new Command();
program
  .name("string-util")
  .description("CLI to some JavaScript string utilities")
  .version("0.8.0")
  .option("-d, --debug", "output extra debugging")
  .option("-p, --pizza-type <type>", "flavour of pizza")
  .option("-c, --cheese [type]", "add cheese with optional type", "mozzarella")
  .option("-n, --number <n>", "a number", (value) => { const n = Number(value); if (Number.isNaN(n)) throw new InvalidArgumentError("Not a number."); return n; })
  .addOption(new Option("-s, --size <size>", "drink size").choices(["small", "medium", "large"]));
program.exitOverride();
program.configureOutput({ writeOut: (text) => console.log("[out]", text), writeErr: (text) => console.log("[err]", text) });
program.parse(["-d", "--pizza-type", "cheese", "-n", "5", "extra"], { from: "user" });
console.log(program.opts(), program.args);
console.log(program.helpInformation());
for (const args of [["--size", "huge"], ["--number", "x"], ["--nope"], ["--version"], ["-p"]]) {
  try {
    new Command().exitOverride().configureOutput({ writeOut: (t) => console.log("[out]", t.trim()), writeErr: (t) => console.log("[err]", t.trim()) })
      .version("1.2.3").option("-p, --pizza-type <type>").addOption(new Option("-s, --size <size>").choices(["small"]))
      .option("-n, --number <n>", "n", (v) => { if (isNaN(v)) throw new InvalidArgumentError("Not a number."); return +v; })
      .parse(args, { from: "user" });
  } catch (error) {
    console.log(error.code, error.exitCode, error.message);
  }
}
const git = new Command("git").exitOverride();
git.command("clone <source> [destination]").description("clone a repository").option("--depth <n>").action((source, destination, options) => console.log("clone", source, destination, options));
git.parse(["clone", "repo", "--depth", "1"], { from: "user" });
