// fetch (Fetch Standard) over the host's HTTP client; data: URLs are decoded here.
(function (core, ops) {
  "use strict";
  const { Request, ReadableStream } = core;

  function failed(cause) {
    return new TypeError("fetch failed", { cause });
  }

  function dataResponse(url) {
    const text = url.href.slice(5);
    const comma = text.indexOf(",");
    if (comma === -1) throw failed(new Error("invalid data: URL"));
    let type = text.slice(0, comma).trim();
    let payload = core.percentDecodeBytes(text.slice(comma + 1));
    if (/;\s*base64$/i.test(type)) {
      type = type.replace(/;\s*base64$/i, "");
      const binary = atob(new TextDecoder("latin1").decode(payload).replace(/[\t\n\f\r ]/g, ""));
      payload = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    }
    if (type === "" || type.startsWith(";")) type = "text/plain" + (type || ";charset=US-ASCII");
    return core.responseFromNetwork(
      { status: 200, statusText: "OK", headers: [["content-type", type]], url: url.href, redirected: false },
      payload,
    );
  }

  // A response whose body is never read gives its connection back when it is collected
  // (made on first use: the runtime's JS runs into a startup snapshot).
  let unread = null;
  function releaseWhenCollected(stream, id) {
    unread ??= new FinalizationRegistry((request) => ops.fetchCancel(request));
    unread.register(stream, id);
  }

  async function fetch(input, init = undefined) {
    const request = new Request(input, init);
    const signal = request.signal;
    if (signal.aborted) throw signal.reason;
    const url = new URL(request.url);
    if (url.protocol === "data:") return dataResponse(url);
    if (url.protocol !== "http:" && url.protocol !== "https:") {
      throw failed(new Error(`fetch of ${url.protocol} URLs is not supported`));
    }
    ops.fetchCheck(request.url); // a denied host throws NotCapable here, not "fetch failed"
    const body = request.body === null ? null : await core.requestBody(request).bytes();
    const id = ops.fetchId();
    let controller = null;
    let settled = false;
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        ops.fetchCancel(id);
        if (!settled) reject(signal.reason);
        else if (controller !== null) {
          try { controller.error(signal.reason); } catch {}
        }
      };
      signal.addEventListener("abort", onAbort, { once: true });
      const done = () => signal.removeEventListener("abort", onAbort);
      ops.fetchStart(id, request.method, request.url, [...request.headers], body, request.redirect).then(
        (meta) => {
          settled = true;
          const stream = core.markByteStream(new ReadableStream({
            start(c) { controller = c; },
            async pull(c) {
              let chunk;
              try {
                chunk = await ops.fetchRead(id);
              } catch (error) {
                done();
                c.error(failed(error));
                return;
              }
              if (chunk === null) {
                done();
                c.close();
              } else {
                c.enqueue(chunk);
              }
            },
            cancel() {
              done();
              ops.fetchCancel(id);
            },
          }, { highWaterMark: 0 }));
          releaseWhenCollected(stream, id);
          resolve(core.responseFromNetwork(meta, stream));
        },
        (error) => {
          settled = true;
          done();
          reject(error?.name === "NotCapable" ? error : failed(error));
        },
      );
    });
  }
  core.defineGlobal("fetch", fetch);
})
