// DOMException (WebIDL): an Error with a name and the legacy numeric code for that name.
(function (core, ops) {
  "use strict";
  const {
    ObjectDefineProperty, SafeWeakMap, StringPrototypeIndexOf, StringPrototypeSlice, Error, Number, NumberIsFinite,
    RangeError, String, TypeError,
  } = core.primordials;
  const legacyCodes = {
    IndexSizeError: 1, HierarchyRequestError: 3, WrongDocumentError: 4, InvalidCharacterError: 5,
    NoModificationAllowedError: 7, NotFoundError: 8, NotSupportedError: 9, InvalidStateError: 11,
    SyntaxError: 12, InvalidModificationError: 13, NamespaceError: 14, InvalidAccessError: 15,
    TypeMismatchError: 17, SecurityError: 18, NetworkError: 19, AbortError: 20, URLMismatchError: 21,
    QuotaExceededError: 22, TimeoutError: 23, InvalidNodeTypeError: 24, DataCloneError: 25,
  };
  const constants = {
    INDEX_SIZE_ERR: 1, DOMSTRING_SIZE_ERR: 2, HIERARCHY_REQUEST_ERR: 3, WRONG_DOCUMENT_ERR: 4,
    INVALID_CHARACTER_ERR: 5, NO_DATA_ALLOWED_ERR: 6, NO_MODIFICATION_ALLOWED_ERR: 7, NOT_FOUND_ERR: 8,
    NOT_SUPPORTED_ERR: 9, INUSE_ATTRIBUTE_ERR: 10, INVALID_STATE_ERR: 11, SYNTAX_ERR: 12,
    INVALID_MODIFICATION_ERR: 13, NAMESPACE_ERR: 14, INVALID_ACCESS_ERR: 15, VALIDATION_ERR: 16,
    TYPE_MISMATCH_ERR: 17, SECURITY_ERR: 18, NETWORK_ERR: 19, ABORT_ERR: 20, URL_MISMATCH_ERR: 21,
    QUOTA_EXCEEDED_ERR: 22, TIMEOUT_ERR: 23, INVALID_NODE_TYPE_ERR: 24, DATA_CLONE_ERR: 25,
  };
  const names = new SafeWeakMap();
  const messages = new SafeWeakMap();

  function brand(self, what) {
    if (!names.has(self)) throw new TypeError(`Value of "this" must be of type DOMException (reading ${what})`);
  }

  class DOMException extends Error {
    constructor(message = "", options = "Error") {
      super();
      message = String(message);
      let name;
      if (options !== null && typeof options === "object") {
        name = "name" in options ? String(options.name) : "Error";
        if ("cause" in options) {
          ObjectDefineProperty(this, "cause", { value: options.cause, configurable: true, writable: true, enumerable: false });
        }
      } else {
        name = String(options);
      }
      names.set(this, name);
      messages.set(this, message);
      // The stack was captured by Error() before the name was known: give it the right head.
      const stack = this.stack;
      ObjectDefineProperty(this, "stack", {
        value: `${name}: ${message}${StringPrototypeSlice(stack, StringPrototypeIndexOf(stack, "\n"))}`,
        configurable: true, writable: true, enumerable: false,
      });
    }
    get name() { brand(this, "name"); return names.get(this); }
    get message() { brand(this, "message"); return messages.get(this); }
    get code() { brand(this, "code"); return legacyCodes[names.get(this)] ?? 0; }
  }
  for (const [key, value] of Object.entries(constants)) {
    Object.defineProperty(DOMException, key, { value, enumerable: true });
    Object.defineProperty(DOMException.prototype, key, { value, enumerable: true });
  }
  core.webidl.defineInterface(DOMException); // (its getters check their `this` themselves)

  // QuotaExceededError (WebIDL): the DOMException of a quota, saying how much was asked for
  // and how much there is, where known (null where not).
  let isQuotaExceededError;
  class QuotaExceededError extends DOMException {
    #quota = null;
    #requested = null;
    static { isQuotaExceededError = (value) => #quota in value; }
    constructor(message = "", options = {}) {
      super(message, "QuotaExceededError");
      if (options !== undefined && options !== null && typeof options !== "object" && typeof options !== "function") {
        throw new TypeError('The "options" argument must be of type object.');
      }
      const quota = options?.quota;
      const requested = options?.requested;
      if (quota !== undefined) this.#quota = finiteDouble(quota, "quota");
      if (requested !== undefined) this.#requested = finiteDouble(requested, "requested");
      if (this.#quota !== null && this.#requested !== null && this.#requested < this.#quota) {
        throw new RangeError("The requested amount cannot be less than the quota");
      }
    }
    get quota() { return this.#quota; }
    get requested() { return this.#requested; }
  }
  // A dictionary's `double` member: finite, and here not negative.
  function finiteDouble(value, name) {
    const number = Number(value);
    if (!NumberIsFinite(number)) throw new TypeError(`The "${name}" option must be a finite number`);
    if (number < 0) throw new RangeError(`The "${name}" option must not be negative`);
    return number;
  }
  core.webidl.defineInterface(QuotaExceededError, { brand: isQuotaExceededError });

  core.DOMException = DOMException;
  core.QuotaExceededError = QuotaExceededError;
  core.defineGlobal("DOMException", DOMException);
  core.defineGlobal("QuotaExceededError", QuotaExceededError);
})
