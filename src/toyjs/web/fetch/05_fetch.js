// fetch (Fetch Standard) over the host's HTTP client; data: URLs are decoded here.
(function (core, ops) {
  "use strict";
  const { Request, ReadableStream, URL, addListener, removeListener } = core;
  const {
    Error, Promise, TypeError, Uint8Array, PromisePrototypeThen, RegExpPrototypeTest,
    RegExpPrototypeSymbolReplace, StringFromCharCode, StringPrototypeCharCodeAt, StringPrototypeIndexOf,
    StringPrototypeSlice, StringPrototypeStartsWith, StringPrototypeTrim, TypedArrayPrototypeSlice,
  } = core.primordials;

  function failed(cause) {
    return new TypeError("fetch failed", { cause });
  }

  function dataResponse(href, method) {
    const text = StringPrototypeSlice(href, 5);
    const comma = StringPrototypeIndexOf(text, ",");
    if (comma === -1) throw failed(new Error("invalid data: URL"));
    let type = StringPrototypeTrim(StringPrototypeSlice(text, 0, comma));
    let payload = core.percentDecodeBytes(StringPrototypeSlice(text, comma + 1));
    if (RegExpPrototypeTest(/;\s*base64$/i, type)) {
      type = RegExpPrototypeSymbolReplace(/;\s*base64$/i, type, "");
      let encoded = "";
      for (let i = 0; i < payload.length; i++) encoded += StringFromCharCode(payload[i]);
      const binary = core.atob(RegExpPrototypeSymbolReplace(/[\t\n\f\r ]/g, encoded, ""));
      payload = new Uint8Array(binary.length);
      for (let i = 0; i < binary.length; i++) payload[i] = StringPrototypeCharCodeAt(binary, i);
    }
    if (type === "" || StringPrototypeStartsWith(type, ";")) type = "text/plain" + (type || ";charset=US-ASCII");
    return core.responseFromNetwork(
      { status: 200, statusText: "OK", headers: [["content-type", type]], url: href, redirected: false, method },
      payload,
    );
  }

  // A blob: URL's response: the Blob it stood for when the request was made (GET only).
  function blobResponse(request) {
    if (request.method !== "GET") throw failed(new Error(`blob: URLs can only be fetched with GET, not ${request.method}`));
    if (request.blob === null) throw failed(new Error("no Blob is registered for this blob: URL"));
    const bytes = TypedArrayPrototypeSlice(core.blobBytes(request.blob));
    const headers = [["content-length", `${bytes.length}`]];
    const type = core.blobType(request.blob);
    if (type !== "") headers[1] = ["content-type", type];
    return core.responseFromNetwork({ status: 200, statusText: "OK", headers, url: request.url, redirected: false }, bytes);
  }

  // A response whose body is never read gives its connection back when it is collected
  // (made on first use: the runtime's JS runs into a startup snapshot).
  let unread = null;
  function releaseWhenCollected(stream, id) {
    unread ??= new FinalizationRegistry((request) => ops.fetchCancel(request));
    unread.register(stream, id);
  }

  // Reads a request's body stream into the request being sent, a chunk at a time: each waits
  // until the one before it was taken (back-pressure from the connection).
  async function sendBody(id, reader) {
    for (;;) {
      const { value, done } = await core.readerRead(reader);
      if (done) break;
      if (!(value instanceof Uint8Array)) throw new TypeError("Received non-Uint8Array chunk");
      if (!(await ops.fetchSend(id, value))) {
        core.readerCancel(reader, undefined); // the request ended before its body did
        return;
      }
    }
    await ops.fetchSend(id, null);
  }

  async function fetch(input, init = undefined) {
    const request = core.requestRecord(new Request(input, init));
    const signal = request.signal;
    if (signal.aborted) throw signal.reason;
    const url = core.urlRecord(new URL(request.url));
    if (url.protocol === "data:") return dataResponse(url.href, request.method);
    if (url.protocol === "blob:") return blobResponse(request);
    if (url.protocol !== "http:" && url.protocol !== "https:") {
      throw failed(new Error(`fetch of ${url.protocol} URLs is not supported`));
    }
    ops.fetchCheck(request.url); // a denied host throws NotCapable here, not "fetch failed"
    // A program's stream is uploaded as it is read; other bodies go whole.
    const upload = request.body.streamReader();
    const body = upload !== null || request.body.source === null ? null : await request.body.bytes();
    const id = ops.fetchId();
    let stream = null;
    let settled = false;
    let uploadError; // what the program's body stream failed with, the cause of the fetch's failure
    // Awaited: an async function returning a promise would settle through its `then`.
    return await new Promise((resolve, reject) => {
      const onAbort = () => {
        ops.fetchCancel(id);
        if (!settled) reject(signal.reason);
        else if (stream !== null) core.errorReadableStream(stream, signal.reason);
      };
      addListener(signal, "abort", onAbort, { once: true });
      const done = () => removeListener(signal, "abort", onAbort);
      const started = ops.fetchStart(id, request.method, request.url, core.headerPairs(request.headers), body,
        request.redirect, upload !== null);
      if (upload !== null) {
        PromisePrototypeThen(sendBody(id, upload), undefined, (error) => {
          uploadError = error;
          ops.fetchUploadFailed(id);
        });
      }
      PromisePrototypeThen(
        started,
        (meta) => {
          settled = true;
          stream = new ReadableStream({
            type: "bytes",
            async pull(controller) {
              for (;;) {
                let chunk;
                try {
                  chunk = await ops.fetchRead(id);
                } catch (error) {
                  done();
                  controller.error(failed(error));
                  return;
                }
                if (chunk === null) {
                  done();
                  controller.close();
                  // A BYOB read still waiting learns of the end through respond(0).
                  controller.byobRequest?.respond(0);
                  return;
                }
                if (chunk.byteLength > 0) {
                  controller.enqueue(chunk);
                  return;
                }
              }
            },
            cancel() {
              done();
              ops.fetchCancel(id);
            },
          });
          releaseWhenCollected(stream, id);
          resolve(core.responseFromNetwork(meta, stream));
        },
        (error) => {
          settled = true;
          done();
          if (upload !== null && uploadError === undefined) core.readerCancel(upload, error);
          reject(error?.name === "NotCapable" ? error : failed(uploadError ?? error));
        },
      );
    });
  }
  core.defineGlobal("fetch", fetch);
})
