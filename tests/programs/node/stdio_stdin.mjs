// process.stdin as a Readable: how the program reads it comes from argv[2].
const mode = process.argv[2];
const stdin = process.stdin;
console.log("fd", stdin.fd, "isTTY", stdin.isTTY, "readable", stdin.readable, "flowing", stdin.readableFlowing);

if (mode === "data") {
  stdin.setEncoding("utf8");
  const chunks = [];
  stdin.on("data", (chunk) => chunks.push(chunk));
  stdin.on("end", () => {
    const text = chunks.join("");
    console.log("end", typeof chunks[0], text.length, JSON.stringify(text.slice(0, 40)), JSON.stringify(text.slice(-20)));
  });
  stdin.on("close", () => console.log("close"));
} else if (mode === "bytes") {
  let total = 0;
  let sum = 0;
  stdin.on("data", (chunk) => {
    total += chunk.length;
    for (const byte of chunk) sum = (sum + byte) % 65521;
    if (!Buffer.isBuffer(chunk)) console.log("not a Buffer");
  });
  stdin.on("end", () => console.log("bytes", total, "sum", sum));
} else if (mode === "iterate") {
  let text = "";
  for await (const chunk of stdin) text += chunk;
  console.log("iterated", JSON.stringify(text));
} else if (mode === "readable") {
  let text = "";
  stdin.on("readable", () => {
    let chunk;
    while ((chunk = stdin.read()) !== null) text += chunk;
  });
  stdin.on("end", () => console.log("read", JSON.stringify(text)));
} else if (mode === "pause") {
  // After the first chunk the program pauses stdin: nothing else keeps it running.
  stdin.once("data", (chunk) => {
    console.log("first", JSON.stringify(String(chunk).slice(0, 5)));
    stdin.pause();
    console.log("paused", stdin.isPaused());
  });
  process.on("exit", () => console.log("exit"));
} else if (mode === "pipe") {
  stdin.pipe(process.stdout);
  stdin.on("end", () => console.log("[piped]"));
} else {
  // Stdin untouched: the program ends without waiting for its input.
  setTimeout(() => console.log("timer"), 10);
}
