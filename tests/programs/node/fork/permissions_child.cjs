// The child of fork_permissions.mjs: tells its parent what it may do.
const { execFileSync } = require("node:child_process");

function attempt(what, action) {
  try {
    action();
    return `${what} allowed`;
  } catch (error) {
    return `${what} ${error.name}`;
  }
}
process.send([
  attempt("env HOME", () => process.env.HOME),
  attempt("env PATH", () => process.env.PATH),
  attempt("run echo", () => execFileSync("echo")),
  attempt("net", () => require("node:net").connect(1, "127.0.0.1").destroy()),
].join(", "));
