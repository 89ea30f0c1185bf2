// core.inspect: values formatted as Node's util.inspect formats them (no colors), and
// core.format: console's printf-style formatting (%s %d %i %f %j %o %O %c %%).
(function (core, ops) {
  "use strict";
  const {
    ReflectApply, SafeMap, SafeSet, inspectCustom, SymbolIterator, SymbolToStringTag,
    Array, ArrayBuffer, BigInt, Boolean, Error, Map, Number, Promise, RegExp, Set, String, Symbol,
    Uint8Array, WeakMap, WeakSet,
    ArrayIsArray, ArrayPrototypeFilter, ArrayPrototypeIncludes, ArrayPrototypeIndexOf, ArrayPrototypeJoin,
    ArrayPrototypeMap, ArrayPrototypePop, ArrayPrototypePush, ArrayPrototypeSlice, ArrayPrototypeSome,
    ArrayPrototypeSplice, ArrayPrototypeUnshift, ArrayPrototypeConcat,
    ObjectGetOwnPropertyDescriptor, ObjectGetOwnPropertySymbols, ObjectGetPrototypeOf, ObjectIs, ObjectKeys,
    ObjectPrototypeHasOwnProperty, ObjectPrototypePropertyIsEnumerable, ObjectPrototypeToString,
    StringPrototypeCharCodeAt, StringPrototypeCodePointAt, StringPrototypeEndsWith, StringPrototypeIncludes,
    StringPrototypeIndexOf, StringPrototypePadEnd, StringPrototypePadStart, StringPrototypeRepeat,
    StringPrototypeSlice, StringPrototypeSplit, StringPrototypeStartsWith, StringPrototypeToUpperCase,
    RegExpPrototypeExec, RegExpPrototypeTest, RegExpPrototypeToString, RegExpPrototypeSymbolReplace,
    RegExpPrototypeSymbolSplit, NumberPrototypeToString, NumberIsNaN, NumberParseFloat, NumberParseInt,
    MathFloor, MathMax, MathMin, MathRound, MathSqrt, JSONStringify,
    FunctionPrototypeToString, SymbolPrototypeToString, ErrorPrototypeToString, DatePrototypeGetTime,
    DatePrototypeToISOString, DatePrototypeToString, MapPrototypeForEach, MapPrototypeGetSize, MapPrototypeHas,
    SetPrototypeForEach, SetPrototypeGetSize, SetPrototypeHas, TypedArrayPrototypeGetLength,
    TypedArrayPrototypeGetSymbolToStringTag, ArrayBufferPrototypeGetByteLength,
    SharedArrayBufferPrototypeGetByteLength, DataViewPrototypeGetByteLength,
    NumberPrototypeValueOf, StringPrototypeValueOf, BooleanPrototypeValueOf, BigIntPrototypeValueOf,
    SymbolPrototypeValueOf,
  } = core.primordials;
  const defaults = { depth: 2, breakLength: 80, compact: 3, maxArrayLength: 100, maxStringLength: 10000 };
  const identifier = /^[a-zA-Z_][a-zA-Z_0-9]*$/;

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
    if (StringPrototypeIncludes(text, "'")) {
      if (!StringPrototypeIncludes(text, '"')) q = '"';
      else if (!StringPrototypeIncludes(text, "`") && !StringPrototypeIncludes(text, "${")) q = "`";
    }
    let out = "";
    for (let i = 0; i < text.length; i++) {
      const code = StringPrototypeCharCodeAt(text, i);
      const ch = text[i];
      if (ch === q || ch === "\\") out += "\\" + ch;
      else if (code < 0x20 || code === 0x7f) out += code === 0x7f ? "\\x7F" : meta[code];
      else if (code >= 0xd800 && code <= 0xdfff) {
        // A surrogate pair stays as it is; a lone surrogate is escaped.
        if (StringPrototypeCodePointAt(text, i) > 0xffff) out += ch + text[++i];
        else out += `\\u${StringPrototypePadStart(StringPrototypeToUpperCase(NumberPrototypeToString(code, 16)), 4, "0")}`;
      } else out += ch;
    }
    return q + out + q;
  }

  function formatString(text, ctx) {
    let trailer = "";
    if (text.length > ctx.maxStringLength) {
      const remaining = text.length - ctx.maxStringLength;
      text = StringPrototypeSlice(text, 0, ctx.maxStringLength);
      trailer = `... ${remaining} more character${remaining > 1 ? "s" : ""}`;
    }
    // Long multi-line strings inside containers are split at newlines, as Node does.
    if (ctx.indentationLvl !== undefined && text.length > 16 && StringPrototypeIncludes(text, "\n") && text.length > ctx.breakLength - ctx.indentationLvl - 4) {
      const lines = RegExpPrototypeSymbolSplit(/(?<=\n)/, text);
      return ArrayPrototypeJoin(ArrayPrototypeMap(lines, quote), ` +\n${StringPrototypeRepeat(" ", ctx.indentationLvl + 2)}`) + trailer;
    }
    return quote(text) + trailer;
  }

  function formatNumber(n) {
    return ObjectIs(n, -0) ? "-0" : String(n);
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
    return SymbolPrototypeToString(symbol);
  }

  function formatKey(key) {
    if (typeof key === "symbol") return `[${symbolToString(key)}]`;
    if (RegExpPrototypeTest(identifier, key)) return key;
    return quote(key);
  }

  function constructorName(obj) {
    let proto = obj;
    while (proto !== null) {
      const descriptor = ObjectGetOwnPropertyDescriptor(proto, "constructor");
      if (descriptor !== undefined && typeof descriptor.value === "function" && descriptor.value.name !== "") {
        return descriptor.value.name;
      }
      proto = ObjectGetPrototypeOf(proto);
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
    const source = FunctionPrototypeToString(value);
    if (StringPrototypeStartsWith(source, "class") && StringPrototypeEndsWith(source, "}")) {
      const body = StringPrototypeSlice(source, 5, -1);
      const brace = StringPrototypeIndexOf(body, "{");
      const heading = brace === -1 ? body : StringPrototypeSlice(body, 0, brace);
      let base = `[class ${value.name || "(anonymous)"}`;
      const extendsMatch = RegExpPrototypeExec(/extends\s+([\w$.]+)/, heading);
      if (extendsMatch) base += ` extends ${extendsMatch[1]}`;
      if (name !== "Function" && name !== null) base += ` [${name}]`;
      return base + "]";
    }
    let type = "Function";
    if (brand(value, "GeneratorFunction")) type = "GeneratorFunction";
    if (brand(value, "AsyncFunction")) type = "AsyncFunction";
    if (brand(value, "AsyncGeneratorFunction")) type = "AsyncGeneratorFunction";
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
      stack = typeof err.stack === "string" ? err.stack : ErrorPrototypeToString(err);
    } catch {
      stack = ErrorPrototypeToString(err);
    }
    // Show a changed name or a null prototype the way Node does.
    const errName = err.name != null ? String(err.name) : "Error";
    if (name === null || (StringPrototypeEndsWith(name, "Error") && StringPrototypeStartsWith(stack, name) && (stack.length === name.length || stack[name.length] === ":" || stack[name.length] === "\n"))) {
      // the stack already names the class
    } else if (name !== null && !StringPrototypeIncludes(stack, name)) {
      stack = `${name} [${errName}]` + StringPrototypeSlice(stack, errName.length);
    }
    if ("cause" in err && !ArrayPrototypeIncludes(keys, "cause")) ArrayPrototypePush(keys, "cause");
    const messageIndex = ArrayPrototypeIndexOf(keys, "message");
    if (messageIndex !== -1 && typeof err.message === "string" && StringPrototypeIncludes(stack, err.message)) ArrayPrototypeSplice(keys, messageIndex, 1);
    if (ctx.indentationLvl !== 0) {
      const indentation = StringPrototypeRepeat(" ", ctx.indentationLvl);
      stack = RegExpPrototypeSymbolReplace(/\n/g, stack, `\n${indentation}`);
    }
    const lines = StringPrototypeSplit(stack, "\n");
    if (ctx.seen.length > 1 || lines.length === 1) {
      // Errors nested inside other values are shown in brackets when they have no stack frames.
      if (lines.length === 1 || !ArrayPrototypeSome(ArrayPrototypeSlice(lines, 1), (line) => RegExpPrototypeTest(/^\s+at /, line))) return `[${stack}]`;
    }
    return stack;
  }

  function getKeys(value, showHidden) {
    const symbols = ArrayPrototypeFilter(ObjectGetOwnPropertySymbols(value), (s) => ObjectPrototypePropertyIsEnumerable(value, s));
    return ArrayPrototypeConcat(ObjectKeys(value), symbols);
  }

  function formatValue(ctx, value, recurseTimes, typedArray) {
    if (typeof value !== "object" && typeof value !== "function") return formatPrimitive(value, ctx);
    if (value === null) return "null";
    const custom = value[inspectCustom];
    if (typeof custom === "function" && custom !== inspect) {
      const result = ReflectApply(custom, value, [ctx.depth - recurseTimes, { ...ctx, stylize: (s) => s }, inspect]);
      if (result !== value) return typeof result === "string" ? result : formatValue(ctx, result, recurseTimes);
    }
    if (ArrayPrototypeIncludes(ctx.seen, value)) {
      let index = 1;
      if (ctx.circular === undefined) {
        ctx.circular = new SafeMap();
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
    let tag = value[SymbolToStringTag];
    if (typeof tag !== "string" || (tag !== "" && (name === tag))) tag = "";
    let base = "";
    let formatter = formatObjectEntries;
    let braces;
    let noIterator = true;
    let extrasType = kObjectType;

    if (SymbolIterator in value || name === null) {
      noIterator = false;
      if (ArrayIsArray(value)) {
        const pre = name !== "Array" || tag !== "" ? prefix(name, tag, "Array", `(${value.length})`) : "";
        keys = ArrayPrototypeFilter(ObjectKeys(value), (k) => !isIndex(k, value.length));
        braces = [`${pre}[`, "]"];
        if (value.length === 0 && keys.length === 0) return `${braces[0]}]`;
        extrasType = kArrayExtrasType;
        formatter = formatArray;
      } else if (value instanceof Set || isSet(value)) {
        const size = SetPrototypeGetSize(value);
        keys = getKeys(value, false);
        const pre = prefix(name, tag, "Set", `(${size})`);
        formatter = formatSet;
        if (size === 0 && keys.length === 0) return `${pre}{}`;
        braces = [`${pre}{`, "}"];
      } else if (isMap(value)) {
        const size = MapPrototypeGetSize(value);
        keys = getKeys(value, false);
        const pre = prefix(name, tag, "Map", `(${size})`);
        formatter = formatMap;
        if (size === 0 && keys.length === 0) return `${pre}{}`;
        braces = [`${pre}{`, "}"];
      } else if (isTypedArray(value)) {
        const size = TypedArrayPrototypeGetLength(value);
        keys = ArrayPrototypeFilter(ObjectKeys(value), (k) => !isIndex(k, size));
        const fallback = TypedArrayPrototypeGetSymbolToStringTag(value);
        const pre = prefix(name, tag, fallback, `(${size})`);
        braces = [`${pre}[`, "]"];
        if (size === 0 && keys.length === 0) return `${braces[0]}]`;
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
        base = RegExpPrototypeToString(value);
        const pre = prefix(name, tag, "RegExp", "");
        if (pre !== "RegExp ") base = `${pre}${base}`;
        if (keys.length === 0 || recurseTimes > ctx.depth) return base;
      } else if (isDate(value)) {
        base = NumberIsNaN(DatePrototypeGetTime(value)) ? DatePrototypeToString(value) : DatePrototypeToISOString(value);
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
        else if (keys.length === 0) return pre + `{ byteLength: ${formatNumber(bufferByteLength(value))} }`;
        braces[0] = `${pre}{`;
        ArrayPrototypeUnshift(keys, "byteLength");
      } else if (isDataView(value)) {
        braces[0] = `${prefix(name, tag, "DataView", "")}{`;
        ArrayPrototypeUnshift(keys, "byteLength", "byteOffset", "buffer");
      } else if (isPromise(value)) {
        braces[0] = `${prefix(name, tag, "Promise", "")}{`;
        formatter = formatPromise;
      } else if (isWeak(value)) {
        braces[0] = `${prefix(name, tag, value instanceof WeakSet ? "WeakSet" : "WeakMap", "")}{`;
        formatter = () => ["<items unknown>"];
      } else if (isBoxed(value)) {
        base = boxedBase(value, ctx, name, tag);
        if (value instanceof String) keys = ArrayPrototypeFilter(keys, (k) => !isIndex(k, value.length));
        if (keys.length === 0) return base;
      } else {
        if (name === null) braces[0] = `${prefix(name, tag, "Object", "")}{`;
        else braces[0] = `${prefix(name, tag, "Object", "")}{`;
        if (keys.length === 0) return `${braces[0]}}`;
      }
    }

    if (recurseTimes > ctx.depth && ctx.depth !== null) {
      let constructorLabel = (name || tag || "Object");
      if (name === null) constructorLabel = `${StringPrototypeSlice(prefix(name, tag, "Object", ""), 0, -1)}`;
      return `[${ArrayIsArray(value) ? "Array" : constructorLabel}]`;
    }
    recurseTimes += 1;
    ArrayPrototypePush(ctx.seen, value);
    ctx.currentDepth = recurseTimes;
    let output;
    try {
      output = formatter(ctx, value, recurseTimes);
      for (let i = 0; i < keys.length; i++) {
        ArrayPrototypePush(output, formatProperty(ctx, value, recurseTimes, keys[i], extrasType));
      }
    } finally {
      ArrayPrototypePop(ctx.seen);
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

  const boxedTypes = [
    [NumberPrototypeValueOf, "Number"], [StringPrototypeValueOf, "String"], [BooleanPrototypeValueOf, "Boolean"],
    [BigIntPrototypeValueOf, "BigInt"], [SymbolPrototypeValueOf, "Symbol"],
  ];
  function boxedBase(value, ctx, name, tag) {
    let type, primitive;
    if (typeof value.valueOf === "function") {
      for (let i = 0; i < boxedTypes.length; i++) {
        try {
          primitive = boxedTypes[i][0](value);
          type = boxedTypes[i][1];
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
  function brand(value, label) {
    return ObjectPrototypeToString(value) === `[object ${label}]`;
  }
  function isSet(value) { try { SetPrototypeHas(value, 0); return true; } catch { return false; } }
  function isMap(value) { try { MapPrototypeHas(value, 0); return true; } catch { return false; } }
  function isTypedArray(value) { return TypedArrayPrototypeGetSymbolToStringTag(value) !== undefined; }
  function isMapIterator(value) { return brand(value, "Map Iterator"); }
  function isSetIterator(value) { return brand(value, "Set Iterator"); }
  function isArguments(value) { return brand(value, "Arguments"); }
  function isRegExp(value) { try { RegExpPrototypeExec(value, ""); return true; } catch { return false; } }
  function isDate(value) { try { DatePrototypeGetTime(value); return true; } catch { return false; } }
  function isError(value) { return value instanceof Error || brand(value, "Error"); }
  // An ArrayBuffer's or a SharedArrayBuffer's byte length; undefined for anything else.
  function bufferByteLength(value) {
    try { return ArrayBufferPrototypeGetByteLength(value); } catch {}
    try { return SharedArrayBufferPrototypeGetByteLength(value); } catch {}
    return undefined;
  }
  function isAnyArrayBuffer(value) { return bufferByteLength(value) !== undefined; }
  function isDataView(value) { try { DataViewPrototypeGetByteLength(value); return true; } catch { return false; } }
  function isPromise(value) { return value instanceof Promise || brand(value, "Promise"); }
  function isWeak(value) { return value instanceof WeakMap || value instanceof WeakSet; }
  function isBoxed(value) {
    return value instanceof Number || value instanceof String || value instanceof Boolean ||
      (typeof BigInt === "function" && value instanceof BigInt) || value instanceof Symbol;
  }

  function formatArray(ctx, value, recurseTimes) {
    const length = value.length;
    const limit = MathMin(ctx.maxArrayLength, length);
    const remaining = length - limit;
    const output = [];
    let holes = 0;
    for (let i = 0; i < length && output.length < limit; i++) {
      if (!ObjectPrototypeHasOwnProperty(value, i)) {
        holes++;
        continue;
      }
      if (holes > 0) {
        ArrayPrototypePush(output, `<${holes} empty item${holes > 1 ? "s" : ""}>`);
        holes = 0;
        if (output.length >= limit) break;
      }
      ArrayPrototypePush(output, formatProperty(ctx, value, recurseTimes, i, kArrayExtrasType));
    }
    if (holes > 0 && output.length < limit) ArrayPrototypePush(output, `<${holes} empty item${holes > 1 ? "s" : ""}>`);
    if (remaining > 0) ArrayPrototypePush(output, `... ${remaining} more item${remaining > 1 ? "s" : ""}`);
    if (ctx.showHidden) ArrayPrototypePush(output, `[length]: ${formatNumber(length)}`);
    return output;
  }

  function formatTypedArray(ctx, value) {
    const length = TypedArrayPrototypeGetLength(value);
    const limit = MathMin(ctx.maxArrayLength, length);
    const output = [];
    for (let i = 0; i < limit; i++) {
      ArrayPrototypePush(output, typeof value[i] === "bigint" ? `${value[i]}n` : formatNumber(value[i]));
    }
    if (length > limit) ArrayPrototypePush(output, `... ${length - limit} more item${length - limit > 1 ? "s" : ""}`);
    return output;
  }

  function formatArrayBuffer(ctx, value) {
    const byteLength = bufferByteLength(value);
    const shownLength = MathMin(ctx.maxArrayLength, byteLength);
    const bytes = new Uint8Array(value, 0, shownLength);
    const hex = [];
    for (let i = 0; i < shownLength; i++) hex[i] = StringPrototypePadStart(NumberPrototypeToString(bytes[i], 16), 2, "0");
    let shown = ArrayPrototypeJoin(hex, " ");
    const remaining = byteLength - ctx.maxArrayLength;
    if (remaining > 0) shown += ` ... ${remaining} more byte${remaining > 1 ? "s" : ""}`;
    return [`[Uint8Contents]: <${shown}>`];
  }

  function formatSet(ctx, value, recurseTimes) {
    const output = [];
    ctx.indentationLvl += 2;
    SetPrototypeForEach(value, (item) => ArrayPrototypePush(output, formatValue(ctx, item, recurseTimes)));
    ctx.indentationLvl -= 2;
    return output;
  }

  function formatMap(ctx, value, recurseTimes) {
    const output = [];
    ctx.indentationLvl += 2;
    MapPrototypeForEach(value, (v, k) => {
      ArrayPrototypePush(output, `${formatValue(ctx, k, recurseTimes)} => ${formatValue(ctx, v, recurseTimes)}`);
    });
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
    const descriptor = ObjectGetOwnPropertyDescriptor(value, key) || { value: value[key], enumerable: true };
    if (descriptor.value !== undefined) {
      const diff = ctx.compact !== true || type !== kObjectType ? 2 : 3;
      ctx.indentationLvl += diff;
      str = formatValue(ctx, descriptor.value, recurseTimes);
      if (diff === 3 && ctx.breakLength < str.length) {
        str = `\n${StringPrototypeRepeat(" ", ctx.indentationLvl)}${str}`;
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
    return base === "" || !StringPrototypeIncludes(base, "\n");
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
      const averageBias = MathSqrt(actualMax - totalLength / output.length);
      const biasedMax = MathMax(actualMax - 3 - averageBias, 1);
      const columns = MathMin(
        MathRound(MathSqrt(approxCharHeights * biasedMax * outputLength) / biasedMax),
        MathFloor((ctx.breakLength - ctx.indentationLvl) / actualMax),
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
        ArrayPrototypePush(maxLineLength, lineLength + separatorSpace);
      }
      let order = StringPrototypePadStart;
      if (value !== undefined) {
        for (let i = 0; i < output.length; i++) {
          if (typeof value[i] !== "number" && typeof value[i] !== "bigint") {
            order = StringPrototypePadEnd;
            break;
          }
        }
      }
      for (let i = 0; i < outputLength; i += columns) {
        const max = MathMin(i + columns, outputLength);
        let str = "";
        let j = i;
        for (; j < max - 1; j++) {
          const padding = maxLineLength[j - i] + output[j].length - dataLen[j];
          str += order(`${output[j]}, `, padding, " ");
        }
        if (order === StringPrototypePadStart) {
          const padding = maxLineLength[j - i] + output[j].length - dataLen[j] - separatorSpace;
          str += StringPrototypePadStart(output[j], padding, " ");
        } else {
          str += output[j];
        }
        ArrayPrototypePush(tmp, str);
      }
      if (ctx.maxArrayLength < output.length) ArrayPrototypePush(tmp, output[outputLength]);
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
            const joined = ArrayPrototypeJoin(output, ", ");
            if (!StringPrototypeIncludes(joined, "\n")) {
              return `${base ? `${base} ` : ""}${braces[0]} ${joined}` + ` ${braces[1]}`;
            }
          }
        }
      }
      const indentation = `\n${StringPrototypeRepeat(" ", ctx.indentationLvl)}`;
      return `${base ? `${base} ` : ""}${braces[0]}${indentation}  ${ArrayPrototypeJoin(output, `,${indentation}  `)}${indentation}${braces[1]}`;
    }
    if (isBelowBreakLength(ctx, output, 0, base)) {
      return `${braces[0]}${base ? ` ${base}` : ""} ${ArrayPrototypeJoin(output, ", ")} ` + braces[1];
    }
    const indentation = StringPrototypeRepeat(" ", ctx.indentationLvl);
    const ln = base === "" && braces[0].length === 1 ? " " : `${base ? ` ${base}` : ""}\n${indentation}  `;
    return `${braces[0]}${ln}${ArrayPrototypeJoin(output, `,\n${indentation}  `)} ${braces[1]}`;
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
        if (StringPrototypeCharCodeAt(first, i) === 37) { // '%'
          const nextChar = StringPrototypeCharCodeAt(first, ++i);
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
                try { tempStr = JSONStringify(args[++a]); } catch { tempStr = "[Circular]"; }
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
                else tempStr = formatNumber(NumberParseInt(n));
                break;
              }
              case 102: { // 'f'
                const n = args[++a];
                tempStr = typeof n === "symbol" ? "NaN" : formatNumber(NumberParseFloat(n));
                break;
              }
              case 99: // 'c'
                a += 1;
                tempStr = "";
                break;
              case 37: // '%'
                str += StringPrototypeSlice(first, lastPos, i);
                lastPos = i + 1;
                continue;
              default:
                continue;
            }
            if (lastPos !== i - 1) str += StringPrototypeSlice(first, lastPos, i - 1);
            str += tempStr;
            lastPos = i + 1;
          } else if (nextChar === 37) {
            str += StringPrototypeSlice(first, lastPos, i);
            lastPos = i + 1;
          }
        }
      }
      if (lastPos !== 0) {
        a++;
        join = " ";
        if (lastPos < first.length) str += StringPrototypeSlice(first, lastPos);
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

  const builtInToStrings = new SafeSet([
    Object.prototype.toString, Error.prototype.toString, Array.prototype.toString, Date.prototype.toString,
    RegExp.prototype.toString, Function.prototype.toString,
  ]);
  function hasBuiltInToString(value) {
    let proto = value;
    while (proto !== null) {
      const descriptor = ObjectGetOwnPropertyDescriptor(proto, "toString");
      if (descriptor !== undefined) return builtInToStrings.has(descriptor.value);
      proto = ObjectGetPrototypeOf(proto);
    }
    return true;
  }

  inspect.custom = inspectCustom;
  core.inspect = inspect;
  core.format = (...args) => formatWithOptions({}, args);
  core.formatWithOptions = formatWithOptions;
})
