// node:url: the WHATWG URL classes (the globals), file URL conversions, and the legacy API
// (url.parse, url.format, url.resolve and the Url objects they work on), whose lenient reading
// of URLs programs still rely on.
"use strict";
const {
  ArrayPrototypeIncludes, ArrayPrototypeJoin, ArrayPrototypePop, ArrayPrototypePush, ArrayPrototypeSplice,
  ObjectKeys, RegExpPrototypeExec,
  RegExpPrototypeSymbolReplace, StringFromCodePoint,
  StringPrototypeCharCodeAt, StringPrototypeIncludes, StringPrototypeIndexOf,
  StringPrototypeLastIndexOf, StringPrototypeSlice, StringPrototypeSplit,
  StringPrototypeStartsWith, StringPrototypeToLowerCase, TypeError, decodeURIComponent, encodeURIComponent,
} = core.primordials;
const { codedError, invalidArgType, missingArgs } = require("internal/errors");
const querystring = require("querystring");
const { URL, URLSearchParams } = globalThis;

// ---- Domains -------------------------------------------------------------------------------

// A domain as the WHATWG host parser writes it (IDNA to ASCII, IPv4 numbers normalized), or
// "" when it is no valid host. A port or credentials make it invalid too: two schemes with
// different default ports tell a port given from none.
function domainToASCII(domain) {
  if (arguments.length === 0) throw missingArgs("domain");
  const text = `${domain}`;
  const asWs = parsedOrNull(`ws://${text}`);
  const asWss = parsedOrNull(`wss://${text}`);
  if (asWs === null || asWss === null) return "";
  if (asWs.port !== "" || asWss.port !== "" || asWs.username !== "" || asWs.password !== "") return "";
  return asWs.hostname;
}

function domainToUnicode(domain) {
  if (arguments.length === 0) throw missingArgs("domain");
  const ascii = domainToASCII(domain);
  const labels = StringPrototypeSplit(ascii, ".");
  for (let i = 0; i < labels.length; i++) {
    if (StringPrototypeStartsWith(labels[i], "xn--")) labels[i] = punycodeDecode(StringPrototypeSlice(labels[i], 4));
  }
  return ArrayPrototypeJoin(labels, ".");
}

function parsedOrNull(text) {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

// RFC 3492's decoding of a label's punycode (the part after "xn--"), which the host parser
// has already checked.
const PUNYCODE = { base: 36, tMin: 1, tMax: 26, skew: 38, damp: 700, initialBias: 72, initialN: 128 };
function punycodeDecode(input) {
  const { base, tMin, tMax } = PUNYCODE;
  const delimiter = StringPrototypeLastIndexOf(input, "-");
  const output = [];
  for (let i = 0; i < delimiter; i++) ArrayPrototypePush(output, StringPrototypeCharCodeAt(input, i));
  let n = PUNYCODE.initialN;
  let bias = PUNYCODE.initialBias;
  let i = 0;
  for (let position = delimiter + 1; position < input.length;) {
    const before = i;
    for (let weight = 1, k = base; ; k += base) {
      const digit = punycodeDigit(StringPrototypeCharCodeAt(input, position++));
      i += digit * weight;
      const threshold = k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias;
      if (digit < threshold) break;
      weight *= base - threshold;
    }
    bias = punycodeAdapt(i - before, output.length + 1, before === 0);
    n += floorDivide(i, output.length + 1);
    i %= output.length + 1;
    ArrayPrototypeSplice(output, i, 0, n);
    i++;
  }
  let text = "";
  for (let j = 0; j < output.length; j++) text += StringFromCodePoint(output[j]);
  return text;
}

function floorDivide(a, b) {
  return (a - (a % b)) / b;
}

function punycodeDigit(code) {
  if (code >= 0x30 && code <= 0x39) return code - 22; // 0-9 are 26-35
  if (code >= 0x41 && code <= 0x5a) return code - 0x41;
  return code - 0x61;
}

function punycodeAdapt(delta, count, first) {
  const { base, tMin, tMax, skew, damp } = PUNYCODE;
  delta = first ? floorDivide(delta, damp) : floorDivide(delta, 2);
  delta += floorDivide(delta, count);
  let k = 0;
  for (; delta > floorDivide((base - tMin) * tMax, 2); k += base) delta = floorDivide(delta, base - tMin);
  return k + floorDivide((base - tMin + 1) * delta, delta + skew);
}

// ---- File URLs -----------------------------------------------------------------------------

function fileURLToPath(path) {
  let url = path;
  if (typeof path === "string") url = new URL(path);
  else if (!isURL(path)) throw invalidArgType("path", ["string", "URL"], path);
  if (url.protocol !== "file:") throw codedError(TypeError, "ERR_INVALID_URL_SCHEME", "The URL must be of scheme file", fileURLToPath);
  if (url.hostname !== "") {
    throw codedError(TypeError, "ERR_INVALID_FILE_URL_HOST", 'File URL host must be "localhost" or empty on linux', fileURLToPath);
  }
  const pathname = url.pathname;
  // An encoded slash would become a separator the URL did not have.
  for (let i = 0; i + 2 < pathname.length; i++) {
    if (pathname[i] === "%" && pathname[i + 1] === "2" && (pathname[i + 2] === "f" || pathname[i + 2] === "F")) {
      throw codedError(TypeError, "ERR_INVALID_FILE_URL_PATH", "File URL path must not include encoded / characters", fileURLToPath);
    }
  }
  return decodeURIComponent(pathname);
}

function isURL(value) {
  return value !== null && typeof value === "object" && typeof value.href === "string" &&
    typeof value.protocol === "string" && value.auth === undefined && value.path === undefined;
}

// The characters a path keeps that a URL would read otherwise, as Node escapes them.
const PATH_ESCAPES = { "%": "%25", "\\": "%5C", "\n": "%0A", "\r": "%0D", "\t": "%09", "#": "%23", "?": "%3F" };

function pathToFileURL(filepath) {
  if (typeof filepath !== "string") throw invalidArgType("path", "string", filepath);
  let resolved = absolutePath(filepath);
  // resolve() drops a trailing slash, which says the path is a directory.
  if (filepath.length > 1 && filepath[filepath.length - 1] === "/" && resolved[resolved.length - 1] !== "/") resolved += "/";
  let escaped = "";
  for (let i = 0; i < resolved.length; i++) escaped += PATH_ESCAPES[resolved[i]] ?? resolved[i];
  return new URL(`file://${escaped}`);
}

function absolutePath(filepath) {
  return require("path").resolve(filepath);
}

// The options of http.request() for a WHATWG URL.
function urlToHttpOptions(url) {
  const hostname = url.hostname;
  const options = {
    __proto__: null,
    ...url,
    protocol: url.protocol,
    hostname: hostname !== undefined && StringPrototypeStartsWith(hostname, "[") ? StringPrototypeSlice(hostname, 1, -1) : hostname,
    hash: url.hash,
    search: url.search,
    pathname: url.pathname,
    path: `${url.pathname || ""}${url.search || ""}`,
    href: url.href,
  };
  if (url.port !== "") options.port = +url.port;
  if (url.username || url.password) options.auth = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
  return options;
}

// ---- The legacy API ------------------------------------------------------------------------

// Protocols whose URLs have no host (what follows the colon is all path), and those whose
// URLs always have "//" and a path of at least "/".
const HOSTLESS = ["javascript", "javascript:"];
const SLASHED = ["http", "http:", "https", "https:", "ftp", "ftp:", "gopher", "gopher:", "file", "file:", "ws", "ws:", "wss", "wss:"];
const isHostless = (protocol) => protocol !== null && ArrayPrototypeIncludes(HOSTLESS, protocol);
const isSlashed = (protocol) => protocol !== null && ArrayPrototypeIncludes(SLASHED, protocol);

// Characters parse() escapes in the path, query and fragment.
const AUTO_ESCAPES = {
  "\t": "%09", "\n": "%0A", "\r": "%0D", " ": "%20", '"': "%22", "'": "%27", "<": "%3C", ">": "%3E",
  "\\": "%5C", "^": "%5E", "`": "%60", "{": "%7B", "|": "%7C", "}": "%7D",
};
// Characters that end a host: most auto-escaped ones and % ; (which stay in the path), / ? #.
// (Tabs and line breaks in a host are dropped instead.)
const ENDS_HOST_IN_PATH = " \"'<>\\^`{|}%;";
const ENDS_HOST = "/?#";
// Characters a host may not hold once read, a sign the URL tries to fool its reader.
const FORBIDDEN_IN_HOST = "\0\t\n\r #%/:<>?@[\\]^|";

function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.host = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.query = null;
  this.pathname = null;
  this.path = null;
  this.href = null;
}

function parse(url, parseQueryString, slashesDenoteHost) {
  if (url instanceof Url) return url;
  const result = new Url();
  result.parse(url, parseQueryString, slashesDenoteHost);
  return result;
}

function isTrimmed(code) {
  return code <= 0x20 || code === 0xa0 || code === 0xfeff;
}

// The URL without surrounding white space and control characters, its backslashes before
// the query or fragment turned into slashes.
function normalizedInput(url) {
  let start = 0;
  let end = url.length;
  while (start < end && isTrimmed(StringPrototypeCharCodeAt(url, start))) start++;
  while (end > start && isTrimmed(StringPrototypeCharCodeAt(url, end - 1))) end--;
  let text = "";
  let inPath = true;
  for (let i = start; i < end; i++) {
    const char = url[i];
    if (char === "?" || char === "#") inPath = false;
    text += inPath && char === "\\" ? "/" : char;
  }
  return text;
}

Url.prototype.parse = function parse(url, parseQueryString, slashesDenoteHost) {
  if (typeof url !== "string") throw invalidArgType("url", "string", url);
  let rest = normalizedInput(url);
  if (!slashesDenoteHost && parseSimplePath(this, rest, parseQueryString)) return this;

  const protocolMatch = RegExpPrototypeExec(/^[a-z0-9.+-]+:/i, rest);
  let protocol = null;
  if (protocolMatch !== null) {
    protocol = StringPrototypeToLowerCase(protocolMatch[0]);
    this.protocol = protocol;
    rest = StringPrototypeSlice(rest, protocolMatch[0].length);
  }
  const bare = protocol === null ? null : StringPrototypeSlice(protocol, 0, -1);

  // "//" starts a host after a protocol, when asked, or before user@host.
  let slashes = false;
  if (slashesDenoteHost || protocol !== null || RegExpPrototypeExec(/^\/\/[^@/]+@[^@/]+/, rest) !== null) {
    slashes = StringPrototypeStartsWith(rest, "//");
    if (slashes && !isHostless(bare)) {
      rest = StringPrototypeSlice(rest, 2);
      this.slashes = true;
    }
  }

  if (!isHostless(bare) && (slashes || (protocol !== null && !isSlashed(bare)))) {
    rest = parseAuthority(this, rest, url);
  }

  if (!isHostless(bare)) rest = autoEscaped(rest);
  const hashAt = StringPrototypeIndexOf(rest, "#");
  if (hashAt !== -1) {
    this.hash = StringPrototypeSlice(rest, hashAt);
    rest = StringPrototypeSlice(rest, 0, hashAt);
  }
  const queryAt = StringPrototypeIndexOf(rest, "?");
  if (queryAt !== -1) {
    this.search = StringPrototypeSlice(rest, queryAt);
    this.query = StringPrototypeSlice(rest, queryAt + 1);
    if (parseQueryString) this.query = querystring.parse(this.query);
    rest = StringPrototypeSlice(rest, 0, queryAt);
  } else if (parseQueryString) {
    this.query = { __proto__: null };
  }
  if (rest !== "") this.pathname = rest;
  if (isSlashed(bare) && this.hostname && !this.pathname) this.pathname = "/";
  if (this.pathname || this.search) this.path = (this.pathname || "") + (this.search || "");
  this.href = this.format();
  return this;
};

// A path alone ("/a/b?x", not "///"), with no fragment and no white space, is taken as it is.
function parseSimplePath(self, rest, parseQueryString) {
  if (rest[0] !== "/" || StringPrototypeStartsWith(rest, "///")) return false;
  const queryAt = StringPrototypeIndexOf(rest, "?");
  for (let i = 0; i < rest.length; i++) {
    const code = StringPrototypeCharCodeAt(rest, i);
    if (code === 0x23 || isWhiteSpace(code)) return false;
  }
  const pathname = queryAt === -1 ? rest : StringPrototypeSlice(rest, 0, queryAt);
  self.path = rest;
  self.href = rest;
  self.pathname = pathname;
  if (queryAt !== -1) {
    self.search = StringPrototypeSlice(rest, queryAt);
    self.query = parseQueryString ? querystring.parse(StringPrototypeSlice(rest, queryAt + 1)) : StringPrototypeSlice(rest, queryAt + 1);
  } else if (parseQueryString) {
    self.query = { __proto__: null };
  }
  return true;
}

function isWhiteSpace(code) {
  return (code >= 0x09 && code <= 0x0d) || code === 0x20 || code === 0xa0 || code === 0xfeff ||
    code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000;
}

// Reads [auth@]host[:port] from the start of `rest` into `self`; returns what follows.
function parseAuthority(self, rest, input) {
  let hostEnd = -1;
  let atSign = -1;
  let inPathFrom = -1;
  for (let i = 0; i < rest.length; i++) {
    const char = rest[i];
    if (StringPrototypeIncludes(ENDS_HOST, char)) {
      if (inPathFrom === -1) inPathFrom = i;
      hostEnd = i;
      break;
    }
    if (char === "@") {
      atSign = i;
      inPathFrom = -1;
    } else if (inPathFrom === -1 && StringPrototypeIncludes(ENDS_HOST_IN_PATH, char)) {
      inPathFrom = i;
    }
  }
  let start = 0;
  if (atSign !== -1) {
    self.auth = decodeURIComponent(StringPrototypeSlice(rest, 0, atSign));
    start = atSign + 1;
  }
  const end = inPathFrom !== -1 ? inPathFrom : hostEnd !== -1 ? hostEnd : rest.length;
  let host = StringPrototypeSlice(rest, start, end);
  rest = StringPrototypeSlice(rest, end);

  const portMatch = RegExpPrototypeExec(/:[0-9]*$/, host);
  if (portMatch !== null) {
    if (portMatch[0] !== ":") self.port = StringPrototypeSlice(portMatch[0], 1);
    host = StringPrototypeSlice(host, 0, portMatch.index);
  }
  let hostname = host;
  const ipv6 = hostname[0] === "[" && hostname[hostname.length - 1] === "]";
  if (!ipv6) {
    // A colon not before a port ends the host; the rest is path (Node warns of such URLs).
    const colon = StringPrototypeIndexOf(hostname, ":");
    if (colon !== -1) {
      rest = `/${StringPrototypeSlice(hostname, colon)}${rest}`;
      hostname = StringPrototypeSlice(hostname, 0, colon);
    }
  }
  if (hostname.length > 255) hostname = "";
  if (!ipv6) {
    const ascii = hostToASCII(hostname);
    if (ascii === "" && hostname !== "") throw invalidURL(input);
    hostname = ascii;
  } else {
    hostname = StringPrototypeToLowerCase(hostname);
  }
  // (An IPv6 address has its colons and brackets.)
  for (let i = 0; i < hostname.length; i++) {
    const char = hostname[i];
    if (StringPrototypeIncludes(FORBIDDEN_IN_HOST, char) && !(ipv6 && StringPrototypeIncludes(":[]", char))) {
      throw invalidURL(input);
    }
  }
  self.host = hostname + (self.port !== null ? `:${self.port}` : "");
  self.hostname = ipv6 ? StringPrototypeSlice(hostname, 1, -1) : hostname;
  if (ipv6 && rest[0] !== "/") rest = `/${rest}`;
  return rest;
}

// A host as the legacy parser keeps it: cut at a NUL, tabs and line breaks dropped, ASCII
// letters lowercased, and IDNA applied to labels that need it ("" when that fails).
function hostToASCII(hostname) {
  const nul = StringPrototypeIndexOf(hostname, "\0");
  if (nul !== -1) hostname = StringPrototypeSlice(hostname, 0, nul);
  hostname = RegExpPrototypeSymbolReplace(/[\t\n\r]/g, hostname, "");
  const lower = StringPrototypeToLowerCase(hostname);
  if (RegExpPrototypeExec(/[^\0-\x7f]|(^|\.)xn--/, lower) === null) return lower;
  const parsed = parsedOrNull(`ws://${lower}/`);
  return parsed === null ? "" : parsed.hostname;
}

function invalidURL(input) {
  const error = codedError(TypeError, "ERR_INVALID_URL", "Invalid URL", invalidURL);
  error.input = input;
  return error;
}

function autoEscaped(text) {
  let escaped = "";
  for (let i = 0; i < text.length; i++) escaped += AUTO_ESCAPES[text[i]] ?? text[i];
  return escaped;
}

// ---- Formatting ----------------------------------------------------------------------------

function format(urlObject, options) {
  if (typeof urlObject === "string") {
    urlObject = parse(urlObject);
  } else if (typeof urlObject !== "object" || urlObject === null) {
    throw invalidArgType("urlObject", ["object", "string"], urlObject);
  } else if (urlObject instanceof URL) {
    return formatURL(urlObject, options);
  }
  return Url.prototype.format.call(urlObject);
}

// A WHATWG URL with parts left out: { auth, fragment, search } (true by default) and
// unicode (false: the host as punycode).
function formatURL(url, options) {
  if (options !== undefined && options !== null && typeof options !== "object") {
    throw invalidArgType("options", "object", options);
  }
  // An option left out, null or undefined keeps its default; any other value counts as a boolean.
  const keep = (name, fallback) => (options == null || options[name] == null ? fallback : !!options[name]);
  let text = url.protocol;
  if (url.host !== "" || StringPrototypeStartsWith(StringPrototypeSlice(url.href, url.protocol.length), "//")) {
    text += "//";
    if (keep("auth", true) && (url.username !== "" || url.password !== "")) {
      text += url.username + (url.password !== "" ? `:${url.password}` : "") + "@";
    }
    text += keep("unicode", false) ? domainToUnicode(url.hostname) : url.hostname;
    if (url.port !== "") text += `:${url.port}`;
  }
  text += url.pathname;
  if (keep("search", true)) text += url.search;
  if (keep("fragment", true)) text += url.hash;
  return text;
}

Url.prototype.format = function format() {
  let auth = this.auth || "";
  if (auth) {
    auth = RegExpPrototypeSymbolReplace(/%3A/i, encodeURIComponent(auth), ":");
    auth += "@";
  }
  let protocol = this.protocol || "";
  let pathname = this.pathname || "";
  let hash = this.hash || "";
  let host = "";
  let query = "";
  if (this.host) {
    host = auth + this.host;
  } else if (this.hostname) {
    const bracketed = StringPrototypeIncludes(this.hostname, ":") && this.hostname[0] !== "[";
    host = auth + (bracketed ? `[${this.hostname}]` : this.hostname);
    if (this.port) host += `:${this.port}`;
  }
  if (this.query !== null && typeof this.query === "object") query = querystring.stringify(this.query);
  let search = this.search || (query && `?${query}`) || "";
  if (protocol && protocol[protocol.length - 1] !== ":") protocol += ":";
  pathname = RegExpPrototypeSymbolReplace(/[#?]/g, pathname, (char) => (char === "#" ? "%23" : "%3F"));
  search = RegExpPrototypeSymbolReplace(/#/g, search, "%23");
  if (this.slashes || isSlashed(protocol)) {
    if (this.slashes || host) {
      if (pathname && pathname[0] !== "/") pathname = `/${pathname}`;
      host = `//${host}`;
    } else if (protocol === "file:") {
      // file: always has the slashes, even with no host ("file://x" keeps x as the path).
      host = "//";
    }
  }
  if (hash && hash[0] !== "#") hash = `#${hash}`;
  if (search && search[0] !== "?") search = `?${search}`;
  return protocol + host + pathname + search + hash;
};

// ---- Resolving -----------------------------------------------------------------------------

function resolve(source, relative) {
  return parse(source, false, true).resolve(relative);
}

function resolveObject(source, relative) {
  if (!source) return relative;
  return parse(source, false, true).resolveObject(relative);
}

Url.prototype.resolve = function resolve(relative) {
  return this.resolveObject(parse(relative, false, true)).format();
};

// `relative` read against this URL, as a new Url: RFC 3986's reference resolution, except that
// a relative URL with this URL's own protocol is read as if it had none (as Node does).
Url.prototype.resolveObject = function resolveObject(relative) {
  if (typeof relative === "string") relative = parse(relative, false, true);
  const result = new Url();
  const differentProtocol = relative.protocol && relative.protocol !== this.protocol;
  if (differentProtocol) {
    copyFields(result, relative);
    if (isSlashed(relative.protocol) && !relative.host) hostFromPath(result);
    return finished(result);
  }
  copyFields(result, this);
  if (relative.host !== null && relative.host !== undefined && (relative.slashes || relative.protocol)) {
    result.auth = relative.auth;
    result.host = relative.host;
    result.hostname = relative.hostname;
    result.port = relative.port;
    result.slashes = result.slashes || relative.slashes;
    result.pathname = relative.pathname === null ? null : withoutDotSegments(relative.pathname);
    setQuery(result, relative);
  } else if (relative.pathname && this.protocol && !isSlashed(this.protocol) && !this.slashes) {
    resolveOpaquePath(result, this, relative);
  } else if (relative.pathname) {
    const merged = relative.pathname[0] === "/" ? relative.pathname : mergedPath(this, relative.pathname);
    result.pathname = withoutDotSegments(merged);
    setQuery(result, relative);
  } else if (relative.search !== null && relative.search !== undefined) {
    setQuery(result, relative);
  }
  result.hash = relative.hash;
  return finished(result);
};

// "http:g/h" against a URL of another protocol means http://g/h: a protocol that has hosts
// takes the first segment of the path as one ("file:g/h" keeps it as path: file:///g/h).
function hostFromPath(result) {
  const segments = StringPrototypeSplit(result.pathname || "", "/");
  let first = 0;
  if (result.protocol !== "file:") {
    while (first < segments.length && segments[first] === "") first++;
    result.host = first < segments.length ? segments[first++] : "";
    result.hostname = result.host;
  }
  let path = "";
  for (let i = first; i < segments.length; i++) if (i > first || segments[i] !== "") path += `/${segments[i]}`;
  result.pathname = path || "/";
  result.slashes = true;
}

// In a URL like mailto:user@host or foo:bar/baz, what parse() read as user and host is the
// start of the path: the relative path merges with all of it, and the first segment of the
// result (unless it is absolute) becomes the host again.
function resolveOpaquePath(result, base, relative) {
  const basePath = (base.auth ? `${base.auth}@` : "") + (base.host || "") + (base.pathname || "");
  const merged = relative.pathname[0] === "/"
    ? relative.pathname
    : StringPrototypeSlice(basePath, 0, StringPrototypeLastIndexOf(basePath, "/") + 1) + relative.pathname;
  const path = withoutDotSegments(merged);
  const slash = path[0] === "/" ? 0 : StringPrototypeIndexOf(path, "/");
  const authority = slash === -1 ? path : StringPrototypeSlice(path, 0, slash);
  const atSign = StringPrototypeLastIndexOf(authority, "@");
  result.auth = atSign === -1 ? null : StringPrototypeSlice(authority, 0, atSign);
  result.host = StringPrototypeSlice(authority, atSign + 1);
  result.hostname = result.host;
  result.port = null;
  result.pathname = slash === -1 ? null : StringPrototypeSlice(path, slash);
  setQuery(result, relative);
}

function setQuery(result, relative) {
  result.search = relative.search;
  result.query = relative.query;
}

// The base's path up to its last slash, then the relative path ("/" when the base has a
// host and no path).
function mergedPath(base, pathname) {
  if (base.host && !base.pathname) return `/${pathname}`;
  const basePath = base.pathname || "";
  return StringPrototypeSlice(basePath, 0, StringPrototypeLastIndexOf(basePath, "/") + 1) + pathname;
}

// "." and ".." segments applied; one that ends the path leaves a trailing slash.
function withoutDotSegments(path) {
  const absolute = path[0] === "/";
  const input = StringPrototypeSplit(absolute ? StringPrototypeSlice(path, 1) : path, "/");
  const output = [];
  for (let i = 0; i < input.length; i++) {
    const segment = input[i];
    const isLast = i === input.length - 1;
    if (segment === "..") {
      if (output.length > 0 && output[output.length - 1] !== "..") ArrayPrototypePop(output);
      else if (!absolute) ArrayPrototypePush(output, "..");
      if (isLast) ArrayPrototypePush(output, "");
    } else if (segment === ".") {
      if (isLast) ArrayPrototypePush(output, "");
    } else {
      ArrayPrototypePush(output, segment);
    }
  }
  return (absolute ? "/" : "") + ArrayPrototypeJoin(output, "/");
}

function finished(result) {
  if (isSlashed(result.protocol) && result.hostname && !result.pathname) result.pathname = "/";
  result.path = result.pathname || result.search ? (result.pathname || "") + (result.search || "") : null;
  result.href = result.format();
  return result;
}

function copyFields(target, source) {
  const keys = ObjectKeys(source);
  for (let i = 0; i < keys.length; i++) target[keys[i]] = source[keys[i]];
}

module.exports = {
  Url, parse, resolve, resolveObject, format, URL, URLSearchParams, domainToASCII, domainToUnicode,
  pathToFileURL, fileURLToPath, urlToHttpOptions,
};
