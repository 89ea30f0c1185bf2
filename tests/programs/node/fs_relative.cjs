// node:fs from CommonJS, with paths relative to the working directory (the test's temporary
// directory), which process.chdir moves.
const fs = require("fs");
const fsPromises = require("fs/promises");
const path = require("path");

console.log(fs.promises === fsPromises, require("node:fs") === fs, typeof fs.readFileSync);
fs.mkdirSync("rel/inner", { recursive: true });
fs.writeFileSync("rel/inner/file.txt", "relative");
console.log(fs.readFileSync("rel/inner/file.txt", "utf8"), fs.existsSync("rel"), fs.existsSync("nope"));
console.log(fs.readdirSync("rel", { recursive: true }));
try {
  fs.readFileSync("rel/missing.txt");
} catch (error) {
  console.log(error.message, error.path);
}
try {
  fs.renameSync("rel/missing.txt", "rel/other.txt");
} catch (error) {
  console.log(error.message, error.path, error.dest);
}
process.chdir("rel");
console.log(fs.readFileSync("inner/file.txt", "utf8"), path.basename(fs.realpathSync(".")));
fs.readFile("inner/file.txt", "utf8", (error, text) => {
  console.log("callback", error, text);
  fsPromises.stat("inner").then((stats) => console.log("promise", stats.isDirectory()));
});
