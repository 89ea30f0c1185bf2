// Without the net permission for the host, the constructors throw NotCapable (as fetch rejects).
for (const [name, make] of [["WebSocket", (url) => new WebSocket(url)], ["EventSource", (url) => new EventSource(url)]]) {
  try {
    make(process.argv[name === "WebSocket" ? 2 : 3]);
    console.log(name, "constructed");
  } catch (error) {
    console.log(name, error.name, error.code, error.message);
  }
}
