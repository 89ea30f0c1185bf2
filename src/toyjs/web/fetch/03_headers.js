// Headers (Fetch Standard): case-insensitive names, combined values, sorted iteration.
(function (core, ops) {
  "use strict";
  const token = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
  const guards = new WeakMap();

  function normalizeValue(value) {
    return String(value).replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, "");
  }

  class Headers {
    #map = new Map(); // lower-case name -> list of values
    #spelling = new Map(); // lower-case name -> the name as first given (for display)

    constructor(init = undefined) {
      if (init === undefined || init === null) return;
      if (typeof init !== "object") throw new TypeError("Headers constructor: the init argument must be an object");
      if (typeof init[Symbol.iterator] === "function") {
        for (const pair of init) {
          const entry = [...pair];
          if (entry.length !== 2) throw new TypeError("Headers constructor: expected name/value pair to be length 2, found " + entry.length + ".");
          this.append(entry[0], entry[1]);
        }
      } else {
        for (const key of Object.keys(init)) this.append(key, init[key]);
      }
    }

    #check(name, value, method) {
      name = String(name);
      if (!token.test(name)) throw new TypeError(`Headers.${method}: "${name}" is an invalid header name.`);
      if (value !== undefined && /[\0\r\n]/.test(value)) {
        throw new TypeError(`Headers.${method}: "${value}" is an invalid header value.`);
      }
      if (method !== "get" && method !== "has" && guards.get(this) === "immutable") {
        throw new TypeError(`Headers.${method}: these headers are immutable`);
      }
      return name.toLowerCase();
    }

    append(name, value) {
      value = normalizeValue(value);
      const key = this.#check(name, value, "append");
      const list = this.#map.get(key);
      if (list) list.push(value);
      else {
        this.#map.set(key, [value]);
        this.#spelling.set(key, String(name));
      }
    }
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
      return list ? list.join(", ") : null;
    }
    has(name) { return this.#map.has(this.#check(name, undefined, "has")); }
    getSetCookie() { return [...(this.#map.get("set-cookie") ?? [])]; }

    *entries() {
      const names = [...this.#map.keys()].sort();
      for (const name of names) {
        if (name === "set-cookie") {
          for (const value of this.#map.get(name)) yield [name, value];
        } else {
          yield [name, this.#map.get(name).join(", ")];
        }
      }
    }
    *keys() { for (const [name] of this.entries()) yield name; }
    *values() { for (const [, value] of this.entries()) yield value; }
    forEach(callback, thisArg) {
      for (const [name, value] of this.entries()) callback.call(thisArg, value, name, this);
    }
    [Symbol.iterator]() { return this.entries(); }

    [Symbol.for("nodejs.util.inspect.custom")](depth, options, inspect) {
      const shown = {};
      for (const [name, values] of this.#map) shown[this.#spelling.get(name)] = values.join(", ");
      return `Headers ${inspect(shown, options)}`;
    }
  }
  Object.defineProperty(Headers.prototype, Symbol.toStringTag, { value: "Headers", configurable: true });

  core.freezeHeaders = (headers) => { guards.set(headers, "immutable"); return headers; };
  core.Headers = Headers;
  core.defineGlobal("Headers", Headers);
})
