// A child of fork_unref.mjs that never ends on its own.
setInterval(() => {}, 1000);
process.on("message", () => {});
