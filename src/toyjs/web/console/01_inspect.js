// core.inspect: values formatted as Node's util.inspect formats them (no colors), and
// core.format: console's printf-style formatting (%s %d %i %f %j %o %O %c %%).
(function (core, ops) {
  "use strict";
  const defaults = { depth: 2, breakLength: 80, compact: 3, maxArrayLength: 100, maxStringLength: 10000 };
  const identifier = /^[a-zA-Z_][a-zA-Z_0-9]*$/;
  const TypedArray = Object.getPrototypeOf(Uint8Array);
  const typedArrayTag = Object.getOwnPropertyDescriptor(TypedArray.prototype, Symbol.toStringTag).get;
  const errorToString = Error.prototype.toString;

  const kObjectType = 0;
  const kArrayType = 1;
  const kArrayExtrasType = 2;

  const meta = [
    "\\x00", "\\x01", "\\x02", "\\x03", "\\x04", "\\x05", "\\x06", "\\x07", "\\b", "\\t", "\\n", "\\x0B",
    "\\f", "\\r", "\\x0E", "\\x0F", "\\x10", "\\x11", "\\x12", "\\x13", "\\x14", "\\x15", "\\x16", "\\x17",
    "\\x18", "\\x19", "\\x1A", "\\x1B", "\\x1C", "\\x1D", "\\x1E", "\\x1F",
  ];

  function quote(text) {
    let q = "'";
    if (text.includes("'")) {
      if (!text.includes('"')) q = '"';
      else if (!text.includes("`") && !text.includes("${")) q = "`";
    }
    let out = "";
    for (const ch of text) {
      const code = ch.codePointAt(0);
      if (ch === q || ch === "\\") out += "\\" + ch;
      else if (code < 0x20 || code === 0x7f) out += code === 0x7f ? "\\x7F" : meta[code];
      else if (code >= 0xd800 && code <= 0xdfff) out += `\\u${code.toString(16).toUpperCase().padStart(4, "0")}`;
      else out += ch;
    }
    return q + out + q;
  }

  function formatString(text, ctx) {
    let trailer = "";
    if (text.length > ctx.maxStringLength) {
      const remaining = text.length - ctx.maxStringLength;
      text = text.slice(0, ctx.maxStringLength);
      trailer = `... ${remaining} more character${remaining > 1 ? "s" : ""}`;
    }
    // Long multi-line strings inside containers are split at newlines, as Node does.
    if (ctx.indentationLvl !== undefined && text.length > 16 && text.includes("\n") && text.length > ctx.breakLength - ctx.indentationLvl - 4) {
      const lines = text.split(/(?<=\n)/);
      return lines.map((line) => quote(line)).join(` +\n${" ".repeat(ctx.indentationLvl + 2)}`) + trailer;
    }
    return quote(text) + trailer;
  }

  function formatNumber(n) {
    return Object.is(n, -0) ? "-0" : String(n);
  }

  function formatPrimitive(value, ctx) {
    switch (typeof value) {
      case "string": return formatString(value, ctx);
      case "number": return formatNumber(value);
      case "bigint": return `${value}n`;
      case "boolean": return String(value);
      case "undefined": return "undefined";
      case "symbol": return symbolToString(value);
    }
    return String(value);
  }

  function symbolToString(symbol) {
    return Symbol.prototype.toString.call(symbol);
  }

  function formatKey(key) {
    if (typeof key === "symbol") return `[${symbolToString(key)}]`;
    if (identifier.test(key)) return key;
    return quote(key);
  }

  function constructorName(obj) {
    let proto = obj;
    while (proto !== null) {
      const descriptor = Object.getOwnPropertyDescriptor(proto, "constructor");
      if (descriptor !== undefined && typeof descriptor.value === "function" && descriptor.value.name !== "") {
        return descriptor.value.name;
      }
      proto = Object.getPrototypeOf(proto);
    }
    return null;
  }

  function prefix(name, tag, fallback, size) {
    if (name === null) {
      if (tag !== "" && fallback !== tag) return `[${fallback}${size}: null prototype] [${tag}] `;
      return `[${fallback}${size}: null prototype] `;
    }
    if (tag !== "" && name !== tag) return `${name}${size} [${tag}] `;
    return `${name}${size} `;
  }

  function functionBase(value, name, tag) {
    const source = Function.prototype.toString.call(value);
    if (source.startsWith("class") && source.endsWith("}")) {
      const body = source.slice(5, -1);
      const brace = body.indexOf("{");
      const heading = brace === -1 ? body : body.slice(0, brace);
      let base = `[class ${value.name || "(anonymous)"}`;
      const extendsMatch = /extends\s+([\w$.]+)/.exec(heading);
      if (extendsMatch) base += ` extends ${extendsMatch[1]}`;
      if (name !== "Function" && name !== null) base += ` [${name}]`;
      return base + "]";
    }
    let type = "Function";
    if (Object.prototype.toString.call(value) === "[object GeneratorFunction]") type = "GeneratorFunction";
    if (Object.prototype.toString.call(value) === "[object AsyncFunction]") type = "AsyncFunction";
    if (Object.prototype.toString.call(value) === "[object AsyncGeneratorFunction]") type = "AsyncGeneratorFunction";
    let base = `[${type}`;
    if (name === null) base += " (null prototype)";
    base += value.name === "" ? " (anonymous)" : `: ${value.name}`;
    base += "]";
    if (name !== type && name !== null) base += ` ${name}`;
    if (tag !== "" && name !== tag) base += ` [${tag}]`;
    return base;
  }

  function formatError(err, name, tag, ctx, keys) {
    let stack;
    try {
      stack = typeof err.stack === "string" ? err.stack : errorToString.call(err);
    } catch {
      stack = errorToString.call(err);
    }
    // Show a changed name or a null prototype the way Node does.
    const errName = err.name != null ? String(err.name) : "Error";
    if (name === null || (name.endsWith("Error") && stack.startsWith(name) && (stack.length === name.length || stack[name.length] === ":" || stack[name.length] === "\n"))) {
      // the stack already names the class
    } else if (name !== null && !stack.includes(name)) {
      stack = `${name} [${errName}]` + stack.slice(errName.length);
    }
    if ("cause" in err && !keys.includes("cause")) keys.push("cause");
    const messageIndex = keys.indexOf("message");
    if (messageIndex !== -1 && typeof err.message === "string" && stack.includes(err.message)) keys.splice(messageIndex, 1);
    if (ctx.indentationLvl !== 0) {
      const indentation = " ".repeat(ctx.indentationLvl);
      stack = stack.replace(/\n/g, `\n${indentation}`);
    }
    const lines = stack.split("\n");
    if (ctx.seen.length > 1 || lines.length === 1) {
      // Errors nested inside other values are shown in brackets when they have no stack frames.
      if (lines.length === 1 || !lines.slice(1).some((line) => /^\s+at /.test(line))) return `[${stack}]`;
    }
    return stack;
  }

  function getKeys(value, showHidden) {
    const symbols = Object.getOwnPropertySymbols(value).filter((s) => Object.prototype.propertyIsEnumerable.call(value, s));
    return Object.keys(value).concat(symbols);
  }

  function formatValue(ctx, value, recurseTimes, typedArray) {
    if (typeof value !== "object" && typeof value !== "function") return formatPrimitive(value, ctx);
    if (value === null) return "null";
    const custom = value[Symbol.for("nodejs.util.inspect.custom")];
    if (typeof custom === "function" && custom !== inspect) {
      const result = custom.call(value, ctx.depth - recurseTimes, { ...ctx, stylize: (s) => s }, inspect);
      if (result !== value) return typeof result === "string" ? result : formatValue(ctx, result, recurseTimes);
    }
    if (ctx.seen.includes(value)) {
      let index = 1;
      if (ctx.circular === undefined) {
        ctx.circular = new Map();
        ctx.circular.set(value, index);
      } else {
        index = ctx.circular.get(value);
        if (index === undefined) {
          index = ctx.circular.size + 1;
          ctx.circular.set(value, index);
        }
      }
      return `[Circular *${index}]`;
    }
    return formatRaw(ctx, value, recurseTimes, typedArray);
  }

  function formatRaw(ctx, value, recurseTimes, typedArray) {
    let keys;
    const name = constructorName(value);
    let tag = value[Symbol.toStringTag];
    if (typeof tag !== "string" || (tag !== "" && (name === tag))) tag = "";
    let base = "";
    let formatter = formatObjectEntries;
    let braces;
    let noIterator = true;
    let extrasType = kObjectType;

    if (Symbol.iterator in value || name === null) {
      noIterator = false;
      if (Array.isArray(value)) {
        const size = "";
        const pre = name !== "Array" || tag !== "" ? prefix(name, tag, "Array", `(${value.length})`) : "";
        keys = Object.keys(value).filter((k) => !isIndex(k, value.length));
        braces = [`${pre}[`, "]"];
        if (value.length === 0 && keys.length === 0) return `${braces[0]}]`;
        extrasType = kArrayExtrasType;
        formatter = formatArray;
        void size;
      } else if (value instanceof Set || isSet(value)) {
        const size = Set.prototype.has.call(value, undefined) !== undefined ? sizeOf(value, Set) : 0;
        keys = getKeys(value, false);
        const pre = prefix(name, tag, "Set", `(${size})`);
        formatter = formatSet;
        if (size === 0 && keys.length === 0) return `${pre}{}`;
        braces = [`${pre}{`, "}"];
      } else if (isMap(value)) {
        const size = sizeOf(value, Map);
        keys = getKeys(value, false);
        const pre = prefix(name, tag, "Map", `(${size})`);
        formatter = formatMap;
        if (size === 0 && keys.length === 0) return `${pre}{}`;
        braces = [`${pre}{`, "}"];
      } else if (isTypedArray(value)) {
        keys = Object.keys(value).filter((k) => !isIndex(k, value.length));
        const fallback = typedArrayTag.call(value);
        const size = value.length;
        const pre = prefix(name, tag, fallback, `(${size})`);
        braces = [`${pre}[`, "]"];
        if (value.length === 0 && keys.length === 0) return `${braces[0]}]`;
        formatter = formatTypedArray;
        extrasType = kArrayExtrasType;
      } else if (isMapIterator(value)) {
        keys = getKeys(value, false);
        braces = [`[${tag}] {`, "}"];
        formatter = formatIterator;
      } else if (isSetIterator(value)) {
        keys = getKeys(value, false);
        braces = [`[${tag}] {`, "}"];
        formatter = formatIterator;
      } else {
        noIterator = true;
      }
    }
    if (noIterator) {
      keys = getKeys(value, false);
      braces = ["{", "}"];
      if (name === "Object") {
        if (isArguments(value)) braces[0] = "[Arguments] [";
        else if (tag !== "") braces[0] = `${prefix(name, tag, "Object", "")}{`;
        if (keys.length === 0) return `${braces[0]}}`;
      } else if (typeof value === "function") {
        base = functionBase(value, name, tag);
        if (keys.length === 0) return base;
      } else if (value instanceof RegExp || isRegExp(value)) {
        base = RegExp.prototype.toString.call(value);
        const pre = prefix(name, tag, "RegExp", "");
        if (pre !== "RegExp ") base = `${pre}${base}`;
        if (keys.length === 0 || recurseTimes > ctx.depth) return base;
      } else if (isDate(value)) {
        base = Number.isNaN(Date.prototype.getTime.call(value)) ? Date.prototype.toString.call(value) : Date.prototype.toISOString.call(value);
        const pre = prefix(name, tag, "Date", "");
        if (pre !== "Date ") base = `${pre}${base}`;
        if (keys.length === 0) return base;
      } else if (isError(value)) {
        base = formatError(value, name, tag, ctx, keys);
        if (keys.length === 0) return base;
      } else if (isAnyArrayBuffer(value)) {
        const arrayType = value instanceof ArrayBuffer ? "ArrayBuffer" : "SharedArrayBuffer";
        const pre = prefix(name, tag, arrayType, "");
        if (typedArray === undefined) formatter = formatArrayBuffer;
        else if (keys.length === 0) return pre + `{ byteLength: ${formatNumber(value.byteLength)} }`;
        braces[0] = `${pre}{`;
        keys.unshift("byteLength");
      } else if (isDataView(value)) {
        braces[0] = `${prefix(name, tag, "DataView", "")}{`;
        keys.unshift("byteLength", "byteOffset", "buffer");
      } else if (isPromise(value)) {
        braces[0] = `${prefix(name, tag, "Promise", "")}{`;
        formatter = formatPromise;
      } else if (isWeak(value)) {
        braces[0] = `${prefix(name, tag, value instanceof WeakSet ? "WeakSet" : "WeakMap", "")}{`;
        formatter = () => ["<items unknown>"];
      } else if (isBoxed(value)) {
        base = boxedBase(value, ctx, name, tag);
        if (value instanceof String) keys = keys.filter((k) => !isIndex(k, value.length));
        if (keys.length === 0) return base;
      } else {
        if (name === null) braces[0] = `${prefix(name, tag, "Object", "")}{`;
        else braces[0] = `${prefix(name, tag, "Object", "")}{`;
        if (keys.length === 0) return `${braces[0]}}`;
      }
    }

    if (recurseTimes > ctx.depth && ctx.depth !== null) {
      let constructorLabel = (name || tag || "Object");
      if (name === null) constructorLabel = `${prefix(name, tag, "Object", "").slice(0, -1)}`;
      return `[${Array.isArray(value) ? "Array" : constructorLabel}]`;
    }
    recurseTimes += 1;
    ctx.seen.push(value);
    ctx.currentDepth = recurseTimes;
    let output;
    try {
      output = formatter(ctx, value, recurseTimes);
      for (let i = 0; i < keys.length; i++) {
        output.push(formatProperty(ctx, value, recurseTimes, keys[i], extrasType));
      }
    } finally {
      ctx.seen.pop();
    }
    if (ctx.circular !== undefined) {
      const index = ctx.circular.get(value);
      if (index !== undefined) {
        const reference = `<ref *${index}>`;
        if (base === "") braces[0] = `${reference} ${braces[0]}`;
        else base = `${reference} ${base}`;
      }
    }
    const result = reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
    return result;
  }

  function boxedBase(value, ctx, name, tag) {
    let type, primitive;
    if (typeof value.valueOf === "function") {
      for (const [Ctor, label] of [[Number, "Number"], [String, "String"], [Boolean, "Boolean"], [BigInt, "BigInt"], [Symbol, "Symbol"]]) {
        try {
          primitive = Ctor.prototype.valueOf.call(value);
          type = label;
          break;
        } catch {}
      }
    }
    let base = `[${type}`;
    if (type !== name) base += name === null ? " (null prototype)" : ` (${name})`;
    base += `: ${formatPrimitive(primitive, { ...ctx, indentationLvl: undefined })}]`;
    if (tag !== "" && tag !== name) base += ` [${tag}]`;
    return base;
  }

  function isIndex(key, length) {
    const n = Number(key);
    return String(n >>> 0) === key && n >>> 0 < length;
  }
  function sizeOf(value, Ctor) {
    return Object.getOwnPropertyDescriptor(Ctor.prototype, "size").get.call(value);
  }
  function brand(value, label) {
    return Object.prototype.toString.call(value) === `[object ${label}]`;
  }
  function isSet(value) { try { Set.prototype.has.call(value, 0); return true; } catch { return false; } }
  function isMap(value) { try { Map.prototype.has.call(value, 0); return true; } catch { return false; } }
  function isTypedArray(value) { return typedArrayTag.call(value) !== undefined; }
  function isMapIterator(value) { return brand(value, "Map Iterator"); }
  function isSetIterator(value) { return brand(value, "Set Iterator"); }
  function isArguments(value) { return brand(value, "Arguments"); }
  function isRegExp(value) { try { RegExp.prototype.exec.call(value, ""); return true; } catch { return false; } }
  function isDate(value) { try { Date.prototype.getTime.call(value); return true; } catch { return false; } }
  function isError(value) { return value instanceof Error || brand(value, "Error"); }
  function isAnyArrayBuffer(value) {
    try { Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, "byteLength").get.call(value); return true; } catch {}
    try { Object.getOwnPropertyDescriptor(SharedArrayBuffer.prototype, "byteLength").get.call(value); return true; } catch {}
    return false;
  }
  function isDataView(value) { try { Object.getOwnPropertyDescriptor(DataView.prototype, "byteLength").get.call(value); return true; } catch { return false; } }
  function isPromise(value) { return value instanceof Promise || brand(value, "Promise"); }
  function isWeak(value) { return value instanceof WeakMap || value instanceof WeakSet; }
  function isBoxed(value) {
    return value instanceof Number || value instanceof String || value instanceof Boolean ||
      (typeof BigInt === "function" && value instanceof BigInt) || value instanceof Symbol;
  }

  function formatArray(ctx, value, recurseTimes) {
    const length = value.length;
    const limit = Math.min(ctx.maxArrayLength, length);
    const remaining = length - limit;
    const output = [];
    let holes = 0;
    for (let i = 0; i < length && output.length < limit; i++) {
      if (!Object.prototype.hasOwnProperty.call(value, i)) {
        holes++;
        continue;
      }
      if (holes > 0) {
        output.push(`<${holes} empty item${holes > 1 ? "s" : ""}>`);
        holes = 0;
        if (output.length >= limit) break;
      }
      output.push(formatProperty(ctx, value, recurseTimes, i, kArrayExtrasType));
    }
    if (holes > 0 && output.length < limit) output.push(`<${holes} empty item${holes > 1 ? "s" : ""}>`);
    if (remaining > 0) output.push(`... ${remaining} more item${remaining > 1 ? "s" : ""}`);
    if (ctx.showHidden) output.push(`[length]: ${formatNumber(length)}`);
    return output;
  }

  function formatTypedArray(ctx, value) {
    const length = value.length;
    const limit = Math.min(ctx.maxArrayLength, length);
    const output = [];
    for (let i = 0; i < limit; i++) {
      output.push(typeof value[i] === "bigint" ? `${value[i]}n` : formatNumber(value[i]));
    }
    if (length > limit) output.push(`... ${length - limit} more item${length - limit > 1 ? "s" : ""}`);
    return output;
  }

  function formatArrayBuffer(ctx, value) {
    const bytes = new Uint8Array(value, 0, Math.min(ctx.maxArrayLength, value.byteLength));
    let hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join(" ");
    const remaining = value.byteLength - ctx.maxArrayLength;
    if (remaining > 0) hex += ` ... ${remaining} more byte${remaining > 1 ? "s" : ""}`;
    return [`[Uint8Contents]: <${hex}>`];
  }

  function formatSet(ctx, value, recurseTimes) {
    const output = [];
    ctx.indentationLvl += 2;
    for (const item of Set.prototype.values.call(value)) output.push(formatValue(ctx, item, recurseTimes));
    ctx.indentationLvl -= 2;
    return output;
  }

  function formatMap(ctx, value, recurseTimes) {
    const output = [];
    ctx.indentationLvl += 2;
    for (const [k, v] of Map.prototype.entries.call(value)) {
      output.push(`${formatValue(ctx, k, recurseTimes)} => ${formatValue(ctx, v, recurseTimes)}`);
    }
    ctx.indentationLvl -= 2;
    return output;
  }

  function formatIterator(ctx, value) {
    return ["<iterator>"];
  }

  function formatPromise(ctx, value, recurseTimes) {
    const state = ops.promiseState(value);
    if (state[0] === "pending") return ["<pending>"];
    ctx.indentationLvl += 2;
    const shown = formatValue(ctx, state[1], recurseTimes);
    ctx.indentationLvl -= 2;
    return [state[0] === "rejected" ? `<rejected> ${shown}` : shown];
  }

  function formatObjectEntries() {
    return [];
  }

  function formatProperty(ctx, value, recurseTimes, key, type) {
    let name, str;
    const descriptor = Object.getOwnPropertyDescriptor(value, key) || { value: value[key], enumerable: true };
    if (descriptor.value !== undefined) {
      const diff = ctx.compact !== true || type !== kObjectType ? 2 : 3;
      ctx.indentationLvl += diff;
      str = formatValue(ctx, descriptor.value, recurseTimes);
      if (diff === 3 && ctx.breakLength < str.length) {
        str = `\n${" ".repeat(ctx.indentationLvl)}${str}`;
      }
      ctx.indentationLvl -= diff;
    } else if (descriptor.get !== undefined) {
      str = descriptor.set !== undefined ? "[Getter/Setter]" : "[Getter]";
    } else if (descriptor.set !== undefined) {
      str = "[Setter]";
    } else {
      str = "undefined";
    }
    if (type === kArrayExtrasType) return str;
    name = formatKey(key);
    return `${name}: ${str}`;
  }

  function isBelowBreakLength(ctx, output, start, base) {
    let totalLength = output.length + start;
    if (totalLength + output.length > ctx.breakLength) return false;
    for (let i = 0; i < output.length; i++) {
      totalLength += output[i].length;
      if (totalLength > ctx.breakLength) return false;
    }
    return base === "" || !base.includes("\n");
  }

  function groupArrayElements(ctx, output, value) {
    let totalLength = 0;
    let maxLength = 0;
    let i = 0;
    let outputLength = output.length;
    if (ctx.maxArrayLength < output.length) outputLength--;
    const separatorSpace = 2;
    const dataLen = new Array(outputLength);
    for (; i < outputLength; i++) {
      const len = output[i].length;
      dataLen[i] = len;
      totalLength += len + separatorSpace;
      if (maxLength < len) maxLength = len;
    }
    const actualMax = maxLength + separatorSpace;
    if (actualMax * 3 + ctx.indentationLvl < ctx.breakLength &&
        (totalLength / actualMax > 5 || maxLength <= 6)) {
      const approxCharHeights = 2.5;
      const averageBias = Math.sqrt(actualMax - totalLength / output.length);
      const biasedMax = Math.max(actualMax - 3 - averageBias, 1);
      const columns = Math.min(
        Math.round(Math.sqrt(approxCharHeights * biasedMax * outputLength) / biasedMax),
        Math.floor((ctx.breakLength - ctx.indentationLvl) / actualMax),
        ctx.compact * 4,
        15,
      );
      if (columns <= 1) return output;
      const tmp = [];
      const maxLineLength = [];
      for (let i = 0; i < columns; i++) {
        let lineLength = 0;
        for (let j = i; j < output.length; j += columns) {
          if (dataLen[j] > lineLength) lineLength = dataLen[j];
        }
        maxLineLength.push(lineLength + separatorSpace);
      }
      let order = String.prototype.padStart;
      if (value !== undefined) {
        for (let i = 0; i < output.length; i++) {
          if (typeof value[i] !== "number" && typeof value[i] !== "bigint") {
            order = String.prototype.padEnd;
            break;
          }
        }
      }
      for (let i = 0; i < outputLength; i += columns) {
        const max = Math.min(i + columns, outputLength);
        let str = "";
        let j = i;
        for (; j < max - 1; j++) {
          const padding = maxLineLength[j - i] + output[j].length - dataLen[j];
          str += order.call(`${output[j]}, `, padding, " ");
        }
        if (order === String.prototype.padStart) {
          const padding = maxLineLength[j - i] + output[j].length - dataLen[j] - separatorSpace;
          str += output[j].padStart(padding, " ");
        } else {
          str += output[j];
        }
        tmp.push(str);
      }
      if (ctx.maxArrayLength < output.length) tmp.push(output[outputLength]);
      output = tmp;
    }
    return output;
  }

  function reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value) {
    if (ctx.compact !== true) {
      if (typeof ctx.compact === "number" && ctx.compact >= 1) {
        const entries = output.length;
        if (extrasType === kArrayExtrasType && entries > 6) {
          output = groupArrayElements(ctx, output, value);
        }
        if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
          const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
          if (isBelowBreakLength(ctx, output, start, base)) {
            const joined = output.join(", ");
            if (!joined.includes("\n")) {
              return `${base ? `${base} ` : ""}${braces[0]} ${joined}` + ` ${braces[1]}`;
            }
          }
        }
      }
      const indentation = `\n${" ".repeat(ctx.indentationLvl)}`;
      return `${base ? `${base} ` : ""}${braces[0]}${indentation}  ${output.join(`,${indentation}  `)}${indentation}${braces[1]}`;
    }
    if (isBelowBreakLength(ctx, output, 0, base)) {
      return `${braces[0]}${base ? ` ${base}` : ""} ${output.join(", ")} ` + braces[1];
    }
    const indentation = " ".repeat(ctx.indentationLvl);
    const ln = base === "" && braces[0].length === 1 ? " " : `${base ? ` ${base}` : ""}\n${indentation}  `;
    return `${braces[0]}${ln}${output.join(`,\n${indentation}  `)} ${braces[1]}`;
  }

  function inspect(value, options) {
    const ctx = { ...defaults, ...(options || {}), seen: [], indentationLvl: 0, currentDepth: 0, circular: undefined };
    if (ctx.depth === Infinity) ctx.depth = null;
    return formatValue(ctx, value, 0);
  }

  function formatWithOptions(options, args) {
    const first = args[0];
    let a = 0;
    let str = "";
    let join = "";
    if (typeof first === "string") {
      if (args.length === 1) return first;
      let tempStr;
      let lastPos = 0;
      for (let i = 0; i < first.length - 1; i++) {
        if (first.charCodeAt(i) === 37) { // '%'
          const nextChar = first.charCodeAt(++i);
          if (a + 1 !== args.length) {
            switch (nextChar) {
              case 115: { // 's'
                const arg = args[++a];
                if (typeof arg === "number") tempStr = formatNumber(arg);
                else if (typeof arg === "bigint") tempStr = `${arg}n`;
                else if (typeof arg !== "object" || arg === null || !hasBuiltInToString(arg)) tempStr = String(arg);
                else tempStr = inspect(arg, { ...options, depth: 0, colors: false, compact: 3 });
                break;
              }
              case 106: // 'j'
                try { tempStr = JSON.stringify(args[++a]); } catch { tempStr = "[Circular]"; }
                break;
              case 100: { // 'd'
                const n = args[++a];
                if (typeof n === "bigint") tempStr = `${n}n`;
                else if (typeof n === "symbol") tempStr = "NaN";
                else tempStr = formatNumber(Number(n));
                break;
              }
              case 79: // 'O'
                tempStr = inspect(args[++a], options);
                break;
              case 111: // 'o'
                tempStr = inspect(args[++a], { ...options, showHidden: true, showProxy: true, depth: 4 });
                break;
              case 105: { // 'i'
                const n = args[++a];
                if (typeof n === "bigint") tempStr = `${n}n`;
                else if (typeof n === "symbol") tempStr = "NaN";
                else tempStr = formatNumber(Number.parseInt(n));
                break;
              }
              case 102: { // 'f'
                const n = args[++a];
                tempStr = typeof n === "symbol" ? "NaN" : formatNumber(Number.parseFloat(n));
                break;
              }
              case 99: // 'c'
                a += 1;
                tempStr = "";
                break;
              case 37: // '%'
                str += first.slice(lastPos, i);
                lastPos = i + 1;
                continue;
              default:
                continue;
            }
            if (lastPos !== i - 1) str += first.slice(lastPos, i - 1);
            str += tempStr;
            lastPos = i + 1;
          } else if (nextChar === 37) {
            str += first.slice(lastPos, i);
            lastPos = i + 1;
          }
        }
      }
      if (lastPos !== 0) {
        a++;
        join = " ";
        if (lastPos < first.length) str += first.slice(lastPos);
      }
    }
    while (a < args.length) {
      const value = args[a];
      str += join;
      str += typeof value !== "string" ? inspect(value, options) : value;
      join = " ";
      a++;
    }
    return str;
  }

  function hasBuiltInToString(value) {
    let proto = value;
    while (proto !== null) {
      const descriptor = Object.getOwnPropertyDescriptor(proto, "toString");
      if (descriptor !== undefined) {
        return descriptor.value === Object.prototype.toString || descriptor.value === Error.prototype.toString ||
          descriptor.value === Array.prototype.toString || descriptor.value === Date.prototype.toString ||
          descriptor.value === RegExp.prototype.toString || descriptor.value === Function.prototype.toString;
      }
      proto = Object.getPrototypeOf(proto);
    }
    return true;
  }

  inspect.custom = Symbol.for("nodejs.util.inspect.custom");
  core.inspect = inspect;
  core.format = (...args) => formatWithOptions({}, args);
  core.formatWithOptions = formatWithOptions;
})
