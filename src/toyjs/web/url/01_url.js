// URL and URLSearchParams (URL Standard): parsing by Ada in the native core (ops.url), the rest here.
(function (core, ops) {
  "use strict";
  const {
    SafeSet, ReflectApply, ReflectGetOwnPropertyDescriptor, ReflectOwnKeys, String, TypeError, Uint8Array, Uint32Array,
    SymbolIterator, ArrayPrototypeFilter, ArrayPrototypeFind, ArrayPrototypeFindIndex, ArrayPrototypeJoin,
    ArrayPrototypeMap, ArrayPrototypePush, ArrayPrototypeSome, ArrayPrototypeSort, NumberParseInt,
    NumberPrototypeToString, StringFromCharCode, StringFromCodePoint, StringPrototypeCodePointAt,
    StringPrototypeIncludes, StringPrototypeIndexOf, StringPrototypePadStart,
    StringPrototypeSlice, StringPrototypeSplit, StringPrototypeStartsWith, StringPrototypeToUpperCase,
    RegExpPrototypeSymbolReplace, RegExpPrototypeTest,
  } = core.primordials;
  const { encodeUtf8, decodeUtf8 } = core;
  const FIELDS = ["href", "origin", "protocol", "username", "password", "host", "hostname", "port", "pathname", "search", "hash"];
  const safe = /[*\-._0-9A-Za-z]/;

  // The URL Standard's percent-decode: %XX escapes become bytes, the rest its UTF-8.
  function percentDecodeBytes(text) {
    const bytes = [];
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      if (ch === "%" && RegExpPrototypeTest(/^[0-9A-Fa-f]{2}$/, StringPrototypeSlice(text, i + 1, i + 3))) {
        bytes[bytes.length] = NumberParseInt(StringPrototypeSlice(text, i + 1, i + 3), 16);
        i += 2;
      } else {
        const code = StringPrototypeCodePointAt(text, i);
        if (code > 0xffff) i++;
        const encoded = encodeUtf8(StringFromCodePoint(code));
        for (let j = 0; j < encoded.length; j++) bytes[bytes.length] = encoded[j];
      }
    }
    const out = new Uint8Array(bytes.length);
    for (let i = 0; i < bytes.length; i++) out[i] = bytes[i];
    return out;
  }
  core.percentDecodeBytes = percentDecodeBytes;

  function percentDecode(text) {
    return StringPrototypeIncludes(text, "%") ? decodeUtf8(percentDecodeBytes(text)) : text;
  }

  function formEncode(text) {
    let out = "";
    const bytes = encodeUtf8(text);
    for (let i = 0; i < bytes.length; i++) {
      const byte = bytes[i];
      const ch = StringFromCharCode(byte);
      if (byte === 0x20) out += "+";
      else if (byte < 0x80 && RegExpPrototypeTest(safe, ch)) out += ch;
      else out += "%" + StringPrototypePadStart(StringPrototypeToUpperCase(NumberPrototypeToString(byte, 16)), 2, "0");
    }
    return out;
  }

  function parseForm(text) {
    const list = [];
    const sequences = StringPrototypeSplit(text, "&");
    for (let i = 0; i < sequences.length; i++) {
      const sequence = sequences[i];
      if (sequence === "") continue;
      const at = StringPrototypeIndexOf(sequence, "=");
      const name = at === -1 ? sequence : StringPrototypeSlice(sequence, 0, at);
      const value = at === -1 ? "" : StringPrototypeSlice(sequence, at + 1);
      ArrayPrototypePush(list, [percentDecode(RegExpPrototypeSymbolReplace(/\+/g, name, " ")), percentDecode(RegExpPrototypeSymbolReplace(/\+/g, value, " "))]);
    }
    return list;
  }
  core.parseForm = parseForm;

  const setList = Symbol("setList");
  const linkUrl = Symbol("linkUrl");

  let isURLSearchParams;
  class URLSearchParams {
    #list = [];
    #url = null;
    static { isURLSearchParams = (value) => #list in value; }

    constructor(init = "") {
      if (init !== null && typeof init === "object" && typeof init[SymbolIterator] === "function") {
        // The program's iterable of pairs, iterated as the standard says.
        for (const pair of init) {
          const entry = [...pair];
          if (entry.length !== 2) throw new TypeError("Each query pair must be an iterable [name, value] tuple");
          ArrayPrototypePush(this.#list, [String(entry[0]), String(entry[1])]);
        }
      } else if (init !== null && typeof init === "object") {
        const keys = ReflectOwnKeys(init);
        for (let i = 0; i < keys.length; i++) {
          const key = keys[i];
          const descriptor = ReflectGetOwnPropertyDescriptor(init, key);
          if (descriptor?.enumerable && typeof key === "string") ArrayPrototypePush(this.#list, [key, String(init[key])]);
        }
      } else {
        let text = String(init);
        if (StringPrototypeStartsWith(text, "?")) text = StringPrototypeSlice(text, 1);
        this.#list = parseForm(text);
      }
    }

    [setList](text) { this.#list = parseForm(text); }
    [linkUrl](url) { this.#url = url; }
    #update() {
      if (this.#url) this.#url[setList](serialize(this.#list));
    }

    get size() { return this.#list.length; }
    append(name, value) { ArrayPrototypePush(this.#list, [String(name), String(value)]); this.#update(); }
    delete(name, value = undefined) {
      name = String(name);
      this.#list = ArrayPrototypeFilter(this.#list, (entry) => entry[0] !== name || (value !== undefined && entry[1] !== String(value)));
      this.#update();
    }
    get(name) {
      name = String(name);
      const found = ArrayPrototypeFind(this.#list, (entry) => entry[0] === name);
      return found ? found[1] : null;
    }
    getAll(name) {
      name = String(name);
      return ArrayPrototypeMap(ArrayPrototypeFilter(this.#list, (entry) => entry[0] === name), (entry) => entry[1]);
    }
    has(name, value = undefined) {
      name = String(name);
      return ArrayPrototypeSome(this.#list, (entry) => entry[0] === name && (value === undefined || entry[1] === String(value)));
    }
    set(name, value) {
      name = String(name);
      value = String(value);
      const index = ArrayPrototypeFindIndex(this.#list, (entry) => entry[0] === name);
      if (index === -1) ArrayPrototypePush(this.#list, [name, value]);
      else {
        const kept = ArrayPrototypeFilter(this.#list, (entry, i) => entry[0] !== name || i === index);
        this.#list = ArrayPrototypeMap(kept, (entry) => (entry[0] === name ? [name, value] : entry));
      }
      this.#update();
    }
    sort() {
      const numbered = ArrayPrototypeMap(this.#list, (entry, i) => [entry, i]);
      ArrayPrototypeSort(numbered, (a, b) => (a[0][0] < b[0][0] ? -1 : a[0][0] > b[0][0] ? 1 : a[1] - b[1]));
      this.#list = ArrayPrototypeMap(numbered, (pair) => pair[0]);
      this.#update();
    }
    forEach(callback, thisArg = undefined) {
      if (typeof callback !== "function") throw new TypeError('The "callback" argument must be of type function');
      const list = this.#list;
      for (let i = 0; i < list.length; i++) ReflectApply(callback, thisArg, [list[i][1], list[i][0], this]);
    }
    *keys() { const list = this.#list; for (let i = 0; i < list.length; i++) yield list[i][0]; }
    *values() { const list = this.#list; for (let i = 0; i < list.length; i++) yield list[i][1]; }
    *entries() { const list = this.#list; for (let i = 0; i < list.length; i++) yield [list[i][0], list[i][1]]; }
    [Symbol.iterator]() { return this.entries(); }
    toString() { return serialize(this.#list); }

    [Symbol.for("nodejs.util.inspect.custom")](depth, options, inspect) {
      if (this.#list.length === 0) return "URLSearchParams {}";
      const items = ArrayPrototypeMap(this.#list, (entry) => `${inspect(entry[0])} => ${inspect(entry[1])}`);
      const single = `URLSearchParams { ${ArrayPrototypeJoin(items, ", ")} }`;
      return single.length <= 80 ? single : `URLSearchParams {\n  ${ArrayPrototypeJoin(items, ",\n  ")} }`;
    }
    static serialized(params) { return serialize(params.#list); }
  }
  core.serializeForm = URLSearchParams.serialized;
  delete URLSearchParams.serialized;
  function serialize(list) {
    return ArrayPrototypeJoin(ArrayPrototypeMap(list, (entry) => `${formEncode(entry[0])}=${formEncode(entry[1])}`), "&");
  }

  function invalidUrl(input) {
    const error = new TypeError("Invalid URL");
    error.code = "ERR_INVALID_URL";
    error.input = input;
    return error;
  }

  const SPECIAL_ORIGIN = new SafeSet(["http:", "https:", "ws:", "wss:", "ftp:"]);

  // Where the native parser writes the components of the href it returns (url.h): offsets
  // as Ada's url_components has them, OMITTED for an absent port, query or fragment.
  const offsets = new Uint32Array(8);
  const OMITTED = 0xffffffff;
  const takeOffsets = () => [offsets[0], offsets[1], offsets[2], offsets[3], offsets[4], offsets[5], offsets[6], offsets[7]];

  // The components of a serialized URL, in FIELDS order, cut out at the parser's offsets.
  function split(href, at) {
    const [protocolEnd, usernameEnd, hostStart, hostEnd, port, pathnameStart, searchStart, hashStart] = at;
    const protocol = StringPrototypeSlice(href, 0, protocolEnd);
    // (credentials come between "//" and the '@' the host starts with)
    const username = usernameEnd > protocolEnd + 2 ? StringPrototypeSlice(href, protocolEnd + 2, usernameEnd) : "";
    const password = hostStart > usernameEnd ? StringPrototypeSlice(href, usernameEnd + 1, hostStart) : "";
    const hostFrom = hostEnd > hostStart && href[hostStart] === "@" ? hostStart + 1 : hostStart;
    const hostname = StringPrototypeSlice(href, hostFrom, hostEnd);
    const host = StringPrototypeSlice(href, hostFrom, pathnameStart);
    const pathEnd = searchStart !== OMITTED ? searchStart : hashStart !== OMITTED ? hashStart : href.length;
    const pathname = StringPrototypeSlice(href, pathnameStart, pathEnd);
    let search = "";
    if (searchStart !== OMITTED) search = StringPrototypeSlice(href, searchStart, hashStart !== OMITTED ? hashStart : href.length);
    if (search === "?") search = "";
    let hash = hashStart !== OMITTED ? StringPrototypeSlice(href, hashStart) : "";
    if (hash === "#") hash = "";
    let origin = "null";
    if (SPECIAL_ORIGIN.has(protocol)) origin = `${protocol}//${host}`;
    else if (protocol === "blob:") {
      const inner = ops.url.parse(pathname, null, offsets);
      if (inner !== null && RegExpPrototypeTest(/^https?:/, inner)) origin = split(inner, takeOffsets())[1];
    }
    return [href, origin, protocol, username, password, host, hostname, port === OMITTED ? "" : `${port}`, pathname, search, hash];
  }

  let isURL;
  class URL {
    #href;
    #offsets;
    #parts = null; // split when a part other than href is first read
    #params = null;
    static { isURL = (value) => #parts in value; }

    constructor(url, base = undefined) {
      if (arguments.length === 0) throw new TypeError('The "url" argument must be specified');
      const input = String(url);
      const href = ops.url.parse(input, base === undefined ? null : String(base), offsets);
      if (href === null) throw invalidUrl(input);
      this.#take(href);
    }

    static parse(url, base = undefined) {
      const href = ops.url.parse(String(url), base === undefined ? null : String(base), offsets);
      return href === null ? null : new URL(href);
    }

    static canParse(url, base = undefined) {
      return ops.url.parse(String(url), base === undefined ? null : String(base), offsets) !== null;
    }

    #take(href) {
      this.#href = href;
      this.#offsets = takeOffsets();
      this.#parts = null;
    }
    #part(index) {
      return (this.#parts ??= split(this.#href, this.#offsets))[index];
    }
    #set(component, value) {
      this.#take(ops.url.update(this.#href, component, String(value), offsets));
      if (component === "search") this.#params?.[setList](StringPrototypeSlice(this.#part(9), 1));
    }
    [setList](query) {
      this.#take(ops.url.update(this.#href, "search", query, offsets));
    }

    get href() { return this.#href; }
    set href(value) {
      const href = ops.url.parse(String(value), null, offsets);
      if (href === null) throw invalidUrl(String(value));
      this.#take(href);
      this.#params?.[setList](StringPrototypeSlice(this.#part(9), 1));
    }
    get origin() { return this.#part(1); }
    get protocol() { return this.#part(2); }
    set protocol(value) { this.#set("protocol", value); }
    get username() { return this.#part(3); }
    set username(value) { this.#set("username", value); }
    get password() { return this.#part(4); }
    set password(value) { this.#set("password", value); }
    get host() { return this.#part(5); }
    set host(value) { this.#set("host", value); }
    get hostname() { return this.#part(6); }
    set hostname(value) { this.#set("hostname", value); }
    get port() { return this.#part(7); }
    set port(value) { this.#set("port", value); }
    get pathname() { return this.#part(8); }
    set pathname(value) { this.#set("pathname", value); }
    get search() { return this.#part(9); }
    set search(value) { this.#set("search", value); }
    get searchParams() {
      if (this.#params === null) {
        this.#params = new URLSearchParams(this.#part(9));
        this.#params[linkUrl](this);
      }
      return this.#params;
    }
    get hash() { return this.#part(10); }
    set hash(value) { this.#set("hash", value); }
    toString() { return this.#href; }
    toJSON() { return this.#href; }

    [Symbol.for("nodejs.util.inspect.custom")](depth, options, inspect) {
      if (depth < 0) return this;
      const shown = {};
      for (let i = 0; i < FIELDS.length; i++) {
        shown[FIELDS[i]] = this.#part(i);
        if (FIELDS[i] === "search") shown.searchParams = this.searchParams;
      }
      return `URL ${inspect(shown, { ...options, depth })}`;
    }
    static partsOf(url) { return url.#parts ??= split(url.#href, url.#offsets); }
  }
  // What the runtime's fetch reads of a URL, whatever a program did to the class's getters.
  const partsOf = URL.partsOf;
  delete URL.partsOf;
  core.urlRecord = (url) => {
    const parts = partsOf(url);
    return { href: parts[0], protocol: parts[2], username: parts[3], password: parts[4] };
  };
  // Parses a URL a program hands to fetch, Request or Response.redirect: relative to the
  // global's `location` where one is set (a worker's, or the --location of Deno), else it must
  // be absolute.
  core.parseFetchURL = (input) => {
    const location = globalThis.location;
    const base = location === undefined || location === null ? undefined : String(location.href);
    return core.urlRecord(new URL(input, base));
  };
  core.webidl.defineInterface(URL, { brand: isURL });
  core.webidl.defineInterface(URLSearchParams, { brand: isURLSearchParams, pairIterable: true });

  core.URL = URL;
  core.URLSearchParams = URLSearchParams;
  core.defineGlobal("URL", URL);
  core.defineGlobal("URLSearchParams", URLSearchParams);
})
