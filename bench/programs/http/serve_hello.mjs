// The `toyjs serve` (and `deno serve`) app the bench loads: "hello" for every request; it
// prints its port once listening.
export default {
  fetch() {
    return new Response("hello", { headers: { "content-type": "text/plain" } });
  },
  onListen({ port }) {
    console.log(port);
  },
};
