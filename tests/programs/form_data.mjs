// FormData, Blob and File, and bodies made of them, as node has them.
const form = new FormData();
form.append("name", "value");
form.append("file", new Blob(["file body"], { type: "text/plain" }), "a.txt");
form.append("name", "second");
console.log(form.get("name"), form.getAll("name"), form.has("file"), form.get("file").name, form.get("file").type, form.get("file") instanceof File);
form.set("name", "only");
console.log([...form.keys()], form.get("name"));
const response = new Response(form);
console.log(response.headers.get("content-type").startsWith("multipart/form-data; boundary="));
const parsed = await response.formData();
console.log([...parsed.keys()], parsed.get("name"), await parsed.get("file").text(), parsed.get("file").name, parsed.get("file").type);
const urlencoded = await new Response(new URLSearchParams("a=1&b=2")).formData();
console.log([...urlencoded.entries()]);
const blob = new Blob(["ab", new Uint8Array([99]), new Blob(["d"])], { type: "Text/Plain" });
console.log(blob.size, blob.type, await blob.text(), await blob.slice(1, -1).text(), await new Response(blob.stream()).text());
const file = new File(["x"], "f.txt", { lastModified: 5 });
console.log(file.name, file.lastModified, file.size, Object.prototype.toString.call(file), file instanceof Blob);
