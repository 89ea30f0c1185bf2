// Raw mode on stdin, then process.exit on the first key: the terminal gets its settings back.
process.stdin.setRawMode(true);
process.stdin.once("data", (key) => {
  process.stdout.write(`key ${JSON.stringify(String(key))} raw ${process.stdin.isRaw}\r\n`);
  process.exit(3);
});
process.stdout.write("RAW\r\n");
