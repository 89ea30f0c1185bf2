// fs-extra's README: fs plus JSON files, existence checks and promise forms (reading only).
const fse = require("fs-extra");
const path = require("path");

const here = path.join(__dirname, "..");
const pkg = fse.readJsonSync(path.join(here, "package.json"));
console.log(pkg.name, typeof pkg.dependencies, fse.pathExistsSync(path.join(here, "package.json")), fse.pathExistsSync(path.join(here, "nope")));
console.log(fse.readFileSync(path.join(__dirname, "fixtures", "app.env"), "utf8").split("\n")[0], typeof fse.copy, typeof fse.ensureDir);
fse.readJson(path.join(here, "node_modules", "ms", "package.json")).then((ms) => {
  console.log("promise:", ms.name, ms.version);
  return fse.pathExists(path.join(here, "programs"));
}).then((exists) => {
  console.log("exists:", exists);
  fse.readJson(path.join(here, "missing.json"), (error) => {
    console.log("callback error:", error.code, error.syscall);
    return fse.readdir(path.join(here, "node_modules", "ms")).then((names) => console.log(names.sort()));
  });
});
