// URL and URLSearchParams (URL Standard): parsing by Ada in the native core (ops.url), the rest here.
(function (core, ops) {
  "use strict";
  const {
    SafeMap, SafeSet, ReflectApply, ReflectGetOwnPropertyDescriptor, ReflectOwnKeys, String, TypeError, Uint8Array, Uint32Array,
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

  // The Encoding Standard's "UTF-8 decode without BOM": a leading U+FEFF is kept as text
  // (core.decodeUtf8 is TextDecoder's decode, which drops it).
  function decodeUtf8WithoutBOM(bytes) {
    const text = decodeUtf8(bytes);
    return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? "\ufeff" + text : text;
  }
  core.decodeUtf8WithoutBOM = decodeUtf8WithoutBOM;

  function percentDecode(text) {
    return StringPrototypeIncludes(text, "%") ? decodeUtf8WithoutBOM(percentDecodeBytes(text)) : text;
  }

  // Web IDL's USVString: lone surrogates become U+FFFD. (String.prototype.toWellFormed, taken
  // before any program runs: the engine's own, or ecmascript/01_library.js's on older engines,
  // which defines the property itself only as a context starts.)
  const { toWellFormed } = core;
  // (a template converts as ToString does: a Symbol throws a TypeError)
  const toUSVString = (value) => ReflectApply(toWellFormed, `${value}`, []);

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
      // Web IDL's (sequence<sequence<USVString>> or record<USVString, USVString> or USVString):
      // any object (functions too) is a sequence when it has an iterator, else a record.
      if (init !== null && (typeof init === "object" || typeof init === "function")) {
        const iterator = init[SymbolIterator];
        if (iterator !== undefined && iterator !== null) {
          if (typeof iterator !== "function") throw new TypeError("The query's Symbol.iterator is not a function");
          // The program's iterable of pairs, iterated as the standard says.
          for (const pair of init) {
            if (pair === null || (typeof pair !== "object" && typeof pair !== "function")) {
              throw new TypeError("Each query pair must be an iterable [name, value] tuple");
            }
            const entry = [...pair];
            if (entry.length !== 2) throw new TypeError("Each query pair must be an iterable [name, value] tuple");
            ArrayPrototypePush(this.#list, [toUSVString(entry[0]), toUSVString(entry[1])]);
          }
          return;
        }
        // A record: keys that are the same USVString (lone surrogates made U+FFFD) are one
        // entry, where the first stood, holding the last value.
        const keys = ReflectOwnKeys(init);
        const positions = new SafeMap();
        for (let i = 0; i < keys.length; i++) {
          const key = keys[i];
          const descriptor = ReflectGetOwnPropertyDescriptor(init, key);
          if (!descriptor?.enumerable) continue;
          const name = toUSVString(key);
          const value = toUSVString(init[key]);
          const at = positions.get(name);
          if (at === undefined) {
            positions.set(name, this.#list.length);
            ArrayPrototypePush(this.#list, [name, value]);
          } else {
            this.#list[at][1] = value;
          }
        }
      } else {
        let text = toUSVString(init);
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
    append(name, value) { ArrayPrototypePush(this.#list, [toUSVString(name), toUSVString(value)]); this.#update(); }
    delete(name, value = undefined) {
      name = toUSVString(name);
      if (value !== undefined) value = toUSVString(value);
      this.#list = ArrayPrototypeFilter(this.#list, (entry) => entry[0] !== name || (value !== undefined && entry[1] !== value));
      this.#update();
    }
    get(name) {
      name = toUSVString(name);
      const found = ArrayPrototypeFind(this.#list, (entry) => entry[0] === name);
      return found ? found[1] : null;
    }
    getAll(name) {
      name = toUSVString(name);
      return ArrayPrototypeMap(ArrayPrototypeFilter(this.#list, (entry) => entry[0] === name), (entry) => entry[1]);
    }
    has(name, value = undefined) {
      name = toUSVString(name);
      if (value !== undefined) value = toUSVString(value);
      return ArrayPrototypeSome(this.#list, (entry) => entry[0] === name && (value === undefined || entry[1] === value));
    }
    set(name, value) {
      name = toUSVString(name);
      value = toUSVString(value);
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
      // (the list is read afresh at each step: the callback may change it)
      for (let i = 0; i < this.#list.length; i++) {
        const entry = this.#list[i];
        ReflectApply(callback, thisArg, [entry[1], entry[0], this]);
      }
    }
    // Web IDL's pair iterators are live: each step reads the list as it is then, at the next index.
    *keys() { for (let i = 0; i < this.#list.length; i++) yield this.#list[i][0]; }
    *values() { for (let i = 0; i < this.#list.length; i++) yield this.#list[i][1]; }
    *entries() { for (let i = 0; i < this.#list.length; i++) yield [this.#list[i][0], this.#list[i][1]]; }
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
    // (read by index: destructuring would run the array iterator, which programs may replace)
    const protocolEnd = at[0], usernameEnd = at[1], hostStart = at[2], hostEnd = at[3], port = at[4];
    const pathnameStart = at[5], searchStart = at[6], hashStart = at[7];
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
  // The serialization of an absolute URL, or null when `input` is not one (no URL object is
  // made: a server's request URL).
  core.absoluteHref = (input) => ops.url.parse(input, null, offsets);
  core.webidl.defineInterface(URL, { brand: isURL });
  core.webidl.defineInterface(URLSearchParams, { brand: isURLSearchParams, pairIterable: true });
  // (neither is serializable: structuredClone refuses them)
  core.registerPlatformInterface(URL, { brand: isURL });
  core.registerPlatformInterface(URLSearchParams, { brand: isURLSearchParams });

  core.URL = URL;
  core.URLSearchParams = URLSearchParams;
  core.defineGlobal("URL", URL);
  core.defineGlobal("URLSearchParams", URLSearchParams);
})
