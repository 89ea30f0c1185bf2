// A worker's global scope (HTML's DedicatedWorkerGlobalScope): `self`, `name`,
// `postMessage` to the parent, `close()`, and message events on the global object.
(function (core, ops) {
  "use strict";
  const { EventTarget, MessageEvent, dispatch } = core;
  core.whenStarted(() => {
    // Not in the main program, nor in a node:worker_threads worker (a Node program's globals).
    if (ops.workerKind === "web") installWorkerScope();
  });

  function installWorkerScope() {
    const scope = new EventTarget();
    let closing = false;

    const members = {
      self: globalThis,
      name: ops.workerName,
      postMessage(message, transfer = undefined) {
        if (closing) return;
        core.post(ops.workerParentPost, message, transfer);
      },
      close() {
        if (closing) return;
        closing = true;
        ops.workerClose();
        core.endingRequested();
      },
      addEventListener: scope.addEventListener.bind(scope),
      removeEventListener: scope.removeEventListener.bind(scope),
      dispatchEvent: scope.dispatchEvent.bind(scope),
    };
    for (const [name, value] of Object.entries(members)) core.defineGlobal(name, value);
    core.defineEventHandlers(globalThis, ["message", "messageerror"], () => scope);

    function dispatchMessage(data) {
      if (!closing) dispatch(scope, new MessageEvent("message", { data }));
    }
    // Called by the host: messages that arrived together, each dispatched as its own task.
    core.parentMessages = (batch) => {
      for (let i = 0; i < batch.length; i++) core.runTask(dispatchMessage, batch[i]);
    };
  }
})
