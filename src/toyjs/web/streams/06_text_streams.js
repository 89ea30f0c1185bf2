// TextEncoderStream and TextDecoderStream (Encoding Standard): transform streams around the
// encoder and decoder.
(function (core, ops) {
  "use strict";
  const { TransformStream, TextDecoder, encodeUtf8 } = core;
  const { String, StringPrototypeCharCodeAt, StringPrototypeSlice } = core.primordials;

  let isTextEncoderStream, isTextDecoderStream;
  class TextEncoderStream extends TransformStream {
    #encoding = "utf-8";
    static { isTextEncoderStream = (value) => #encoding in value; }
    constructor() {
      let pending = "";
      super({
        transform(chunk, controller) {
          let text = pending + String(chunk);
          pending = "";
          const last = StringPrototypeCharCodeAt(text, text.length - 1);
          if (last >= 0xd800 && last <= 0xdbff) {
            pending = StringPrototypeSlice(text, -1);
            text = StringPrototypeSlice(text, 0, -1);
          }
          if (text) controller.enqueue(encodeUtf8(text));
        },
        flush(controller) { if (pending) controller.enqueue(encodeUtf8(pending)); },
      });
    }
    get encoding() { return this.#encoding; }
  }

  class TextDecoderStream extends TransformStream {
    #decoder;
    static { isTextDecoderStream = (value) => #decoder in value; }
    constructor(label = "utf-8", options = {}) {
      const decoder = new TextDecoder(label, options);
      super({
        transform(chunk, controller) {
          const text = core.textDecode(decoder, core.streamsKit.bufferSourceBytes(chunk, true), { stream: true });
          if (text) controller.enqueue(text);
        },
        flush(controller) {
          const text = core.textDecode(decoder);
          if (text) controller.enqueue(text);
        },
      });
      this.#decoder = decoder;
    }
    get encoding() { return this.#decoder.encoding; }
    get fatal() { return this.#decoder.fatal; }
    get ignoreBOM() { return this.#decoder.ignoreBOM; }
  }

  core.streamsKit.defineInterface(TextEncoderStream, { brand: isTextEncoderStream });
  core.streamsKit.defineInterface(TextDecoderStream, { brand: isTextDecoderStream });
})
