// A .ts file in a package of "type": "commonjs" is CommonJS: require, module, __filename.
const path: typeof import("node:path") = require("node:path");
const lib: { twice(n: number): number } = require("./lib.ts");
console.log(typeof module, path.basename(__filename), lib.twice(21));
