// fetch with a ReadableStream body (duplex: "half"): uploaded as it is read, in chunks, and
// what happens when the stream fails, or the server answers (or redirects) before reading it.
// (A chunk that is not a Uint8Array fails the fetch, as the Fetch Standard says; node's
// fetch sends a string chunk as text: tests/web/test_fetch_upload.py checks ours.)
import http from "node:http";
import { once } from "node:events";

const server = http.createServer((req, res) => {
  if (req.url === "/early") {
    res.end("answered before the body");
    return;
  }
  if (req.url === "/redirect") {
    res.writeHead(307, { location: "/echo" });
    res.end();
    return;
  }
  const chunks = [];
  req.on("data", (chunk) => chunks.push(chunk));
  req.on("end", () => res.end(`${req.method} ${req.headers["transfer-encoding"]} ${Buffer.concat(chunks)}`));
  req.on("error", () => {});
});
server.listen(0, "127.0.0.1");
await once(server, "listening");
const base = `http://127.0.0.1:${server.address().port}`;

function streamOf(parts, last) {
  let i = 0;
  return new ReadableStream({
    async pull(controller) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      if (i < parts.length) controller.enqueue(parts[i++]);
      else if (last) last(controller);
      else controller.close();
    },
  });
}
const bytes = (text) => new TextEncoder().encode(text);

async function attempt(name, path, body) {
  try {
    const response = await fetch(base + path, { method: "POST", body, duplex: "half" });
    console.log(name, response.status, await response.text());
  } catch (error) {
    console.log(name, error.name, error.message, "cause:", error.cause?.name, name === "redirect" ? "" : error.cause?.message);
  }
}

await attempt("chunks", "/echo", streamOf([bytes("one,"), bytes("two,"), bytes("three")]));
await attempt("empty", "/echo", streamOf([]));
await attempt("errors", "/echo", streamOf([bytes("one,")], (controller) => controller.error(new RangeError("no more"))));
await attempt("early answer", "/early", streamOf([bytes("a"), bytes("b")]));
await attempt("redirect", "/redirect", streamOf([bytes("x")]));
try {
  new Request(base, { method: "POST", body: streamOf([]) });
} catch (error) {
  console.log("no duplex", error.name, error.message);
}
server.close();
