// pino's README: JSON logs to a destination, with levels, child loggers and serializers.
const pino = require("pino");
const { Writable } = require("stream");

let output = "";
const sink = new Writable({
  write(chunk, _encoding, done) {
    output += chunk;
    done();
  },
});
const logger = pino({ base: { service: "demo" }, timestamp: false, level: "debug" }, sink);
logger.info("hello world");
logger.debug({ user: "ann" }, "with an object");
logger.trace("not shown");
const child = logger.child({ a: "property" });
child.info("hello child!");
logger.error(new Error("kaboom"), "an error");
logger.warn("%s has %d items", "cart", 3);
logger.level = "error";
logger.info("hidden now");
console.log(logger.isLevelEnabled("warn"), logger.isLevelEnabled("error"), pino.levels.values);
setImmediate(() => {
  for (const line of output.trim().split("\n")) {
    const record = JSON.parse(line);
    if (record.err) record.err.stack = record.err.stack.split("\n")[0];
    console.log(record);
  }
  const custom = pino({ timestamp: false, base: undefined, formatters: { level: (label) => ({ level: label }) }, messageKey: "msg" }, sink);
  output = "";
  custom.info({ n: 1 }, "custom");
  setImmediate(() => console.log(output.trim()));
});
