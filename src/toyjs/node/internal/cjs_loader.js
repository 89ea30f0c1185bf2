// CommonJS: `require`, `module`, `exports`, `__filename`, `__dirname`, as Node has them.
// Resolution (Node's algorithm, permission checks) and reading files are the host's
// (toyjs/host/modules.py, through the ops in node/module/ops.py); compiling, caching, cycles
// and the Module objects programs see are here. A module's code is compiled as the body of a
// function of those five names (V8's CompileFunction), so its lines and columns stay its own.
"use strict";
const {
  ArrayIsArray, ArrayPrototypeIncludes, ArrayPrototypeJoin, ArrayPrototypePush, Error, JSONParse,
  ObjectDefineProperty, ReflectApply, RegExpPrototypeTest, String, StringPrototypeCharCodeAt,
  StringPrototypeEndsWith, StringPrototypeLastIndexOf, StringPrototypeSlice,
  StringPrototypeStartsWith, SyntaxError,
} = core.primordials;
const { codedError, invalidArgType, invalidArgValue } = require("internal/errors");
const ops = core.ops;

const PARAMETERS = ["exports", "require", "module", "__filename", "__dirname"];
const TYPESCRIPT_EXTENSIONS = [".ts", ".cts", ".mts"];
const STDIN = "[stdin]";
// The messages V8 gives code with ES module syntax compiled as a script or function body.
const MODULE_SYNTAX = /^(Cannot use import statement outside a module|Unexpected token 'export'|Cannot use 'import\.meta' outside a module|await is only valid in async functions and the top level bodies of modules)/;

const cache = { __proto__: null };
let mainModule;

function dirname(path) {
  const slash = StringPrototypeLastIndexOf(path, "/");
  if (slash < 0) return ".";
  return slash === 0 ? "/" : StringPrototypeSlice(path, 0, slash);
}

// "/a/b/c" -> ["/a/b/c/node_modules", "/a/b/node_modules", "/a/node_modules", "/node_modules"]
function nodeModulePaths(from) {
  const paths = [];
  let folder = from;
  for (;;) {
    if (!StringPrototypeEndsWith(folder, "/node_modules")) {
      ArrayPrototypePush(paths, folder === "/" ? "/node_modules" : `${folder}/node_modules`);
    }
    if (folder === "/" || folder === ".") break;
    folder = dirname(folder);
  }
  return paths;
}

class Module {
  constructor(id = "", parent = undefined) {
    this.id = id;
    this.path = dirname(id);
    this.exports = {};
    this.filename = null;
    this.loaded = false;
    this.children = [];
    this.paths = [];
    ObjectDefineProperty(this, "parent", { value: parent, writable: true, configurable: true, enumerable: false });
    if (parent !== undefined && parent !== null) ArrayPrototypePush(parent.children, this);
  }

  require(id) {
    if (typeof id !== "string") throw invalidArgType("id", "string", id);
    if (id === "") throw invalidArgValue("id", id, "must be a non-empty string");
    return Module._load(id, this, false);
  }

  load(filename) {
    this.filename = filename;
    this.paths = nodeModulePaths(dirname(filename));
    Module._extensions[loaderExtensionOf(filename)](this, filename);
    this.loaded = true;
  }

  _compile(content, filename) {
    const body = StringPrototypeStartsWith(content, "#!") ? `//${StringPrototypeSlice(content, 2)}` : content;
    // Node 24 names a TypeScript file by its file: URL in stack traces; so does this.
    const scriptName = ArrayPrototypeIncludes(TYPESCRIPT_EXTENSIONS, extensionOf(filename)) ? ops.fileURLOf(filename) : filename;
    const run = ops.compileFunction(body, scriptName, PARAMETERS);
    const require = makeRequire(this);
    return ReflectApply(run, this.exports, [this.exports, require, this, filename, dirname(filename)]);
  }
}

// The registered extension a file loads by: ".js" for anything unknown (.ts, .cts and .mts
// among them: the host erases their types as it reads them), as in Node.
function loaderExtensionOf(filename) {
  const extension = extensionOf(filename);
  return Module._extensions[extension] !== undefined ? extension : ".js";
}

function extensionOf(filename) {
  const base = StringPrototypeSlice(filename, StringPrototypeLastIndexOf(filename, "/") + 1);
  const dot = StringPrototypeLastIndexOf(base, ".");
  return dot > 0 ? StringPrototypeSlice(base, dot) : "";
}

function makeRequire(module) {
  const require = function require(id) {
    return module.require(id);
  };
  function resolve(request, options) {
    if (typeof request !== "string") throw invalidArgType("request", "string", request);
    return Module._resolveFilename(request, module, false, options);
  }
  resolve.paths = function paths(request) {
    if (typeof request !== "string") throw invalidArgType("request", "string", request);
    if (core.builtinName(request) !== undefined) return null;
    if (StringPrototypeStartsWith(request, "./") || StringPrototypeStartsWith(request, "../")) {
      return [module.filename ? dirname(module.filename) : ops.cwd()];
    }
    return module.paths;
  };
  require.resolve = resolve;
  require.main = mainModule;
  require.extensions = Module._extensions;
  require.cache = cache;
  return require;
}

function requireStackOf(parent) {
  const stack = [];
  for (let module = parent; module; module = module.parent) {
    if (module.filename || module.id) ArrayPrototypePush(stack, module.filename || module.id);
  }
  return stack;
}

Module._cache = cache;
Module._extensions = { __proto__: null };
Module._nodeModulePaths = nodeModulePaths;
Module.builtinModules = core.builtinNames();
Module.Module = Module;

// The text a module's code would be wrapped in, for tools that read it (toyjs compiles the code
// as a function body instead, which keeps its first line's columns).
Module.wrapper = [`(function (${ArrayPrototypeJoin(PARAMETERS, ", ")}) { `, "\n});"];
Module.wrap = function wrap(script) {
  return `${Module.wrapper[0]}${script}${Module.wrapper[1]}`;
};
// Folders searched after node_modules in Node (from HOME and NODE_PATH); none here.
Module.globalPaths = [];

Module.isBuiltin = function isBuiltin(specifier) {
  if (typeof specifier !== "string") return false;
  const name = StringPrototypeStartsWith(specifier, "node:") ? StringPrototypeSlice(specifier, 5) : specifier;
  return ArrayPrototypeIncludes(Module.builtinModules, name);
};

Module._resolveFilename = function _resolveFilename(request, parent, isMain, options) {
  if (core.builtinName(request) !== undefined) return request;
  let paths;
  if (options !== undefined && options !== null && options.paths !== undefined) {
    if (!ArrayIsArray(options.paths)) throw invalidArgType("options.paths", "Array", options.paths);
    paths = [];
    for (let i = 0; i < options.paths.length; i++) ArrayPrototypePush(paths, String(options.paths[i]));
  }
  const found = ops.requireResolve(request, parent && parent.filename ? parent.filename : null, paths ?? null);
  if (found !== null && found !== undefined) return found;
  const stack = requireStackOf(parent);
  let message = `Cannot find module '${request}'`;
  if (stack.length > 0) message += `\nRequire stack:\n- ${ArrayPrototypeJoin(stack, "\n- ")}`;
  const error = new Error(message);
  error.code = "MODULE_NOT_FOUND";
  error.requireStack = stack;
  throw error;
};

Module._load = function _load(request, parent, isMain) {
  const builtin = core.builtinName(request);
  if (builtin !== undefined) return core.requireBuiltin(builtin);
  const filename = Module._resolveFilename(request, parent, isMain);
  const cached = cache[filename];
  if (cached !== undefined) {
    if (parent && !ArrayPrototypeIncludes(parent.children, cached)) ArrayPrototypePush(parent.children, cached);
    return cached.exports;
  }
  const module = new Module(filename, parent);
  if (isMain) {
    module.id = ".";
    mainModule = module;
  }
  cache[filename] = module;
  let loaded = false;
  try {
    module.load(filename);
    loaded = true;
  } finally {
    if (!loaded) delete cache[filename];
  }
  return module.exports;
};

Module._extensions[".js"] = function loadJavaScript(module, filename) {
  const { source, format } = ops.moduleSource(filename);
  if (format === "module") {
    module.exports = ops.requireModule(filename);
    return;
  }
  if (format === "ambiguous" && hasModuleSyntax(source, filename)) {
    module.exports = ops.requireModule(filename);
    return;
  }
  module._compile(source, filename);
};
Module._extensions[".cjs"] = Module._extensions[".js"];
Module._extensions[".mjs"] = function loadModule(module, filename) {
  module.exports = ops.requireModule(filename);
};
Module._extensions[".json"] = function loadJSON(module, filename) {
  const { source } = ops.moduleSource(filename);
  try {
    module.exports = JSONParse(StringPrototypeCharCodeAt(source, 0) === 0xfeff ? StringPrototypeSlice(source, 1) : source);
  } catch (error) {
    error.message = `${filename}: ${error.message}`;
    throw error;
  }
};
Module._extensions[".node"] = function loadAddon(module, filename) {
  throw codedError(Error, "ERR_DLOPEN_FAILED", `${filename}: native addons (.node files) cannot be loaded by toyjs`);
};

// Whether code that does not say what it is (a .js file outside any package "type") is an
// ES module: it is when it does not compile as CommonJS because of ES module syntax.
// Top-level await gives messages of several kinds (`await import(...)`: "Unexpected token
// 'import'"); code that compiles once inside an async function used it.
function hasModuleSyntax(source, filename) {
  try {
    ops.compileFunction(source, filename, PARAMETERS);
    return false;
  } catch (error) {
    if (!(error instanceof SyntaxError)) return false;
    if (RegExpPrototypeTest(MODULE_SYNTAX, error.message)) return true;
  }
  try {
    ops.compileFunction(`return async function () {${source}\n}`, filename, PARAMETERS);
    return true;
  } catch {
    return false;
  }
}

function createRequire(filename) {
  let path = filename;
  if (typeof filename === "object" && filename !== null && typeof filename.href === "string") path = filename.href;
  if (typeof path !== "string") {
    throw invalidArgValue("filename", filename, "must be a file URL object, file URL string, or absolute path string");
  }
  if (StringPrototypeStartsWith(path, "file:")) path = ops.fileURLToPath(path);
  else if (!StringPrototypeStartsWith(path, "/")) {
    throw invalidArgValue("filename", filename, "must be a file URL object, file URL string, or absolute path string");
  }
  const module = new Module(path);
  module.filename = path;
  module.paths = nodeModulePaths(dirname(path));
  return makeRequire(module);
}

// The program's main file, when it is CommonJS.
function runMain(filename) {
  Module._load(filename, null, true);
}

// A program given on standard input, when it is CommonJS: named "[stdin]" as in Node, its
// requires resolved from `folder` (the command's working directory).
function runStdin(source, folder) {
  const module = new Module(STDIN);
  module.filename = `${folder}/${STDIN}`;
  module.paths = nodeModulePaths(folder);
  mainModule = module;
  const run = ops.compileFunction(source, STDIN, PARAMETERS);
  ReflectApply(run, module.exports, [module.exports, makeRequire(module), module, STDIN, "."]);
  module.loaded = true;
}

// An ES module importing a CommonJS one: module.exports is the default export, and the names
// the host found in its source are the named ones (read once it ran).
function namespaceOf(filename, names) {
  return () => {
    const exports = Module._load(filename, null, false);
    const namespace = { __proto__: null, default: exports };
    if (exports !== null && (typeof exports === "object" || typeof exports === "function")) {
      for (let i = 0; i < names.length; i++) {
        if (names[i] !== "default") namespace[names[i]] = exports[names[i]];
      }
    }
    return namespace;
  };
}

Module.createRequire = createRequire;
Module.runMain = runMain;
Module.syncBuiltinESMExports = function syncBuiltinESMExports() {
  core.syncBuiltinExports();
};
// toyjs keeps no source maps (stacks point at the files as written): none is ever found.
Module.findSourceMap = function findSourceMap(path) {
  return undefined;
};

// A class instance, not a plain object: the host holds it as a live handle.
class CommonJSLoader {}
module.exports = Object.assign(new CommonJSLoader(), { Module, createRequire, runMain, runStdin, namespaceOf, hasModuleSyntax });
