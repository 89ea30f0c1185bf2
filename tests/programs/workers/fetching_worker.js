try {
  await fetch("http://127.0.0.1:2/");
  postMessage("fetched");
} catch (error) {
  postMessage(error.name === "TypeError" ? "TypeError (the port is closed)" : `${error.name}: ${error.message.split(",")[0]}`);
}
