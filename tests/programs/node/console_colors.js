// What the global console colours: values it inspects, when its stream is a terminal that has
// colours (or FORCE_COLOR asks); never strings written as they are. util.styleText asks the
// same of its stream.
"use strict";
console.log({ a: 1, s: "x" }, "plain", 2, [null, undefined]);
console.log("a string alone, never coloured: %s", "x");
console.error({ b: "s" }, new Map([[1, true]]));
console.log("%o %s %d %O %j", { c: 1 }, { d: 2 }, 3, [4n], { e: 5 });
console.dir({ f: 1 });
console.dir({ g: 1 }, { colors: false });
console.table([{ a: 1, b: "x" }, 2]);
console.group({ group: 1 });
console.info({ nested: [1, 2] });
console.groupEnd();
console.warn(Symbol("w"));
console.log(Array.from({ length: 26 }, (_, i) => i * 3));
const { styleText } = require("node:util");
console.log(JSON.stringify([styleText("red", "x"), styleText("bold", "y", { stream: process.stderr }), styleText(["green"], "z")]));
const { stdout } = process;
console.log(stdout.isTTY ? `terminal ${stdout.getColorDepth()} ${stdout.hasColors()}` : "not a terminal");
console.log({ before: "change" });
process.env.NO_COLOR = "1";
console.log({ after: "NO_COLOR set by the program" });
