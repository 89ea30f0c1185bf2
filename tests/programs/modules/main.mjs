// Imports across files: relative paths, directories, packages with exports, JSON, cycles,
// dynamic import and import.meta.
import { double, counter } from "./lib/math.js";
import * as again from "./lib/../lib/math.js";
import { fromIndex } from "./lib/index.js";
import config from "./config.json" with { type: "json" };
import pkg, { feature } from "pkg";
import sub from "pkg/extra";
import scoped from "@scope/lib";
import plain from "plain";
import { ping } from "./cycle-a.mjs";
console.log(double(21), again.double === double, counter(), again.counter(), fromIndex);
console.log(config, pkg, feature, sub, scoped, plain);
console.log(ping(3));
console.log(import.meta.url.startsWith("file:///"), import.meta.url.endsWith("/modules/main.mjs"));
console.log(import.meta.resolve("./lib/math.js").endsWith("/modules/lib/math.js"));
const lazy = await import("./lib/lazy.js");
console.log(lazy.default, lazy.loadedAt);
setTimeout(async () => {
  const fromTimer = await import("./lib/lazy.js");
  console.log("same module from a timer:", fromTimer === lazy);
}, 1);
try {
  await import("./does-not-exist.js");
} catch (error) {
  console.log("missing:", error.code);
}
