// node:child_process against node: spawn's events and their order, exit codes and signals,
// pipes both ways, ENOENT, exec/execFile (errors, maxBuffer, timeout, promisify), the sync
// forms, and argument errors. Each step waits for the one before, so the output's order is
// the program's own.
import { spawn, exec, execFile, spawnSync, execSync, execFileSync, fork } from "node:child_process";
import { promisify } from "node:util";

const show = (label, ...values) => console.log(label, ...values);

// The events a child gets, in their order, with the output collected.
function watch(child) {
  return new Promise((resolve) => {
    const events = [];
    const output = { stdout: "", stderr: "" };
    child.stdout?.setEncoding("utf8").on("data", (text) => { output.stdout += text; });
    child.stderr?.setEncoding("utf8").on("data", (text) => { output.stderr += text; });
    for (const name of ["spawn", "exit", "error"]) {
      child.on(name, (first, second) => events.push(name === "error" ? `error ${first.message}` : `${name} ${first} ${second}`));
    }
    child.on("close", (code, signal) => {
      events.push(`close ${code} ${signal}`);
      resolve({ events, ...output, exitCode: child.exitCode, signalCode: child.signalCode, killed: child.killed });
    });
  });
}

function errorFacts(error) {
  const { name, message, code, errno, syscall, path, spawnargs, killed, signal, cmd, status } = error;
  return JSON.stringify({ name, message, code, errno, syscall, path, spawnargs, killed, signal, cmd, status, keys: Object.keys(error) });
}

function thrown(work) {
  try {
    work();
    return "no error";
  } catch (error) {
    return `${error.name} ${error.code} ${error.message}`;
  }
}

// spawn: a program's output and exit code
let child = spawn("sh", ["-c", "echo out; echo err >&2; exit 3"]);
show("pid is a number:", typeof child.pid === "number", "before the exit:", child.exitCode, child.signalCode);
show("spawnfile", child.spawnfile, "spawnargs", child.spawnargs, "stdio", child.stdio.length);
show(await watch(child));

// stdin piped to cat
child = spawn("cat");
child.stdin.write("first line\n");
child.stdin.end(Buffer.from("second line\n"));
show(await watch(child));

// killed by a signal, and kill's answers
child = spawn("sleep", ["30"]);
show("kill:", child.kill("SIGKILL"), child.killed);
show(await watch(child));
show("kill after the exit:", child.kill());
show("unknown signal:", thrown(() => child.kill("SIGNOPE")));
child = spawn("sh", ["-c", "kill -TERM $$"]);
show(await watch(child));

// a program that does not exist
child = spawn("no-such-program-here", ["an", "argument"]);
let failure;
child.on("error", (error) => { failure = error; });
show("exitCode before the error:", child.exitCode);
show(await watch(child));
show(errorFacts(failure), child.pid, child.exitCode);

// options: shell, cwd, env, stdio
show(await watch(spawn("echo $((6 * 7)) from the shell", { shell: true })));
show(await watch(spawn("pwd", { cwd: "/" })));
show(await watch(spawn("/bin/sh", ["-c", "echo $GREETING; echo ${HOME:-no home}"], { env: { GREETING: "hello", SKIPPED: undefined } })));
child = spawn("sh", ["-c", "echo to the void"], { stdio: "ignore" });
show("ignored:", child.stdin, child.stdout, child.stderr);
show(await watch(child));
show("next, a child's stdout inherited:");
child = spawn("sh", ["-c", "echo inherited stdout"], { stdio: ["pipe", "inherit", "pipe"] });
const inherited = await watch(child);
show("its stdout stream:", child.stdout, inherited);
show(await watch(spawn("sleep", ["30"], { timeout: 20, killSignal: "SIGINT" })));
const controller = new AbortController();
child = spawn("sleep", ["30"], { signal: controller.signal });
const aborted = watch(child);
controller.abort();
show(await aborted);

// exec and execFile
const run = (start) => new Promise((resolve) => {
  start((error, stdout, stderr) => resolve({ error: error === null ? null : errorFacts(error), stdout, stderr }));
});
show(await run((done) => exec("echo out; echo err >&2", done)));
show(await run((done) => exec("echo failing; echo why >&2; exit 2", done)));
show(await run((done) => exec("printf abc", { encoding: "buffer" }, done)));
show(await run((done) => exec("yes | head -c 300", { maxBuffer: 100 }, done)));
show(await run((done) => exec("sleep 30", { timeout: 20 }, done)));
show(await run((done) => execFile("sh", ["-c", "echo $0 $1", "a", "b"], done)));
show(await run((done) => execFile("sh", ["-c", "exit 1"], done)));
show(await run((done) => execFile("no-such-program-here", ["x"], done)));
show(await promisify(exec)("echo promised"));
show(await promisify(execFile)("echo", ["file", "promised"]));
try {
  await promisify(exec)("echo partial; exit 7");
} catch (error) {
  show("rejected:", errorFacts(error), JSON.stringify(error.stdout), JSON.stringify(error.stderr));
}

// the sync forms
let result = spawnSync("sh", ["-c", "echo a; echo b >&2; exit 4"]);
show(result.status, result.signal, result.stdout, result.stderr, result.output, Object.keys(result));
result = spawnSync("cat", { input: "fed to stdin", encoding: "utf8" });
show(result.stdout, result.status);
result = spawnSync("sh", ["-c", "kill -KILL $$"], { encoding: "utf8" });
show(result.status, result.signal);
result = spawnSync("no-such-program-here", ["y"]);
show(errorFacts(result.error), result.status, result.output, result.pid, Object.keys(result));
result = spawnSync("sleep", ["30"], { timeout: 20 });
show(errorFacts(result.error), result.status, result.signal);
show(execSync("echo sync").toString(), execSync("echo sync text", { encoding: "utf8" }));
show(execFileSync("cat", { input: Buffer.from("bytes in") }).toString());
for (const work of [
  () => execSync("echo visible >&2; exit 3", { stdio: "pipe" }),
  () => execFileSync("sh", ["-c", "exit 5"]),
  () => execFileSync("no-such-program-here"),
  () => execSync("sleep 30", { timeout: 20 }),
]) {
  try {
    work();
  } catch (error) {
    show(errorFacts(error));
  }
}

// bad arguments
show(thrown(() => spawn(42)));
show(thrown(() => spawn("")));
show(thrown(() => spawn("echo", "not an array")));
show(thrown(() => spawn("echo", [], { stdio: "sideways" })));
show(thrown(() => spawn("echo", [], { killSignal: "SIGNOPE" })));
show(thrown(() => exec("echo", 5)));
show(typeof fork);
