// How console.log shows the web platform's objects, as node shows them.
console.log(new Headers({ a: "1", B: "2" }));
console.log(new Blob(["abc"], { type: "text/plain" }));
console.log(new Response("x", { status: 201 }));
console.log(new Request("https://example.com/a", { method: "POST", body: "b" }));
console.log(new ReadableStream());
console.log(new TextEncoder(), new TextDecoder());
console.log(new AbortController().signal, new Event("x").type, new DOMException("m", "AbortError").name);
console.log(new FormData(), new URLSearchParams("a=1"));
console.log(performance.mark("m").name, crypto.subtle);
