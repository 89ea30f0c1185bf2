// TransformStream (Streams Standard §6): a writable side whose chunks the transformer turns
// into the readable side's, with backpressure carried from the readable to the writable side.
(function (core, ops) {
  "use strict";
  const { RangeError, ReflectApply, TypeError } = core.primordials;
  const kit = core.streamsKit;
  const {
    deferred, resolvedWith, rejectedWith, upon, react, promiseCall, callbackMember, queuingStrategy,
    extractHighWaterMark, extractSizeAlgorithm, defineInterface,
  } = kit;
  const internal = Symbol("internal");

  class TransformStream {
    #r;
    constructor(transformer = undefined, writableStrategy = undefined, readableStrategy = undefined) {
      if (transformer !== undefined && (transformer === null || typeof transformer !== "object" && typeof transformer !== "function")) {
        throw new TypeError('The "transformer" argument must be an object');
      }
      const writableDict = queuingStrategy(writableStrategy);
      const readableDict = queuingStrategy(readableStrategy);
      const source = transformer === undefined ? null : transformer;
      const dict = transformerDict(source);
      if (dict.readableType !== undefined) throw new RangeError("Invalid readableType specified");
      if (dict.writableType !== undefined) throw new RangeError("Invalid writableType specified");
      const readableHighWaterMark = extractHighWaterMark(readableDict, 0);
      const readableSizeAlgorithm = extractSizeAlgorithm(readableDict);
      const writableHighWaterMark = extractHighWaterMark(writableDict, 1);
      const writableSizeAlgorithm = extractSizeAlgorithm(writableDict);
      const startPromise = deferred();
      const stream = { readable: undefined, writable: undefined, backpressure: undefined, backpressureChangePromise: undefined, controller: undefined };
      this.#r = stream;
      initializeTransformStream(stream, startPromise.promise, writableHighWaterMark, writableSizeAlgorithm, readableHighWaterMark, readableSizeAlgorithm);
      const controller = setUpControllerFromTransformer(stream, source, dict);
      if (dict.start !== undefined) startPromise.resolve(ReflectApply(dict.start, source, [controller.object]));
      else startPromise.resolve(undefined);
    }
    get readable() { return this.#r.readable.object; }
    get writable() { return this.#r.writable.object; }
  }

  function transformerDict(transformer) {
    const dict = transformer === null ? undefined : transformer;
    const result = {};
    result.cancel = callbackMember(dict, "cancel", "The transformer");
    result.flush = callbackMember(dict, "flush", "The transformer");
    result.readableType = dict === undefined ? undefined : dict.readableType;
    result.start = callbackMember(dict, "start", "The transformer");
    result.transform = callbackMember(dict, "transform", "The transformer");
    result.writableType = dict === undefined ? undefined : dict.writableType;
    return result;
  }

  function initializeTransformStream(stream, startPromise, writableHighWaterMark, writableSizeAlgorithm, readableHighWaterMark, readableSizeAlgorithm) {
    const startAlgorithm = () => startPromise;
    stream.writable = kit.createWritableStream(
      startAlgorithm,
      (chunk) => sinkWriteAlgorithm(stream, chunk),
      () => sinkCloseAlgorithm(stream),
      (reason) => sinkAbortAlgorithm(stream, reason),
      writableHighWaterMark, writableSizeAlgorithm,
    );
    stream.readable = kit.createReadableStream(
      startAlgorithm,
      () => sourcePullAlgorithm(stream),
      (reason) => sourceCancelAlgorithm(stream, reason),
      readableHighWaterMark, readableSizeAlgorithm,
    );
    stream.backpressure = undefined;
    stream.backpressureChangePromise = undefined;
    setBackpressure(stream, true);
    stream.controller = undefined;
  }
  function transformStreamError(stream, error) {
    kit.defaultControllerError(stream.readable.controller, error);
    errorWritableAndUnblockWrite(stream, error);
  }
  function errorWritableAndUnblockWrite(stream, error) {
    controllerClearAlgorithms(stream.controller);
    kit.controllerErrorIfNeeded(stream.writable.controller, error);
    unblockWrite(stream);
  }
  function unblockWrite(stream) {
    if (stream.backpressure) setBackpressure(stream, false);
  }
  function setBackpressure(stream, backpressure) {
    if (stream.backpressureChangePromise !== undefined) stream.backpressureChangePromise.resolve(undefined);
    stream.backpressureChangePromise = deferred();
    stream.backpressure = backpressure;
  }

  class TransformStreamDefaultController {
    #r;
    constructor(key = undefined, record = undefined) {
      if (key !== internal) throw new TypeError("Illegal constructor");
      this.#r = record;
      record.object = this;
    }
    get desiredSize() { return kit.defaultControllerGetDesiredSize(this.#r.stream.readable.controller); }
    enqueue(chunk = undefined) { controllerEnqueue(this.#r, chunk); }
    error(reason = undefined) { transformStreamError(this.#r.stream, reason); }
    terminate() { controllerTerminate(this.#r); }
  }

  function setUpController(stream, controller, transformAlgorithm, flushAlgorithm, cancelAlgorithm) {
    controller.stream = stream;
    stream.controller = controller;
    controller.transformAlgorithm = transformAlgorithm;
    controller.flushAlgorithm = flushAlgorithm;
    controller.cancelAlgorithm = cancelAlgorithm;
  }
  function newController() {
    const controller = {
      stream: undefined, transformAlgorithm: undefined, flushAlgorithm: undefined, cancelAlgorithm: undefined,
      finishPromise: undefined, object: undefined,
    };
    // eslint-disable-next-line no-new
    new TransformStreamDefaultController(internal, controller);
    return controller;
  }
  function setUpControllerFromTransformer(stream, transformer, dict) {
    const controller = newController();
    const object = controller.object;
    let transformAlgorithm = (chunk) => {
      try {
        controllerEnqueue(controller, chunk);
        return resolvedWith(undefined);
      } catch (error) {
        return rejectedWith(error);
      }
    };
    let flushAlgorithm = () => resolvedWith(undefined);
    let cancelAlgorithm = () => resolvedWith(undefined);
    if (dict.transform !== undefined) transformAlgorithm = (chunk) => promiseCall(dict.transform, transformer, [chunk, object]);
    if (dict.flush !== undefined) flushAlgorithm = () => promiseCall(dict.flush, transformer, [object]);
    if (dict.cancel !== undefined) cancelAlgorithm = (reason) => promiseCall(dict.cancel, transformer, [reason]);
    setUpController(stream, controller, transformAlgorithm, flushAlgorithm, cancelAlgorithm);
    return controller;
  }
  function controllerClearAlgorithms(controller) {
    controller.transformAlgorithm = undefined;
    controller.flushAlgorithm = undefined;
    controller.cancelAlgorithm = undefined;
  }
  function controllerEnqueue(controller, chunk) {
    const stream = controller.stream;
    const readableController = stream.readable.controller;
    if (!kit.defaultControllerCanCloseOrEnqueue(readableController)) throw new TypeError("Readable side is not in a state that permits enqueue");
    try {
      kit.defaultControllerEnqueue(readableController, chunk);
    } catch (error) {
      errorWritableAndUnblockWrite(stream, error);
      throw stream.readable.storedError;
    }
    const backpressure = kit.defaultControllerHasBackpressure(readableController);
    if (backpressure !== stream.backpressure) setBackpressure(stream, true);
  }
  function controllerPerformTransform(controller, chunk) {
    const transformPromise = controller.transformAlgorithm(chunk);
    return react(transformPromise, undefined, (reason) => {
      transformStreamError(controller.stream, reason);
      throw reason;
    });
  }
  function controllerTerminate(controller) {
    const stream = controller.stream;
    kit.defaultControllerClose(stream.readable.controller);
    errorWritableAndUnblockWrite(stream, new TypeError("The TransformStream was terminated"));
  }

  function sinkWriteAlgorithm(stream, chunk) {
    const controller = stream.controller;
    if (stream.backpressure) {
      return react(stream.backpressureChangePromise.promise, () => {
        const writable = stream.writable;
        if (writable.state === "erroring") throw writable.storedError;
        return controllerPerformTransform(controller, chunk);
      });
    }
    return controllerPerformTransform(controller, chunk);
  }
  function sinkAbortAlgorithm(stream, reason) {
    const controller = stream.controller;
    if (controller.finishPromise !== undefined) return controller.finishPromise.promise;
    const readable = stream.readable;
    const finish = controller.finishPromise = deferred();
    const cancelPromise = controller.cancelAlgorithm(reason);
    controllerClearAlgorithms(controller);
    upon(cancelPromise, () => {
      if (readable.state === "errored") {
        finish.reject(readable.storedError);
      } else {
        kit.defaultControllerError(readable.controller, reason);
        finish.resolve(undefined);
      }
    }, (error) => {
      kit.defaultControllerError(readable.controller, error);
      finish.reject(error);
    });
    return finish.promise;
  }
  function sinkCloseAlgorithm(stream) {
    const controller = stream.controller;
    if (controller.finishPromise !== undefined) return controller.finishPromise.promise;
    const readable = stream.readable;
    const finish = controller.finishPromise = deferred();
    const flushPromise = controller.flushAlgorithm();
    controllerClearAlgorithms(controller);
    upon(flushPromise, () => {
      if (readable.state === "errored") {
        finish.reject(readable.storedError);
      } else {
        kit.defaultControllerClose(readable.controller);
        finish.resolve(undefined);
      }
    }, (error) => {
      kit.defaultControllerError(readable.controller, error);
      finish.reject(error);
    });
    return finish.promise;
  }
  function sourceCancelAlgorithm(stream, reason) {
    const controller = stream.controller;
    if (controller.finishPromise !== undefined) return controller.finishPromise.promise;
    const writable = stream.writable;
    const finish = controller.finishPromise = deferred();
    const cancelPromise = controller.cancelAlgorithm(reason);
    controllerClearAlgorithms(controller);
    upon(cancelPromise, () => {
      if (writable.state === "errored") {
        finish.reject(writable.storedError);
      } else {
        kit.controllerErrorIfNeeded(writable.controller, reason);
        unblockWrite(stream);
        finish.resolve(undefined);
      }
    }, (error) => {
      kit.controllerErrorIfNeeded(writable.controller, error);
      unblockWrite(stream);
      finish.reject(error);
    });
    return finish.promise;
  }
  function sourcePullAlgorithm(stream) {
    setBackpressure(stream, false);
    return stream.backpressureChangePromise.promise;
  }

  defineInterface(TransformStream);
  defineInterface(TransformStreamDefaultController);
  core.TransformStream = TransformStream;
})
