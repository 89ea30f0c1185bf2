// URL and URLSearchParams (URL Standard): parsing by Ada in the host, the rest here.
(function (core, ops) {
  "use strict";
  const FIELDS = ["href", "origin", "protocol", "username", "password", "host", "hostname", "port", "pathname", "search", "hash"];
  const encoder = new TextEncoder();
  let decoder; // made on first use: TextDecoder needs the host, which the snapshot has not
  const safe = /[*\-._0-9A-Za-z]/;

  // The URL Standard's percent-decode: %XX escapes become bytes, the rest its UTF-8.
  function percentDecodeBytes(text) {
    const bytes = [];
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      if (ch === "%" && /^[0-9A-Fa-f]{2}$/.test(text.slice(i + 1, i + 3))) {
        bytes.push(parseInt(text.slice(i + 1, i + 3), 16));
        i += 2;
      } else {
        const code = text.codePointAt(i);
        if (code > 0xffff) i++;
        bytes.push(...encoder.encode(String.fromCodePoint(code)));
      }
    }
    return new Uint8Array(bytes);
  }
  core.percentDecodeBytes = percentDecodeBytes;

  function percentDecode(text) {
    return text.includes("%") ? (decoder ??= new TextDecoder()).decode(percentDecodeBytes(text)) : text;
  }

  function formEncode(text) {
    let out = "";
    for (const byte of encoder.encode(text)) {
      const ch = String.fromCharCode(byte);
      if (byte === 0x20) out += "+";
      else if (byte < 0x80 && safe.test(ch)) out += ch;
      else out += "%" + byte.toString(16).toUpperCase().padStart(2, "0");
    }
    return out;
  }

  function parseForm(text) {
    const list = [];
    for (const sequence of text.split("&")) {
      if (sequence === "") continue;
      const at = sequence.indexOf("=");
      const name = at === -1 ? sequence : sequence.slice(0, at);
      const value = at === -1 ? "" : sequence.slice(at + 1);
      list.push([percentDecode(name.replace(/\+/g, " ")), percentDecode(value.replace(/\+/g, " "))]);
    }
    return list;
  }

  const setList = Symbol("setList");
  const linkUrl = Symbol("linkUrl");

  class URLSearchParams {
    #list = [];
    #url = null;

    constructor(init = "") {
      if (init !== null && typeof init === "object" && typeof init[Symbol.iterator] === "function") {
        for (const pair of init) {
          const entry = [...pair];
          if (entry.length !== 2) throw new TypeError("Each query pair must be an iterable [name, value] tuple");
          this.#list.push([String(entry[0]), String(entry[1])]);
        }
      } else if (init !== null && typeof init === "object") {
        for (const key of Reflect.ownKeys(init)) {
          const descriptor = Reflect.getOwnPropertyDescriptor(init, key);
          if (descriptor?.enumerable && typeof key === "string") this.#list.push([key, String(init[key])]);
        }
      } else {
        let text = String(init);
        if (text.startsWith("?")) text = text.slice(1);
        this.#list = parseForm(text);
      }
    }

    [setList](text) { this.#list = parseForm(text); }
    [linkUrl](url) { this.#url = url; }
    #update() {
      if (this.#url) this.#url[setList](this.toString());
    }

    get size() { return this.#list.length; }
    append(name, value) { this.#list.push([String(name), String(value)]); this.#update(); }
    delete(name, value) {
      name = String(name);
      this.#list = this.#list.filter(([n, v]) => n !== name || (value !== undefined && v !== String(value)));
      this.#update();
    }
    get(name) {
      name = String(name);
      const found = this.#list.find(([n]) => n === name);
      return found ? found[1] : null;
    }
    getAll(name) { name = String(name); return this.#list.filter(([n]) => n === name).map(([, v]) => v); }
    has(name, value) {
      name = String(name);
      return this.#list.some(([n, v]) => n === name && (value === undefined || v === String(value)));
    }
    set(name, value) {
      name = String(name);
      value = String(value);
      const index = this.#list.findIndex(([n]) => n === name);
      if (index === -1) this.#list.push([name, value]);
      else this.#list = this.#list.filter(([n], i) => n !== name || i === index).map((e, i, all) => (e[0] === name ? [name, value] : e));
      this.#update();
    }
    sort() {
      this.#list = this.#list.map((e, i) => [e, i]).sort((a, b) => (a[0][0] < b[0][0] ? -1 : a[0][0] > b[0][0] ? 1 : a[1] - b[1])).map(([e]) => e);
      this.#update();
    }
    forEach(callback, thisArg) {
      if (typeof callback !== "function") throw new TypeError('The "callback" argument must be of type function');
      for (const [name, value] of this.#list) callback.call(thisArg, value, name, this);
    }
    *keys() { for (const [name] of this.#list) yield name; }
    *values() { for (const [, value] of this.#list) yield value; }
    *entries() { for (const [name, value] of this.#list) yield [name, value]; }
    [Symbol.iterator]() { return this.entries(); }
    toString() { return this.#list.map(([n, v]) => `${formEncode(n)}=${formEncode(v)}`).join("&"); }

    [Symbol.for("nodejs.util.inspect.custom")](depth, options, inspect) {
      if (this.#list.length === 0) return "URLSearchParams {}";
      const items = this.#list.map(([n, v]) => `${inspect(n)} => ${inspect(v)}`);
      const single = `URLSearchParams { ${items.join(", ")} }`;
      return single.length <= 80 ? single : `URLSearchParams {\n  ${items.join(",\n  ")} }`;
    }
  }
  Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag, { value: "URLSearchParams", configurable: true });

  function invalidUrl(input) {
    const error = new TypeError("Invalid URL");
    error.code = "ERR_INVALID_URL";
    error.input = input;
    return error;
  }

  const SPECIAL_ORIGIN = new Set(["http:", "https:", "ws:", "wss:", "ftp:"]);

  // The components of a serialized URL (the host made it canonical), in FIELDS order.
  function split(href) {
    const colon = href.indexOf(":");
    const protocol = href.slice(0, colon + 1);
    let rest = href.slice(colon + 1);
    let hash = "", search = "";
    const hashAt = rest.indexOf("#");
    if (hashAt !== -1) {
      hash = rest.length - hashAt > 1 ? rest.slice(hashAt) : "";
      rest = rest.slice(0, hashAt);
    }
    const queryAt = rest.indexOf("?");
    if (queryAt !== -1) {
      search = rest.length - queryAt > 1 ? rest.slice(queryAt) : "";
      rest = rest.slice(0, queryAt);
    }
    let username = "", password = "", host = "", hostname = "", port = "", pathname = rest;
    if (rest.startsWith("//")) {
      const slash = rest.indexOf("/", 2);
      const authority = slash === -1 ? rest.slice(2) : rest.slice(2, slash);
      pathname = slash === -1 ? "" : rest.slice(slash);
      const at = authority.lastIndexOf("@");
      if (at !== -1) {
        const userinfo = authority.slice(0, at);
        const separator = userinfo.indexOf(":");
        username = separator === -1 ? userinfo : userinfo.slice(0, separator);
        password = separator === -1 ? "" : userinfo.slice(separator + 1);
      }
      host = authority.slice(at + 1);
      const portAt = host.lastIndexOf(":");
      if (portAt !== -1 && portAt > host.lastIndexOf("]")) {
        hostname = host.slice(0, portAt);
        port = host.slice(portAt + 1);
      } else {
        hostname = host;
      }
    }
    let origin = "null";
    if (SPECIAL_ORIGIN.has(protocol)) origin = `${protocol}//${host}`;
    else if (protocol === "blob:") {
      const inner = ops.urlParse(pathname, null);
      if (inner !== null && /^https?:/.test(inner)) origin = split(inner)[1];
    }
    return [href, origin, protocol, username, password, host, hostname, port, pathname, search, hash];
  }

  class URL {
    #parts;
    #params = null;

    constructor(url, base = undefined) {
      if (arguments.length === 0) throw new TypeError('The "url" argument must be specified');
      const input = String(url);
      const href = ops.urlParse(input, base === undefined ? null : String(base));
      if (href === null) throw invalidUrl(input);
      this.#parts = split(href);
    }

    static canParse(url, base = undefined) {
      return ops.urlParse(String(url), base === undefined ? null : String(base)) !== null;
    }

    #set(component, value) {
      this.#parts = split(ops.urlUpdate(this.#parts[0], component, String(value)));
      if (component === "search") this.#params?.[setList](this.#parts[9].slice(1));
    }
    [setList](query) {
      this.#parts = split(ops.urlUpdate(this.#parts[0], "search", query));
    }

    get href() { return this.#parts[0]; }
    set href(value) {
      const href = ops.urlParse(String(value), null);
      if (href === null) throw invalidUrl(String(value));
      this.#parts = split(href);
      this.#params?.[setList](this.#parts[9].slice(1));
    }
    get origin() { return this.#parts[1]; }
    get protocol() { return this.#parts[2]; }
    set protocol(value) { this.#set("protocol", value); }
    get username() { return this.#parts[3]; }
    set username(value) { this.#set("username", value); }
    get password() { return this.#parts[4]; }
    set password(value) { this.#set("password", value); }
    get host() { return this.#parts[5]; }
    set host(value) { this.#set("host", value); }
    get hostname() { return this.#parts[6]; }
    set hostname(value) { this.#set("hostname", value); }
    get port() { return this.#parts[7]; }
    set port(value) { this.#set("port", value); }
    get pathname() { return this.#parts[8]; }
    set pathname(value) { this.#set("pathname", value); }
    get search() { return this.#parts[9]; }
    set search(value) { this.#set("search", value); }
    get searchParams() {
      if (this.#params === null) {
        this.#params = new URLSearchParams(this.#parts[9]);
        this.#params[linkUrl](this);
      }
      return this.#params;
    }
    get hash() { return this.#parts[10]; }
    set hash(value) { this.#set("hash", value); }
    toString() { return this.#parts[0]; }
    toJSON() { return this.#parts[0]; }

    [Symbol.for("nodejs.util.inspect.custom")](depth, options, inspect) {
      if (depth < 0) return this;
      const shown = {};
      for (const [i, field] of FIELDS.entries()) {
        shown[field] = this.#parts[i];
        if (field === "search") shown.searchParams = this.searchParams;
      }
      return `URL ${inspect(shown, { ...options, depth })}`;
    }
  }
  Object.defineProperty(URL.prototype, Symbol.toStringTag, { value: "URL", configurable: true });
  for (const cls of [URL, URLSearchParams]) {
    for (const name of Object.getOwnPropertyNames(cls.prototype)) {
      if (name !== "constructor") Object.defineProperty(cls.prototype, name, { enumerable: true });
    }
  }

  core.defineGlobal("URL", URL);
  core.defineGlobal("URLSearchParams", URLSearchParams);
})
