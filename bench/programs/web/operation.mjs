// Times one web API operation (named by the first argument) and prints nanoseconds per call.
// The same file runs in toyjs, node and Deno; each call's result is kept so that no engine
// can drop the work.
const text = "hello world, this is a test of base64 ".repeat(3);
const encoded = btoa(text);
const encoder = new TextEncoder();
const decoder = new TextDecoder();
const bytes = encoder.encode(text);
const url = new URL("https://example.com/a");
const noop = () => {};

const operations = {
  btoa: () => btoa(text),
  atob: () => atob(encoded),
  "TextEncoder.encode": () => encoder.encode(text),
  "TextDecoder.decode": () => decoder.decode(bytes),
  "new URL": (i) => new URL(`https://user@host${i % 100}.example.com:8080/a/../b/${i}?q=${i}#f`),
  "URL setters": (i) => {
    url.pathname = `/p${i & 63}`;
    url.search = `?x=${i & 7}`;
    url.hash = "h";
    return url.href;
  },
  "setTimeout + clearTimeout": () => clearTimeout(setTimeout(noop, 1000)),
  "performance.now": () => performance.now(),
  "new Event": () => new Event("x"),
};

const operation = operations[process.argv[2]];
if (operation === undefined) throw new Error(`no operation ${process.argv[2]}`);
const count = 200000;
const kept = new Array(16);
for (let i = 0; i < count / 4; i++) kept[i & 15] = operation(i); // warm-up
const start = performance.now();
for (let i = 0; i < count; i++) kept[i & 15] = operation(i);
console.log(((performance.now() - start) * 1e6) / count);
