// Errors: a worker that throws (ErrorEvent, handled), one whose promise rejects, values that
// cannot be cloned, classic workers, a worker that closes itself mid-task.
function start(file, name) {
  return new Worker(new URL(file, import.meta.url), { type: "module", name });
}

try {
  new Worker(new URL("./echo_worker.js", import.meta.url));
} catch (error) {
  console.log("classic:", error.name, error.message, error instanceof DOMException);
}

const echo = start("./echo_worker.js", "echo");
try {
  echo.postMessage({ fn() {} });
} catch (error) {
  console.log("clone:", error.name, error.message, error instanceof DOMException);
}
echo.terminate();

await new Promise((resolve) => {
  const failing = start("./throwing_worker.js", "thrower");
  failing.onmessage = (event) => console.log("before the throw:", event.data);
  failing.onerror = (event) => {
    console.log("error event:", event.constructor.name, event.message, event.lineno, event.filename.endsWith("throwing_worker.js"));
    event.preventDefault();
    resolve();
  };
});

await new Promise((resolve) => {
  const rejecting = start("./rejecting_worker.js", "rejecter");
  rejecting.addEventListener("error", (event) => {
    console.log("rejection event:", event.message);
    event.preventDefault();
    resolve();
  });
});

await new Promise((resolve) => {
  const closing = start("./closing_worker.js", "closer");
  const seen = [];
  closing.onmessage = (event) => {
    seen.push(event.data);
    setTimeout(() => { console.log("from the closing worker:", seen.join(" | ")); resolve(); }, 100);
  };
  closing.postMessage("go");
});
console.log("done");
