// strip-ansi 6's README.
const stripAnsi = require("strip-ansi");

console.log(stripAnsi("\u001B[4mUnicorn\u001B[0m"));
console.log(stripAnsi("\u001B]8;;https://github.com\u0007Click\u001B]8;;\u0007"));
console.log(JSON.stringify(stripAnsi("\u001B[31;1mred bold\u001B[39;22m and \u001B[38;5;208morange\u001B[39m")));
