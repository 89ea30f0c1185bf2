// The shape Web IDL gives an interface, applied to a class once it is written: what programs
// observe of any web API's classes, whatever the API.
//
// - Operations and attributes, on the prototype and static, are enumerable.
// - An operation called with fewer arguments than it requires throws a TypeError; what it
//   requires is its `length` (written as the class's signature: optional arguments have a
//   default, so they are not counted).
// - With a `brand` (whether a value is an instance: `#field in value`), an operation or an
//   attribute's getter or setter called on anything else throws a TypeError (an operation
//   that returns a promise rejects instead), before the member's own code runs.
// - Getters and setters are named "get x" / "set x".
// - The prototype has its @@toStringTag, the interface name.
//
// - A pair iterable's @@iterator is its `entries`.
//
// A member checked this way is a function of its own around the class's: same name and
// length, not constructible, and @@iterator stays the same function as `entries`/`values`.
(function (core, ops) {
  "use strict";
  const {
    ObjectDefineProperty, ObjectGetOwnPropertyDescriptor, ObjectGetOwnPropertyNames, ObjectGetPrototypeOf,
    FunctionPrototypeCall, ReflectApply, PromiseReject, SymbolIterator, SymbolToStringTag, TypeError,
  } = core.primordials;
  const AsyncFunctionPrototype = ObjectGetPrototypeOf(async function () {});
  const CLASS_OWN = { length: true, name: true, prototype: true };

  // A TypeError as Node's for a member used on the wrong object (code ERR_INVALID_THIS).
  function invalidThis(message) {
    const error = new TypeError(message);
    error.code = "ERR_INVALID_THIS";
    return error;
  }
  // "Headers.append: 2 arguments required, but only 1 found." (as Node's fetch says it).
  function missingArguments(label, required, found) {
    const noun = required === 1 ? "argument" : "arguments";
    return new TypeError(`${label}: ${required} ${noun} required, but ${found === 0 ? "" : "only "}${found} found.`);
  }
  const isObject = (value) => (typeof value === "object" && value !== null) || typeof value === "function";

  // `method` behind the checks: `brand` (or none) on `this`, and `required` arguments.
  function checkedOperation(name, method, label, brand, brandMessage) {
    const required = method.length;
    const rejects = ObjectGetPrototypeOf(method) === AsyncFunctionPrototype;
    const fail = (error) => {
      if (rejects) return PromiseReject(error);
      throw error;
    };
    const checked = {
      [name]() {
        if (brand !== undefined && !(isObject(this) && brand(this))) return fail(invalidThis(brandMessage));
        if (arguments.length < required) return fail(missingArguments(label, required, arguments.length));
        return ReflectApply(method, this, arguments);
      },
    }[name];
    ObjectDefineProperty(checked, "length", { value: required });
    return checked;
  }
  function checkedAccessor(name, descriptor, brand, brandMessage) {
    const { get, set } = descriptor;
    const methods = {
      get [name]() {
        if (!(isObject(this) && brand(this))) throw invalidThis(brandMessage);
        return FunctionPrototypeCall(get, this);
      },
      set [name](value) {
        if (!(isObject(this) && brand(this))) throw invalidThis(brandMessage);
        FunctionPrototypeCall(set, this, value);
      },
    };
    const own = ObjectGetOwnPropertyDescriptor(methods, name);
    return { get: get === undefined ? undefined : own.get, set: set === undefined ? undefined : own.set };
  }

  // Applies the rules above to `cls` (after its members are all defined). Options:
  // `name` (the interface's, cls.name by default), `brand`, `brandMessage` (what a brand
  // check failure says: Node's 'Value of "this" must be of type X' by default), `length`
  // (the interface object's, where the constructor's signature cannot give it),
  // `pairIterable` (true for an `iterable<K, V>` declaration), `ownChecks` (true where the
  // members check their `this` and arguments themselves, as their standard words it: no
  // checks are added).
  function defineInterface(cls, options = {}) {
    const name = options.name ?? cls.name;
    const brand = options.brand;
    const ownChecks = options.ownChecks === true;
    const brandMessage = options.brandMessage ?? `Value of "this" must be of type ${name}`;
    const proto = cls.prototype;
    const iterator = proto[SymbolIterator];
    const keys = ObjectGetOwnPropertyNames(proto);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (key === "constructor") continue;
      const descriptor = ObjectGetOwnPropertyDescriptor(proto, key);
      if (typeof descriptor.value === "function") {
        const method = descriptor.value;
        if (!ownChecks && (brand !== undefined || method.length > 0)) {
          descriptor.value = checkedOperation(key, method, `${name}.${key}`, brand, brandMessage);
          if (iterator === method) ObjectDefineProperty(proto, SymbolIterator, { value: descriptor.value });
        }
      } else if (descriptor.get !== undefined || descriptor.set !== undefined) {
        if (brand !== undefined) {
          const { get, set } = checkedAccessor(key, descriptor, brand, brandMessage);
          descriptor.get = get;
          descriptor.set = set;
        }
      } else {
        continue; // a constant: enumerable already, as Web IDL's
      }
      descriptor.enumerable = true;
      ObjectDefineProperty(proto, key, descriptor);
    }
    const statics = ObjectGetOwnPropertyNames(cls);
    for (let i = 0; i < statics.length; i++) {
      const key = statics[i];
      const descriptor = ObjectGetOwnPropertyDescriptor(cls, key);
      if (CLASS_OWN[key] === true || typeof descriptor.value !== "function") continue;
      if (!ownChecks && descriptor.value.length > 0) {
        descriptor.value = checkedOperation(key, descriptor.value, `${name}.${key}`, undefined, brandMessage);
      }
      descriptor.enumerable = true;
      ObjectDefineProperty(cls, key, descriptor);
    }
    if (options.pairIterable === true) {
      ObjectDefineProperty(proto, SymbolIterator, { value: proto.entries, writable: true, enumerable: false, configurable: true });
    }
    if (options.length !== undefined) ObjectDefineProperty(cls, "length", { value: options.length });
    ObjectDefineProperty(proto, SymbolToStringTag, { value: name, configurable: true });
  }

  core.webidl = { defineInterface, invalidThis, missingArguments };
})
