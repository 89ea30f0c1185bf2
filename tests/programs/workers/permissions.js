// Workers inherit the program's permissions, may narrow them, and cannot widen them.
// Run with net access to 127.0.0.1:2 (a closed port) and nothing else.
function start(permissions) {
  return new Worker(new URL("./fetching_worker.js", import.meta.url), {
    type: "module",
    deno: { permissions },
  });
}

async function ask(permissions) {
  const worker = start(permissions);
  const reply = await new Promise((resolve) => { worker.onmessage = (event) => resolve(event.data); });
  worker.terminate();
  return reply;
}

console.log("inherit:", await ask("inherit"));
console.log("none:", await ask("none"));
console.log("narrowed to net:", await ask({ net: ["127.0.0.1:2"] }));
try {
  start({ env: true });
} catch (error) {
  console.log("widen:", error.name, error.message);
}
