// crypto and performance, as node has them (values that vary are checked, not printed).
const digest = async (name, text) => Buffer_hex(await crypto.subtle.digest(name, new TextEncoder().encode(text)));
const Buffer_hex = (buffer) => [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, "0")).join("");
console.log(await digest("SHA-1", "abc"));
console.log(await digest("SHA-256", "abc"));
console.log(await digest({ name: "sha-384" }, ""));
console.log(await digest("SHA-512", "abc"));
const key = await crypto.subtle.importKey("raw", new TextEncoder().encode("secret"), { name: "HMAC", hash: "SHA-256" }, true, ["sign", "verify"]);
console.log(key.type, key.extractable, key.algorithm, key.usages, Object.prototype.toString.call(key));
const signature = await crypto.subtle.sign("HMAC", key, new TextEncoder().encode("message"));
console.log(Buffer_hex(signature));
console.log(await crypto.subtle.verify("HMAC", key, signature, new TextEncoder().encode("message")),
  await crypto.subtle.verify("HMAC", key, signature, new TextEncoder().encode("tampered")));
console.log(Buffer_hex(await crypto.subtle.exportKey("raw", key)));
try { await crypto.subtle.digest("MD5", new Uint8Array(1)); } catch (e) { console.log(e.name); }
const bytes = crypto.getRandomValues(new Uint8Array(32));
console.log(bytes.length, bytes.some((b) => b !== 0), crypto.getRandomValues(new Uint32Array(4)).length);
for (const bad of [new Float64Array(1), new Uint8Array(65537)]) {
  try { crypto.getRandomValues(bad); } catch (e) { console.log(e.name, e.code); }
}
const uuid = crypto.randomUUID();
console.log(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(uuid), uuid !== crypto.randomUUID());
const t0 = performance.now();
console.log(typeof t0, t0 >= 0, Math.abs(performance.timeOrigin + t0 - Date.now()) < 50);
const mark = performance.mark("start", { detail: { a: 1 } });
console.log(mark.name, mark.entryType, mark.duration, mark.detail, mark instanceof PerformanceEntry);
performance.mark("end");
const measure = performance.measure("span", "start", "end");
console.log(measure.entryType, measure.duration >= 0, measure.startTime === mark.startTime);
console.log(performance.getEntriesByType("mark").map((e) => e.name), performance.getEntriesByName("span").length);
performance.clearMarks();
console.log(performance.getEntriesByType("mark").length, performance.getEntries().length);
try { performance.measure("x", "missing"); } catch (e) { console.log(e.name); }
console.log(Object.prototype.toString.call(performance), Object.prototype.toString.call(crypto));
