// toyjs only: fork needs run access to "toyjs", and the child gets no more than its parent
// (see test_fork.py for the flags each run is given).
import { fork } from "node:child_process";
import { once } from "node:events";

const CHILD = new URL("./fork/permissions_child.cjs", import.meta.url).pathname;

for (const [what, options] of [
  ["fork", {}],
  ["execArgv --allow-net", { execArgv: ["--allow-net"] }],
  ["env PYTHONPATH", { env: { PYTHONPATH: "/tmp" } }],
]) {
  try {
    const child = fork(CHILD, options);
    const [report] = await once(child, "message");
    console.log(what, "child:", report);
    await once(child, "exit");
  } catch (error) {
    console.log(what, error.name, error.code, error.message);
  }
}
