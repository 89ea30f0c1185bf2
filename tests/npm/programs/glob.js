// glob 7's README: files matched by patterns, sync and with a callback (sorted, as glob sorts by default).
const glob = require("glob");
const path = require("path");

process.chdir(path.join(__dirname, ".."));
console.log(glob.sync("node_modules/ms/*"));
console.log(glob.sync("node_modules/{ms,bytes}/*.json"), glob.sync("node_modules/ms/*.md", { nodir: true, mark: true }));
console.log(glob.sync("**/license*", { cwd: "node_modules/ms", nocase: true }), glob.hasMagic("a/*.js"), glob.hasMagic("a/b.js"));
glob("node_modules/bytes/**/*.js", { ignore: "**/node_modules/**/node_modules/**" }, (error, files) => {
  console.log(error, files);
  const g = new glob.Glob("programs/fixtures/*.env", { stat: true }, (error2, found) => console.log("class", error2, found));
  g.on("match", (file) => console.log("match event", file));
});
