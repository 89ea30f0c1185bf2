// structuredClone of platform objects (HTML): Blob and File are copied, others refused.
const file = new File(["abc"], "n.txt", { type: "text/x", lastModified: 7 });
const copy = structuredClone({ file, again: file, list: [new Blob(["z"])] });
console.log(copy.file instanceof File, copy.file === copy.again, copy.file !== file, copy.file.name, copy.file.type, copy.file.lastModified, await copy.file.text());
console.log(Object.getPrototypeOf(structuredClone(new (class extends File {})([], "s"))) === File.prototype);
console.log(structuredClone(Object.create(Blob.prototype)) instanceof Blob);
for (const make of [() => new URL("http://h/"), () => new URLSearchParams(), () => new Headers(), () => new Request("http://h/"), () => new Response(), () => new FormData()]) {
  try { structuredClone([make()]); } catch (e) { console.log(e.constructor.name, e.name, e.message); }
}
const shared = new SharedArrayBuffer(4, { maxByteLength: 8 });
const sharedCopy = structuredClone(shared);
new Uint8Array(sharedCopy)[0] = 9;
console.log(new Uint8Array(shared)[0], sharedCopy.growable, sharedCopy.maxByteLength);
const buffer = new ArrayBuffer(1);
structuredClone(buffer, { transfer: [buffer] });
try { structuredClone(buffer, { transfer: [buffer] }); } catch (e) { console.log(e.name, e.message); }
// getRandomValues' QuotaExceededError (WebIDL).
try { crypto.getRandomValues(new Uint8Array(65537)); } catch (e) {
  console.log(e.constructor === QuotaExceededError, e instanceof DOMException, e.name, e.code, e.quota, e.requested);
}
const q = new QuotaExceededError("m", { quota: 2, requested: 3 });
console.log(q.message, q.quota, q.requested);
try { new QuotaExceededError("m", { quota: 3, requested: 2 }); } catch (e) { console.log(e.constructor.name); }
try { new QuotaExceededError("m", { quota: -1 }); } catch (e) { console.log(e.constructor.name); }
// Ed25519: a small-order public key verifies nothing.
const smallOrderKey = new Uint8Array(32);
smallOrderKey[0] = 1; // the neutral element
const key = await crypto.subtle.importKey("raw", smallOrderKey, "Ed25519", false, ["verify"]);
const signature = new Uint8Array(64); signature[0] = 1;
console.log(await crypto.subtle.verify("Ed25519", key, signature, new Uint8Array(0)));
// Bodies (Fetch Standard).
const response = Response.json({ a: 1 }, { headers: { "content-type": "foo/bar" } });
console.log(response.headers.get("content-type"), await response.text(), response.body.locked, response.bodyUsed);
const empty = new Response();
await empty.text();
console.log(empty.bodyUsed);
const stream = new ReadableStream();
stream.getReader();
try { new Response(stream); } catch (e) { console.log(e.constructor.name); }
const request = new Request("http://h/", { method: "POST", body: "sent" });
const moved = new Request(request);
console.log(request.bodyUsed, await moved.text());
try { new Request("http://h/", { priority: "urgent" }); } catch (e) { console.log(e.constructor.name); }
try { new Request("http://h/", { method: "POST", body: new ReadableStream() }); } catch (e) { console.log(e.message); }
try { new Headers([["a", "\u0100"]]); } catch (e) { console.log(e.constructor.name); }
console.log(await (await fetch("data:,hi", { method: "HEAD" })).text() === "");
