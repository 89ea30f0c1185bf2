// The console global, as Node's: log/info/debug to stdout, warn/error/trace to stderr.
(function (core, ops) {
  "use strict";
  const STDOUT = 1;
  const STDERR = 2;
  let indentation = "";
  const counts = new Map();
  const timers = new Map();

  function write(stream, text) {
    if (indentation !== "") text = indentation + text.replace(/\n/g, `\n${indentation}`);
    ops.write(stream, text + "\n");
  }

  function formatDuration(ms) {
    if (ms >= 1000) return `${(ms / 1000).toFixed(3)}s`;
    return `${ms.toFixed(3)}ms`;
  }

  function renderTable(head, columns) {
    const widths = head.map((h, i) => Math.max(h.length, ...columns[i].map((cell) => cell.length)) + 2);
    const line = (left, middle, right) => left + widths.map((w) => "─".repeat(w)).join(middle) + right;
    const row = (cells) => "│" + cells.map((cell, i) => " " + cell.padEnd(widths[i] - 1)).join("│") + "│";
    const rows = columns[0].map((_, r) => row(columns.map((column) => column[r])));
    return [line("┌", "┬", "┐"), row(head), line("├", "┼", "┤"), ...rows, line("└", "┴", "┘")].join("\n");
  }

  const console = {
    log(...args) { write(STDOUT, core.format(...args)); },
    info(...args) { write(STDOUT, core.format(...args)); },
    debug(...args) { write(STDOUT, core.format(...args)); },
    warn(...args) { write(STDERR, core.format(...args)); },
    error(...args) { write(STDERR, core.format(...args)); },
    trace(...args) {
      const error = { name: "Trace", message: core.format(...args) };
      Error.captureStackTrace(error, console.trace);
      write(STDERR, error.stack);
    },
    assert(condition, ...args) {
      if (condition) return;
      if (typeof args[0] === "string") args[0] = `Assertion failed: ${args[0]}`;
      else args.unshift("Assertion failed");
      write(STDERR, core.format(...args));
    },
    dir(value, options) { write(STDOUT, core.inspect(value, options)); },
    table(data, properties) {
      if (data === null || typeof data !== "object") return console.log(data);
      const indexHeader = "(index)";
      const valuesHeader = "Values";
      const keys = [];
      const rows = [];
      let hasValues = false;
      const entries = data instanceof Map ? [...data.entries()] : Object.entries(data);
      for (const [index, value] of entries) {
        const row = { index: String(index), cells: new Map() };
        if (value !== null && typeof value === "object") {
          for (const key of Object.keys(value)) {
            if (properties && !properties.includes(key)) continue;
            if (!keys.includes(key)) keys.push(key);
            row.cells.set(key, core.inspect(value[key], { depth: 1, breakLength: Infinity }));
          }
        } else {
          hasValues = true;
          row.value = core.inspect(value);
        }
        rows.push(row);
      }
      const head = [indexHeader, ...keys, ...(hasValues ? [valuesHeader] : [])];
      const columns = head.map(() => []);
      for (const row of rows) {
        columns[0].push(row.index);
        keys.forEach((key, i) => columns[i + 1].push(row.cells.get(key) ?? ""));
        if (hasValues) columns[head.length - 1].push(row.value ?? "");
      }
      write(STDOUT, renderTable(head, columns));
    },
    time(label = "default") {
      label = String(label);
      if (timers.has(label)) return console.warn(`Warning: Label '${label}' already exists for console.time()`);
      timers.set(label, ops.now());
    },
    timeEnd(label = "default") {
      label = String(label);
      if (!timers.has(label)) return console.warn(`Warning: No such label '${label}' for console.timeEnd()`);
      write(STDOUT, `${label}: ${formatDuration(ops.now() - timers.get(label))}`);
      timers.delete(label);
    },
    timeLog(label = "default", ...data) {
      label = String(label);
      if (!timers.has(label)) return console.warn(`Warning: No such label '${label}' for console.timeLog()`);
      write(STDOUT, core.format(`${label}: ${formatDuration(ops.now() - timers.get(label))}`, ...data));
    },
    count(label = "default") {
      label = String(label);
      const count = (counts.get(label) || 0) + 1;
      counts.set(label, count);
      write(STDOUT, `${label}: ${count}`);
    },
    countReset(label = "default") {
      label = String(label);
      if (!counts.has(label)) return console.warn(`Warning: Count for '${label}' does not exist`);
      counts.set(label, 0);
    },
    group(...label) {
      if (label.length > 0) console.log(...label);
      indentation += "  ";
    },
    groupCollapsed(...label) { console.group(...label); },
    groupEnd() { indentation = indentation.slice(0, -2); },
  };
  core.nonEnumerable(console);
  Object.defineProperty(console, Symbol.toStringTag, { value: "console", configurable: true });
  core.defineGlobal("console", console);
  core.defineGlobal("print", (...args) => ops.write(STDOUT, args.map(String).join(" ") + "\n"));
})
