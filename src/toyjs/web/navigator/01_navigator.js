// navigator (HTML's Navigator, with what Node's has): the runtime's user agent, the CPUs the
// process may use, the system, and the default locale the environment chose (LC_ALL,
// LC_MESSAGES, LANG, as ICU reads them).
(function (core, ops) {
  "use strict";
  const { ObjectDefineProperty, ObjectFreeze, TypeError } = core.primordials;
  const { Intl } = globalThis; // taken before any program runs
  const create = Symbol("create");

  function defaultLanguage() {
    return Intl?.DateTimeFormat?.().resolvedOptions().locale ?? "en-US";
  }

  class Navigator {
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
  for (const name of ["hardwareConcurrency", "language", "languages", "userAgent", "platform"]) {
    ObjectDefineProperty(Navigator.prototype, name, { enumerable: true });
  }

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
