// A promise rejected with an Error nobody handles: node marks where the Error was created.
function failure() { return new RangeError("nobody handles this"); }
async function run() {
  await null;
  throw failure();
}
run();
