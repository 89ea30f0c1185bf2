// URLPattern (URL Pattern Standard): eight component patterns, each compiled to a regular
// expression over the component's canonical form (canonicalized by the URL parser, see
// ops.py); test() and exec() match a URL string or a URLPatternInit against them. Argument
// checks and errors are node's (every invalid pattern is one ERR_INVALID_URL_PATTERN).
(function (core, ops) {
  "use strict";
  const {
    ArrayPrototypePush, ObjectCreate, ObjectDefineProperty, ObjectGetOwnPropertyDescriptor, RegExp, RegExpPrototypeExec, StringPrototypeCharCodeAt,
    StringPrototypeLastIndexOf, StringPrototypeSlice, StringPrototypeToLowerCase, SymbolToStringTag, TypeError,
  } = core.primordials;
  const { invalidPattern, parsePattern, generateRegexp, generatePatternString, escapePattern, parseConstructorString } =
    core.urlPatternStrings;
  const { URL } = core;

  const COMPONENTS = ["protocol", "username", "password", "hostname", "port", "pathname", "search", "hash"];
  const INIT_MEMBERS = [...COMPONENTS, "baseURL"];
  const DEFAULT_PORTS = { __proto__: null, ftp: "21", file: "", http: "80", https: "443", ws: "80", wss: "443" };
  const isSpecialScheme = (scheme) => DEFAULT_PORTS[scheme] !== undefined;
  // A URL's path is opaque when nothing but the path follows its scheme, and the path does
  // not start with "/" ("data:text/plain,hi").
  const hasOpaquePath = (url) => url.href[url.protocol.length] !== "/";

  function codedTypeError(code, message) {
    const error = new TypeError(message);
    error.code = code;
    return error;
  }

  // ---- Canonicalization of one component's value ("" stays "")

  function canonical(kind, value, protocol = "") {
    if (value === "") return value;
    const result = ops.urlPatternCanonical(kind, value, protocol);
    if (result === null) throw invalidPattern();
    return result;
  }
  const canonicalProtocol = (value) => canonical("protocol", value);
  const canonicalUsername = (value) => canonical("username", value);
  const canonicalPassword = (value) => canonical("password", value);
  const canonicalHostname = (value) => canonical("hostname", value);
  const canonicalPort = (value, protocol = "") => canonical("port", value, protocol);
  const canonicalSearch = (value) => canonical("search", value);
  const canonicalHash = (value) => canonical("hash", value);
  const canonicalOpaquePathname = (value) => canonical("opaquePathname", value);
  function canonicalPathname(value) {
    if (value === "") return value;
    // A relative path is canonicalized after "/-", which then goes.
    const leadingSlash = value[0] === "/";
    const result = canonical("pathname", leadingSlash ? value : "/-" + value);
    return leadingSlash ? result : StringPrototypeSlice(result, 2);
  }
  const IPV6_CHARACTER = /^[0-9A-Fa-f[\]:]$/;
  function canonicalIPv6Hostname(value) {
    let result = "";
    for (let i = 0; i < value.length; i++) {
      const char = value[i];
      if (RegExpPrototypeExec(IPV6_CHARACTER, char) === null) throw invalidPattern();
      result += StringPrototypeToLowerCase(char);
    }
    return result;
  }
  const isIPv6Pattern = (input) =>
    input.length >= 2 && (input[0] === "[" || ((input[0] === "{" || input[0] === "\\") && input[1] === "["));

  // ---- Components

  const DEFAULT_OPTIONS = { delimiter: "", prefix: "", ignoreCase: false };
  const HOSTNAME_OPTIONS = { delimiter: ".", prefix: "", ignoreCase: false };
  const PATHNAME_OPTIONS = { delimiter: "/", prefix: "/", ignoreCase: false };

  // The standard's flag ("v"); an engine without it (V8 10) gets "u".
  let UNICODE_SETS = "v";
  try {
    new RegExp("", "v");
  } catch {
    UNICODE_SETS = "u";
  }

  function compileComponent(input, encode, options) {
    const parts = parsePattern(input, options, encode);
    const { source, names } = generateRegexp(parts, options);
    let regexp;
    try {
      regexp = new RegExp(source, options.ignoreCase ? UNICODE_SETS + "i" : UNICODE_SETS);
    } catch {
      throw invalidPattern();
    }
    let hasRegExpGroups = false;
    for (let i = 0; i < parts.length; i++) if (parts[i].type === "regexp") hasRegExpGroups = true;
    return { pattern: generatePatternString(parts, options), regexp, names, hasRegExpGroups };
  }

  function matchesSpecialScheme(protocolComponent) {
    for (const scheme in DEFAULT_PORTS) {
      if (RegExpPrototypeExec(protocolComponent.regexp, scheme) !== null) return true;
    }
    return false;
  }

  // ---- URLPatternInit

  // A string, or an object (a function too; null or undefined: an empty URLPatternInit).
  const isInput = (value) =>
    value === undefined || value === null || typeof value === "string" || typeof value === "object" || typeof value === "function";

  // Lone surrogates become U+FFFD (a USVString).
  function wellFormed(text) {
    let result = "";
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      const unit = StringPrototypeCharCodeAt(text, i);
      if (unit < 0xd800 || unit > 0xdfff) continue;
      const low = i + 1 < text.length ? StringPrototypeCharCodeAt(text, i + 1) : 0;
      if (unit <= 0xdbff && low >= 0xdc00 && low <= 0xdfff) {
        i++; // a pair
        continue;
      }
      result += StringPrototypeSlice(text, start, i) + "\uFFFD";
      start = i + 1;
    }
    return start === 0 ? text : result + StringPrototypeSlice(text, start);
  }

  // A dictionary argument (null or undefined: an empty one): its members that are strings
  // (node ignores the others).
  function initDictionary(value) {
    const init = {};
    if (value === undefined || value === null) return init;
    for (let i = 0; i < INIT_MEMBERS.length; i++) {
      const member = value[INIT_MEMBERS[i]];
      if (typeof member === "string") init[INIT_MEMBERS[i]] = wellFormed(member);
    }
    return init;
  }

  const hasAny = (init, names) => {
    for (let i = 0; i < names.length; i++) if (init[names[i]] !== undefined) return true;
    return false;
  };

  function isAbsolutePathname(input, type) {
    if (input === "") return false;
    if (input[0] === "/") return true;
    if (type === "url" || input.length < 2) return false;
    return (input[0] === "\\" || input[0] === "{") && input[1] === "/";
  }

  // "process a URLPatternInit": `type` is "pattern" (a pattern's own, escaped when taken from
  // the base URL) or "url" (a URL's parts, canonicalized); `result` holds the defaults.
  function processInit(init, type, result) {
    const fromBase = (value) => (type === "pattern" ? escapePattern(value) : value);
    let base = null;
    if (init.baseURL !== undefined) {
      if (!URL.canParse(init.baseURL)) throw invalidPattern();
      base = new URL(init.baseURL);
      const path = base.pathname;
      if (init.protocol === undefined) result.protocol = fromBase(StringPrototypeSlice(base.protocol, 0, -1));
      if (type !== "pattern" && !hasAny(init, ["protocol", "hostname", "port", "username"])) {
        result.username = fromBase(base.username);
      }
      if (type !== "pattern" && !hasAny(init, ["protocol", "hostname", "port", "username", "password"])) {
        result.password = fromBase(base.password);
      }
      if (!hasAny(init, ["protocol", "hostname"])) result.hostname = fromBase(base.hostname);
      if (!hasAny(init, ["protocol", "hostname", "port"])) result.port = base.port;
      if (!hasAny(init, ["protocol", "hostname", "port", "pathname"])) result.pathname = fromBase(path);
      if (!hasAny(init, ["protocol", "hostname", "port", "pathname", "search"])) {
        result.search = fromBase(StringPrototypeSlice(base.search, 1));
      }
      if (!hasAny(init, ["protocol", "hostname", "port", "pathname", "search", "hash"])) {
        result.hash = fromBase(StringPrototypeSlice(base.hash, 1));
      }
    }
    const pattern = type === "pattern";
    if (init.protocol !== undefined) {
      const stripped = init.protocol[init.protocol.length - 1] === ":" ? StringPrototypeSlice(init.protocol, 0, -1) : init.protocol;
      result.protocol = pattern ? stripped : canonicalProtocol(stripped);
    }
    if (init.username !== undefined) result.username = pattern ? init.username : canonicalUsername(init.username);
    if (init.password !== undefined) result.password = pattern ? init.password : canonicalPassword(init.password);
    if (init.hostname !== undefined) result.hostname = pattern ? init.hostname : canonicalHostname(init.hostname);
    if (init.port !== undefined) result.port = pattern ? init.port : canonicalPort(init.port, result.protocol);
    if (init.pathname !== undefined) {
      let pathname = init.pathname;
      if (base !== null && !hasOpaquePath(base) && !isAbsolutePathname(pathname, type)) {
        const basePath = fromBase(base.pathname);
        const slash = StringPrototypeLastIndexOf(basePath, "/");
        if (slash !== -1) pathname = StringPrototypeSlice(basePath, 0, slash + 1) + pathname;
      }
      if (!pattern) {
        const protocol = result.protocol ?? "";
        pathname = protocol === "" || isSpecialScheme(protocol) ? canonicalPathname(pathname) : canonicalOpaquePathname(pathname);
      }
      result.pathname = pathname;
    }
    if (init.search !== undefined) {
      const stripped = init.search[0] === "?" ? StringPrototypeSlice(init.search, 1) : init.search;
      result.search = pattern ? stripped : canonicalSearch(stripped);
    }
    if (init.hash !== undefined) {
      const stripped = init.hash[0] === "#" ? StringPrototypeSlice(init.hash, 1) : init.hash;
      result.hash = pattern ? stripped : canonicalHash(stripped);
    }
    return result;
  }

  // ---- URLPattern

  let isURLPattern;
  class URLPattern {
    #components;
    static { isURLPattern = (value) => #components in value; }

    constructor(input = undefined, baseURL = undefined, options = undefined) {
      if (new.target === undefined) {
        throw codedTypeError("ERR_CONSTRUCT_CALL_REQUIRED", "Cannot call constructor without `new`");
      }
      // node's overloads: (input, baseURL, options) when three arguments are given or the
      // second is a string, else (input, options).
      if (arguments.length >= 3) {
        if (baseURL !== undefined && baseURL !== null && typeof baseURL !== "string") {
          throw codedTypeError("ERR_INVALID_ARG_TYPE", "second argument must be a string");
        }
        if (options !== undefined && options !== null && typeof options !== "object") {
          throw codedTypeError("ERR_INVALID_ARG_TYPE", "options must be an object");
        }
        if (baseURL === undefined || baseURL === null) throw invalidPattern();
      } else if (typeof baseURL !== "string") {
        if (baseURL !== undefined && baseURL !== null && typeof baseURL !== "object") {
          throw codedTypeError("ERR_INVALID_ARG_TYPE", "second argument must be a string or object");
        }
        options = baseURL;
        baseURL = undefined;
      }
      if (!isInput(input)) throw codedTypeError("ERR_INVALID_ARG_TYPE", "Input must be an object or a string");
      const ignoreCase = options !== undefined && options !== null && !!options.ignoreCase;
      let init;
      if (typeof input === "string") {
        init = parseConstructorString(wellFormed(input), (protocol) =>
          matchesSpecialScheme(compileComponent(protocol, canonicalProtocol, DEFAULT_OPTIONS)));
        if (baseURL === undefined && init.protocol === undefined) throw invalidPattern();
        if (baseURL !== undefined) init.baseURL = wellFormed(baseURL);
      } else {
        if (baseURL !== undefined) throw invalidPattern();
        init = initDictionary(input);
      }
      const processed = processInit(init, "pattern", {});
      for (let i = 0; i < COMPONENTS.length; i++) processed[COMPONENTS[i]] ??= "*";
      if (isSpecialScheme(processed.protocol) && processed.port === DEFAULT_PORTS[processed.protocol]) processed.port = "";
      this.#components = compileAll(processed, ignoreCase);
    }

    get protocol() { return this.#components.protocol.pattern; }
    get username() { return this.#components.username.pattern; }
    get password() { return this.#components.password.pattern; }
    get hostname() { return this.#components.hostname.pattern; }
    get port() { return this.#components.port.pattern; }
    get pathname() { return this.#components.pathname.pattern; }
    get search() { return this.#components.search.pattern; }
    get hash() { return this.#components.hash.pattern; }
    get hasRegExpGroups() {
      for (let i = 0; i < COMPONENTS.length; i++) if (this.#components[COMPONENTS[i]].hasRegExpGroups) return true;
      return false;
    }

    exec(input = undefined, baseURL = undefined) {
      return match(this.#components, input, baseURL, "exec");
    }

    test(input = undefined, baseURL = undefined) {
      return match(this.#components, input, baseURL, "test") !== null;
    }

  }

  function compileAll(processed, ignoreCase) {
    const caseOptions = { ...DEFAULT_OPTIONS, ignoreCase };
    const protocol = compileComponent(processed.protocol, canonicalProtocol, DEFAULT_OPTIONS);
    const special = matchesSpecialScheme(protocol);
    return {
      protocol,
      username: compileComponent(processed.username, canonicalUsername, DEFAULT_OPTIONS),
      password: compileComponent(processed.password, canonicalPassword, DEFAULT_OPTIONS),
      hostname: compileComponent(
        processed.hostname, isIPv6Pattern(processed.hostname) ? canonicalIPv6Hostname : canonicalHostname, HOSTNAME_OPTIONS),
      port: compileComponent(processed.port, canonicalPort, DEFAULT_OPTIONS),
      pathname: special
        ? compileComponent(processed.pathname, canonicalPathname, { ...PATHNAME_OPTIONS, ignoreCase })
        : compileComponent(processed.pathname, canonicalOpaquePathname, caseOptions),
      search: compileComponent(processed.search, canonicalSearch, caseOptions),
      hash: compileComponent(processed.hash, canonicalHash, caseOptions),
    };
  }

  // The URLPatternResult of matching `input` (a URL string, or a URLPatternInit), or null.
  function match(components, input, baseURL, method) {
    if (!isInput(input)) throw codedTypeError("ERR_INVALID_ARG_TYPE", "URLPattern input needs to be a string or an object");
    if (baseURL !== undefined && baseURL !== null && typeof baseURL !== "string") {
      throw codedTypeError("ERR_INVALID_ARG_TYPE", "baseURL must be a string");
    }
    if (baseURL === null) baseURL = "null"; // (as node converts it)
    if (baseURL !== undefined) baseURL = wellFormed(baseURL);
    const inputs = [];
    let values;
    if (typeof input === "string") {
      input = wellFormed(input);
      ArrayPrototypePush(inputs, input);
      if (baseURL !== undefined) {
        if (!URL.canParse(baseURL)) return null;
        ArrayPrototypePush(inputs, baseURL);
      }
      if (!URL.canParse(input, baseURL)) return null;
      values = urlComponents(new URL(input, baseURL));
    } else {
      if (baseURL !== undefined) throw codedTypeError("ERR_OPERATION_FAILED", `Failed to ${method} URLPattern`);
      const init = initDictionary(input);
      const shown = {};
      for (let i = 0; i < INIT_MEMBERS.length; i++) shown[INIT_MEMBERS[i]] = init[INIT_MEMBERS[i]];
      ArrayPrototypePush(inputs, shown);
      const empty = {};
      for (let i = 0; i < COMPONENTS.length; i++) empty[COMPONENTS[i]] = "";
      try {
        values = processInit(init, "url", empty);
      } catch {
        return null;
      }
    }
    const found = {};
    for (let i = 0; i < COMPONENTS.length; i++) {
      const name = COMPONENTS[i];
      found[name] = RegExpPrototypeExec(components[name].regexp, values[name]);
      if (found[name] === null) return null;
    }
    const result = ObjectCreate(null);
    result.inputs = inputs;
    for (let i = 0; i < COMPONENTS.length; i++) {
      const name = COMPONENTS[i];
      const groups = {};
      const names = components[name].names;
      // (node fills them in from the last group)
      for (let group = names.length - 1; group >= 0; group--) groups[names[group]] = found[name][group + 1];
      result[name] = { input: values[name], groups };
    }
    return result;
  }

  function urlComponents(url) {
    return {
      protocol: StringPrototypeSlice(url.protocol, 0, -1),
      username: url.username,
      password: url.password,
      hostname: url.hostname,
      port: url.port,
      pathname: url.pathname,
      search: StringPrototypeSlice(url.search, 1),
      hash: StringPrototypeSlice(url.hash, 1),
    };
  }

  // Web IDL's shape (a member used on anything else throws node's "Illegal invocation"), but
  // as node has it: the attributes are not configurable, the prototype has no @@toStringTag,
  // and the constructor is listed last.
  core.webidl.defineInterface(URLPattern, { brand: isURLPattern, brandMessage: "Illegal invocation" });
  for (const name of [...COMPONENTS, "hasRegExpGroups"]) ObjectDefineProperty(URLPattern.prototype, name, { configurable: false });
  delete URLPattern.prototype[SymbolToStringTag];
  const constructor = ObjectGetOwnPropertyDescriptor(URLPattern.prototype, "constructor");
  delete URLPattern.prototype.constructor;
  ObjectDefineProperty(URLPattern.prototype, "constructor", constructor);
  core.defineGlobal("URLPattern", URLPattern);
})
