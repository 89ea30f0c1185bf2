// debug's README: namespaced loggers, enabled by name, written to stderr.
// No dates and no colours, so that the output does not depend on the clock or the terminal.
process.env.DEBUG_HIDE_DATE = "true";
process.env.DEBUG_COLORS = "false";
const debug = require("debug");

debug.enable("http,worker:*,-worker:b");
const http = debug("http");
const workerA = debug("worker:a");
const workerB = debug("worker:b");
http("booting %o", "My App");
http("request %s %d %j", "GET", 200, { path: "/" });
workerA("doing lots of uninteresting work");
workerB("this one is disabled");
console.log(http.enabled, workerA.enabled, workerB.enabled, debug.enabled("other"));
const extended = http.extend("auth");
extended("extended namespace %O", { user: "ann", roles: ["admin"] });
debug.formatters.h = (value) => value.toString("hex");
http("buffer %h", Buffer.from("hi"));
const logged = [];
const custom = debug("custom");
custom.enabled = true;
custom.log = (...args) => logged.push(args.join(" "));
custom("to a function %d", 3);
console.log(logged);
console.log(debug.disable());
