// URL Pattern Standard, "parse a constructor string": a whole-URL pattern string
// ("https://*.example.com/:path*?q=*") split into the components of a URLPatternInit, by
// walking its lenient tokens through the states of a URL's parts.
(function (core, ops) {
  "use strict";
  const { ArrayPrototypeIncludes, StringPrototypeSlice } = core.primordials;
  const { tokenize } = core.urlPatternStrings;

  const BEFORE_HOSTNAME = ["protocol", "authority", "username", "password"];
  const BEFORE_PATHNAME = [...BEFORE_HOSTNAME, "hostname", "port"];
  const BEFORE_SEARCH = [...BEFORE_PATHNAME, "pathname"];
  const includes = ArrayPrototypeIncludes;

  // `protocolMatchesSpecialScheme(protocolPattern)` compiles a protocol pattern and tells
  // whether it matches a special scheme (from the URLPattern file, which compiles).
  function parseConstructorString(input, protocolMatchesSpecialScheme) {
    const tokens = tokenize(input, "lenient");
    const result = {};
    let componentStart = 0;
    let index = 0;
    let increment = 1;
    let groupDepth = 0;
    let bracketDepth = 0; // of an IPv6 hostname
    let special = false; // the protocol matches a special scheme
    let state = "init";

    const safeToken = (at) => (at < tokens.length ? tokens[at] : tokens[tokens.length - 1]);
    const isPatternChar = (at, value) => {
      const token = safeToken(at);
      return token.value === value && (token.type === "char" || token.type === "escaped-char" || token.type === "invalid-char");
    };
    const isSearchPrefix = () => {
      if (isPatternChar(index, "?")) return true;
      if (tokens[index].value !== "?") return false;
      if (index - 1 < 0) return true;
      const type = safeToken(index - 1).type;
      return !(type === "name" || type === "regexp" || type === "close" || type === "asterisk");
    };
    const isHashPrefix = () => isPatternChar(index, "#");
    const isPathnameStart = () => isPatternChar(index, "/");
    const componentString = () =>
      StringPrototypeSlice(input, safeToken(componentStart).index, tokens[index].index);
    const rewind = () => {
      index = componentStart;
      increment = 0;
    };
    const rewindTo = (newState) => {
      rewind();
      state = newState;
    };
    const changeState = (newState, skip) => {
      if (state !== "init" && state !== "authority" && state !== "done") result[state] = componentString();
      if (state !== "init" && newState !== "done") {
        if (includes(BEFORE_HOSTNAME, state) && includes(["port", "pathname", "search", "hash"], newState)) {
          result.hostname ??= "";
        }
        if (includes(BEFORE_PATHNAME, state) && (newState === "search" || newState === "hash")) {
          result.pathname ??= special ? "/" : "";
        }
        if (includes(BEFORE_SEARCH, state) && newState === "hash") result.search ??= "";
      }
      state = newState;
      index += skip;
      componentStart = index;
      increment = 0;
    };

    while (index < tokens.length) {
      increment = 1;
      const token = tokens[index];
      if (token.type === "end") {
        if (state === "init") {
          rewind();
          if (isHashPrefix()) changeState("hash", 1);
          else if (isSearchPrefix()) changeState("search", 1);
          else changeState("pathname", 0);
          index += increment;
          continue;
        }
        if (state === "authority") {
          rewindTo("hostname");
          index += increment;
          continue;
        }
        changeState("done", 0);
        break;
      }
      if (token.type === "open") {
        groupDepth++;
        index += increment;
        continue;
      }
      if (groupDepth > 0) {
        if (token.type === "close") {
          groupDepth--;
        } else {
          index += increment;
          continue;
        }
      }
      step();
      index += increment;
    }
    if (result.hostname !== undefined && result.port === undefined) result.port = "";
    return result;

    function step() {
      switch (state) {
        case "init":
          if (isPatternChar(index, ":")) rewindTo("protocol");
          break;
        case "protocol":
          if (isPatternChar(index, ":")) {
            special = protocolMatchesSpecialScheme(componentString());
            if (isPatternChar(index + 1, "/") && isPatternChar(index + 2, "/")) changeState("authority", 3);
            else changeState(special ? "authority" : "pathname", 1);
          }
          break;
        case "authority":
          if (isPatternChar(index, "@")) rewindTo("username");
          else if (isPathnameStart() || isSearchPrefix() || isHashPrefix()) rewindTo("hostname");
          break;
        case "username":
          if (isPatternChar(index, ":")) changeState("password", 1);
          else if (isPatternChar(index, "@")) changeState("hostname", 1);
          break;
        case "password":
          if (isPatternChar(index, "@")) changeState("hostname", 1);
          break;
        case "hostname":
          if (isPatternChar(index, "[")) bracketDepth++;
          else if (isPatternChar(index, "]")) bracketDepth--;
          else if (isPatternChar(index, ":") && bracketDepth === 0) changeState("port", 1);
          else if (isPathnameStart()) changeState("pathname", 0);
          else if (isSearchPrefix()) changeState("search", 1);
          else if (isHashPrefix()) changeState("hash", 1);
          break;
        case "port":
          if (isPathnameStart()) changeState("pathname", 0);
          else if (isSearchPrefix()) changeState("search", 1);
          else if (isHashPrefix()) changeState("hash", 1);
          break;
        case "pathname":
          if (isSearchPrefix()) changeState("search", 1);
          else if (isHashPrefix()) changeState("hash", 1);
          break;
        case "search":
          if (isHashPrefix()) changeState("hash", 1);
          break;
      }
    }
  }

  core.urlPatternStrings.parseConstructorString = parseConstructorString;
})
