// node:module's syncBuiltinESMExports (named imports of a built-in follow its exports object when
// asked; names added since are not exports), and util.types.isProxy, which only the engine can tell.
import fs, { readFileSync } from "node:fs";
import * as pathNs from "node:path";
import { syncBuiltinESMExports } from "node:module";
import util from "node:util";
const original = readFileSync;
fs.readFileSync = () => "patched";
console.log(readFileSync === original);
syncBuiltinESMExports();
console.log(readFileSync === original, readFileSync());
fs.newThing = 1;
syncBuiltinESMExports();
console.log("newThing" in (await import("node:fs")), pathNs.join("a", "b"));
fs.readFileSync = original;
syncBuiltinESMExports();
console.log(readFileSync === original);
console.log(util.types.isProxy(new Proxy({}, {})), util.types.isProxy({}), util.types.isProxy(new Proxy(function () {}, {})));
