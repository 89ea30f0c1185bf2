// node:diagnostics_channel: named channels that libraries publish messages to and tools
// subscribe to, and tracing channels (five channels around a traced call). Context stores
// (bindStore) need AsyncLocalStorage, which toyjs does not have yet.
"use strict";
const {
  ArrayPrototypeIndexOf, ArrayPrototypePush, ArrayPrototypeSlice, ArrayPrototypeSplice,
  FinalizationRegistry, FinalizationRegistryPrototypeRegister, ObjectDefineProperty,
  PromisePrototypeThen, PromiseReject, PromiseResolve, ReflectApply, SafeMap, SafeSet, TypeError,
  WeakRef, WeakRefPrototypeDeref,
} = core.primordials;
const { invalidArgType, unimplemented } = require("internal/errors");

// Channels by name. A channel nobody subscribes to is held weakly (a program that drops it
// gets a new one next time); one with subscribers is also held in `active`, so a subscription
// made by name keeps working.
const channels = new SafeMap();
const active = new SafeSet();
const forget = new FinalizationRegistry((name) => {
  const ref = channels.get(name);
  if (ref !== undefined && WeakRefPrototypeDeref(ref) === undefined) channels.delete(name);
});

function findChannel(name) {
  const ref = channels.get(name);
  return ref === undefined ? undefined : WeakRefPrototypeDeref(ref);
}

class Channel {
  // Subscribers are replaced, never changed in place: a publish walks the list as it was when
  // it began, whatever its subscribers subscribe or unsubscribe meanwhile.
  #subscribers = [];

  // A channel made directly replaces any other of its name (a name is not checked here).
  constructor(name) {
    this.name = name;
    channels.set(name, new WeakRef(this));
    FinalizationRegistryPrototypeRegister(forget, this, name);
  }

  get hasSubscribers() {
    return this.#subscribers.length > 0;
  }

  subscribe(subscription) {
    validateFunction(subscription, "subscription");
    const next = ArrayPrototypeSlice(this.#subscribers);
    ArrayPrototypePush(next, subscription);
    this.#subscribers = next;
    active.add(this);
  }

  // Removes the first subscription of `subscription`; false when there was none.
  unsubscribe(subscription) {
    const index = ArrayPrototypeIndexOf(this.#subscribers, subscription);
    if (index === -1) return false;
    const next = ArrayPrototypeSlice(this.#subscribers);
    ArrayPrototypeSplice(next, index, 1);
    this.#subscribers = next;
    if (next.length === 0) active.delete(this);
    return true;
  }

  // Each subscriber gets (message, name). One that throws does not stop the others: its error
  // is thrown again on the next tick, as an uncaught exception.
  publish(message) {
    const subscribers = this.#subscribers;
    for (let i = 0; i < subscribers.length; i++) {
      try {
        ReflectApply(subscribers[i], undefined, [message, this.name]);
      } catch (error) {
        core.nextTick(() => {
          throw error;
        });
      }
    }
  }

  // Publishes `data`, then calls fn (with no stores to enter, as none can be bound yet).
  runStores(data, fn, thisArg, ...args) {
    this.publish(data);
    return ReflectApply(fn, thisArg, args);
  }
}
Channel.prototype.bindStore = unimplemented("diagnostics_channel's Channel.prototype.bindStore");
Channel.prototype.unbindStore = unimplemented("diagnostics_channel's Channel.prototype.unbindStore");

function validateFunction(value, name) {
  if (typeof value !== "function") throw invalidArgType(name, "function", value);
}

function validateChannelName(name) {
  if (typeof name !== "string" && typeof name !== "symbol") throw invalidArgType("channel", ["string", "symbol"], name);
}

function channel(name) {
  const existing = findChannel(name);
  if (existing !== undefined) return existing;
  validateChannelName(name);
  return new Channel(name);
}

// (Node answers false for any name it has no channel for, not a type error.)
function hasSubscribers(name) {
  const found = findChannel(name);
  return found !== undefined && found.hasSubscribers;
}

function subscribe(name, subscription) {
  channel(name).subscribe(subscription);
}

function unsubscribe(name, subscription) {
  return channel(name).unsubscribe(subscription);
}

const TRACING_EVENTS = ["start", "end", "asyncStart", "asyncEnd", "error"];

// The five channels of a traced operation: start and end around the call, asyncStart and
// asyncEnd around its asynchronous completion, error when it fails. `context` (an object
// each subscriber sees) gets `result` or `error`.
class TracingChannel {
  constructor(channelsByEvent) {
    for (let i = 0; i < TRACING_EVENTS.length; i++) {
      const event = TRACING_EVENTS[i];
      ObjectDefineProperty(this, event, { value: channelsByEvent[event], configurable: true });
    }
  }

  get hasSubscribers() {
    for (let i = 0; i < TRACING_EVENTS.length; i++) if (this[TRACING_EVENTS[i]].hasSubscribers) return true;
    return false;
  }

  // handlers: { start, end, asyncStart, asyncEnd, error }, each optional.
  subscribe(handlers) {
    for (let i = 0; i < TRACING_EVENTS.length; i++) {
      const handler = handlers[TRACING_EVENTS[i]];
      if (handler) this[TRACING_EVENTS[i]].subscribe(handler);
    }
  }

  // True when every handler given was subscribed.
  unsubscribe(handlers) {
    let all = true;
    for (let i = 0; i < TRACING_EVENTS.length; i++) {
      const handler = handlers[TRACING_EVENTS[i]];
      if (handler && !this[TRACING_EVENTS[i]].unsubscribe(handler)) all = false;
    }
    return all;
  }

  traceSync(fn, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return ReflectApply(fn, thisArg, args);
    return this.start.runStores(context, () => {
      try {
        const result = ReflectApply(fn, thisArg, args);
        context.result = result;
        return result;
      } catch (error) {
        this.#failed(context, error);
        throw error;
      } finally {
        this.end.publish(context);
      }
    });
  }

  // fn's result, made a promise, settles the trace: asyncStart and asyncEnd follow at once.
  tracePromise(fn, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return ReflectApply(fn, thisArg, args);
    const settled = () => {
      this.asyncStart.publish(context);
      this.asyncEnd.publish(context);
    };
    const fulfilled = (result) => {
      context.result = result;
      settled();
      return result;
    };
    const rejected = (error) => {
      this.#failed(context, error);
      settled();
      return PromiseReject(error);
    };
    return this.start.runStores(context, () => {
      try {
        return PromisePrototypeThen(PromiseResolve(ReflectApply(fn, thisArg, args)), fulfilled, rejected);
      } catch (error) {
        this.#failed(context, error);
        throw error;
      } finally {
        this.end.publish(context);
      }
    });
  }

  // The callback is the argument at `position` (from the end when negative); the trace's
  // asynchronous part is its call, which asyncStart and asyncEnd surround.
  traceCallback(fn, position = -1, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return ReflectApply(fn, thisArg, args);
    const index = position < 0 ? args.length + position : position;
    const callback = args[index];
    validateFunction(callback, "callback");
    const trace = this;
    function completed(error, result) {
      if (error) trace.#failed(context, error);
      else context.result = result;
      return trace.asyncStart.runStores(context, () => {
        try {
          return ReflectApply(callback, this, arguments);
        } finally {
          trace.asyncEnd.publish(context);
        }
      });
    }
    ArrayPrototypeSplice(args, index, 1, completed);
    return this.start.runStores(context, () => {
      try {
        return ReflectApply(fn, thisArg, args);
      } catch (error) {
        this.#failed(context, error);
        throw error;
      } finally {
        this.end.publish(context);
      }
    });
  }

  #failed(context, error) {
    context.error = error;
    this.error.publish(context);
  }
}

// tracingChannel("name") uses the channels tracing:name:start and so on; an object gives the
// five channels itself.
function tracingChannel(nameOrChannels) {
  if (typeof nameOrChannels === "string") {
    const byEvent = {};
    for (let i = 0; i < TRACING_EVENTS.length; i++) {
      byEvent[TRACING_EVENTS[i]] = channel(`tracing:${nameOrChannels}:${TRACING_EVENTS[i]}`);
    }
    return new TracingChannel(byEvent);
  }
  if (typeof nameOrChannels === "object" && nameOrChannels !== null) {
    for (let i = 0; i < TRACING_EVENTS.length; i++) {
      const given = nameOrChannels[TRACING_EVENTS[i]];
      // (Node fails on a missing one with the TypeError of an object conversion.)
      if (given === undefined || given === null) throw new TypeError("Cannot convert undefined or null to object");
      if (!(given instanceof Channel)) throw invalidArgType(`nameOrChannels.${TRACING_EVENTS[i]}`, ["Channel"], given);
    }
    return new TracingChannel(nameOrChannels);
  }
  throw invalidArgType("nameOrChannels", ["string", "TracingChannel", "Object"], nameOrChannels);
}

module.exports = { channel, hasSubscribers, subscribe, tracingChannel, unsubscribe, Channel };
