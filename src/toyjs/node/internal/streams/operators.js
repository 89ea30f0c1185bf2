// The iterator-like helpers of Readable (map, filter, take...): each reads the stream as an
// async iterable. Those that give a stream return a new object-mode Readable; the others a
// promise. `options.signal` stops them with an AbortError.
"use strict";
const {
  MathFloor, Number, NumberIsInteger, NumberIsNaN, ObjectDefineProperty, ObjectKeys, ReflectApply, TypeError,
} = core.primordials;
const NumberMAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER;
const {
  AbortError, codedError, invalidArgType, outOfRange, validateAbortSignal, validateObject,
} = require("internal/errors");

function checkOptions(options) {
  if (options != null) validateObject(options, "options");
  validateAbortSignal(options?.signal, "options.signal");
  return options?.signal;
}

function checkFunction(fn, name) {
  if (typeof fn !== "function") throw invalidArgType(name, ["function", "AsyncFunction"], fn);
}

// The options of the helpers that take a function (and may run it on several chunks at once).
function checkCallOptions(options) {
  const signal = checkOptions(options);
  const concurrency = options?.concurrency;
  if (concurrency !== undefined && (!NumberIsInteger(concurrency) || concurrency < 1 || concurrency > NumberMAX_SAFE_INTEGER)) {
    if (typeof concurrency !== "number") throw invalidArgType("options.concurrency", "number", concurrency);
    throw outOfRange("options.concurrency", `>= 1 && <= ${NumberMAX_SAFE_INTEGER}`, concurrency);
  }
  return signal;
}

function throwIfAborted(signal) {
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });
}

function toCount(number) {
  number = Number(number);
  if (NumberIsNaN(number)) return 0;
  if (number < 0) throw outOfRange("number", ">= 0", number);
  return number === Infinity ? Infinity : MathFloor(number);
}

// The helpers giving a stream: each checks its arguments at once, and returns the generator
// (over the source stream `this`) that the new stream reads.
const streamOperators = {
  map(fn, options) {
    checkFunction(fn, "fn");
    const signal = checkCallOptions(options);
    return (async function* (source) {
      for await (const chunk of source) {
        throwIfAborted(signal);
        yield await fn(chunk, { signal });
      }
    })(this);
  },
  filter(fn, options) {
    checkFunction(fn, "fn");
    const signal = checkCallOptions(options);
    return (async function* (source) {
      for await (const chunk of source) {
        throwIfAborted(signal);
        if (await fn(chunk, { signal })) yield chunk;
      }
    })(this);
  },
  flatMap(fn, options) {
    checkFunction(fn, "fn");
    const signal = checkCallOptions(options);
    return (async function* (source) {
      for await (const chunk of source) yield* await fn(chunk, { signal });
    })(this);
  },
  take(number, options) {
    const signal = checkOptions(options);
    const count = toCount(number);
    return (async function* (source) {
      if (count <= 0) return;
      let taken = 0;
      for await (const chunk of source) {
        throwIfAborted(signal);
        yield chunk;
        if (++taken >= count) return;
      }
    })(this);
  },
  drop(number, options) {
    const signal = checkOptions(options);
    let left = toCount(number);
    return (async function* (source) {
      for await (const chunk of source) {
        throwIfAborted(signal);
        if (left > 0) left--;
        else yield chunk;
      }
    })(this);
  },
};

// The helpers giving a promise.
const promiseOperators = {
  async forEach(fn, options) {
    checkFunction(fn, "fn");
    const signal = checkCallOptions(options);
    for await (const chunk of this) {
      throwIfAborted(signal);
      await fn(chunk, { signal });
    }
  },
  async toArray(options) {
    const signal = checkOptions(options);
    const result = [];
    for await (const chunk of this) {
      throwIfAborted(signal);
      result[result.length] = chunk;
    }
    return result;
  },
  async some(fn, options) {
    checkFunction(fn, "fn");
    const signal = checkOptions(options);
    for await (const chunk of this) if (await fn(chunk, { signal })) return true;
    return false;
  },
  async every(fn, options) {
    checkFunction(fn, "fn");
    const signal = checkOptions(options);
    for await (const chunk of this) if (!(await fn(chunk, { signal }))) return false;
    return true;
  },
  async find(fn, options) {
    checkFunction(fn, "fn");
    const signal = checkOptions(options);
    for await (const chunk of this) if (await fn(chunk, { signal })) return chunk;
    return undefined;
  },
  async reduce(reducer, ...rest) {
    checkFunction(reducer, "reducer");
    const signal = checkOptions(rest[1]);
    let hasValue = rest.length > 0;
    let accumulator = rest[0];
    for await (const chunk of this) {
      throwIfAborted(signal);
      if (hasValue) {
        accumulator = await reducer(accumulator, chunk, { signal });
      } else {
        accumulator = chunk;
        hasValue = true;
      }
    }
    if (!hasValue) throw codedError(TypeError, "ERR_MISSING_ARGS", "Reduce of an empty stream requires an initial value");
    return accumulator;
  },
};

// Puts the helpers on Readable.prototype: stream ones wrapped in Readable.from.
function install(Readable) {
  const streamNames = ObjectKeys(streamOperators);
  for (let i = 0; i < streamNames.length; i++) {
    const makeGenerator = streamOperators[streamNames[i]];
    ObjectDefineProperty(Readable.prototype, streamNames[i], {
      value: { [streamNames[i]](...args) {
        return Readable.from(ReflectApply(makeGenerator, this, args));
      } }[streamNames[i]],
      writable: true,
      configurable: true,
    });
  }
  const promiseNames = ObjectKeys(promiseOperators);
  for (let i = 0; i < promiseNames.length; i++) {
    ObjectDefineProperty(Readable.prototype, promiseNames[i], {
      value: promiseOperators[promiseNames[i]],
      writable: true,
      configurable: true,
    });
  }
}

module.exports = { install };
