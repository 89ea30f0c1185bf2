// FileReader and blob: URLs (node 20 has neither: tests/web/test_file_api.py holds the output).
const blob = new Blob([new Uint8Array([0xfe, 0xff, 0, 0x68, 0, 0x69])], { type: "text/plain;charset=utf-16be" });

function read(method, source, ...args) {
  return new Promise((resolve) => {
    const reader = new FileReader();
    const seen = [];
    for (const type of ["loadstart", "progress", "load", "abort", "error", "loadend"]) {
      reader.addEventListener(type, (event) => {
        seen.push(`${type}(${event.loaded}/${event.total})`);
        if (type === "loadend") resolve([seen.join(" "), reader.readyState, reader.result]);
      });
    }
    reader[method](source, ...args);
    seen.push(`state ${reader.readyState}`);
  });
}

console.log(await read("readAsText", blob));
console.log(await read("readAsText", new Blob(["\xefx"]), "windows-1252"));
console.log(await read("readAsText", new Blob([])));
console.log(await read("readAsDataURL", new Blob(["TEST"])));
console.log(await read("readAsBinaryString", new Blob([new Uint8Array([0x41, 0xff])])));
const [, , buffer] = await read("readAsArrayBuffer", new Blob(["ab"]));
console.log(buffer instanceof ArrayBuffer, [...new Uint8Array(buffer)]);

// A second read while one is loading; abort
const reader = new FileReader();
reader.readAsText(new Blob(["x"]));
try {
  reader.readAsText(new Blob(["y"]));
} catch (error) {
  console.log(error.name, error.message);
}
reader.onabort = () => console.log("abort, state", reader.readyState, "result", reader.result);
reader.onload = () => console.log("a load after abort");
reader.abort();
try {
  reader.readAsText("not a blob");
} catch (error) {
  console.log(error.name, error.message);
}
console.log(FileReader.EMPTY, FileReader.LOADING, FileReader.DONE, new FileReader().readyState);

// blob: URLs
const url = URL.createObjectURL(new Blob(["from a blob"], { type: "text/x-demo" }));
console.log(url.startsWith("blob:null/"), url.length);
const response = await fetch(url + "#part");
console.log(response.status, response.headers.get("content-type"), response.headers.get("content-length"), await response.text());
const request = new Request(url);
URL.revokeObjectURL(url);
console.log("kept by the Request:", await (await fetch(request)).text());
for (const attempt of [() => fetch(url), () => fetch(request.url, { method: "POST", body: "x" })]) {
  try {
    await attempt();
  } catch (error) {
    console.log(error.name, error.message, "|", error.cause.message);
  }
}
