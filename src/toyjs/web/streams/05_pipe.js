// ReadableStream's pipeTo and pipeThrough (Streams Standard, ReadableStreamPipeTo): chunks
// move from a reader to a writer as the writer's backpressure allows, and closing, erroring and
// aborting propagate each way unless the options prevent it.
(function (core, ops) {
  "use strict";
  const { TypeError } = core.primordials;
  const kit = core.streamsKit;
  const { noop, deferred, resolvedWith, rejectedWith, markHandled, upon, react, dictionary } = kit;

  function pipeOptions(options) {
    const dict = dictionary(options, "The options");
    const get = (key) => (dict === undefined ? undefined : dict[key]);
    const result = {
      preventAbort: !!get("preventAbort"),
      preventCancel: !!get("preventCancel"),
      preventClose: !!get("preventClose"),
      signal: get("signal"),
    };
    if (result.signal !== undefined && !core.isAbortSignal(result.signal)) throw new TypeError("options.signal must be an AbortSignal");
    return result;
  }

  // Settles when every promise has fulfilled, or with the first rejection.
  function whenAll(promises) {
    const all = deferred();
    let remaining = promises.length;
    if (remaining === 0) all.resolve(undefined);
    for (let i = 0; i < promises.length; i++) {
      upon(promises[i], () => {
        remaining -= 1;
        if (remaining === 0) all.resolve(undefined);
      }, (reason) => all.reject(reason));
    }
    return all.promise;
  }

  function readableStreamPipeTo(source, dest, preventClose, preventAbort, preventCancel, signal) {
    const reader = kit.acquireDefaultReader(source);
    const writer = kit.acquireWriter(dest);
    source.disturbed = true;
    let shuttingDown = false;
    let currentWrite = resolvedWith(undefined);
    const result = deferred();
    let abortAlgorithm;

    function finalize(hasError, error) {
      kit.writerRelease(writer);
      kit.defaultReaderRelease(reader);
      if (signal !== undefined) core.removeListener(signal, "abort", abortAlgorithm);
      if (hasError) result.reject(error);
      else result.resolve(undefined);
    }
    // Every chunk read has been handed to the writer; this waits for the last write to finish.
    function waitForWritesToFinish() {
      const oldCurrentWrite = currentWrite;
      return react(currentWrite, () => (oldCurrentWrite !== currentWrite ? waitForWritesToFinish() : undefined));
    }
    function shutdownWithAction(action, hasError, originalError) {
      if (shuttingDown) return;
      shuttingDown = true;
      const act = () => upon(action(), () => finalize(hasError, originalError), (newError) => finalize(true, newError));
      if (dest.state === "writable" && !kit.closeQueuedOrInFlight(dest)) upon(waitForWritesToFinish(), act);
      else act();
    }
    function shutdown(hasError, error) {
      if (shuttingDown) return;
      shuttingDown = true;
      if (dest.state === "writable" && !kit.closeQueuedOrInFlight(dest)) upon(waitForWritesToFinish(), () => finalize(hasError, error));
      else finalize(hasError, error);
    }

    if (signal !== undefined) {
      abortAlgorithm = () => {
        const error = signal.reason;
        const actions = [];
        if (!preventAbort) {
          actions[actions.length] = () => (dest.state === "writable" ? kit.writableStreamAbort(dest, error) : resolvedWith(undefined));
        }
        if (!preventCancel) {
          actions[actions.length] = () => (source.state === "readable" ? kit.readableStreamCancel(source, error) : resolvedWith(undefined));
        }
        shutdownWithAction(() => {
          const promises = [];
          for (let i = 0; i < actions.length; i++) promises[i] = actions[i]();
          return whenAll(promises);
        }, true, error);
      };
      if (signal.aborted) {
        abortAlgorithm();
        return result.promise;
      }
      core.addListener(signal, "abort", abortAlgorithm);
    }

    // The loop: wait for the writer to want a chunk, read one, hand it to the writer.
    function pipeStep() {
      if (shuttingDown) return;
      upon(writer.ready.promise, () => {
        if (shuttingDown) return;
        kit.defaultReaderRead(reader, {
          // The write happens a microtask later, not inside the source's enqueue().
          chunk(chunk) {
            currentWrite = react(resolvedWith(undefined), () => {
              const written = react(kit.writerWrite(writer, chunk), undefined, noop);
              pipeStep();
              return written;
            });
          },
          close: noop,
          error: noop,
        });
      }, noop);
    }

    // Errors must be propagated forward.
    const onSourceErrored = (storedError) => {
      if (!preventAbort) shutdownWithAction(() => kit.writableStreamAbort(dest, storedError), true, storedError);
      else shutdown(true, storedError);
    };
    if (source.state === "errored") onSourceErrored(source.storedError);
    else upon(reader.closed.promise, undefined, onSourceErrored);
    // Errors must be propagated backward.
    const onDestErrored = (storedError) => {
      if (!preventCancel) shutdownWithAction(() => kit.readableStreamCancel(source, storedError), true, storedError);
      else shutdown(true, storedError);
    };
    if (dest.state === "errored") onDestErrored(dest.storedError);
    else upon(writer.closed.promise, undefined, onDestErrored);
    // Closing must be propagated forward.
    const onSourceClosed = () => {
      if (!preventClose) shutdownWithAction(() => kit.writerCloseWithErrorPropagation(writer), false);
      else shutdown(false);
    };
    if (source.state === "closed") onSourceClosed();
    else upon(reader.closed.promise, onSourceClosed, noop);
    // Closing must be propagated backward.
    if (kit.closeQueuedOrInFlight(dest) || dest.state === "closed") {
      const destClosed = new TypeError("The destination stream is closed");
      if (!preventCancel) shutdownWithAction(() => kit.readableStreamCancel(source, destClosed), true, destClosed);
      else shutdown(true, destClosed);
    }
    pipeStep();
    return result.promise;
  }

  core.streamsPipeTo = (source, destination, options) => {
    if (!kit.isWritableStream(destination)) return rejectedWith(new TypeError('The "destination" argument must be a WritableStream'));
    let opts;
    try {
      opts = pipeOptions(options);
    } catch (error) {
      return rejectedWith(error);
    }
    const dest = kit.writableRecordOf(destination);
    if (kit.isLocked(source)) return rejectedWith(new TypeError("Cannot pipe a locked ReadableStream"));
    if (kit.isWritableLocked(dest)) return rejectedWith(new TypeError("Cannot pipe to a locked WritableStream"));
    return readableStreamPipeTo(source, dest, opts.preventClose, opts.preventAbort, opts.preventCancel, opts.signal);
  };
  core.streamsPipeThrough = (object, source, transform, options) => {
    const pair = dictionary(transform, "The transform");
    const readable = pair === undefined ? undefined : pair.readable;
    if (!kit.isReadableStream(readable)) throw new TypeError("transform.readable must be a ReadableStream");
    const writable = pair.writable;
    if (!kit.isWritableStream(writable)) throw new TypeError("transform.writable must be a WritableStream");
    const opts = pipeOptions(options);
    if (kit.isLocked(source)) throw new TypeError("Cannot pipe a locked ReadableStream");
    const dest = kit.writableRecordOf(writable);
    if (kit.isWritableLocked(dest)) throw new TypeError("Cannot pipe to a locked WritableStream");
    markHandled(readableStreamPipeTo(source, dest, opts.preventClose, opts.preventAbort, opts.preventCancel, opts.signal));
    return readable;
  };
})
