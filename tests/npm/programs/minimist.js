// minimist's README: argv parsed into an object.
const parse = require("minimist");

console.log(parse(["-a", "beep", "-b", "boop"]));
console.log(parse(["-x", "3", "-y", "4", "-n5", "-abc", "--beep=boop", "foo", "bar", "baz"]));
console.log(parse(["--no-color", "--name", "x", "--", "-rest", "--args"], { "--": true }));
console.log(parse(["-h", "--verbose", "--port", "8080", "file"], { boolean: ["verbose"], string: ["port"], alias: { h: "help" }, default: { port: "80", mode: "dev" } }));
console.log(parse(["--a.b", "1", "--a.c=two", "-vvv"], { stopEarly: false }));
console.log(parse(["one", "--two", "three"], { stopEarly: true }));
console.log(parse(["--known", "--unknown"], { boolean: ["known"], unknown: (arg) => { console.log("unknown:", arg); return false; } }));
