// A minimal Node-style `process`: what npm code commonly checks.
(function (core, ops) {
  "use strict";
  const { BigInt, MathRound, Number, ObjectAssign, String, TypeError } = core.primordials;
  const env = new Proxy(Object.create(null), {
    get(_, name) { return typeof name === "string" ? ops.getEnv(name) : undefined; },
    has(_, name) { return typeof name === "string" && ops.getEnv(name) !== undefined; },
    ownKeys() { return ops.envKeys(); },
    getOwnPropertyDescriptor(_, name) {
      const value = typeof name === "string" ? ops.getEnv(name) : undefined;
      return value === undefined ? undefined : { value, writable: false, enumerable: true, configurable: true };
    },
    // As in Node, values become strings; symbols are refused.
    set(_, name, value) {
      if (typeof name !== "string") throw new TypeError("Cannot convert a Symbol value to a string");
      ops.setEnv(name, String(value));
      core.environmentChanged();
      return true;
    },
    deleteProperty(_, name) {
      if (typeof name === "string") ops.deleteEnv(name);
      core.environmentChanged();
      return true;
    },
    // Nothing may reach the (empty) target: a property or a freeze there would break what
    // ownKeys reports, and every later Object.keys(process.env) would throw.
    defineProperty(_, name) { throw new TypeError(`process.env takes plain assignments only (defining '${String(name)}')`); },
    preventExtensions() { throw new TypeError("process.env cannot be frozen or sealed"); },
    setPrototypeOf() { return false; },
  });
  let exitCode;
  const process = {
    env,
    get exitCode() { return exitCode; },
    set exitCode(code) { exitCode = code; },
    exit(code) {
      ops.exit(code === undefined ? (exitCode ?? 0) : code);
    },
    cwd() { return ops.cwd(); },
    chdir(directory) {
      if (typeof directory !== "string") {
        throw core.requireBuiltin("internal/errors").invalidArgType("directory", "string", directory);
      }
      ops.chdir(directory);
    },
    uptime() { return ops.now() / 1000; },
    umask() { return ops.umask(); },
    memoryUsage: ObjectAssign(function memoryUsage() { return ops.memoryUsage(); }, {
      rss() { return ops.memoryUsage().rss; },
    }),
    getuid() { return ops.userIds()[0]; },
    geteuid() { return ops.userIds()[1]; },
    getgid() { return ops.userIds()[2]; },
    getegid() { return ops.userIds()[3]; },
    // A built-in's exports, or undefined (Node 22.3).
    getBuiltinModule(id) {
      let name;
      try {
        name = core.builtinName(id);
      } catch {
        return undefined; // "node:" and no such built-in
      }
      return name === undefined ? undefined : core.requireBuiltin(name);
    },
    execArgv: [],
    title: "toyjs",
    release: { name: "node" },
    features: { inspector: false, debug: false, uv: false, ipv6: true, tls_alpn: false, tls_sni: false, tls_ocsp: false, tls: false },
    nextTick: core.nextTick,
    hrtime: Object.assign(function hrtime(previous) {
      const ns = BigInt(MathRound(ops.now() * 1e6));
      let seconds = Number(ns / 1000000000n), nanos = Number(ns % 1000000000n);
      if (previous) {
        seconds -= previous[0];
        nanos -= previous[1];
        if (nanos < 0) { seconds -= 1; nanos += 1e9; }
      }
      return [seconds, nanos];
    }, { bigint: () => BigInt(MathRound(ops.now() * 1e6)) }),
  };
  // process.stdin, stdout and stderr: Node's streams (node/internal/stdio.js), made when a
  // program first reads them.
  const standardStreams = { __proto__: null };
  function standardStream(name, make) {
    Object.defineProperty(process, name, {
      get() {
        standardStreams[name] ??= make(core.requireBuiltin("internal/stdio"));
        return standardStreams[name];
      },
      enumerable: true,
      configurable: true,
    });
  }
  // The stream `name` when the program has made it, else undefined (console's writes go to
  // it when the program replaced its write method).
  core.madeStandardStream = (name) => standardStreams[name];
  standardStream("stdin", (stdio) => stdio.makeStdin());
  standardStream("stdout", (stdio) => stdio.makeWriter(1));
  standardStream("stderr", (stdio) => stdio.makeWriter(2));
  core.whenStarted(() => {
    const info = ops.processInfo();
    for (const key of ["argv", "platform", "arch", "pid", "ppid", "version", "versions", "execPath"]) {
      process[key] = info[key];
    }
  });
  Object.defineProperty(process, Symbol.toStringTag, { value: "process", configurable: true });
  core.process = process;
  core.exitCode = () => exitCode;
  core.defineGlobal("process", process);
})
