// CompressionStream and DecompressionStream (Compression Standard): transform streams of
// bytes in the deflate, deflate-raw, gzip and brotli formats (the Python side, ops.py).
(function (core, ops) {
  "use strict";
  const { String, TypeError, Uint8Array } = core.primordials;
  const { TransformStream } = core;
  const { bufferSourceBytes } = core.streamsKit;

  const FORMATS = ["brotli", "deflate", "deflate-raw", "gzip"];

  function format(value) {
    const name = String(value);
    for (let i = 0; i < FORMATS.length; i++) if (FORMATS[i] === name) return name;
    throw new TypeError(`Unsupported compression format: '${name}'`);
  }
  function enqueueIfAny(controller, bytes) {
    if (bytes.byteLength > 0) controller.enqueue(new Uint8Array(bytes));
  }
  // A transform stream feeding chunks to a codec (ops.py says what its functions do).
  function codecStream(codec) {
    return new TransformStream({
      transform(chunk, controller) {
        enqueueIfAny(controller, codec.push(bufferSourceBytes(chunk, false)));
        codec.check?.();
      },
      flush(controller) {
        enqueueIfAny(controller, codec.finish());
        codec.check?.();
      },
    });
  }

  let isCompressionStream, isDecompressionStream;
  class CompressionStream {
    #transform;
    static { isCompressionStream = (value) => #transform in value; }
    constructor(compressionFormat) { this.#transform = codecStream(ops.streamsCompressor(format(compressionFormat))); }
    get readable() { return this.#transform.readable; }
    get writable() { return this.#transform.writable; }
  }
  class DecompressionStream {
    #transform;
    static { isDecompressionStream = (value) => #transform in value; }
    constructor(compressionFormat) { this.#transform = codecStream(ops.streamsDecompressor(format(compressionFormat))); }
    get readable() { return this.#transform.readable; }
    get writable() { return this.#transform.writable; }
  }
  core.streamsKit.defineInterface(CompressionStream, { brand: isCompressionStream });
  core.streamsKit.defineInterface(DecompressionStream, { brand: isDecompressionStream });
})
