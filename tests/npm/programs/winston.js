// winston's README: a logger with levels, formats and transports (the console, and a stream).
const winston = require("winston");
const { Writable } = require("stream");

const lines = [];
const sink = new Writable({
  objectMode: true,
  write(info, _encoding, done) {
    lines.push(info[Symbol.for("message")]);
    done();
  },
});
const logger = winston.createLogger({
  level: "info",
  format: winston.format.json(),
  defaultMeta: { service: "user-service" },
  transports: [new winston.transports.Stream({ stream: sink })],
});
logger.info("Hello distributed log files!");
logger.warn("careful", { detail: 42 });
logger.debug("not shown");
logger.log({ level: "error", message: "boom", code: "E1" });
logger.info("%s is %d years", "Ann", 30, { extra: true });

const plain = winston.createLogger({
  level: "debug",
  format: winston.format.combine(
    winston.format.label({ label: "app" }),
    winston.format.splat(),
    winston.format.printf(({ level, message, label }) => `[${label}] ${level}: ${message}`),
  ),
  transports: [new winston.transports.Console({ forceConsole: true })],
});
plain.debug("to the console %o", { a: 1 });
plain.error("an error");
const child = logger.child({ requestId: "r-1" });
child.info("from the child");
console.log(lines.join("\n"));
console.log(Object.keys(winston.config.npm.levels), winston.format.simple().transform({ level: "info", message: "hi", a: 1 })[Symbol.for("message")]);
