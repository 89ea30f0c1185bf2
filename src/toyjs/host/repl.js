// The REPL's JS side (src/toyjs/cli/repl): how a line is turned into a script (a leading `{`
// as an object, top-level `await`), the names it declares, `_` and `_error`, and the
// candidates Tab offers. Evaluated once as a function of (core, global); returns the
// helper's functions.
//
// Top-level await: a classic script cannot await, so input that uses `await` and parses as an
// async function's body is run inside one. Its top-level declarations are hoisted out of it (as `let` for
// let/const/class, `var` for var/function) and become assignments, so they stay visible on
// later lines as node's REPL keeps them; its last expression statement is its value.
(function (core, global) {
  "use strict";
  const {
    ArrayPrototypeJoin, ArrayPrototypePush, ArrayPrototypeSlice, ArrayPrototypeSort, ArrayPrototypeUnshift, Function,
    Object, ObjectGetOwnPropertyDescriptor, ObjectGetOwnPropertyNames, ObjectGetPrototypeOf, ObjectDefineProperty,
    PromisePrototypeThen, RegExpPrototypeExec, SafeSet, StringPrototypeIndexOf, StringPrototypeSlice, StringPrototypeSplit,
    StringPrototypeTrim,
  } = core.primordials;
  const AsyncFunction = ObjectGetPrototypeOf(async function () {}).constructor;
  const indirectEval = global.eval;

  function parses(constructor, source) {
    try {
      constructor(source);
      return true;
    } catch {
      return false;
    }
  }

  // ── Tokens: enough of JS's lexical grammar to find statements and declarations ──

  const PUNCTUATION = /^(?:\.\.\.|\?\?=|\?\.|=>|[=!]==?|[<>]=?|&&=?|\|\|=?|\?\?|\+\+|--|[-+*/%&|^]=?|\*\*=?|<<=?|>>>?=?|[{}()[\];,<>?:~.!=])/;
  const NAME = /^[A-Za-z_$\u0080-\uffff][\w$\u0080-\uffff]*/;
  const NUMBER = /^(?:0[xXoObB][\da-fA-F_]+n?|\d[\d_]*\.?[\d_]*(?:[eE][-+]?\d+)?n?|\.\d[\d_]*(?:[eE][-+]?\d+)?)/;
  const AFTER_VALUE = new SafeSet([")", "]", "}"]);
  const BEFORE_EXPRESSION = new SafeSet(["return", "typeof", "instanceof", "in", "of", "new", "delete", "void", "throw", "case", "do", "else", "yield", "await"]);

  // The end of the quoted string, template or regular expression starting at `start`.
  function skipQuoted(source, start, quote) {
    let i = start + 1;
    let inClass = false;
    while (i < source.length) {
      const char = source[i];
      if (char === "\\") i += 2;
      else if (quote === "`" && char === "$" && source[i + 1] === "{") i = skipBraces(source, i + 2);
      else if (quote === "/" && (char === "[" || char === "]")) { inClass = char === "["; i++; }
      else if (char === quote && !inClass) return i + 1;
      else if (quote !== "`" && char === "\n") return i;
      else i++;
    }
    return i;
  }

  // The end of a template's `${...}` (after its closing brace).
  function skipBraces(source, start) {
    const tokens = tokenize(source, start, true);
    return tokens.end;
  }

  // Tokens from `start`; with `untilClose`, it stops after the `}` that closes a `${`.
  function tokenize(source, start = 0, untilClose = false) {
    const tokens = [];
    let depth = 0;
    let i = start;
    let newline = false;
    while (i < source.length) {
      const char = source[i];
      if (char === "\n") { newline = true; i++; continue; }
      if (char === " " || char === "\t" || char === "\r") { i++; continue; }
      if (char === "/" && source[i + 1] === "/") {
        while (i < source.length && source[i] !== "\n") i++;
        continue;
      }
      if (char === "/" && source[i + 1] === "*") {
        const end = StringPrototypeIndexOf(source, "*/", i + 2);
        i = end < 0 ? source.length : end + 2;
        continue;
      }
      const previous = tokens[tokens.length - 1];
      let type, end;
      if (char === "'" || char === '"' || char === "`") {
        type = "string";
        end = skipQuoted(source, i, char);
      } else if (char === "/" && (previous === undefined || (previous.type === "punct" && !AFTER_VALUE.has(previous.text)) ||
                                  (previous.type === "name" && BEFORE_EXPRESSION.has(previous.text)))) {
        type = "regex";
        end = skipQuoted(source, i, "/");
        const flags = RegExpPrototypeExec(/^[a-z]*/, StringPrototypeSlice(source, end));
        end += flags[0].length;
      } else {
        const rest = StringPrototypeSlice(source, i);
        let match;
        if ((match = RegExpPrototypeExec(NUMBER, rest)) !== null) type = "number";
        else if ((match = RegExpPrototypeExec(NAME, rest)) !== null) type = "name";
        else if ((match = RegExpPrototypeExec(PUNCTUATION, rest)) !== null) type = "punct";
        else match = [char], type = "punct";
        end = i + match[0].length;
      }
      const text = StringPrototypeSlice(source, i, end);
      if (untilClose && type === "punct") {
        if (text === "{") depth++;
        else if (text === "}" && depth-- === 0) return { tokens, end };
      }
      ArrayPrototypePush(tokens, { type, text, start: i, end, newline });
      newline = false;
      i = end;
    }
    return { tokens, end: i };
  }

  // ── Statements and declarations ──

  const OPENING = { "(": 1, "[": 1, "{": 1 };
  const CLOSING = { ")": 1, "]": 1, "}": 1 };
  const CONTINUING = new SafeSet(["else", "catch", "finally", "while", "instanceof", "in", "of"]);

  // Whether a line break before `token` (at the top level) ends the statement before it.
  function endsStatement(previous, token) {
    const ended = previous.type !== "punct" || AFTER_VALUE.has(previous.text);
    const starts = token.type === "punct" ? token.text === "{" || token.text === "!" || token.text === "~" : !CONTINUING.has(token.text);
    return ended && starts;
  }

  // The top-level statements, each a list of tokens.
  function statements(tokens) {
    const found = [];
    let current = [];
    let depth = 0;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      if (depth === 0 && token.newline && current.length > 0 && endsStatement(current[current.length - 1], token)) {
        ArrayPrototypePush(found, current);
        current = [];
      }
      ArrayPrototypePush(current, token);
      if (token.type === "punct") {
        if (OPENING[token.text]) depth++;
        else if (CLOSING[token.text]) depth--;
        else if (token.text === ";" && depth === 0) {
          ArrayPrototypePush(found, current);
          current = [];
        }
      }
    }
    if (current.length > 0) ArrayPrototypePush(found, current);
    return found;
  }

  // A statement's tokens split at its top-level commas (a declaration's declarators).
  function splitAtCommas(tokens) {
    const parts = [[]];
    let depth = 0;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      if (token.type === "punct") {
        if (OPENING[token.text]) depth++;
        else if (CLOSING[token.text]) depth--;
        else if (token.text === "," && depth === 0) { ArrayPrototypePush(parts, []); continue; }
      }
      ArrayPrototypePush(parts[parts.length - 1], token);
    }
    return parts;
  }

  // The names a binding pattern (`x`, `{ a, b: [c], d = 1, ...e }`) declares: names followed
  // by `,`, a closing bracket or `=`, except property keys (followed by `:`) and default values.
  function boundNames(pattern) {
    const names = [];
    let skipping = -1; // the depth of a default value being skipped
    let depth = 0;
    for (let i = 0; i < pattern.length; i++) {
      const token = pattern[i];
      if (token.type === "punct" && OPENING[token.text]) { depth++; continue; }
      if (token.type === "punct" && CLOSING[token.text]) {
        depth--;
        if (depth < skipping) skipping = -1;
        continue;
      }
      if (skipping >= 0) {
        if (depth === skipping && token.text === ",") skipping = -1;
        continue;
      }
      if (token.text === "=") { skipping = depth; continue; }
      const next = pattern[i + 1];
      if (token.type === "name" && (next === undefined || next.text !== ":")) ArrayPrototypePush(names, token.text);
    }
    return names;
  }

  function textOf(source, tokens) {
    return StringPrototypeSlice(source, tokens[0].start, tokens[tokens.length - 1].end);
  }

  // What a top-level statement declares: { kind: "let" | "var", names, assignment } where
  // `assignment` is the statement without its declaration (null when it is not one).
  function declaration(source, tokens) {
    const first = tokens[0].text;
    const second = tokens[1] !== undefined ? tokens[1] : {};
    if ((first === "let" || first === "const" || first === "var") && (second.type === "name" || second.text === "{" || second.text === "[")) {
      let body = ArrayPrototypeSlice(tokens, 1);
      if (body[body.length - 1].text === ";") body = ArrayPrototypeSlice(body, 0, body.length - 1);
      const names = [];
      const assignments = [];
      const declarators = splitAtCommas(body);
      for (let i = 0; i < declarators.length; i++) {
        const declarator = declarators[i];
        let equals = 0;
        while (equals < declarator.length && declarator[equals].text !== "=") equals++;
        const bound = boundNames(ArrayPrototypeSlice(declarator, 0, equals));
        for (let j = 0; j < bound.length; j++) ArrayPrototypePush(names, bound[j]);
        if (equals < declarator.length) ArrayPrototypePush(assignments, `void (${textOf(source, declarator)});`);
      }
      return { kind: first === "var" ? "var" : "let", names, assignment: ArrayPrototypeJoin(assignments, " ") };
    }
    if (first === "class" && second.type === "name") {
      return { kind: "let", names: [second.text], assignment: `${second.text} = ${textOf(source, tokens)};` };
    }
    const isAsync = first === "async" && second.text === "function";
    const keyword = isAsync ? 1 : 0;
    if (tokens[keyword].text === "function") {
      const name = tokens[keyword + 1].text === "*" ? tokens[keyword + 2] : tokens[keyword + 1];
      if (name !== undefined && name.type === "name") {
        return { kind: "var", names: [name.text], assignment: `${name.text} = ${textOf(source, tokens)};` };
      }
    }
    return null;
  }

  const STATEMENT_KEYWORDS = new SafeSet([
    "if", "for", "while", "do", "switch", "try", "throw", "return", "break", "continue", "label", "import", "export",
    "debugger", "with",
  ]);

  // Names the REPL knows are declared with let, const or class at the top level (they are not
  // properties of the global object, and Tab offers them).
  const lexicalNames = new SafeSet();

  // Whether `await` is written (it is a name in a classic script, `await [1]` an index).
  function mentionsAwait(tokens) {
    for (let i = 0; i < tokens.length; i++) if (tokens[i].type === "name" && tokens[i].text === "await") return true;
    return false;
  }

  // The script to run for `source`: { code, awaited }, `awaited` when it is an async
  // function's call whose promise gives { value } (the last expression's) or undefined.
  function prepare(source) {
    const trimmed = StringPrototypeTrim(source);
    if (RegExpPrototypeExec(/^\{/, trimmed) !== null && RegExpPrototypeExec(/;$/, trimmed) === null &&
        parses(Function, `return (${trimmed}\n)`)) {
      source = `(${trimmed}\n)`;
    }
    const tokens = tokenize(source).tokens;
    const found = statements(tokens);
    for (let i = 0; i < found.length; i++) {
      const declared = declaration(source, found[i]);
      if (declared !== null && found[i][0].text !== "var" && found[i][0].text !== "function") {
        for (let j = 0; j < declared.names.length; j++) lexicalNames.add(declared.names[j]);
      }
    }
    if (!mentionsAwait(tokens) || !parses(AsyncFunction, source)) return { code: source, awaited: false };
    const hoisted = { let: [], var: [] };
    const body = [];
    for (let i = 0; i < found.length; i++) {
      const tokens = found[i];
      const declared = declaration(source, tokens);
      if (declared !== null) {
        for (let j = 0; j < declared.names.length; j++) ArrayPrototypePush(hoisted[declared.kind], declared.names[j]);
        ArrayPrototypePush(body, declared.assignment);
      } else if (i === found.length - 1 && tokens[0].text !== "{" && !STATEMENT_KEYWORDS.has(tokens[0].text)) {
        const expression = tokens[tokens.length - 1].text === ";" ? ArrayPrototypeSlice(tokens, 0, tokens.length - 1) : tokens;
        ArrayPrototypePush(body, `return { value: (${textOf(source, expression)}\n) };`);
      } else {
        ArrayPrototypePush(body, `${textOf(source, tokens)};`);
      }
    }
    let prelude = "";
    if (hoisted.let.length > 0) prelude += `let ${ArrayPrototypeJoin(hoisted.let, ", ")};\n`;
    if (hoisted.var.length > 0) prelude += `var ${ArrayPrototypeJoin(hoisted.var, ", ")};\n`;
    return { code: `${prelude}(async () => {\n${ArrayPrototypeJoin(body, "\n")}\n})()`, awaited: true };
  }

  // An awaited script's promise: its { value } is kept for takeAwaited once it settles.
  let awaited;
  function track(promise) {
    return PromisePrototypeThen(promise, (box) => {
      awaited = box === undefined ? undefined : box.value;
    });
  }
  function takeAwaited() {
    const value = awaited;
    awaited = undefined;
    return value;
  }

  // ── `_` and `_error` ──

  // Each holds the last result (thrown error) until the program assigns to it: from then on it
  // is the program's own variable, and the REPL says so once.
  function lastValue(name, announce) {
    let value;
    ObjectDefineProperty(global, name, {
      configurable: true,
      get: () => value,
      set: (given) => {
        ObjectDefineProperty(global, name, { value: given, writable: true, enumerable: true, configurable: true });
        core.ops.write(1, `${announce}\n`);
      },
    });
    return (given) => {
      const descriptor = ObjectGetOwnPropertyDescriptor(global, name);
      if (descriptor !== undefined && descriptor.get !== undefined) value = given;
    };
  }
  const setResult = lastValue("_", "Expression assignment to _ now disabled.");
  const setError = lastValue("_error", "Expression assignment to _error now disabled.");

  // ── Completion ──

  const KEYWORDS = [
    "async", "await", "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do",
    "else", "export", "extends", "false", "finally", "for", "function", "if", "import", "in", "instanceof", "let", "new",
    "null", "return", "static", "super", "switch", "this", "throw", "true", "try", "typeof", "var", "void", "while",
    "with", "yield",
  ];
  const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
  // A property path at the end of the line (`a.b.c.pa`), not after a call or a bracket.
  const PATH = /(?:^|[^\w$.)\]])((?:[A-Za-z_$][\w$]*\s*\??\.\s*)*)([A-Za-z_$][\w$]*)?$/;

  function identifiers(names) {
    const kept = [];
    for (let i = 0; i < names.length; i++) if (RegExpPrototypeExec(IDENTIFIER, names[i]) !== null) ArrayPrototypePush(kept, names[i]);
    return kept;
  }

  // The property names up an object's prototype chain, a list per object, farthest first.
  function chainNames(object) {
    const groups = [];
    for (let link = object; link !== null && groups.length < 32; link = ObjectGetPrototypeOf(link)) {
      ArrayPrototypeUnshift(groups, identifiers(ObjectGetOwnPropertyNames(link)));
    }
    return groups;
  }

  // The value a variable holds, read without running any of the program's code: a getter on
  // the global object is not called (undefined is returned as "unknown").
  function variable(name) {
    for (let link = global; link !== null; link = ObjectGetPrototypeOf(link)) {
      const descriptor = ObjectGetOwnPropertyDescriptor(link, name);
      if (descriptor !== undefined) return descriptor.get === undefined && descriptor.set === undefined ? { value: descriptor.value } : undefined;
    }
    if (!lexicalNames.has(name)) return undefined;
    try {
      return { value: indirectEval(name) };
    } catch {
      return undefined; // (still in its temporal dead zone)
    }
  }

  // A data property's value along a path; undefined where a step is a getter or missing.
  function property(holder, name) {
    for (let link = Object(holder); link !== null; link = ObjectGetPrototypeOf(link)) {
      const descriptor = ObjectGetOwnPropertyDescriptor(link, name);
      if (descriptor !== undefined) return descriptor.get === undefined && descriptor.set === undefined ? { value: descriptor.value } : undefined;
    }
    return undefined;
  }

  // Tab at the end of `line`: { prefix, groups } where `prefix` is the text the candidates
  // (lists of full names, e.g. "Math.PI") replace at the end of the line.
  function complete(line) {
    const match = RegExpPrototypeExec(PATH, line);
    if (match === null) return { prefix: "", groups: [] };
    const path = match[1];
    const partial = match[2] === undefined ? "" : match[2];
    let groups;
    if (path === "") {
      groups = chainNames(global);
      const lexical = [];
      lexicalNames.forEach((name) => ArrayPrototypePush(lexical, name));
      ArrayPrototypePush(groups, lexical, KEYWORDS);
    } else {
      const steps = StringPrototypeSplit(path, /\s*\??\.\s*/);
      let found = variable(steps[0]);
      for (let i = 1; found !== undefined && i < steps.length - 1; i++) {
        found = found.value == null ? undefined : property(found.value, steps[i]);
      }
      if (found === undefined || found.value == null) return { prefix: "", groups: [] };
      groups = chainNames(Object(found.value));
    }
    const seen = new SafeSet();
    const kept = [];
    for (let i = groups.length - 1; i >= 0; i--) {
      const group = [];
      for (let j = 0; j < groups[i].length; j++) {
        const name = groups[i][j];
        if (StringPrototypeSlice(name, 0, partial.length) !== partial || seen.has(name)) continue;
        seen.add(name);
        ArrayPrototypePush(group, path + name);
      }
      ArrayPrototypeSort(group);
      if (group.length > 0) ArrayPrototypeUnshift(kept, group);
    }
    return { prefix: path + partial, groups: kept };
  }

  return { prepare, track, takeAwaited, setResult, setError, complete };
})
