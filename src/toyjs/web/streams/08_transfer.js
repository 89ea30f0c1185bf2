// A ReadableStream in a structured clone's transfer list (structuredClone, a MessagePort's
// postMessage in this realm) is transferable, as the Streams Standard makes it: the clone holds
// a new stream that reads the original through a reader of its own, which locks the original
// (a locked stream cannot be transferred: DataCloneError); chunks, the end and an error pass
// through, and cancelling the new stream cancels the original.
(function (core, ops) {
  "use strict";
  const { SafeWeakMap } = core.primordials;
  const { ReadableStream, ReadableStreamDefaultReader, isReadableStream, isLocked, readerRead, readerCancel } = core;

  const readers = new SafeWeakMap(); // a receiving stream -> { reader } of the original, once transferred

  function receiver() {
    const link = { reader: null };
    const stream = new ReadableStream({
      async pull(controller) {
        const { value, done } = await readerRead(link.reader);
        if (done) controller.close();
        else controller.enqueue(value);
      },
      cancel(reason) {
        return readerCancel(link.reader, reason);
      },
    }, { highWaterMark: 0 }); // (nothing is pulled before a read: the transfer completes first)
    readers.set(stream, link);
    return stream;
  }

  core.registerPlatformInterface(ReadableStream, {
    brand: isReadableStream,
    transfer: {
      detached: isLocked,
      receiver,
      complete: (original, received) => {
        readers.get(received).reader = new ReadableStreamDefaultReader(original);
      },
    },
  });
})
