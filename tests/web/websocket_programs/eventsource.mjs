// Server-sent events: the stream's parsing, named events, ids, and a reconnection (sooner
// for its retry field) that sends Last-Event-ID; close() ends the program.
const base = process.argv[2];
const source = new EventSource(`${base}/events`);
console.log("constructed", source.readyState, source.url, source.withCredentials);
source.onopen = (event) => console.log("open", event.constructor.name, source.readyState);
source.onmessage = (event) => {
  console.log("message", event.constructor.name, JSON.stringify(event.data), JSON.stringify(event.lastEventId), event.origin);
};
source.addEventListener("named", (event) => console.log("named", JSON.stringify(event.data), JSON.stringify(event.lastEventId)));
source.onerror = (event) => console.log("error", event.constructor.name, source.readyState);
source.addEventListener("done", (event) => {
  console.log("done", JSON.stringify(event.data), JSON.stringify(event.lastEventId));
  source.close();
  console.log("closed", source.readyState);
});
