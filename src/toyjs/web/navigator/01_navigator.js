// navigator (HTML's Navigator, with what Node's has): the runtime's user agent, the CPUs the
// process may use, the system, and the default locale the environment chose (LC_ALL,
// LC_MESSAGES, LANG, as ICU reads them).
(function (core, ops) {
  "use strict";
  const { ObjectDefineProperty, ObjectFreeze, SymbolToStringTag, TypeError } = core.primordials;
  const { Intl } = globalThis; // taken before any program runs
  const create = Symbol("create");

  function defaultLanguage() {
    return Intl?.DateTimeFormat?.().resolvedOptions().locale ?? "en-US";
  }

  let isNavigator;
  class Navigator {
    static { isNavigator = (value) => #facts in value; }
    #facts = null;
    #languages = null;
    constructor(key) {
      if (key !== create) {
        const error = new TypeError("Illegal constructor");
        error.code = "ERR_ILLEGAL_CONSTRUCTOR";
        throw error;
      }
    }
    // Asked of the host once, on first use.
    #fact(name) {
      this.#facts ??= ops.navigatorFacts();
      return this.#facts[name];
    }
    get hardwareConcurrency() { return this.#fact("hardwareConcurrency"); }
    get language() { return this.languages[0]; }
    get languages() {
      this.#languages ??= ObjectFreeze([defaultLanguage()]);
      return this.#languages;
    }
    get userAgent() { return this.#fact("userAgent"); }
    get platform() { return this.#fact("platform"); }
  }
  // Web IDL's shape, but as node has it the prototype has no @@toStringTag.
  core.webidl.defineInterface(Navigator, { brand: isNavigator, length: 0 });
  delete Navigator.prototype[SymbolToStringTag];

  let navigator = null;
  core.defineGlobal("Navigator", Navigator);
  ObjectDefineProperty(globalThis, "navigator", {
    get() {
      navigator ??= new Navigator(create);
      return navigator;
    },
    configurable: true,
    enumerable: false,
  });
})
