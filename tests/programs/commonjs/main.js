// CommonJS as Node runs it: require forms, module objects, cycles, errors, interop.
const lib = require("./lib");
const { add, twice } = require("./lib/math.js");
const data = require("./data.json");
console.log(lib.name, lib.cycleSawName, add(2, 3), twice(4), data);
console.log(typeof __filename, __filename.endsWith("commonjs/main.js"), __dirname.endsWith("/commonjs"));
console.log(require.main === module, module.id, module.loaded, this === module.exports);
console.log(module.children.map((child) => child.id.slice(__dirname.length)));
console.log(require("plain").where, require("plain/lib/extra").extra);
console.log(require("conditional").flavour, require("@scope/tool").tool);
console.log(require("#internal").internal);
console.log(require.resolve("./lib").slice(__dirname.length), require.resolve("plain").slice(__dirname.length));
console.log(Object.keys(require.cache).map((key) => key.slice(__dirname.length)).sort());
console.log(require("module") === require("node:module"), require("module").isBuiltin("node:module"), require("module").isBuiltin("node:nope"));
for (const bad of ["./missing", "missing-package", "conditional/hidden", "#nothing"]) {
  try {
    require(bad);
  } catch (error) {
    console.log(error.code, error.message.split("\n")[0].replace(__dirname, "<dir>"));
  }
}
try { require("./broken.json"); } catch (error) { console.log(error.name, error.message.startsWith(__filename.replace("main.js", "broken.json"))); }
const esm = require("./esm_in_cjs/values.mjs");
console.log(esm.value, esm.default, Object.keys(esm));
const plainEsm = require("./esm_in_cjs/named.mjs");
console.log(Object.keys(plainEsm), plainEsm.named);
delete require.cache[require.resolve("./lib/counter.js")];
console.log(require("./lib/counter.js").count, require("./lib/counter.js").count);
delete require.cache[require.resolve("./lib/counter.js")];
console.log(require("./lib/counter.js").count);
import("./interop.mjs").then((ns) => console.log("interop", ns.summary));
