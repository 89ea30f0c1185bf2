// A forked child keeps its parent alive through its channel, until the parent disconnects or
// unrefs the channel too; then the parent ends although the child does not (toyjs kills it,
// see test_fork.py). Prints the children's pids.
import { fork } from "node:child_process";

const FOREVER = new URL("./fork/forever.cjs", import.meta.url).pathname;
const disconnected = fork(FOREVER);
disconnected.disconnect();
disconnected.unref();
const unreferenced = fork(FOREVER);
unreferenced.unref();
unreferenced.channel.unref();
console.log(disconnected.pid, unreferenced.pid);
