// fetch against the local test server whose base URL is argv[2], as node does it.
const base = process.argv[2];
const show = (r) => [r.status, r.statusText, r.ok, r.redirected, r.type, r.url.replace(base, "BASE")];
let r = await fetch(`${base}/text`);
console.log(show(r), r.headers.get("x-custom"), r.headers.get("content-type"), r.headers.getSetCookie(), r.bodyUsed);
console.log(await r.text(), r.bodyUsed);
try { await r.text(); } catch (e) { console.log(e.name); }
r = await fetch(`${base}/json`);
console.log(await r.json());
r = await fetch(`${base}/echo`, { method: "post", body: "plain body", headers: { "X-Test": "sent" } });
console.log(await r.json());
r = await fetch(`${base}/echo`, { method: "PUT", body: new URLSearchParams({ a: "1 2" }) });
console.log((await r.json()).contentType, (await fetch(`${base}/echo`, { method: "POST", body: new Uint8Array([104, 105]) }).then((x) => x.json())).body);
r = await fetch(`${base}/redirect/3`);
console.log(show(r), await r.text());
r = await fetch(`${base}/redirect/2`, { redirect: "manual" });
console.log(r.status, r.headers.get("location"), r.redirected);
await r.arrayBuffer();
try { await fetch(`${base}/redirect/1`, { redirect: "error" }); } catch (e) { console.log(e.name, e.message, e.cause instanceof Error); }
try { await fetch(`${base}/loop`); } catch (e) { console.log(e.name, e.message, e.cause.message); }
r = await fetch(`${base}/missing`);
console.log(show(r), await r.text());
r = await fetch(`${base}/slow`);
const chunks = [];
for await (const chunk of r.body) chunks.push(new TextDecoder().decode(chunk));
console.log(chunks.join("").split(";").filter(Boolean).length, chunks.every((c) => typeof c === "string"));
const controller = new AbortController();
setTimeout(() => controller.abort(), 50);
try { await fetch(`${base}/hang`, { signal: controller.signal }); } catch (e) { console.log(e.name, e.code); }
try { await fetch(`${base}/hang`, { signal: AbortSignal.timeout(50) }); } catch (e) { console.log(e.name, e.code); }
try { await fetch(`${base}/text`, { signal: AbortSignal.abort() }); } catch (e) { console.log(e.name); }
try { await fetch("http://127.0.0.1:1/"); } catch (e) { console.log(e.name, e.message, e.cause instanceof Error); }
r = await fetch("data:text/plain;base64,aGVsbG8=");
console.log(r.status, r.headers.get("content-type"), await r.text());
console.log(await (await fetch("data:,a%20b")).text());
const all = await Promise.all(Array.from({ length: 100 }, (_, i) => fetch(`${base}/json`).then((x) => x.json())));
console.log(all.length, all.every((x) => x.ok));
const cloned = await fetch(`${base}/text`);
const copy = cloned.clone();
console.log(await cloned.text() === await copy.text());
const blob = await (await fetch(`${base}/json`)).blob();
console.log(blob.size, blob.type, (await blob.text()).length);
const made = new Response("made", { status: 201, headers: { "X-A": "b" } });
console.log(made.status, made.ok, made.statusText, [...made.headers], await made.text());
const j = Response.json({ x: 1 }, { status: 202 });
console.log(j.status, j.headers.get("content-type"), await j.json());
const err = Response.error();
console.log(err.type, err.status, err.ok);
const red = Response.redirect("https://example.com/next", 301);
console.log(red.status, red.headers.get("location"));
const headers = new Headers([["B", "2"], ["a", "1"]]);
headers.append("b", "3");
console.log([...headers], headers.get("B"), headers.has("c"));
try { headers.append("bad name", "x"); } catch (e) { console.log(e.name); }
const req = new Request(`${base}/echo`, { method: "post", body: "x" });
console.log(req.method, req.url.replace(base, "BASE"), req.headers.get("content-type"), await req.text());
try { new Request(`${base}/echo`, { body: "x" }); } catch (e) { console.log(e.name); }
try { new Request("relative"); } catch (e) { console.log(e.name); }
// Ports the Fetch standard blocks (here 9, discard) fail before any connection is tried.
for (const port of [9, 6000]) {
  try { await fetch(`http://127.0.0.1:${port}/`); } catch (e) { console.log(port, e.name, e.message, e.cause?.message); }
}
