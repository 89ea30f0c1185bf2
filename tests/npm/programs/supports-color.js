// supports-color 7's README: what the standard streams support (piped here: nothing).
const supportsColor = require("supports-color");

console.log(supportsColor.stdout, supportsColor.stderr);
console.log(typeof supportsColor.supportsColor);
if (supportsColor.stdout) {
  console.log("Terminal stdout supports color");
} else {
  console.log("no colours on a pipe");
}
