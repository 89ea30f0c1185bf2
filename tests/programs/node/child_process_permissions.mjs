// toyjs only: which programs the run permission lets a program start (see
// test_child_process.py for the flags each run is given).
import { spawnSync, execFileSync } from "node:child_process";

const STARTED = ["-c", "echo started"];
for (const [program, args] of [["echo", ["started"]], ["/bin/echo", ["started"]], ["sh", STARTED], ["no-such-program-here", []]]) {
  try {
    const result = spawnSync(program, args, { encoding: "utf8" });
    console.log(program, result.error ? result.error.code : result.stdout.trim());
  } catch (error) {
    console.log(program, error.name, error.code, error.message);
  }
}
try {
  execFileSync("echo", ["x"], { env: { LD_PRELOAD: "/nothing.so" } });
  console.log("LD_PRELOAD allowed");
} catch (error) {
  console.log("LD_PRELOAD", error.name, error.message);
}
