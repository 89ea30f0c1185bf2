// core.inspect shows a value as node's util.inspect does (with colours when asked); core.format
// and core.formatWithOptions are console.log's printf-style formatting (%s %d %i %f %j %o %O %c
// %%). core.inspectPalette holds the colour tables (util.inspect.colors and .styles).
//
// The reference is node 20's observed output; the comments state the rules it follows, as
// found by experiment. The work is done in four steps:
//   1. text: quoting strings, keys and symbols, colouring them, and measuring how wide text is
//      on a terminal (colour codes take no room);
//   2. describe: a value becomes a tree of parts. A part is finished text (a number, `[Object]`,
//      `[Circular *1]`), a string still to be quoted (how depends on where it lands), a sequence
//      of parts, a property (`key: part`), or a block: a container with an opening such as
//      `Map(2) {`, its entries (parts) and a closing bracket;
//   3. layout: each block is rendered on one line, as a grid of columns, or one entry a line,
//      from the measured widths of its rendered entries;
//   4. printf: the %-directives of console.log's first argument.
(function (core, ops) {
  "use strict";
  const {
    ReflectApply, ReflectOwnKeys, SafeMap, SafeSet, inspectCustom, SymbolIterator, SymbolToPrimitive, SymbolToStringTag,
    Array, ArrayBuffer, BigInt, Boolean, DataView, Date, Error, Function, Map, Number, Object, Promise, RangeError,
    RegExp, Set, String, Symbol, TypeError, Uint8Array, WeakMap, WeakSet,
    ArrayIsArray, ArrayPrototypeJoin, ArrayPrototypeSort, ArrayPrototypeSlice,
    ObjectGetOwnPropertyDescriptor, ObjectGetPrototypeOf, ObjectIs, ObjectKeys, ObjectIsExtensible,
    ObjectPrototypePropertyIsEnumerable, ObjectPrototypeToString, ObjectPrototypeHasOwnProperty,
    StringPrototypeCharCodeAt, StringPrototypeCodePointAt, StringPrototypeEndsWith,
    StringPrototypeIncludes, StringPrototypeIndexOf, StringPrototypePadEnd, StringPrototypePadStart,
    StringPrototypeRepeat, StringPrototypeSlice, StringPrototypeStartsWith, StringPrototypeToUpperCase,
    RegExpPrototypeGetSource, RegExpPrototypeGetFlags,
    NumberPrototypeToString, NumberIsNaN, NumberParseFloat, NumberParseInt,
    MathFloor, MathMax, MathMin, MathRound, MathSqrt, JSONStringify,
    FunctionPrototypeToString, SymbolPrototypeToString, ErrorPrototypeToString,
    DatePrototypeGetTime, DatePrototypeToISOString,
    MapPrototypeForEach, MapPrototypeGetSize, SetPrototypeForEach, SetPrototypeGetSize,
    WeakMapPrototypeHas, WeakSetPrototypeHas,
    TypedArrayPrototypeGetLength, TypedArrayPrototypeGetSymbolToStringTag, TypedArrayPrototypeGetBuffer,
    TypedArrayPrototypeGetByteLength, TypedArrayPrototypeGetByteOffset,
    ArrayBufferPrototypeGetByteLength, SharedArrayBufferPrototypeGetByteLength,
    DataViewPrototypeGetBuffer, DataViewPrototypeGetByteLength, DataViewPrototypeGetByteOffset,
    NumberPrototypeValueOf, StringPrototypeValueOf, BooleanPrototypeValueOf, BigIntPrototypeValueOf,
    SymbolPrototypeValueOf, RegExpPrototypeSymbolReplace, RegExpPrototypeTest,
  } = core.primordials;

  // util.inspect's options and their defaults (console.log uses these), in the order node
  // hands them to custom inspectors. showProxy and numericSeparator change nothing here.
  const DEFAULTS = {
    showHidden: false, depth: 2, colors: false, customInspect: true, showProxy: false, maxArrayLength: 100,
    maxStringLength: 10000, breakLength: 80, compact: 3, sorted: false, getters: false, numericSeparator: false,
  };
  const OPTION_NAMES = ObjectKeys(DEFAULTS);

  // ── Colours ──

  // ANSI's select-graphic-rendition codes, [on, off], by name (util.inspect.colors).
  const colors = {
    __proto__: null,
    reset: [0, 0], bold: [1, 22], dim: [2, 22], italic: [3, 23], underline: [4, 24], blink: [5, 25], inverse: [7, 27],
    hidden: [8, 28], strikethrough: [9, 29], doubleunderline: [21, 24], black: [30, 39], red: [31, 39],
    green: [32, 39], yellow: [33, 39], blue: [34, 39], magenta: [35, 39], cyan: [36, 39], white: [37, 39],
    bgBlack: [40, 49], bgRed: [41, 49], bgGreen: [42, 49], bgYellow: [43, 49], bgBlue: [44, 49],
    bgMagenta: [45, 49], bgCyan: [46, 49], bgWhite: [47, 49], framed: [51, 54], overlined: [53, 55],
    gray: [90, 39], redBright: [91, 39], greenBright: [92, 39], yellowBright: [93, 39], blueBright: [94, 39],
    magentaBright: [95, 39], cyanBright: [96, 39], whiteBright: [97, 39], bgGray: [100, 49],
    bgRedBright: [101, 49], bgGreenBright: [102, 49], bgYellowBright: [103, 49], bgBlueBright: [104, 49],
    bgMagentaBright: [105, 49], bgCyanBright: [106, 49], bgWhiteBright: [107, 49],
  };
  // Other names for some of them: not enumerable, and reading or setting the one they name.
  const COLOR_ALIASES = [
    ["grey", "gray"], ["blackBright", "gray"], ["bgGrey", "bgGray"], ["bgBlackBright", "bgGray"], ["faint", "dim"],
    ["crossedout", "strikethrough"], ["strikeThrough", "strikethrough"], ["crossedOut", "strikethrough"],
    ["conceal", "hidden"], ["swapColors", "inverse"], ["swapcolors", "inverse"], ["doubleUnderline", "doubleunderline"],
  ];
  for (let i = 0; i < COLOR_ALIASES.length; i++) {
    const name = COLOR_ALIASES[i][1];
    Object.defineProperty(colors, COLOR_ALIASES[i][0], {
      get() { return this[name]; },
      set(value) { this[name] = value; },
      enumerable: false,
      configurable: true,
    });
  }
  // The colour each type of text takes (util.inspect.styles): a name in `colors`. `name` (keys
  // written as identifiers) has none unless a program gives it one.
  const styles = {
    __proto__: null, special: "cyan", number: "yellow", bigint: "yellow", boolean: "yellow", undefined: "grey",
    null: "bold", string: "green", symbol: "green", date: "magenta", regexp: "red", module: "underline",
  };
  // Where the tables are read from at each use: node:util makes this its inspect function, so
  // that a program replacing util.inspect.styles (or changing an entry) changes what follows.
  core.inspectPalette = { colors, styles };

  // `value` in the colour the palette gives `type`; as it is when there is none.
  function styled(value, type) {
    const palette = core.inspectPalette;
    const style = palette.styles?.[type];
    const codes = style === undefined ? undefined : palette.colors?.[style];
    if (codes === undefined) return `${value}`;
    return `\u001b[${codes[0]}m${value}\u001b[${codes[1]}m`;
  }

  function stylize(value, type, state) {
    return state.colors ? styled(value, type) : value;
  }

  // Colour codes take no room on a terminal: widths are measured without them.
  function withoutColors(value) {
    return RegExpPrototypeSymbolReplace(/\u001b\[[\d;]*m/g, value, "");
  }

  function visibleLength(value, state) {
    return state.colors ? withoutColors(value).length : value.length;
  }

  function visibleWidth(value, state) {
    return displayWidth(state.colors ? withoutColors(value) : value);
  }

  // ── 1. Text ──────────────────────────────────────────────────────────────────────────────

  // The escape node writes for a character that cannot appear as itself inside quotes: the
  // short escapes JS has a name for, \xHH (upper case) for the other C0 and C1 controls and DEL.
  function controlEscape(code) {
    switch (code) {
      case 8: return "\\b";
      case 9: return "\\t";
      case 10: return "\\n";
      case 12: return "\\f";
      case 13: return "\\r";
    }
    return `\\x${StringPrototypePadStart(StringPrototypeToUpperCase(NumberPrototypeToString(code, 16)), 2, "0")}`;
  }

  function isSurrogate(code) { return code >= 0xd800 && code <= 0xdfff; }

  // `text` with the quote character, backslashes, control characters and lone surrogates
  // escaped (a lone surrogate as \udXXX in lower case; a valid pair stays as it is).
  function escapeText(text, quote) {
    const quoteCode = StringPrototypeCharCodeAt(quote, 0);
    let out = "";
    let copied = 0;
    for (let i = 0; i < text.length; i++) {
      const code = StringPrototypeCharCodeAt(text, i);
      let escape;
      if (code === quoteCode || code === 0x5c) escape = `\\${text[i]}`;
      else if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) escape = controlEscape(code);
      else if (isSurrogate(code)) {
        if (StringPrototypeCodePointAt(text, i) > 0xffff) {
          i++;
          continue;
        }
        escape = `\\u${NumberPrototypeToString(code, 16)}`;
      } else continue;
      out += StringPrototypeSlice(text, copied, i) + escape;
      copied = i + 1;
    }
    return copied === 0 ? text : out + StringPrototypeSlice(text, copied);
  }

  // Node quotes with ' unless the text holds one; then with " if the text holds none, else with
  // a backtick if the text holds neither a backtick nor `${`; else with ' and \' escapes.
  function quote(text) {
    let mark = "'";
    if (StringPrototypeIncludes(text, "'")) {
      if (!StringPrototypeIncludes(text, '"')) mark = '"';
      else if (!StringPrototypeIncludes(text, "`") && !StringPrototypeIncludes(text, "${")) mark = "`";
    }
    return mark + escapeText(text, mark) + mark;
  }

  function numberText(number) { return ObjectIs(number, -0) ? "-0" : `${number}`; }

  function symbolText(symbol) { return SymbolPrototypeToString(symbol); }

  // A property's name as node writes it: bare when it is an identifier made of ASCII letters,
  // digits and _ (no $), quoted otherwise (coloured as a string); a symbol in brackets, its
  // description escaped as if in single quotes. A non-enumerable key (showHidden) is put in
  // brackets, unquoted and uncoloured.
  function keyText(key, enumerable, state) {
    if (typeof key === "symbol") return `[${stylize(escapeText(symbolText(key), "'"), "symbol", state)}]`;
    if (!enumerable) return `[${key}]`;
    return isPlainIdentifier(key) ? stylize(key, "name", state) : stylize(quote(key), "string", state);
  }

  function isPlainIdentifier(key) {
    for (let i = 0; i < key.length; i++) {
      const code = StringPrototypeCharCodeAt(key, i);
      const letter = (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
      if (!letter && (i === 0 || code < 48 || code > 57)) return false;
    }
    return key.length > 0;
  }

  // How many terminal columns `text` takes, which node uses to line up grid columns: East Asian
  // wide characters and emoji take two, combining marks and zero-width characters none.
  function displayWidth(text) {
    let width = 0;
    for (let i = 0; i < text.length; i++) {
      const code = StringPrototypeCodePointAt(text, i);
      if (code > 0xffff) i++;
      width += code < 0x300 ? 1 : codePointWidth(code);
    }
    return width;
  }

  function codePointWidth(code) {
    if ((code >= 0x300 && code <= 0x36f) || (code >= 0x1ab0 && code <= 0x1aff) ||
        (code >= 0x1dc0 && code <= 0x1dff) || (code >= 0x200b && code <= 0x200f) ||
        (code >= 0x20d0 && code <= 0x20ff) || (code >= 0xfe00 && code <= 0xfe0f) ||
        (code >= 0xfe20 && code <= 0xfe2f)) return 0;
    if ((code >= 0x1100 && code <= 0x115f) || (code >= 0x2e80 && code <= 0x303e) ||
        (code >= 0x3041 && code <= 0x33ff) || (code >= 0x3400 && code <= 0x4dbf) ||
        (code >= 0x4e00 && code <= 0x9fff) || (code >= 0xa000 && code <= 0xa4cf) ||
        (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff) ||
        (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60) ||
        (code >= 0xffe0 && code <= 0xffe6) || (code >= 0x1f300 && code <= 0x1f64f) ||
        (code >= 0x1f900 && code <= 0x1f9ff) || (code >= 0x20000 && code <= 0x3fffd)) return 2;
    return 1;
  }

  // `text` with `indentation` after each line break (String.prototype.replace and split would
  // consult methods a program can replace).
  function indentLines(text, indentation) {
    let out = "";
    let from = 0;
    let at = StringPrototypeIndexOf(text, "\n");
    while (at !== -1) {
      out += StringPrototypeSlice(text, from, at + 1) + indentation;
      from = at + 1;
      at = StringPrototypeIndexOf(text, "\n", from);
    }
    return from === 0 ? text : out + StringPrototypeSlice(text, from);
  }

  function plural(count, noun) { return `${count} ${noun}${count === 1 ? "" : "s"}`; }

  function spaces(count) { return StringPrototypeRepeat(" ", count); }

  // ── 2. Describe: values become parts ───────────────────────────────────────────────────────

  const TEXT = 0; // finished text
  const INDENTED = 1; // finished text whose line breaks take the indentation of where it lands
  const STRING = 2; // a string value, quoted (and perhaps split) where it lands
  const SEQUENCE = 3; // parts one after the other
  const PROPERTY = 4; // `key: value`
  const BLOCK = 5; // a container: opening, entries, closing

  const text = (value) => ({ kind: TEXT, text: value });
  const indented = (value) => ({ kind: INDENTED, text: value });
  // (A sequence with a style is coloured as a whole: its parts are then left plain.)
  const sequence = (parts, style = "") => ({ kind: SEQUENCE, parts, style });

  // A block. `description` (a part, or null) is what node writes before the bracket for values
  // that have a text of their own (functions, errors, dates, boxed primitives); `opening`
  // includes a type prefix such as `Map(2) ` and the bracket. `level` is its nesting depth;
  // `grid`: entries may be laid out in columns (arrays, typed arrays); `alignRight`: the grid
  // aligns them right (numbers); `sortFrom`: the first entry the `sorted` option reorders;
  // `ref`: its object's number if something refers back to it; `name`: its type's name.
  function block(level, opening, closing, description) {
    return {
      kind: BLOCK, level, opening, closing, description, entries: [],
      grid: false, alignRight: false, sortFrom: 0, ref: 0, name: "",
    };
  }

  function add(list, item) { list[list.length] = item; }

  function isObject(value) { return value !== null && (typeof value === "object" || typeof value === "function"); }

  // (A descriptor's fields are its own: `value` read from an accessor's descriptor would reach
  // Object.prototype, which a program may have given a `value`.)
  function isAccessor(descriptor) { return ObjectPrototypeHasOwnProperty(descriptor, "get"); }

  // What one inspect call keeps: its options, and whether it colours; the objects being
  // described (those whose blocks are open), to spot circular references; the number given to
  // each object referred to that way (one number per object for the whole call, shown as
  // `<ref *n>` on each of its blocks described from then on); and for the layout, the level of
  // the last block it entered.
  function newState(options) {
    return { options, colors: !!options.colors, open: new SafeSet(), refs: new SafeMap(), lastEntered: 0 };
  }

  function describe(value, level, state) {
    switch (typeof value) {
      case "string": return describeString(value, state.options);
      case "number":
      case "bigint":
      case "symbol":
      case "undefined":
      case "boolean":
        return text(stylize(primitiveText(value), typeof value, state));
    }
    if (value === null) return text(stylize("null", "null", state));
    if (state.options.customInspect) {
      const shown = callCustomInspect(value, level, state);
      if (shown !== undefined) return shown;
    }
    if (state.open.has(value)) {
      let number = state.refs.get(value);
      if (number === undefined) state.refs.set(value, number = state.refs.size + 1);
      return text(stylize(`[Circular *${number}]`, "special", state));
    }
    return describeObject(value, level, state);
  }

  // A primitive other than a string, as text.
  function primitiveText(value) {
    switch (typeof value) {
      case "number": return numberText(value);
      case "bigint": return `${value}n`;
      case "symbol": return symbolText(value);
    }
    return `${value}`;
  }

  // Longer strings are cut at maxStringLength, with a note of how much was left out. (The
  // quoted text is coloured as a string where it lands, unless the part says `plain`.)
  function describeString(value, options) {
    if (value.length <= options.maxStringLength) return { kind: STRING, text: value, more: "" };
    const left = value.length - options.maxStringLength;
    return { kind: STRING, text: StringPrototypeSlice(value, 0, options.maxStringLength), more: `... ${plural(left, "more character")}` };
  }

  // A value's [util.inspect.custom](depth, options, inspect) method decides how it is shown: a
  // string it returns is used as it is, anything else (but the value itself) is described in
  // its place. A class's prototype is shown as an object, not through its own class's method.
  function callCustomInspect(value, level, state) {
    const custom = value[inspectCustom];
    if (typeof custom !== "function" || custom === inspect) return undefined;
    const constructor = value.constructor;
    if (constructor != null && constructor.prototype === value) return undefined;
    const options = state.options;
    const given = { stylize: state.colors ? styled : (shown) => shown };
    for (let i = 0; i < OPTION_NAMES.length; i++) given[OPTION_NAMES[i]] = options[OPTION_NAMES[i]];
    const result = ReflectApply(custom, value, [options.depth - level, given, inspect]);
    if (result === value) return undefined;
    if (typeof result === "string") return indented(result);
    return describe(result, level, state);
  }

  // ── What kind of object a value is ──

  // Whether a value really is a Map, a Date, ...: brand checks, built-in methods that throw
  // for anything else, whatever its prototype or Symbol.toStringTag says.
  function passes(check, value) {
    try {
      check(value);
      return true;
    } catch {
      return false;
    }
  }

  function inherits(value, prototype) {
    for (let link = ObjectGetPrototypeOf(value); link !== null; link = ObjectGetPrototypeOf(link)) {
      if (link === prototype) return true;
    }
    return false;
  }

  function brand(value) { return StringPrototypeSlice(ObjectPrototypeToString(value), 8, -1); }

  const CONFIRM = {
    __proto__: null,
    map: (value) => passes(MapPrototypeGetSize, value),
    set: (value) => passes(SetPrototypeGetSize, value),
    arrayBuffer: (value) => passes(ArrayBufferPrototypeGetByteLength, value),
    sharedArrayBuffer: (value) => passes(SharedArrayBufferPrototypeGetByteLength, value),
    dataView: (value) => passes(DataViewPrototypeGetByteLength, value),
    date: (value) => passes(DatePrototypeGetTime, value),
    regexp: (value) => value !== RegExp.prototype && passes(RegExpPrototypeGetSource, value),
    weakMap: (value) => passes((map) => WeakMapPrototypeHas(map, inherits), value),
    weakSet: (value) => passes((set) => WeakSetPrototypeHas(set, inherits), value),
    boxed: (value) => boxedPrimitive(value) !== undefined,
    error: () => true,
    // (The host knows; asking costs a call, made only for objects that claim to be promises.)
    promise: (value) => ops.promiseState(value) !== null,
  };
  // The kind the nearest built-in prototype up an object's chain suggests, and the kind its
  // Symbol.toStringTag (or the engine's own tag) names; each is confirmed by CONFIRM.
  const PROTOTYPE_KINDS = new SafeMap();
  const KIND_PROTOTYPES = [
    [Map, "map"], [Set, "set"], [ArrayBuffer, "arrayBuffer"], [DataView, "dataView"], [Date, "date"],
    [RegExp, "regexp"], [WeakMap, "weakMap"], [WeakSet, "weakSet"], [Error, "error"], [Promise, "promise"],
    [Number, "boxed"], [String, "boxed"], [Boolean, "boxed"], [BigInt, "boxed"], [Symbol, "boxed"],
  ];
  for (let i = 0; i < KIND_PROTOTYPES.length; i++) PROTOTYPE_KINDS.set(KIND_PROTOTYPES[i][0].prototype, KIND_PROTOTYPES[i][1]);
  const BRAND_KINDS = {
    __proto__: null, Map: "map", Set: "set", ArrayBuffer: "arrayBuffer", SharedArrayBuffer: "sharedArrayBuffer",
    DataView: "dataView", Date: "date", RegExp: "regexp", WeakMap: "weakMap", WeakSet: "weakSet", Error: "error",
    Promise: "promise", Number: "boxed", String: "boxed", Boolean: "boxed", BigInt: "boxed", Symbol: "boxed",
  };
  // What an object with neither may still be: one whose prototype was set to null.
  const UNCLAIMED_KINDS = ["map", "set", "arrayBuffer", "sharedArrayBuffer", "dataView", "weakMap", "weakSet"];

  // Brand checks throw for every kind a value is not, and throwing is slow (a stack trace
  // each time): the suggested kinds are confirmed first, and only an object whose chain has no
  // Object.prototype and whose tag says nothing is tried against every kind.
  function kindOf(value) {
    if (typeof value === "function") return "function";
    if (ArrayIsArray(value)) return "array";
    if (TypedArrayPrototypeGetSymbolToStringTag(value) !== undefined) return "typedArray";
    const byPrototype = kindByPrototype(value);
    if (byPrototype !== null && byPrototype !== "object" && CONFIRM[byPrototype](value)) return byPrototype;
    const tag = brand(value);
    const byBrand = BRAND_KINDS[tag];
    if (byBrand !== undefined && byBrand !== byPrototype && CONFIRM[byBrand](value)) return byBrand;
    if (tag === "Arguments") return "arguments";
    if (tag === "Map Iterator" || tag === "Set Iterator") return "iterator";
    if (tag === "Module" && ObjectGetPrototypeOf(value) === null && !ObjectIsExtensible(value)) return "module";
    if (byPrototype === null && tag === "Object") {
      for (let i = 0; i < UNCLAIMED_KINDS.length; i++) if (CONFIRM[UNCLAIMED_KINDS[i]](value)) return UNCLAIMED_KINDS[i];
    }
    return "object";
  }

  // "object" for a chain that reaches Object.prototype first; null for one without it.
  function kindByPrototype(value) {
    for (let link = ObjectGetPrototypeOf(value); link !== null; link = ObjectGetPrototypeOf(link)) {
      const kind = PROTOTYPE_KINDS.get(link);
      if (kind !== undefined) return kind;
      if (link === Object.prototype) return "object";
    }
    return null;
  }

  // The primitive inside a Number, String, Boolean, BigInt or Symbol object, with its type.
  const BOXES = [
    ["Number", NumberPrototypeValueOf], ["String", StringPrototypeValueOf], ["Boolean", BooleanPrototypeValueOf],
    ["BigInt", BigIntPrototypeValueOf], ["Symbol", SymbolPrototypeValueOf],
  ];
  function boxedPrimitive(value) {
    for (let i = 0; i < BOXES.length; i++) {
      try {
        return { type: BOXES[i][0], primitive: BOXES[i][1](value) };
      } catch {}
    }
    return undefined;
  }

  // The name node gives an object: that of the nearest constructor up its prototype chain
  // whose `prototype` is in the chain (so not a class's own prototype: `Foo.prototype` is an
  // Object) and whose name is not empty. null for an object whose
  // prototype is null. For a chain with no such constructor, `Type <prototype>`, the prototype
  // shown in short.
  function constructorName(value, fallback, level, state) {
    for (let link = value; link !== null; link = ObjectGetPrototypeOf(link)) {
      const descriptor = ObjectGetOwnPropertyDescriptor(link, "constructor");
      if (descriptor === undefined || isAccessor(descriptor) || typeof descriptor.value !== "function") continue;
      const name = descriptor.value.name;
      if (typeof name === "string" && name !== "" && inChain(value, descriptor.value.prototype)) return name;
    }
    const prototype = ObjectGetPrototypeOf(value);
    if (prototype === null) return null;
    if (level > state.options.depth) return `${fallback} <Complex prototype>`;
    return `${fallback} <${render(describe(prototype, state.options.depth + 1, state), 0, state)}>`;
  }

  function inChain(value, prototype) {
    return isObject(prototype) && inherits(value, prototype);
  }

  // Symbol.toStringTag, when node shows it: a non-empty string that is not the constructor's
  // name and not an own property already listed among the entries.
  function shownTag(value, name, showHidden) {
    const tag = value[SymbolToStringTag];
    if (typeof tag !== "string" || tag === "" || tag === name) return "";
    const own = ObjectGetOwnPropertyDescriptor(value, SymbolToStringTag);
    if (own !== undefined && (showHidden || own.enumerable)) return "";
    return tag;
  }

  // What node writes before a bracket to name a type: `Map(2) `, `Foo [Map] `,
  // `[Object: null prototype] `; nothing for a plain Object or Array.
  function typePrefix(name, tag, type, size) {
    const tagged = tag !== "" && tag !== (name ?? type) ? `[${tag}] ` : "";
    if (name === null) return `[${type}${size}: null prototype] ${tagged}`;
    return `${name}${size} ${tagged}`;
  }

  // The short form of a non-empty object nested deeper than the depth option: `[Object]`,
  // `[Foo]`, `[Object [Tag]]`, `[Map: null prototype]`.
  function beyondDepth(name, tag, type, state) {
    if (name === null) return text(stylize(`[${type}: null prototype]`, "special", state));
    return text(stylize(`[${name}${tag !== "" && tag !== name ? ` [${tag}]` : ""}]`, "special", state));
  }

  // ── Objects ──

  // The type node names an object by when no constructor does (`[Map: null prototype]`).
  const FALLBACK_TYPES = {
    __proto__: null, array: "Array", map: "Map", set: "Set", function: "Function", arrayBuffer: "ArrayBuffer",
    sharedArrayBuffer: "SharedArrayBuffer", dataView: "DataView", date: "Date", regexp: "RegExp",
    weakMap: "WeakMap", weakSet: "WeakSet", error: "Error", promise: "Promise",
  };

  // An object: what it is, what names it, which of its keys show; then its shape, cut short
  // beyond the depth option, otherwise filled with its entries and properties.
  function describeObject(value, level, state) {
    const options = state.options;
    let kind = kindOf(value);
    const boxed = kind === "boxed" ? boxedPrimitive(value) : undefined;
    const type = kind === "typedArray" ? TypedArrayPrototypeGetSymbolToStringTag(value)
      : boxed !== undefined ? boxed.type : (FALLBACK_TYPES[kind] ?? "Object");
    const name = constructorName(value, type, level, state);
    const tag = shownTag(value, name, options.showHidden);
    // Node shows collections as such only while they can be iterated (or have a null prototype).
    if ((kind === "array" || kind === "typedArray" || kind === "map" || kind === "set") && name !== null && !(SymbolIterator in value)) {
      kind = "object";
    }
    const keys = ownKeys(value, kind, options.showHidden);
    const shape = SHAPES[kind](value, { name, tag, type, keys, level, state, boxed });
    if (shape.block === undefined) return shape;
    const shown = shape.block;
    if (level > options.depth) {
      return kind === "regexp" ? shown.alone : beyondDepth(name, tag, type, state);
    }
    state.open.add(value);
    shown.name = name ?? type;
    try {
      shape.fill(shown, level + 1);
      shown.sortFrom = kind === "array" || kind === "typedArray" ? shown.entries.length : 0;
      addProperties(shown, value, keys, level + 1, state, kind === "error");
      if (shown.grid) shown.alignRight = numbersUpTo(value, kind, shown.entries.length);
    } catch (error) {
      if (!isStackOverflow(error)) throw error;
      return interrupted(shown, state);
    } finally {
      state.open.delete(value);
    }
    shown.ref = state.refs.get(value) ?? 0;
    return shown;
  }

  // Nesting deeper than the stack allows (a long linked list with depth: Infinity) is cut
  // where the stack ran out, as node cuts it, rather than failing the whole call.
  function isStackOverflow(error) {
    return isObject(error) && inherits(error, RangeError.prototype) && StringPrototypeIncludes(`${error.message}`, "call stack");
  }

  function interrupted(shown, state) {
    return text(stylize(`[${shown.name}: Inspection interrupted prematurely. Maximum call stack size exceeded.]`, "special", state));
  }

  // What a kind of object looks like: either a finished part (an empty container, a function
  // without properties), or { block, fill } where fill(block, level) adds its entries (its own
  // properties are added after them).
  const SHAPES = {
    __proto__: null,
    array(value, facts) {
      const { name, tag, keys } = facts;
      const length = value.length;
      const prefix = name === "Array" && tag === "" ? "" : typePrefix(name, tag, "Array", `(${length})`);
      if (length === 0 && keys.length === 0) return text(`${prefix}[]`);
      const shown = block(facts.level, `${prefix}[`, "]", null);
      shown.grid = true;
      return { block: shown, fill: (into, level) => addElements(into, value, length, level, facts.state) };
    },
    typedArray(value, facts) {
      const { name, tag, type, keys, state } = facts;
      const length = TypedArrayPrototypeGetLength(value);
      const opening = `${typePrefix(name, tag, type, `(${length})`)}[`;
      if (length === 0 && keys.length === 0 && !state.options.showHidden) return text(`${opening}]`);
      const shown = block(facts.level, opening, "]", null);
      shown.grid = true;
      return { block: shown, fill: (into, level) => addTypedElements(into, value, length, level, state) };
    },
    map(value, facts) {
      const size = MapPrototypeGetSize(value);
      return collection(facts, size, (into, level) => {
        const limit = MathMin(facts.state.options.maxArrayLength, size);
        MapPrototypeForEach(value, (item, key) => {
          if (into.entries.length < limit) add(into.entries, sequence([describe(key, level, facts.state), text(" => "), describe(item, level, facts.state)]));
        });
        addMore(into, size - limit, "item");
      });
    },
    set(value, facts) {
      const size = SetPrototypeGetSize(value);
      return collection(facts, size, (into, level) => {
        const limit = MathMin(facts.state.options.maxArrayLength, size);
        SetPrototypeForEach(value, (item) => {
          if (into.entries.length < limit) add(into.entries, describe(item, level, facts.state));
        });
        addMore(into, size - limit, "item");
      });
    },
    // Their items cannot be read without consuming them (iterators) or at all (weak collections).
    iterator: (value, facts) => itemsUnknown(facts, `[${brand(value)}] {`),
    weakMap: (value, facts) => itemsUnknown(facts, `${typePrefix(facts.name, facts.tag, "WeakMap", "")}{`),
    weakSet: (value, facts) => itemsUnknown(facts, `${typePrefix(facts.name, facts.tag, "WeakSet", "")}{`),
    promise(value, facts) {
      const shown = block(facts.level, `${typePrefix(facts.name, facts.tag, "Promise", "")}{`, "}", null);
      return { block: shown, fill: (into, level) => add(into.entries, promiseState(value, level, facts.state)) };
    },
    arrayBuffer: (value, facts) => buffer(value, facts, ArrayBufferPrototypeGetByteLength),
    sharedArrayBuffer: (value, facts) => buffer(value, facts, SharedArrayBufferPrototypeGetByteLength),
    dataView(value, facts) {
      const shown = block(facts.level, `${typePrefix(facts.name, facts.tag, "DataView", "")}{`, "}", null);
      return {
        block: shown,
        fill(into, level) {
          const state = facts.state;
          add(into.entries, property(keyText("byteLength", true, state), describe(DataViewPrototypeGetByteLength(value), level, state)));
          add(into.entries, property(keyText("byteOffset", true, state), describe(DataViewPrototypeGetByteOffset(value), level, state)));
          add(into.entries, property(keyText("buffer", true, state), describe(DataViewPrototypeGetBuffer(value), level, state)));
        },
      };
    },
    function(value, facts) {
      return describedAs(facts, functionDescription(value, facts.name, facts.tag), "special");
    },
    regexp(value, facts) {
      const source = `/${RegExpPrototypeGetSource(value)}/${RegExpPrototypeGetFlags(value)}`;
      return describedAs(facts, withTypePrefix(source, facts), "regexp");
    },
    date(value, facts) {
      const time = DatePrototypeGetTime(value);
      return describedAs(facts, withTypePrefix(NumberIsNaN(time) ? "Invalid Date" : DatePrototypeToISOString(value), facts), "date");
    },
    error(value, facts) {
      adjustErrorKeys(value, facts.keys, facts.state.options.showHidden);
      const shown = indented(colorStackFrames(errorDescription(value, facts.name), facts.state));
      return described(facts, shown, shown);
    },
    // `[Number: 3]`: coloured as a whole as its primitive would be (not when it has properties).
    boxed(value, facts) {
      const { type, primitive } = facts.boxed;
      const { name, tag } = facts;
      let label = `[${type}`;
      if (name === null) label += " (null prototype)";
      else if (name !== type) label += ` (${name})`;
      const inner = typeof primitive === "string"
        ? { ...describeString(primitive, facts.state.options), plain: true }
        : text(primitiveText(primitive));
      const after = tag !== "" && tag !== name ? `] [${tag}]` : "]";
      const parts = [text(`${label}: `), inner, text(after)];
      return described(facts, sequence(parts), sequence(parts, facts.state.colors ? typeof primitive : ""));
    },
    arguments: (value, facts) => properties(facts, "[Arguments] {"),
    module: (value, facts) => properties(facts, `[Module: null prototype] {`),
    object(value, facts) {
      const { name, tag } = facts;
      return properties(facts, name === "Object" && tag === "" ? "{" : `${typePrefix(name, tag, "Object", "")}{`);
    },
  };

  // A Map or Set: `Map(2) {`, shown as `Map(0) {}` when it has nothing to show.
  function collection(facts, size, fill) {
    const opening = `${typePrefix(facts.name, facts.tag, facts.type, `(${size})`)}{`;
    if (size === 0 && facts.keys.length === 0) return text(`${opening}}`);
    return { block: block(facts.level, opening, "}", null), fill };
  }

  function itemsUnknown(facts, opening) {
    const entry = text(stylize("<items unknown>", "special", facts.state));
    return { block: block(facts.level, opening, "}", null), fill: (into) => add(into.entries, entry) };
  }

  // An object shown by its properties alone: `{}` when it has none.
  function properties(facts, opening) {
    if (facts.keys.length === 0) return text(`${opening}}`);
    return { block: block(facts.level, opening, "}", null), fill() {} };
  }

  // A value with a text of its own (a function, a date...): that text alone when it has no
  // properties to show (`alone`, coloured), else the text (`description`, not coloured)
  // followed by a block of them.
  function described(facts, description, alone) {
    if (facts.keys.length === 0) return alone;
    const shown = block(facts.level, "{", "}", description);
    shown.alone = alone;
    return { block: shown, fill() {} };
  }

  function describedAs(facts, description, style) {
    return described(facts, text(description), text(stylize(description, style, facts.state)));
  }

  // A date or a regular expression of a subclass, or with a tag, is preceded by its type.
  function withTypePrefix(shown, facts) {
    if (facts.name === facts.type && facts.tag === "") return shown;
    return typePrefix(facts.name, facts.tag, facts.type, "") + shown;
  }

  function property(key, value) { return { kind: PROPERTY, key, value }; }

  // (Not coloured.)
  function addMore(into, left, noun) {
    if (left > 0) add(into.entries, text(`... ${plural(left, `more ${noun}`)}`));
  }

  // Runs of holes in an array become one `<n empty items>` entry; at most maxArrayLength entries
  // are shown, then how many items are left from where they stopped. Holes are found through
  // the array's own keys, so that a vast sparse array costs what its items cost.
  function addElements(into, array, length, level, state) {
    const limit = state.options.maxArrayLength;
    let indices;
    let i = 0;
    while (i < length && into.entries.length < limit) {
      if (ObjectPrototypeHasOwnProperty(array, i)) {
        add(into.entries, slot(array, i, level, state));
        i++;
        continue;
      }
      indices ??= ownIndices(array);
      const next = MathMin(firstIndexAfter(indices, i), length);
      add(into.entries, text(stylize(`<${plural(next - i, "empty item")}>`, "undefined", state)));
      i = next;
    }
    addMore(into, length - i, "item");
  }

  function ownIndices(array) {
    const keys = ReflectOwnKeys(array);
    const indices = [];
    for (let k = 0; k < keys.length; k++) {
      if (typeof keys[k] === "string" && isArrayIndex(keys[k])) add(indices, Number(keys[k]));
    }
    return indices;
  }

  // (Own index keys come in ascending order.)
  function firstIndexAfter(indices, index) {
    let low = 0;
    let high = indices.length;
    while (low < high) {
      const middle = MathFloor((low + high) / 2);
      if (indices[middle] > index) high = middle;
      else low = middle + 1;
    }
    return low < indices.length ? indices[low] : Infinity;
  }

  function isArrayIndex(key) {
    const number = Number(key);
    return `${number}` === key && number >= 0 && number < 4294967295 && MathFloor(number) === number;
  }

  function addTypedElements(into, array, length, level, state) {
    const limit = MathMin(state.options.maxArrayLength, length);
    for (let i = 0; i < limit; i++) add(into.entries, describe(array[i], level, state));
    addMore(into, length - limit, "item");
    if (!state.options.showHidden) return;
    // What node adds with showHidden: the view's own facts, its buffer shown without contents
    // (their names are not coloured).
    add(into.entries, property("[BYTES_PER_ELEMENT]", describe(array.BYTES_PER_ELEMENT, level, state)));
    add(into.entries, property("[length]", describe(length, level, state)));
    add(into.entries, property("[byteLength]", describe(TypedArrayPrototypeGetByteLength(array), level, state)));
    add(into.entries, property("[byteOffset]", describe(TypedArrayPrototypeGetByteOffset(array), level, state)));
    const viewed = TypedArrayPrototypeGetBuffer(array);
    add(into.entries, property("[buffer]", describeBufferAlone(viewed, level, state)));
  }

  // (Shown so whatever the depth.)
  function describeBufferAlone(buffer, level, state) {
    const shown = block(level, "ArrayBuffer {", "}", null);
    shown.name = "ArrayBuffer";
    add(shown.entries, property("byteLength", describe(ArrayBufferPrototypeGetByteLength(buffer), level, state)));
    return shown;
  }

  // `[Uint8Contents]: <00 ff ...>` (at most maxArrayLength bytes), then byteLength; a buffer
  // whose memory was transferred away says `(detached)`.
  function buffer(value, facts, byteLength) {
    const shown = block(facts.level, `${typePrefix(facts.name, facts.tag, facts.type, "")}{`, "}", null);
    return {
      block: shown,
      fill(into, level) {
        const state = facts.state;
        const length = byteLength(value);
        const limit = MathMin(state.options.maxArrayLength, length);
        let bytes;
        try {
          bytes = new Uint8Array(value, 0, limit);
        } catch {
          add(into.entries, text(stylize("(detached)", "special", state)));
        }
        if (bytes !== undefined) {
          const hex = [];
          for (let i = 0; i < limit; i++) add(hex, StringPrototypePadStart(NumberPrototypeToString(bytes[i], 16), 2, "0"));
          const more = length > limit ? ` ... ${plural(length - limit, "more byte")}` : "";
          add(into.entries, text(`${stylize("[Uint8Contents]", "special", state)}: <${ArrayPrototypeJoin(hex, " ")}${more}>`));
        }
        add(into.entries, property(keyText("byteLength", true, state), describe(length, level, state)));
      },
    };
  }

  function promiseState(promise, level, state) {
    const found = ops.promiseState(promise);
    if (found[0] === "pending") return text(stylize("<pending>", "special", state));
    const result = describe(found[1], level, state);
    return found[0] === "rejected" ? sequence([text(`${stylize("<rejected>", "special", state)} `), result]) : result;
  }

  // The keys node lists: own enumerable string keys, then own enumerable symbols; with
  // showHidden all own keys. Index keys of arrays, typed arrays and String objects are their
  // items, shown otherwise. Each is [key, enumerable].
  function ownKeys(value, kind, showHidden) {
    const keys = [];
    const all = ReflectOwnKeys(value);
    const stringLength = kind === "boxed" && typeof value !== "function" ? stringObjectLength(value) : -1;
    for (let i = 0; i < all.length; i++) {
      const key = all[i];
      // (A module namespace's exports are enumerable, and asking would read them: one read
      // before its module ran throws.)
      const enumerable = kind === "module" ? typeof key === "string" : ObjectPrototypePropertyIsEnumerable(value, key);
      if (!enumerable && !showHidden) continue;
      if (typeof key === "string" && isItemKey(key, kind, stringLength)) continue;
      add(keys, [key, enumerable]);
    }
    return keys;
  }

  function stringObjectLength(value) {
    try {
      return StringPrototypeValueOf(value).length;
    } catch {
      return -1;
    }
  }

  function isItemKey(key, kind, stringLength) {
    if (kind === "array" || kind === "typedArray") return isArrayIndex(key);
    return stringLength > 0 && isArrayIndex(key) && Number(key) < stringLength;
  }

  // (Newer V8s give errors a `stack` accessor; node 20's is a data property, shown by value.)
  function addProperties(into, value, keys, level, state, isError) {
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i][0];
      const shown = isError && key === "stack" ? describe(readStack(value), level, state) : slot(value, key, level, state);
      add(into.entries, property(keyText(key, keys[i][1], state), shown));
    }
  }

  // One property's value: described, or for an accessor `[Getter]`, `[Setter]`,
  // `[Getter/Setter]` (with the getters option, the getter's result too).
  function slot(owner, key, level, state) {
    let descriptor;
    try {
      descriptor = ObjectGetOwnPropertyDescriptor(owner, key);
    } catch (error) {
      // A module namespace's binding read before its module ran.
      if (brand(owner) === "Module" && ObjectGetPrototypeOf(owner) === null) return text(stylize("<uninitialized>", "special", state));
      throw error;
    }
    if (descriptor === undefined) return describe(owner[key], level, state);
    if (!isAccessor(descriptor)) return describe(descriptor.value, level, state);
    const { get, set } = descriptor;
    if (get === undefined) return set === undefined ? describe(undefined, level, state) : text(stylize("[Setter]", "special", state));
    const label = set === undefined ? "Getter" : "Getter/Setter";
    const getters = state.options.getters;
    if (!(getters === true || (getters === "get" && set === undefined) || (getters === "set" && set !== undefined))) {
      return text(stylize(`[${label}]`, "special", state));
    }
    // `[Getter: 1]`, `[Getter: <Inspection threw (...)>]`: the brackets and the label coloured
    // apart from what they hold; `[Getter] { a: 1 }`.
    const closing = text(stylize("]", "special", state));
    let result;
    try {
      result = ReflectApply(get, owner, []);
    } catch (error) {
      return sequence([text(`${stylize(`[${label}:`, "special", state)} <Inspection threw (${String(error?.message)})>`), closing]);
    }
    if (isObject(result)) {
      return sequence([text(`${stylize(`[${label}]`, "special", state)} `), describe(result, level, state)]);
    }
    return sequence([text(`${stylize(`[${label}:`, "special", state)} `), describe(result, level, state), closing]);
  }

  // Whether each of the first `count` indices of an array holds a number or a bigint, as node
  // decides to align a grid right (an extra property or a hole counts as an index that does not).
  function numbersUpTo(value, kind, count) {
    if (kind === "typedArray") return count <= TypedArrayPrototypeGetLength(value);
    for (let i = 0; i < count; i++) {
      const descriptor = ObjectGetOwnPropertyDescriptor(value, i);
      const item = descriptor === undefined || isAccessor(descriptor) ? undefined : descriptor.value;
      if (typeof item !== "number" && typeof item !== "bigint") return false;
    }
    return true;
  }

  // ── Functions and classes ──

  // `[Function: name]`, `[AsyncGeneratorFunction (anonymous)]`, `[class A extends B]`, with
  // the constructor's name after it when it is not the function's own type.
  function functionDescription(fn, name, tag) {
    const source = FunctionPrototypeToString(fn);
    if (isClassSource(source)) return classDescription(fn, name);
    const type = functionType(fn);
    let label = `[${type}`;
    if (name === null) label += " (null prototype)";
    const own = fn.name;
    label += own === "" || own === undefined ? " (anonymous)]" : `: ${String(own)}]`;
    if (name !== null && name !== type) label += ` ${name}`;
    if (tag !== "" && tag !== name) label += ` [${tag}]`;
    return label;
  }

  function functionType(fn) {
    const tag = brand(fn);
    if (tag === "AsyncFunction" || tag === "GeneratorFunction" || tag === "AsyncGeneratorFunction") return tag;
    return "Function";
  }

  function classDescription(fn, name) {
    const own = fn.name;
    let label = `[class ${own === "" || own === undefined ? "(anonymous)" : String(own)}`;
    const parent = ObjectGetPrototypeOf(fn);
    if (parent === null) label += " extends [null prototype]";
    else if (typeof parent.name === "string" && parent.name !== "") label += ` extends ${parent.name}`;
    if (name !== null && name !== "Function") label += ` [${name}]`;
    return `${label}]`;
  }

  // Node tells classes from functions by their source text: `class` and a heading without
  // parentheses before the body's brace (comments aside). A class whose `extends` clause holds
  // a call or parentheses is shown as a function, as node shows it.
  function isClassSource(source) {
    if (!StringPrototypeStartsWith(source, "class")) return false;
    const after = StringPrototypeCharCodeAt(source, 5);
    if (!(after === 32 || after === 9 || after === 10 || after === 13 || after === 123 || after === 47)) return false;
    for (let i = 5; i < source.length; i++) {
      const char = source[i];
      if (char === "{") return true;
      if (char === "(") return false;
      if (char === "/" && source[i + 1] === "*") {
        const end = StringPrototypeIndexOf(source, "*/", i + 2);
        i = end === -1 ? source.length : end + 1;
      } else if (char === "/" && source[i + 1] === "/") {
        const end = StringPrototypeIndexOf(source, "\n", i + 2);
        i = end === -1 ? source.length : end;
      }
    }
    return false;
  }

  // ── Errors ──

  // An error is shown by its stack (its `toString()` when it has none). When the first line
  // names a built-in-like error type (`...Error`) that is not the constructor's name, node
  // names the class: `MyClass [TypeError]: message`, or just the class's name when it contains
  // the type (`ValidationError` for an Error subclass). An error whose stack has no frames is
  // put in brackets: `[Error: message]`.
  function errorDescription(error, name) {
    let stack = readStack(error);
    if (name === null) stack = namedForNullPrototype(stack);
    else {
      const type = error.name;
      if (typeof type === "string" && StringPrototypeEndsWith(type, "Error") && startsWithName(stack, type)) {
        const shown = StringPrototypeIncludes(name, type) ? name : `${name} [${type}]`;
        stack = shown + StringPrototypeSlice(stack, type.length);
      }
    }
    return StringPrototypeIncludes(stack, "\n    at") ? stack : `[${stack}]`;
  }

  // With colours, an error's stack frames are marked as node marks them: a frame in a
  // built-in (`at fn (node:fs:1:2)`) is greyed whole (the `undefined` style); in another the
  // working directory is greyed (with the `(` before it and the `)` ending the line), and each
  // package name after `node_modules/` takes the `module` style.
  function colorStackFrames(stack, state) {
    if (!state.colors || !StringPrototypeIncludes(stack, "\n    at ")) return stack;
    const directory = workingDirectory();
    const lines = [];
    let from = 0;
    while (from <= stack.length) {
      let end = StringPrototypeIndexOf(stack, "\n", from);
      if (end === -1) end = stack.length;
      const line = StringPrototypeSlice(stack, from, end);
      add(lines, from !== 0 && StringPrototypeStartsWith(line, "    at ") ? colorFrame(line, directory, state) : line);
      from = end + 1;
    }
    return ArrayPrototypeJoin(lines, "\n");
  }

  const BUILT_IN_FRAME = /^ {4}at (?:[^/\\(]+ \(|)node:.+:\d+:\d+\)?$/;
  const PACKAGE = /(node_modules\/)(@[^/]+\/[^/]+|[^/]+)(?=\/)/g;

  function colorFrame(line, directory, state) {
    if (RegExpPrototypeTest(BUILT_IN_FRAME, line)) return stylize(line, "undefined", state);
    const found = directory === undefined ? -1 : directoryIndex(line, directory);
    if (found === -1) return packagesMarked(line, state);
    // (The character after the directory, its separator, is greyed with it.)
    const inParentheses = line[found.start - 1] === "(";
    const start = inParentheses ? found.start - 1 : found.start;
    const head = StringPrototypeSlice(line, 0, start) + stylize(StringPrototypeSlice(line, start, found.end + 1), "undefined", state);
    const rest = StringPrototypeSlice(line, found.end + 1);
    if (!inParentheses) return head + packagesMarked(rest, state);
    return head + packagesMarked(StringPrototypeSlice(rest, 0, -1), state) + stylize(")", "undefined", state);
  }

  // Where the working directory appears in a frame, as a file URL or as a path.
  function directoryIndex(line, directory) {
    const url = `file://${directory}`;
    let start = StringPrototypeIndexOf(line, url);
    if (start !== -1) return { start, end: start + url.length };
    start = StringPrototypeIndexOf(line, directory);
    return start === -1 ? -1 : { start, end: start + directory.length };
  }

  function packagesMarked(text, state) {
    return RegExpPrototypeSymbolReplace(PACKAGE, text, (_, prefix, name) => prefix + stylize(name, "module", state));
  }

  // The program's working directory, when it may know it (not the root: every path is in it).
  function workingDirectory() {
    try {
      const directory = core.process?.cwd();
      return typeof directory === "string" && directory !== "/" ? directory : undefined;
    } catch {
      return undefined;
    }
  }

  function readStack(error) {
    try {
      const stack = error.stack;
      if (typeof stack === "string" && stack !== "") return stack;
    } catch {}
    return ErrorPrototypeToString(error);
  }

  function startsWithName(stack, type) {
    if (!StringPrototypeStartsWith(stack, type)) return false;
    const next = stack[type.length];
    return next === undefined || next === ":" || next === "\n";
  }

  // An error without a prototype: its stack's leading type, if it has one, becomes
  // `[Type: null prototype]` (with ` [Error]` unless the type says Error); otherwise the whole
  // stack follows `[Error: null prototype]: `.
  function namedForNullPrototype(stack) {
    const colon = StringPrototypeIndexOf(stack, ":");
    const newline = StringPrototypeIndexOf(stack, "\n");
    let end = colon !== -1 && (newline === -1 || colon < newline) ? colon : newline;
    if (end === -1) end = stack.length;
    const head = StringPrototypeSlice(stack, 0, end);
    const saysError = StringPrototypeIncludes(head, "Error");
    const capitalized = StringPrototypeCharCodeAt(stack, 0) >= 65 && StringPrototypeCharCodeAt(stack, 0) <= 90;
    const followed = end === colon || StringPrototypeStartsWith(stack, "\n    at", end) || (end === stack.length && saysError);
    if (capitalized && followed) return `[${head}: null prototype]${saysError ? "" : " [Error]"}${StringPrototypeSlice(stack, end)}`;
    return `[Error: null prototype]: ${stack}`;
  }

  // An error's enumerable `name` and `message` are left out when its stack shows them; its
  // own non-enumerable `cause` (and an AggregateError's `errors`) are shown, in brackets.
  function adjustErrorKeys(error, keys, showHidden) {
    const stack = readStack(error);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i][0];
      if ((key === "name" || key === "message") && keys[i][1]) {
        const shown = error[key];
        if ((typeof shown === "string" || typeof shown === "number") && StringPrototypeIncludes(stack, `${shown}`)) removeAt(keys, i);
      }
    }
    if (showHidden) return;
    for (let i = 0; i < ERROR_EXTRAS.length; i++) {
      const descriptor = ObjectGetOwnPropertyDescriptor(error, ERROR_EXTRAS[i]);
      if (descriptor !== undefined && !descriptor.enumerable) add(keys, [ERROR_EXTRAS[i], false]);
    }
  }

  const ERROR_EXTRAS = ["cause", "errors"];

  function removeAt(list, index) {
    for (let i = index; i < list.length - 1; i++) list[i] = list[i + 1];
    list.length -= 1;
  }

  // ── 3. Layout ──────────────────────────────────────────────────────────────────────────────

  // A part as text, at `indent`: the column where the line it starts on was indented to.
  function render(part, indent, state) {
    switch (part.kind) {
      case TEXT: return part.text;
      case INDENTED: return indent === 0 ? part.text : indentLines(part.text, spaces(indent));
      case STRING: return renderString(part, indent, state);
      case SEQUENCE: {
        let out = "";
        for (let i = 0; i < part.parts.length; i++) out += render(part.parts[i], indent, state);
        return part.style === "" ? out : stylize(out, part.style, state);
      }
      case PROPERTY: return `${part.key}: ${render(part.value, indent, state)}`;
    }
    return renderBlock(part, indent, state);
  }

  // A string of more than 16 characters that would run past breakLength from where it is
  // (its indentation plus 4) is broken after each line break: one quoted piece a line, joined
  // with ` +` and indented two more. (Not with compact: true.) Each piece is coloured.
  function renderString(part, indent, state) {
    const options = state.options;
    const value = part.text;
    const quoted = (piece) => (part.plain ? quote(piece) : stylize(quote(piece), "string", state));
    if (options.compact === true || value.length <= 16 || value.length <= options.breakLength - indent - 4) {
      return quoted(value) + part.more;
    }
    let out = "";
    let from = 0;
    const joint = ` +\n${spaces(indent + 2)}`;
    while (from < value.length) {
      const newline = StringPrototypeIndexOf(value, "\n", from);
      const to = newline === -1 ? value.length : newline + 1;
      out += (from === 0 ? "" : joint) + quoted(StringPrototypeSlice(value, from, to));
      from = to;
    }
    return out + part.more;
  }

  function renderBlock(shown, indent, state) {
    try {
      return layOut(shown, indent, state);
    } catch (error) {
      if (!isStackOverflow(error)) throw error;
      return render(interrupted(shown, state), indent, state);
    }
  }

  function layOut(shown, indent, state) {
    const options = state.options;
    state.lastEntered = shown.level;
    const entries = renderEntries(shown, indent, state);
    let description = shown.description === null ? "" : render(shown.description, indent, state);
    let opening = shown.opening;
    // `<ref *n>` leads: before the description if there is one (but in the older layout,
    // where the description follows the bracket).
    if (shown.ref !== 0) {
      const ref = stylize(`<ref *${shown.ref}>`, "special", state);
      if (description !== "" && options.compact !== true) description = `${ref} ${description}`;
      else opening = `${ref} ${opening}`;
    }
    if (options.compact === true) return legacyLayout(shown, entries, description, opening, indent, state);
    const before = description === "" ? opening : `${description} ${opening}`;
    if (typeof options.compact === "number" && options.compact >= 1) {
      const rows = shown.grid && entries.length > 6 ? gridRows(entries, shown.alignRight, indent, state) : null;
      if (rows !== null) return stacked(before, rows, shown.closing, indent);
      // Node keeps a block on one line only when the last block it entered inside it is fewer
      // than `compact` levels deeper (the innermost `compact` levels are kept together) ...
      if (state.lastEntered - shown.level < options.compact && fitsOnOneLine(entries, description, opening, indent, state)) {
        return `${before} ${ArrayPrototypeJoin(entries, ", ")} ${shown.closing}`;
      }
    }
    return stacked(before, entries, shown.closing, indent);
  }

  function renderEntries(shown, indent, state) {
    const options = state.options;
    const texts = [];
    for (let i = 0; i < shown.entries.length; i++) {
      const entry = shown.entries[i];
      if (options.compact === true && entry.kind === PROPERTY && !shown.grid) add(texts, legacyProperty(entry, indent + 3, state));
      else add(texts, render(entry, indent + 2, state));
    }
    if (options.sorted && shown.sortFrom < texts.length - 1) {
      const order = typeof options.sorted === "function" ? options.sorted : undefined;
      const sorted = ArrayPrototypeSort(ArrayPrototypeSlice(texts, shown.sortFrom), order);
      for (let i = 0; i < sorted.length; i++) texts[shown.sortFrom + i] = sorted[i];
    }
    return texts;
  }

  // ... and when, counting two columns per entry for its separator, the entries, the opening
  // and the indentation leave at least 10 of the breakLength columns, with no line break
  // anywhere. (Node does not count the space between a description and its bracket, and
  // counts the colour codes of the opening and the description: those of `<ref *n>`.)
  function fitsOnOneLine(entries, description, opening, indent, state) {
    const options = state.options;
    if (StringPrototypeIncludes(description, "\n")) return false;
    let width = indent + opening.length + description.length + entries.length * 2 + 10;
    for (let i = 0; i < entries.length; i++) {
      width += visibleLength(entries[i], state);
      if (width > options.breakLength || StringPrototypeIncludes(entries[i], "\n")) return false;
    }
    return width <= options.breakLength;
  }

  function stacked(before, lines, closing, indent) {
    const margin = `\n${spaces(indent)}`;
    return `${before}${margin}  ${ArrayPrototypeJoin(lines, `,${margin}  `)}${margin}${closing}`;
  }

  // A list of more than six entries (arrays and typed arrays) is laid out as a grid when its
  // items are short. The facts, found by experiment:
  // - a cell is as wide as the widest item plus 2 (for ", "); no grid when three cells do not
  //   fit in the line beside the indentation, nor when items are long (widest > 6) and few
  //   (their total width, separators included, is at most five cells);
  // - columns: sqrt(2.5 * w * n) / w rounded, where n is the number of items and w the cell
  //   width less 3 and less the square root of (cell width - average item width with its
  //   separator), at least 1; then at most what fits in the line, compact * 4, and 15;
  // - each column is as wide as its widest item, and lists of numbers are aligned right;
  // - when there are more entries than maxArrayLength (`... more items`, or an extra
  //   property after it), the last entry stays out of the grid, on a line of its own.
  // null when no grid is made (or only one column would fit).
  function gridRows(entries, alignRight, indent, state) {
    const options = state.options;
    const count = options.maxArrayLength < entries.length ? entries.length - 1 : entries.length;
    const widths = [];
    let total = 0;
    let widest = 0;
    for (let i = 0; i < count; i++) {
      widths[i] = visibleWidth(entries[i], state);
      total += widths[i] + 2;
      widest = MathMax(widest, widths[i]);
    }
    const cell = widest + 2;
    if (cell * 3 + indent >= options.breakLength || (total / cell <= 5 && widest > 6)) return null;
    const narrowed = MathMax(cell - 3 - MathSqrt(cell - total / entries.length), 1);
    const columns = MathMin(
      MathRound(MathSqrt(2.5 * narrowed * count) / narrowed),
      MathFloor((options.breakLength - indent) / cell),
      options.compact * 4,
      15,
    );
    if (columns <= 1) return null;
    const columnWidths = [];
    for (let column = 0; column < columns; column++) {
      let width = 0;
      for (let i = column; i < count; i += columns) width = MathMax(width, widths[i]);
      columnWidths[column] = width + 2;
    }
    const rows = [];
    for (let start = 0; start < count; start += columns) {
      const end = MathMin(start + columns, count);
      let row = "";
      for (let i = start; i < end; i++) {
        const last = i === end - 1;
        const cellText = last ? entries[i] : `${entries[i]}, `;
        // (padStart and padEnd count code units and colour codes; the widths are columns.)
        const target = columnWidths[i - start] - (last ? 2 : 0) + entries[i].length - widths[i];
        if (alignRight) row += StringPrototypePadStart(cellText, target, " ");
        else row += last ? cellText : StringPrototypePadEnd(cellText, target, " ");
      }
      add(rows, row);
    }
    if (count < entries.length) add(rows, entries[count]);
    return rows;
  }

  // compact: true is node's older layout: a block is one line when its entries fit in
  // breakLength, otherwise the first entry follows the bracket and the closing bracket ends
  // the last line; descriptions come after the opening bracket.
  function legacyLayout(shown, entries, description, opening, indent, state) {
    const options = state.options;
    let width = entries.length;
    for (let i = 0; i < entries.length; i++) width += visibleLength(entries[i], state);
    const after = description === "" ? "" : ` ${description}`;
    if (width <= options.breakLength && !StringPrototypeIncludes(description, "\n")) {
      return `${opening}${after} ${ArrayPrototypeJoin(entries, ", ")} ${shown.closing}`;
    }
    const margin = `\n${spaces(indent)}  `;
    const start = description === "" && visibleLength(opening, state) === 1 ? " " : `${after}${margin}`;
    return `${opening}${start}${ArrayPrototypeJoin(entries, `,${margin}`)} ${shown.closing}`;
  }

  // In that layout an object's property values are indented by 3, and a value wider than
  // breakLength starts on a line of its own.
  function legacyProperty(entry, indent, state) {
    const value = render(entry.value, indent, state);
    if (visibleWidth(value, state) > state.options.breakLength) return `${entry.key}:\n${spaces(indent)}${value}`;
    return `${entry.key}: ${value}`;
  }

  // ── inspect ──

  // The options: own enumerable ones of those util.inspect knows, over the defaults (null or
  // Infinity for depth means no limit; null for the maximum lengths, no maximum).
  function readOptions(given) {
    const options = { __proto__: null };
    for (let i = 0; i < OPTION_NAMES.length; i++) options[OPTION_NAMES[i]] = DEFAULTS[OPTION_NAMES[i]];
    if (given !== null && typeof given === "object") {
      const keys = ObjectKeys(given);
      for (let i = 0; i < keys.length; i++) {
        if (ObjectPrototypeHasOwnProperty(DEFAULTS, keys[i])) options[keys[i]] = given[keys[i]];
      }
    }
    if (options.depth === null) options.depth = Infinity;
    if (options.maxArrayLength === null) options.maxArrayLength = Infinity;
    if (options.maxStringLength === null) options.maxStringLength = Infinity;
    return options;
  }

  function inspect(value, options) {
    const state = newState(readOptions(options));
    return render(describe(value, 0, state), 0, state);
  }

  // ── 4. printf ──────────────────────────────────────────────────────────────────────────────

  // console.log's arguments as one line. When the first is a string, its directives take the
  // next arguments in turn: %s (a string; objects without a toString of their own are
  // inspected to depth 0), %d (a number), %i (parseInt), %f (parseFloat), %j (JSON; a circular
  // value is `[Circular]`), %o (inspected with hidden properties, depth 4), %O (inspected),
  // %c (CSS, dropped); %% is a %. A directive with no argument left, or an unknown one, stays
  // as written. The arguments left over follow, separated by spaces: strings as they are,
  // anything else inspected.
  function formatWithOptions(options, args) {
    const first = args[0];
    let used = 0;
    let out = "";
    if (typeof first === "string") {
      used = 1;
      if (args.length === 1) return first;
      let copied = 0;
      for (let i = 0; i < first.length - 1; i++) {
        if (StringPrototypeCharCodeAt(first, i) !== 37) continue;
        const directive = first[i + 1];
        let replacement;
        if (directive === "%") replacement = "%";
        else if (used < args.length && StringPrototypeIncludes("sdifjoOc", directive)) {
          replacement = applyDirective(directive, args[used], options);
          used++;
        } else continue;
        out += StringPrototypeSlice(first, copied, i) + replacement;
        copied = i + 2;
        i++;
      }
      out += StringPrototypeSlice(first, copied);
    }
    for (let i = used; i < args.length; i++) {
      if (i > 0) out += " ";
      out += typeof args[i] === "string" ? args[i] : inspect(args[i], options);
    }
    return out;
  }

  function applyDirective(directive, arg, options) {
    switch (directive) {
      case "s":
        if (typeof arg === "number") return numberText(arg);
        if (typeof arg === "bigint") return `${arg}n`;
        if (arg !== null && typeof arg === "object" && !hasOwnTextMethod(arg)) {
          return inspect(arg, { ...options, depth: 0, colors: false, compact: 3 });
        }
        return String(arg);
      case "d":
        if (typeof arg === "bigint") return `${arg}n`;
        return typeof arg === "symbol" ? "NaN" : numberText(Number(arg));
      case "i":
        if (typeof arg === "bigint") return `${arg}n`;
        return typeof arg === "symbol" ? "NaN" : numberText(NumberParseInt(arg));
      case "f":
        return typeof arg === "symbol" ? "NaN" : numberText(NumberParseFloat(arg));
      case "j":
        return jsonText(arg);
      case "o":
        return inspect(arg, { ...options, showHidden: true, showProxy: true, depth: 4 });
      case "O":
        return inspect(arg, options);
    }
    return ""; // %c
  }

  // JSON.stringify's text; only a circular value is not an error.
  function jsonText(arg) {
    try {
      return `${JSONStringify(arg)}`;
    } catch (error) {
      if (isObject(error) && inherits(error, TypeError.prototype) && StringPrototypeIncludes(`${error.message}`, "circular structure")) {
        return "[Circular]";
      }
      throw error;
    }
  }

  // Whether %s shows an object through its own text: the nearest toString (or
  // Symbol.toPrimitive) up its chain is a function that the object itself or a prototype of
  // the program's holds, rather than one of the engine's prototypes (Object's, Array's,
  // Error's, Date's...).
  const BUILT_IN_PROTOTYPES = [
    Object.prototype, Array.prototype, Error.prototype, Boolean.prototype, Number.prototype, String.prototype,
    Symbol.prototype, BigInt.prototype, RegExp.prototype, Date.prototype, Function.prototype,
  ];
  function hasOwnTextMethod(value) {
    return definedOutsideBuiltIns(value, "toString") || definedOutsideBuiltIns(value, SymbolToPrimitive);
  }
  function definedOutsideBuiltIns(value, key) {
    for (let link = value; link !== null; link = ObjectGetPrototypeOf(link)) {
      const descriptor = ObjectGetOwnPropertyDescriptor(link, key);
      if (descriptor === undefined) continue;
      for (let i = 0; i < BUILT_IN_PROTOTYPES.length; i++) if (BUILT_IN_PROTOTYPES[i] === link) return false;
      return isAccessor(descriptor) || typeof descriptor.value === "function";
    }
    return false;
  }

  inspect.custom = inspectCustom;
  core.inspect = inspect;
  core.withoutColors = withoutColors;
  core.format = (...args) => formatWithOptions({}, args);
  core.formatWithOptions = formatWithOptions;
})
