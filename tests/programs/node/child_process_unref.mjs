// toyjs only: an unref'd child does not keep the program alive; its pid is printed for the
// test to check that the child did not outlive the program.
import { spawn } from "node:child_process";

const child = spawn("sleep", ["60"], { stdio: "ignore" });
child.unref();
console.log(child.pid);
