// node:os against node on the same machine: every fact that does not change between two runs
// compared exactly, the rest (free memory, uptime, load, CPU times) by shape and range.
import os, { EOL, constants, devNull, platform, userInfo } from "node:os";
import * as namespace from "os";

const show = (value) => JSON.stringify(value);
function attempt(label, f) {
  try {
    console.log(label, show(f()));
  } catch (error) {
    console.log(label, error.name, error.code, error.message, show(error.info), error.errno, error.syscall, String(error));
  }
}

console.log(Object.keys(os).join(","));
console.log(namespace.default === os, namespace.platform === platform, show(EOL), devNull, os.EOL === EOL);
for (const name of ["platform", "type", "release", "version", "arch", "machine", "endianness", "availableParallelism", "tmpdir", "homedir", "hostname", "totalmem"]) {
  const value = os[name]();
  console.log(name, show(value), typeof value, os[name].length, `${os[name]}` === String(value));
}

// Values that move: their type and a plausible range.
const free = os.freemem();
console.log("freemem", Number.isInteger(free), free > 0 && free <= os.totalmem());
const uptime = os.uptime();
console.log("uptime", typeof uptime, uptime > 0);
const load = os.loadavg();
console.log("loadavg", Array.isArray(load), load.length, load.every((n) => typeof n === "number" && n >= 0));

const cpus = os.cpus();
console.log("cpus", cpus.length >= 1, show(cpus.map(({ model, speed }) => [model, speed])));
for (const cpu of cpus) {
  console.log(Object.keys(cpu).join(), Object.keys(cpu.times).join(), Object.values(cpu.times).every((n) => Number.isInteger(n) && n >= 0));
}

const interfaces = os.networkInterfaces();
console.log("networkInterfaces", show(interfaces));
for (const [name, addresses] of Object.entries(interfaces)) {
  for (const entry of addresses) console.log(name, Object.keys(entry).join(), entry.family, entry.internal);
}

console.log("userInfo", show(userInfo()), Object.getPrototypeOf(userInfo()));
for (const options of [undefined, null, "hex", "buffer", 5, [], {}, { encoding: null }, { encoding: "utf8" }, { encoding: "hex" }, { encoding: "base64" }, { encoding: "base64url" }, { encoding: "latin1" }, { encoding: "binary" }, { encoding: "ascii" }, { encoding: "ucs2" }, { encoding: "utf16le" }, { encoding: "bogus" }]) {
  const info = userInfo(options);
  console.log("userInfo", show(options), show([info.username, info.homedir, info.shell]), info.uid === userInfo().uid, info.gid);
}
const bytes = userInfo({ encoding: "buffer" });
console.log("buffer", bytes.username instanceof Uint8Array, [...bytes.username].join(), [...bytes.shell].join(), bytes.uid);

const current = os.getPriority();
attempt("getPriority()", () => os.getPriority() === current);
attempt("getPriority(0)", () => os.getPriority(0) === current);
attempt("getPriority(pid)", () => os.getPriority(process.pid) === current);
attempt("setPriority(same)", () => os.setPriority(current));
attempt("setPriority(0, same)", () => os.setPriority(0, current));
for (const args of [[999999], ["x"], [null], [1.5], [2 ** 31], [-(2 ** 31) - 1], [NaN], [Infinity], [-Infinity], [2 ** 32 + 0.5], [2 ** 40], [1n]]) {
  attempt(`getPriority ${String(args[0])}`, () => os.getPriority(...args));
}
for (const args of [[0, 50], [-21], [20], ["a"], [0, "a"], [1.5, 0], [999999, 1], [0, 1.5], [0, null], [undefined, 0]]) {
  attempt(`setPriority ${args.map(String).join(",")}`, () => os.setPriority(...args));
}

console.log("constants", show(constants), Object.getPrototypeOf(constants), Object.keys(constants).join());
for (const table of ["signals", "errno", "priority", "dlopen"]) {
  console.log(table, Object.getPrototypeOf(constants[table]), Object.isFrozen(constants[table]), Object.keys(constants[table]).length);
}
console.log(constants.signals.SIGTERM, constants.errno.ENOENT, constants.priority.PRIORITY_HIGHEST, constants.dlopen.RTLD_NOW, constants.UV_UDP_REUSEADDR);
