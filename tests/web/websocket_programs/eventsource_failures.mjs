// Responses an EventSource cannot use close it for good, with an error event.
const base = process.argv[2];
for (const path of ["/events-missing", "/events-plain"]) {
  await new Promise((resolve) => {
    const source = new EventSource(`${base}${path}`, { withCredentials: true });
    source.onopen = () => console.log(path, "open");
    source.onmessage = () => console.log(path, "message");
    source.onerror = (event) => {
      console.log(path, "error", event.constructor.name, source.readyState, source.withCredentials);
      resolve();
    };
  });
}
for (const args of [[], ["foo"], ["http://["]]) {
  try {
    new EventSource(...args);
  } catch (error) {
    console.log(JSON.stringify(args), error.constructor.name, error.name, JSON.stringify(error.message));
  }
}
console.log(EventSource.CONNECTING, EventSource.OPEN, EventSource.CLOSED, new EventSource(`${base}/events-missing`).CLOSED);
