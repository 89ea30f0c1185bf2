// The iterator-like helpers of Readable (map, filter, take...): each reads the stream as an
// async iterable. Those that give a stream return a new object-mode Readable; the others a
// promise. `options.signal` stops them with an AbortError.
"use strict";
const { MathFloor, NumberIsNaN, ObjectDefineProperty, ObjectKeys, TypeError } = core.primordials;
const {
  AbortError, codedError, outOfRange, validateAbortSignal, validateFunction, validateObject,
} = require("internal/errors");

function checkOptions(options) {
  if (options != null) validateObject(options, "options");
  validateAbortSignal(options?.signal, "options.signal");
  return options?.signal;
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

// The helpers giving a stream, as generator functions of (source stream, ...arguments).
const streamOperators = {
  async* map(fn, options) {
    validateFunction(fn, "fn");
    const signal = checkOptions(options);
    for await (const chunk of this) {
      throwIfAborted(signal);
      yield await fn(chunk, { signal });
    }
  },
  async* filter(fn, options) {
    validateFunction(fn, "fn");
    const signal = checkOptions(options);
    for await (const chunk of this) {
      throwIfAborted(signal);
      if (await fn(chunk, { signal })) yield chunk;
    }
  },
  async* flatMap(fn, options) {
    validateFunction(fn, "fn");
    const signal = checkOptions(options);
    for await (const chunk of this) yield* await fn(chunk, { signal });
  },
  async* take(number, options) {
    const signal = checkOptions(options);
    const count = toCount(number);
    if (count <= 0) return;
    let taken = 0;
    for await (const chunk of this) {
      throwIfAborted(signal);
      yield chunk;
      if (++taken >= count) return;
    }
  },
  async* drop(number, options) {
    const signal = checkOptions(options);
    let left = toCount(number);
    for await (const chunk of this) {
      throwIfAborted(signal);
      if (left > 0) left--;
      else yield chunk;
    }
  },
  async* asIndexedPairs(options) {
    const signal = checkOptions(options);
    let index = 0;
    for await (const chunk of this) {
      throwIfAborted(signal);
      yield [index++, chunk];
    }
  },
};

// The helpers giving a promise.
const promiseOperators = {
  async forEach(fn, options) {
    validateFunction(fn, "fn");
    const signal = checkOptions(options);
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
    validateFunction(fn, "fn");
    const signal = checkOptions(options);
    for await (const chunk of this) if (await fn(chunk, { signal })) return true;
    return false;
  },
  async every(fn, options) {
    validateFunction(fn, "fn");
    const signal = checkOptions(options);
    for await (const chunk of this) if (!(await fn(chunk, { signal }))) return false;
    return true;
  },
  async find(fn, options) {
    validateFunction(fn, "fn");
    const signal = checkOptions(options);
    for await (const chunk of this) if (await fn(chunk, { signal })) return chunk;
    return undefined;
  },
  async reduce(reducer, ...rest) {
    validateFunction(reducer, "reducer");
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
    if (!hasValue) throw codedError(TypeError, "ERR_INVALID_ARGS", "Reduce of an empty stream requires an initial value");
    return accumulator;
  },
};

// Puts the helpers on Readable.prototype: stream ones wrapped in Readable.from.
function install(Readable) {
  const streamNames = ObjectKeys(streamOperators);
  for (let i = 0; i < streamNames.length; i++) {
    const generator = streamOperators[streamNames[i]];
    ObjectDefineProperty(Readable.prototype, streamNames[i], {
      value: { [streamNames[i]](...args) {
        return Readable.from(generator.apply(this, args));
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
