// util.parseArgs: command-line arguments into option values and positionals, as Node parses
// them. The arguments become tokens first (options with their raw name, index and value;
// positionals; the `--` terminator), then the tokens are checked in order (strict mode) and
// stored.
"use strict";
const {
  ArrayIsArray, ArrayPrototypeSlice, ObjectKeys, ObjectPrototypeHasOwnProperty, StringPrototypeIndexOf, StringPrototypeSlice, StringPrototypeStartsWith, TypeError,
} = core.primordials;
const {
  codedError, describeReceived, invalidArgType, invalidArgValue, validateBoolean, validateObject, validateString,
} = require("internal/errors");

const has = (object, key) => ObjectPrototypeHasOwnProperty(object, key);

function parseArgs(config = {}) {
  const args = has(config, "args") ? config.args : defaultArgs();
  const strict = has(config, "strict") ? config.strict : true;
  const allowPositionals = has(config, "allowPositionals") ? config.allowPositionals : !strict;
  const returnTokens = has(config, "tokens") ? config.tokens : false;
  const options = has(config, "options") ? config.options : {};
  if (!ArrayIsArray(args)) throw invalidArgType("args", "Array", args);
  validateBoolean(strict, "strict");
  validateBoolean(allowPositionals, "allowPositionals");
  validateBoolean(returnTokens, "tokens");
  validateObject(options, "options");
  validateOptions(options);

  const tokens = tokenize(args, options);
  const result = { values: { __proto__: null }, positionals: [] };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.kind === "option") {
      if (strict) checkOptionUsage(token, options, allowPositionals);
      store(result.values, token.name, token.value, options);
    } else if (token.kind === "positional") {
      if (!allowPositionals) {
        throw codedError(TypeError, "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL",
          `Unexpected argument '${token.value}'. This command does not take positional arguments`, parseArgs);
      }
      result.positionals[result.positionals.length] = token.value;
    }
  }
  const names = ObjectKeys(options);
  for (let i = 0; i < names.length; i++) {
    const option = options[names[i]];
    if (has(option, "default") && result.values[names[i]] === undefined) result.values[names[i]] = option.default;
  }
  if (returnTokens) result.tokens = tokens;
  return result;
}

// A script's own arguments: process.argv after the runtime and the script.
function defaultArgs() {
  return ArrayPrototypeSlice(core.process.argv ?? [], 2);
}

function validateOptions(options) {
  const names = ObjectKeys(options);
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    const option = options[name];
    const path = `options.${name}`;
    validateObject(option, path);
    const type = option.type;
    if (type !== "string" && type !== "boolean") {
      throw codedError(TypeError, "ERR_INVALID_ARG_TYPE",
        `The "${path}.type" property must be ('string|boolean').${describeReceived(type)}`, parseArgs);
    }
    if (has(option, "short")) {
      validateString(option.short, `${path}.short`);
      if (option.short.length !== 1) throw invalidArgValue(`${path}.short`, option.short, "must be a single character");
    }
    const multiple = has(option, "multiple") ? option.multiple : false;
    if (has(option, "multiple")) validateBoolean(multiple, `${path}.multiple`);
    if (has(option, "default")) validateDefault(option.default, type, multiple, `${path}.default`);
  }
}

function validateDefault(value, type, multiple, path) {
  const validate = type === "string" ? validateString : validateBoolean;
  if (!multiple) {
    validate(value, path);
    return;
  }
  if (!ArrayIsArray(value)) throw invalidArgType(path, "Array", value);
  for (let i = 0; i < value.length; i++) validate(value[i], `${path}[${i}]`);
}

// ── Tokens ──

function longNameOf(short, options) {
  const names = ObjectKeys(options);
  for (let i = 0; i < names.length; i++) if (options[names[i]].short === short) return names[i];
  return short;
}

const typeOf = (name, options) => (has(options, name) ? options[name].type : undefined);

// Whether an argument looks like an option (and so is doubtful as an option's value).
const optionLike = (arg) => arg.length > 1 && arg[0] === "-";

function tokenize(args, options) {
  const tokens = [];
  const remaining = ArrayPrototypeSlice(args);
  const origins = []; // for each remaining argument, the index of the argument it came from
  for (let i = 0; i < remaining.length; i++) origins[i] = i;
  let at = 0;
  const option = (name, rawName, index, value, inlineValue) => {
    tokens[tokens.length] = { kind: "option", name, rawName, index, value, inlineValue };
  };
  // A string option's value is the next argument, whatever it is.
  const takeValue = (name) => {
    if (typeOf(name, options) !== "string" || at >= remaining.length) return [undefined, undefined];
    return [remaining[at++], false];
  };
  while (at < remaining.length) {
    const index = origins[at];
    const arg = remaining[at++];
    if (arg === "--") {
      tokens[tokens.length] = { kind: "option-terminator", index };
      for (; at < remaining.length; at++) tokens[tokens.length] = { kind: "positional", index: origins[at], value: remaining[at] };
      break;
    }
    if (arg.length === 2 && arg[0] === "-" && arg[1] !== "-") { // -f
      const name = longNameOf(arg[1], options);
      const [value, inline] = takeValue(name);
      option(name, arg, index, value, inline);
    } else if (arg.length > 2 && arg[0] === "-" && arg[1] !== "-") {
      const name = longNameOf(arg[1], options);
      if (typeOf(name, options) === "string") { // -fVALUE
        option(name, `-${arg[1]}`, index, StringPrototypeSlice(arg, 2), true);
      } else { // -abc: -a -b -c, where a string option takes the rest as its value
        const expanded = [];
        for (let c = 1; c < arg.length; c++) {
          const short = arg[c];
          if (typeOf(longNameOf(short, options), options) === "string" && c < arg.length - 1) {
            expanded[expanded.length] = `-${short}`;
            expanded[expanded.length] = StringPrototypeSlice(arg, c + 1);
            break;
          }
          expanded[expanded.length] = `-${short}`;
        }
        spliceIn(remaining, origins, at, expanded, index);
      }
    } else if (StringPrototypeStartsWith(arg, "--") && StringPrototypeIndexOf(arg, "=") > 2) { // --name=value
      const equals = StringPrototypeIndexOf(arg, "=");
      const name = StringPrototypeSlice(arg, 2, equals);
      option(name, `--${name}`, index, StringPrototypeSlice(arg, equals + 1), true);
    } else if (StringPrototypeStartsWith(arg, "--")) { // --name
      const name = StringPrototypeSlice(arg, 2);
      const [value, inline] = takeValue(name);
      option(name, arg, index, value, inline);
    } else {
      tokens[tokens.length] = { kind: "positional", index, value: arg };
    }
  }
  return tokens;
}

// Puts an expanded short-option group in place of the group, each part from its index.
function spliceIn(remaining, origins, at, parts, index) {
  const restArgs = ArrayPrototypeSlice(remaining, at);
  const restOrigins = ArrayPrototypeSlice(origins, at);
  remaining.length = origins.length = at;
  for (let i = 0; i < parts.length; i++) {
    remaining[remaining.length] = parts[i];
    origins[origins.length] = index;
  }
  for (let i = 0; i < restArgs.length; i++) {
    remaining[remaining.length] = restArgs[i];
    origins[origins.length] = restOrigins[i];
  }
}

// ── Checks and storage ──

function checkOptionUsage(token, options, allowPositionals) {
  const { name, rawName, value, inlineValue } = token;
  if (!has(options, name)) {
    const hint = allowPositionals
      ? `. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- "${rawName}"`
      : "";
    throw codedError(TypeError, "ERR_PARSE_ARGS_UNKNOWN_OPTION", `Unknown option '${rawName}'${hint}`, parseArgs);
  }
  const short = options[name].short;
  const shortAndLong = short !== undefined ? `-${short}, --${name}` : `--${name}`;
  if (options[name].type === "string") {
    if (typeof value !== "string") {
      throw invalidOptionValue(`Option '${shortAndLong} <value>' argument missing`);
    }
    if (!inlineValue && optionLike(value)) {
      const example = short !== undefined ? `'--${name}=-XYZ' or '-${short}-XYZ'` : `'--${name}=-XYZ'`;
      throw invalidOptionValue(`Option '${rawName}' argument is ambiguous.\nDid you forget to specify the option argument for '${rawName}'?\n` +
        `To specify an option argument starting with a dash use ${example}.`);
    }
  } else if (value !== undefined) {
    throw invalidOptionValue(`Option '${shortAndLong}' does not take an argument`);
  }
}

function invalidOptionValue(message) {
  return codedError(TypeError, "ERR_PARSE_ARGS_INVALID_OPTION_VALUE", message, parseArgs);
}

// A missing value (allowed outside strict mode) stores true; `multiple` options collect.
function store(values, name, value, options) {
  if (name === "__proto__") return;
  const stored = value ?? true;
  if (has(options, name) && options[name].multiple) {
    if (values[name] === undefined) values[name] = [stored];
    else values[name][values[name].length] = stored;
  } else {
    values[name] = stored;
  }
}

module.exports = { parseArgs };
