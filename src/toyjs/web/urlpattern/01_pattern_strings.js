// URL Pattern Standard, the pattern strings of one component: the tokenizer, the parser
// into a part list, and what a part list generates (the regular expression with its group
// names, and the normalized pattern string). Positions are UTF-16 indexes of the input;
// the tokenizer steps over code points.
(function (core, ops) {
  "use strict";
  const {
    ArrayPrototypeIncludes, ArrayPrototypePush, RegExpPrototypeExec, String, StringPrototypeCodePointAt,
    StringPrototypeEndsWith, StringPrototypeIncludes, StringPrototypeSlice, TypeError,
  } = core.primordials;

  // Every failure of the constructor is this one error, as node reports it.
  function invalidPattern() {
    const error = new TypeError("Failed to construct URLPattern");
    error.code = "ERR_INVALID_URL_PATTERN";
    return error;
  }

  // ---- Tokenizer

  const NAME_START = /^[$_\p{ID_Start}]$/u;
  const NAME_PART = /^[$_\u200C\u200D\p{ID_Continue}]$/u;

  function isValidNameCodePoint(codePoint, first) {
    return RegExpPrototypeExec(first ? NAME_START : NAME_PART, String.fromCodePoint(codePoint)) !== null;
  }

  const SINGLE_CHARACTER_TOKENS = { "*": "asterisk", "+": "other-modifier", "?": "other-modifier", "{": "open", "}": "close" };

  // `policy` "strict" throws on a tokenizing error; "lenient" records an invalid-char token.
  function tokenize(input, policy) {
    const tokens = [];
    let index = 0; // where the token being read starts
    let next = 0; // after the code point last read
    let codePoint = 0;

    function read(at) {
      codePoint = StringPrototypeCodePointAt(input, at);
      next = at + (codePoint > 0xffff ? 2 : 1);
    }
    function add(type, nextPosition, valuePosition, valueLength) {
      ArrayPrototypePush(tokens, { type, index, value: StringPrototypeSlice(input, valuePosition, valuePosition + valueLength) });
      index = nextPosition;
    }
    function addDefault(type, nextPosition, valuePosition) {
      add(type, nextPosition, valuePosition, nextPosition - valuePosition);
    }
    function error(nextPosition, valuePosition) {
      if (policy === "strict") throw invalidPattern();
      addDefault("invalid-char", nextPosition, valuePosition);
    }

    while (index < input.length) {
      read(index);
      const char = String.fromCodePoint(codePoint);
      const single = SINGLE_CHARACTER_TOKENS[char];
      if (single !== undefined) {
        addDefault(single, next, index);
      } else if (char === "\\") {
        if (index === input.length - 1) {
          error(next, index);
          continue;
        }
        const escaped = next;
        read(next);
        add("escaped-char", next, escaped, next - escaped);
      } else if (char === ":") {
        readName();
      } else if (char === "(") {
        readRegexp();
      } else {
        addDefault("char", next, index);
      }
    }
    addDefault("end", index, index);
    return tokens;

    function readName() {
      let position = next;
      const start = position;
      while (position < input.length) {
        read(position);
        if (!isValidNameCodePoint(codePoint, position === start)) break;
        position = next;
      }
      if (position <= start) error(start, index);
      else add("name", position, start, position - start);
    }

    function readRegexp() {
      let depth = 1;
      let position = next;
      const start = position;
      while (position < input.length) {
        read(position);
        if (codePoint > 0x7f || (position === start && codePoint === 0x3f /* ? */)) return error(start, index);
        if (codePoint === 0x5c /* \ */) {
          if (position === input.length - 1) return error(start, index);
          read(next);
          if (codePoint > 0x7f) return error(start, index);
          position = next;
          continue;
        }
        if (codePoint === 0x29 /* ) */) {
          depth--;
          if (depth === 0) {
            position = next;
            break;
          }
        } else if (codePoint === 0x28 /* ( */) {
          depth++;
          if (position === input.length - 1) return error(start, index);
          const after = next;
          read(after);
          if (codePoint !== 0x3f /* ? */) return error(start, index);
          next = after;
        }
        position = next;
      }
      if (depth !== 0) return error(start, index);
      const length = position - start - 1;
      if (length === 0) return error(start, index);
      add("regexp", position, start, length);
    }
  }

  // ---- Parser

  const FULL_WILDCARD = ".*";
  const MODIFIERS = { "?": "optional", "*": "zero-or-more", "+": "one-or-more" };
  const MODIFIER_TEXT = { none: "", optional: "?", "zero-or-more": "*", "one-or-more": "+" };

  function escapeWith(specials, text) {
    let result = "";
    for (let i = 0; i < text.length; i++) {
      // (the special characters are ASCII: code units will do)
      result += StringPrototypeIncludes(specials, text[i]) ? "\\" + text[i] : text[i];
    }
    return result;
  }
  const escapeRegexp = (text) => escapeWith(".+*?^${}()[]|/\\", text);
  const escapePattern = (text) => escapeWith("+*?:{}()\\", text);

  function segmentWildcard(options) {
    return "[^" + escapeRegexp(options.delimiter) + "]+?";
  }

  // The part list of a component's pattern string; `encode` canonicalizes fixed text.
  function parsePattern(input, options, encode) {
    const tokens = tokenize(input, "strict");
    const wildcard = segmentWildcard(options);
    const parts = [];
    const names = [];
    let pending = "";
    let index = 0;
    let nextNumericName = 0;

    const take = (type) => (tokens[index].type === type ? tokens[index++] : null);
    const takeModifier = () => take("other-modifier") ?? take("asterisk");
    const takeRegexpOrWildcard = (nameToken) => {
      const token = take("regexp");
      return nameToken === null && token === null ? take("asterisk") : token;
    };
    const takeText = () => {
      let text = "";
      for (let token = take("char") ?? take("escaped-char"); token !== null; token = take("char") ?? take("escaped-char")) {
        text += token.value;
      }
      return text;
    };
    const require = (type) => {
      const token = take(type);
      if (token === null) throw invalidPattern();
      return token;
    };
    const flushPending = () => {
      if (pending === "") return;
      const value = encode(pending);
      pending = "";
      ArrayPrototypePush(parts, { type: "fixed-text", value, modifier: "none", name: "", prefix: "", suffix: "" });
    };
    const addPart = (prefix, nameToken, regexpOrWildcard, suffix, modifierToken) => {
      const modifier = modifierToken === null ? "none" : MODIFIERS[modifierToken.value];
      if (nameToken === null && regexpOrWildcard === null && modifier === "none") {
        pending += prefix;
        return;
      }
      flushPending();
      if (nameToken === null && regexpOrWildcard === null) {
        if (prefix === "") return;
        ArrayPrototypePush(parts, { type: "fixed-text", value: encode(prefix), modifier, name: "", prefix: "", suffix: "" });
        return;
      }
      let value;
      if (regexpOrWildcard === null) value = wildcard;
      else if (regexpOrWildcard.type === "asterisk") value = FULL_WILDCARD;
      else value = regexpOrWildcard.value;
      let type = "regexp";
      if (value === wildcard) {
        type = "segment-wildcard";
        value = "";
      } else if (value === FULL_WILDCARD) {
        type = "full-wildcard";
        value = "";
      }
      const name = nameToken !== null ? nameToken.value : String(nextNumericName++);
      if (ArrayPrototypeIncludes(names, name)) throw invalidPattern();
      ArrayPrototypePush(names, name);
      ArrayPrototypePush(parts, { type, value, modifier, name, prefix: encode(prefix), suffix: encode(suffix) });
    };

    while (index < tokens.length) {
      const charToken = take("char");
      const nameToken = take("name");
      const regexpOrWildcard = takeRegexpOrWildcard(nameToken);
      if (nameToken !== null || regexpOrWildcard !== null) {
        let prefix = charToken === null ? "" : charToken.value;
        if (prefix !== "" && prefix !== options.prefix) {
          pending += prefix;
          prefix = "";
        }
        flushPending();
        addPart(prefix, nameToken, regexpOrWildcard, "", takeModifier());
        continue;
      }
      const fixed = charToken ?? take("escaped-char");
      if (fixed !== null) {
        pending += fixed.value;
        continue;
      }
      if (take("open") !== null) {
        const prefix = takeText();
        const innerName = take("name");
        const innerRegexp = takeRegexpOrWildcard(innerName);
        const suffix = takeText();
        require("close");
        addPart(prefix, innerName, innerRegexp, suffix, takeModifier());
        continue;
      }
      flushPending();
      require("end");
    }
    return parts;
  }

  // ---- What a part list generates

  function generateRegexp(parts, options) {
    let result = "^";
    const names = [];
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i];
      const modifier = MODIFIER_TEXT[part.modifier];
      if (part.type === "fixed-text") {
        result += part.modifier === "none" ? escapeRegexp(part.value) : "(?:" + escapeRegexp(part.value) + ")" + modifier;
        continue;
      }
      ArrayPrototypePush(names, part.name);
      let value = part.value;
      if (part.type === "segment-wildcard") value = segmentWildcard(options);
      else if (part.type === "full-wildcard") value = FULL_WILDCARD;
      const single = part.modifier === "none" || part.modifier === "optional";
      if (part.prefix === "" && part.suffix === "") {
        result += single ? "(" + value + ")" + modifier : "((?:" + value + ")" + modifier + ")";
        continue;
      }
      const prefix = escapeRegexp(part.prefix);
      const suffix = escapeRegexp(part.suffix);
      if (single) {
        result += "(?:" + prefix + "(" + value + ")" + suffix + ")" + modifier;
        continue;
      }
      result += "(?:" + prefix + "((?:" + value + ")(?:" + suffix + prefix + "(?:" + value + "))*)" + suffix + ")";
      if (part.modifier === "zero-or-more") result += "?";
    }
    return { source: result + "$", names };
  }

  const firstCodePoint = (text) => StringPrototypeCodePointAt(text, 0);
  const isDigit = (char) => char >= "0" && char <= "9";

  function generatePatternString(parts, options) {
    let result = "";
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i];
      const previous = i > 0 ? parts[i - 1] : null;
      const next = i < parts.length - 1 ? parts[i + 1] : null;
      const modifier = MODIFIER_TEXT[part.modifier];
      if (part.type === "fixed-text") {
        result += part.modifier === "none" ? escapePattern(part.value) : "{" + escapePattern(part.value) + "}" + modifier;
        continue;
      }
      const customName = !isDigit(part.name[0]);
      let grouping = part.suffix !== "" || (part.prefix !== "" && part.prefix !== options.prefix);
      if (
        !grouping && customName && part.type === "segment-wildcard" && part.modifier === "none" &&
        next !== null && next.prefix === "" && next.suffix === ""
      ) {
        grouping = next.type === "fixed-text"
          ? next.value !== "" && isValidNameCodePoint(firstCodePoint(next.value), false)
          : isDigit(next.name[0]);
      }
      if (
        !grouping && part.prefix === "" && previous !== null && previous.type === "fixed-text" &&
        options.prefix !== "" && StringPrototypeEndsWith(previous.value, options.prefix)
      ) {
        grouping = true;
      }
      if (grouping) result += "{";
      result += escapePattern(part.prefix);
      if (customName) result += ":" + part.name;
      if (part.type === "regexp") {
        result += "(" + part.value + ")";
      } else if (part.type === "segment-wildcard" && !customName) {
        result += "(" + segmentWildcard(options) + ")";
      } else if (part.type === "full-wildcard") {
        const plain = !customName && (
          previous === null || previous.type === "fixed-text" || previous.modifier !== "none" || grouping || part.prefix !== ""
        );
        result += plain ? "*" : "(" + FULL_WILDCARD + ")";
      }
      if (
        part.type === "segment-wildcard" && customName && part.suffix !== "" &&
        isValidNameCodePoint(firstCodePoint(part.suffix), false)
      ) {
        result += "\\";
      }
      result += escapePattern(part.suffix);
      if (grouping) result += "}";
      result += modifier;
    }
    return result;
  }

  core.urlPatternStrings = { invalidPattern, tokenize, parsePattern, generateRegexp, generatePatternString, escapePattern };
})
