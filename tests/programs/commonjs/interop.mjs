// ES modules importing CommonJS: module.exports as the default, detected names as named exports.
import lib, { name } from "./lib/index.js";
import math, { add } from "./lib/math.js";
import { flavour } from "conditional";
import { createRequire } from "node:module";
const require = createRequire(import.meta.url);
export const summary = [lib.name, name, add(1, 2), typeof math.twice, flavour, require("./data.json").list.length].join(" ");
