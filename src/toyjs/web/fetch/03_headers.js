// Headers (Fetch Standard): case-insensitive names, combined values, sorted iteration.
(function (core, ops) {
  "use strict";
  const {
    SafeMap, SafeWeakMap, ReflectApply, String, TypeError, SymbolIterator, ObjectKeys, ArrayPrototypeJoin,
    ArrayPrototypePush, ArrayPrototypeSlice, ArrayPrototypeSort, RegExpPrototypeTest,
    RegExpPrototypeSymbolReplace, StringPrototypeCharCodeAt, StringPrototypeToLowerCase,
  } = core.primordials;
  const token = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
  const guards = new SafeWeakMap();

  // HTTP's whitespace, which a value loses at both ends.
  const isBlank = (code) => code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;

  function normalizeValue(value) {
    value = String(value);
    // (most values have none: no regular expression run for them)
    if (!isBlank(StringPrototypeCharCodeAt(value, 0)) && !isBlank(StringPrototypeCharCodeAt(value, value.length - 1))) return value;
    return RegExpPrototypeSymbolReplace(/^[\t\n\r ]+|[\t\n\r ]+$/g, value, "");
  }

  let isHeaders;
  class Headers {
    #map = new SafeMap(); // lower-case name -> list of values
    #spelling = new SafeMap(); // lower-case name -> the name as first given (for display)
    static { isHeaders = (value) => #map in value; }

    constructor(init = undefined) {
      if (init === undefined || init === null) return;
      if (typeof init !== "object") throw new TypeError("Headers constructor: the init argument must be an object");
      if (#map in init) {
        const pairs = init.#pairs();
        for (let i = 0; i < pairs.length; i++) this.#append(pairs[i][0], pairs[i][1]);
      } else if (typeof init[SymbolIterator] === "function") {
        // The program's iterable of pairs, iterated as the standard says.
        for (const pair of init) {
          const entry = [...pair];
          if (entry.length !== 2) throw new TypeError("Headers constructor: expected name/value pair to be length 2, found " + entry.length + ".");
          this.#append(entry[0], entry[1]);
        }
      } else {
        const keys = ObjectKeys(init);
        for (let i = 0; i < keys.length; i++) this.#append(keys[i], init[keys[i]]);
      }
    }

    #check(name, value, method) {
      name = String(name);
      if (!RegExpPrototypeTest(token, name)) throw new TypeError(`Headers.${method}: "${name}" is an invalid header name.`);
      // (a value is a ByteString: no code unit above U+00FF)
      if (value !== undefined && RegExpPrototypeTest(/[\0\r\n\u0100-\uffff]/, value)) {
        throw new TypeError(`Headers.${method}: "${value}" is an invalid header value.`);
      }
      if (method !== "get" && method !== "has" && guards.get(this) === "immutable") {
        throw new TypeError(`Headers.${method}: these headers are immutable`);
      }
      return StringPrototypeToLowerCase(name);
    }

    // The pairs iteration gives: sorted by name, values combined (Set-Cookie's kept apart).
    #pairs() {
      const names = [];
      this.#map.forEach((values, name) => ArrayPrototypePush(names, name));
      ArrayPrototypeSort(names);
      const pairs = [];
      for (let i = 0; i < names.length; i++) {
        const values = this.#map.get(names[i]);
        if (names[i] === "set-cookie") {
          for (let j = 0; j < values.length; j++) ArrayPrototypePush(pairs, [names[i], values[j]]);
        } else {
          ArrayPrototypePush(pairs, [names[i], ArrayPrototypeJoin(values, ", ")]);
        }
      }
      return pairs;
    }

    #append(name, value) {
      value = normalizeValue(value);
      this.#add(this.#check(name, value, "append"), name, value);
    }
    // A checked value under its lower-case name `key` (`name` as given, for display).
    #add(key, name, value) {
      const list = this.#map.get(key);
      if (list) ArrayPrototypePush(list, value);
      else {
        this.#map.set(key, [value]);
        this.#spelling.set(key, String(name));
      }
    }
    append(name, value) { this.#append(name, value); }
    set(name, value) {
      value = normalizeValue(value);
      const key = this.#check(name, value, "set");
      if (!this.#map.has(key)) this.#spelling.set(key, String(name));
      this.#map.set(key, [value]);
    }
    delete(name) {
      const key = this.#check(name, undefined, "delete");
      this.#map.delete(key);
      this.#spelling.delete(key);
    }
    get(name) {
      const list = this.#map.get(this.#check(name, undefined, "get"));
      return list ? ArrayPrototypeJoin(list, ", ") : null;
    }
    has(name) { return this.#map.has(this.#check(name, undefined, "has")); }
    getSetCookie() { return ArrayPrototypeSlice(this.#map.get("set-cookie") ?? []); }

    *entries() {
      const pairs = this.#pairs();
      for (let i = 0; i < pairs.length; i++) yield pairs[i];
    }
    *keys() {
      const pairs = this.#pairs();
      for (let i = 0; i < pairs.length; i++) yield pairs[i][0];
    }
    *values() {
      const pairs = this.#pairs();
      for (let i = 0; i < pairs.length; i++) yield pairs[i][1];
    }
    forEach(callback, thisArg = undefined) {
      const pairs = this.#pairs();
      for (let i = 0; i < pairs.length; i++) ReflectApply(callback, thisArg, [pairs[i][1], pairs[i][0], this]);
    }
    [Symbol.iterator]() { return this.entries(); }

    [Symbol.for("nodejs.util.inspect.custom")](depth, options, inspect) {
      const shown = {};
      this.#map.forEach((values, name) => { shown[this.#spelling.get(name)] = ArrayPrototypeJoin(values, ", "); });
      return `Headers ${inspect(shown, options)}`;
    }

    static fromPairs(pairs) {
      const headers = new Headers();
      for (let i = 0; i < pairs.length; i++) headers.#append(pairs[i][0], pairs[i][1]);
      return headers;
    }
    static pairsOf(headers) { return headers.#pairs(); }
    // Headers an HTTP parser took from the wire ([name, value, name, value, ...]), whose names
    // it checked to be tokens and whose values it trimmed and checked to be without NUL, CR
    // and LF: what append() would check again.
    static fromParsed(raw) {
      const headers = new Headers();
      for (let i = 0; i < raw.length; i += 2) headers.#add(StringPrototypeToLowerCase(raw[i]), raw[i], raw[i + 1]);
      return headers;
    }
  }
  // For the runtime's own lists of pairs (a response's, a request's): no iterator is run.
  core.headersFromPairs = Headers.fromPairs;
  core.headerPairs = Headers.pairsOf;
  core.headersFromParsed = Headers.fromParsed;
  delete Headers.fromPairs;
  delete Headers.pairsOf;
  delete Headers.fromParsed;

  // The runtime's own calls (a body's content type), which a program replacing these methods
  // does not redirect.
  const { get, has, set } = Headers.prototype;
  core.headersGet = (headers, name) => ReflectApply(get, headers, [name]);
  core.headersHas = (headers, name) => ReflectApply(has, headers, [name]);
  core.headersSet = (headers, name, value) => ReflectApply(set, headers, [name, value]);
  core.freezeHeaders = (headers) => { guards.set(headers, "immutable"); return headers; };
  core.webidl.defineInterface(Headers, { brand: isHeaders, brandMessage: "Illegal invocation", pairIterable: true });
  core.registerPlatformInterface(Headers, { brand: isHeaders }); // (not serializable)
  core.Headers = Headers;
  core.defineGlobal("Headers", Headers);
})
