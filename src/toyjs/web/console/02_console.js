// The console global, as Node's: log/info/debug to stdout, warn/error/trace to stderr.
(function (core, ops) {
  "use strict";
  const {
    SafeMap, ArrayPrototypeIncludes, ArrayPrototypeJoin, ArrayPrototypeMap, ArrayPrototypePush,
    ArrayPrototypeUnshift, ObjectEntries, ObjectKeys, MapPrototypeForEach, MathMax, NumberPrototypeToFixed,
    StringPrototypeRepeat, StringPrototypeSlice, RegExpPrototypeSymbolReplace,
    ErrorCaptureStackTrace, Map, String,
  } = core.primordials;
  const { formatWithOptions, withoutColors } = core;
  const STDOUT = 1;
  const STDERR = 2;

  function formatDuration(ms) {
    if (ms >= 1000) return `${NumberPrototypeToFixed(ms / 1000, 3)}s`;
    return `${NumberPrototypeToFixed(ms, 3)}ms`;
  }

  // (Cells may be coloured: their widths leave the colour codes out.)
  function renderTable(head, columns) {
    const width = (cell) => withoutColors(cell).length;
    const widths = ArrayPrototypeMap(head, (h, i) => {
      let widest = h.length;
      for (let r = 0; r < columns[i].length; r++) widest = MathMax(widest, width(columns[i][r]));
      return widest + 2;
    });
    const line = (left, middle, right) => left + ArrayPrototypeJoin(ArrayPrototypeMap(widths, (w) => StringPrototypeRepeat("─", w)), middle) + right;
    const padded = (cell, to) => cell + StringPrototypeRepeat(" ", MathMax(to - width(cell), 0));
    const row = (cells) => "│" + ArrayPrototypeJoin(ArrayPrototypeMap(cells, (cell, i) => " " + padded(cell, widths[i] - 1)), "│") + "│";
    const lines = [line("┌", "┬", "┐"), row(head), line("├", "┼", "┤")];
    for (let r = 0; r < columns[0].length; r++) ArrayPrototypePush(lines, row(ArrayPrototypeMap(columns, (column) => column[r])));
    ArrayPrototypePush(lines, line("└", "┴", "┘"));
    return ArrayPrototypeJoin(lines, "\n");
  }

  // A console: its methods write lines through `output.out(text)` and `output.err(text)`, and
  // report misuse (an unknown label) through `output.warn(text)`. `inspectOptions` are how it
  // shows values; `groupIndentation`, the spaces each group adds. `output.colors(stream)`, when
  // there is one, says whether values inspected for STDOUT or STDERR are coloured (asked at
  // each write, unless inspectOptions decide). The global console is one; node:console's
  // Console class makes others.
  function makeConsole(output, inspectOptions = {}, groupIndentation = 2) {
    let indentation = "";
    const counts = new SafeMap();
    const timers = new SafeMap();
    const groupStep = StringPrototypeRepeat(" ", groupIndentation);
    const decidesColors = typeof output.colors === "function" && inspectOptions.colors === undefined;
    // The options for values written to `stream`. (Arguments that are all strings are written
    // as they are: nothing to colour, nothing to ask.)
    const optionsFor = (stream, inspecting) => {
      if (!decidesColors || !inspecting) return inspectOptions;
      return { ...inspectOptions, colors: output.colors(stream) };
    };
    const format = (args, stream = STDOUT) => formatWithOptions(optionsFor(stream, needsInspecting(args)), args);
    const inspect = (value, options) => core.inspect(value, { ...optionsFor(STDOUT, true), ...options });

    function write(stream, text) {
      if (indentation !== "") text = indentation + RegExpPrototypeSymbolReplace(/\n/g, text, `\n${indentation}`);
      if (stream === STDOUT) output.out(`${text}\n`);
      else output.err(`${text}\n`);
    }

    const console = {
      log(...args) { write(STDOUT, format(args)); },
      info(...args) { write(STDOUT, format(args)); },
      debug(...args) { write(STDOUT, format(args)); },
      warn(...args) { write(STDERR, format(args, STDERR)); },
      error(...args) { write(STDERR, format(args, STDERR)); },
      trace(...args) {
        const error = { name: "Trace", message: format(args, STDERR) };
        ErrorCaptureStackTrace(error, console.trace);
        write(STDERR, error.stack);
      },
      assert(condition = undefined, ...args) {
        if (condition) return;
        if (typeof args[0] === "string") args[0] = `Assertion failed: ${args[0]}`;
        else ArrayPrototypeUnshift(args, "Assertion failed");
        write(STDERR, format(args, STDERR));
      },
      // (As node's: a value's own [util.inspect.custom] is not used unless the options ask.)
      dir(value = undefined, options = undefined) { write(STDOUT, inspect(value, { customInspect: false, ...options })); },
      table(data = undefined, properties = undefined) {
        if (data === null || typeof data !== "object") return write(STDOUT, format([data]));
        const indexHeader = "(index)";
        const valuesHeader = "Values";
        const keys = [];
        const rows = [];
        let hasValues = false;
        let entries = [];
        if (data instanceof Map) MapPrototypeForEach(data, (value, key) => ArrayPrototypePush(entries, [key, value]));
        else entries = ObjectEntries(data);
        for (let e = 0; e < entries.length; e++) {
          const value = entries[e][1];
          const row = { index: String(entries[e][0]), cells: new SafeMap() };
          if (value !== null && typeof value === "object") {
            const valueKeys = ObjectKeys(value);
            for (let k = 0; k < valueKeys.length; k++) {
              const key = valueKeys[k];
              if (properties && !ArrayPrototypeIncludes(properties, key)) continue;
              if (!ArrayPrototypeIncludes(keys, key)) ArrayPrototypePush(keys, key);
              row.cells.set(key, inspect(value[key], { depth: 1, breakLength: Infinity }));
            }
          } else {
            hasValues = true;
            row.value = inspect(value);
          }
          ArrayPrototypePush(rows, row);
        }
        const head = [indexHeader];
        for (let k = 0; k < keys.length; k++) ArrayPrototypePush(head, keys[k]);
        if (hasValues) ArrayPrototypePush(head, valuesHeader);
        const columns = ArrayPrototypeMap(head, () => []);
        for (let r = 0; r < rows.length; r++) {
          const row = rows[r];
          ArrayPrototypePush(columns[0], row.index);
          for (let k = 0; k < keys.length; k++) ArrayPrototypePush(columns[k + 1], row.cells.get(keys[k]) ?? "");
          if (hasValues) ArrayPrototypePush(columns[head.length - 1], row.value ?? "");
        }
        write(STDOUT, renderTable(head, columns));
      },
      time(label = "default") {
        label = String(label);
        if (timers.has(label)) return output.warn(`Label '${label}' already exists for console.time()`);
        timers.set(label, ops.now());
      },
      timeEnd(label = "default") {
        label = String(label);
        if (!timers.has(label)) return output.warn(`No such label '${label}' for console.timeEnd()`);
        write(STDOUT, `${label}: ${formatDuration(ops.now() - timers.get(label))}`);
        timers.delete(label);
      },
      timeLog(label = "default", ...data) {
        label = String(label);
        if (!timers.has(label)) return output.warn(`No such label '${label}' for console.timeLog()`);
        ArrayPrototypeUnshift(data, `${label}: ${formatDuration(ops.now() - timers.get(label))}`);
        write(STDOUT, format(data));
      },
      count(label = "default") {
        label = String(label);
        const count = (counts.get(label) || 0) + 1;
        counts.set(label, count);
        write(STDOUT, `${label}: ${count}`);
      },
      countReset(label = "default") {
        label = String(label);
        if (!counts.has(label)) return output.warn(`Count for '${label}' does not exist`);
        counts.set(label, 0);
      },
      group(...label) { group(label); },
      groupCollapsed(...label) { group(label); },
      groupEnd() { indentation = StringPrototypeSlice(indentation, 0, indentation.length - groupStep.length); },
      dirxml(...args) { write(STDOUT, format(args)); },
      // A console of its own (counters, timers, groups) writing to the same place.
      context() { return makeConsole(output, inspectOptions, groupIndentation); },
      // The inspector's: nothing to do without one attached (clear only clears terminals).
      clear() {},
      profile() {},
      profileEnd() {},
      timeStamp() {},
      createTask() { return { run: (fn) => fn() }; },
    };
    function group(label) {
      if (label.length > 0) write(STDOUT, format(label));
      indentation += groupStep;
    }
    return console;
  }
  core.makeConsole = makeConsole;

  function needsInspecting(args) {
    for (let i = 0; i < args.length; i++) if (typeof args[i] !== "string") return true;
    return false;
  }

  // The global console writes where process.stdout and process.stderr do: straight to the
  // descriptor, unless the program replaced the stream's write method (to capture output), as
  // Node's console calls it.
  function standardOutput(fd, name) {
    return (text) => {
      const stream = core.madeStandardStream?.(name);
      if (stream !== undefined && stream.write !== core.standardWrite) stream.write(text);
      else ops.write(fd, text);
    };
  }
  const err = standardOutput(STDERR, "stderr");
  const console = makeConsole({
    out: standardOutput(STDOUT, "stdout"),
    err,
    warn: (text) => err(`Warning: ${text}\n`),
    // As node's console (colorMode 'auto'): colours where the stream is a terminal that has
    // them, or where FORCE_COLOR asks (web/console/00_terminal_colors.js).
    colors: (stream) => core.standardStreamHasColors(stream),
  });
  core.nonEnumerable(console);
  core.console = console; // (node:console's export, whatever a program makes of the global)
  Object.defineProperty(console, Symbol.toStringTag, { value: "console", configurable: true });
  // The console namespace's prototype: an empty object of its own (Console Standard, as Node).
  Object.setPrototypeOf(console, Object.create(Object.prototype));
  core.defineGlobal("console", console);
  core.defineGlobal("print", (...args) => ops.write(STDOUT, ArrayPrototypeJoin(ArrayPrototypeMap(args, (arg) => String(arg)), " ") + "\n"));
})
