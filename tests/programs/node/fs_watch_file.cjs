// fs.watchFile and fs.unwatchFile against node, in a scratch folder (argv[2]): a file missing
// at first (the listener hears so at once), then made, grown and removed, each change waited
// for before the next.
const fs = require("fs");
const path = require("path");

const file = path.join(process.argv[2], "polled.txt");
const facts = (stats) => `size ${stats.size} file ${stats.isFile()} ${typeof stats.size}`;

const changes = [
  () => fs.writeFileSync(file, "abc"),
  () => fs.appendFileSync(file, "de"),
  () => fs.unlinkSync(file),
];
let heard = 0;
function listener(curr, prev) {
  console.log(`change ${heard}: this ${this === watcher}, curr ${facts(curr)}, prev ${facts(prev)}, newer ${curr.mtimeMs >= prev.mtimeMs}`);
  if (heard < changes.length) changes[heard++]();
  else fs.unwatchFile(file);
}
const watcher = fs.watchFile(file, { interval: 10 }, listener);
console.log(Object.getPrototypeOf(watcher).constructor.name, typeof watcher.ref, typeof watcher.unref, typeof watcher.stop);
watcher.on("stop", () => {
  console.log("stop");
  bigintStats();
});

// A second listener on the same file shares its watcher; unwatchFile with a listener removes
// that one only.
const other = () => console.log("never");
console.log("same watcher", fs.watchFile(file, { interval: 10 }, other) === watcher);
fs.unwatchFile(file, other);
fs.unwatchFile(path.join(process.argv[2], "never-watched"));

function bigintStats() {
  fs.watchFile(file, { interval: 10, bigint: true }, (curr, prev) => {
    console.log("bigint", typeof curr.size, curr.size, prev.size, curr.constructor.name);
    fs.unwatchFile(file);
    errors();
  });
}

function errors() {
  for (const args of [[5, () => {}], [file], [file, { interval: "10" }, () => {}], [file, 5, () => {}]]) {
    try {
      fs.watchFile(...args);
      console.log("no error");
    } catch (error) {
      console.log(error.name, error.code, error.message.replace(file, "FILE"));
    }
  }
  // A watcher that is not persistent does not keep the program running.
  fs.watchFile(file, { persistent: false }, () => {});
  fs.watchFile(__filename, () => {}).unref();
}
