// MessageChannel and MessagePort, as node has them (a started port keeps the program alive).
const { port1, port2 } = new MessageChannel();
const buffer = new Uint8Array([1, 2]).buffer;
let received = 0;
port2.onmessage = (event) => {
  received++;
  console.log("port2 got", event.data, event instanceof MessageEvent, event.type);
  if (received === 3) {
    port2.postMessage("reply");
  }
};
port1.addEventListener("message", (event) => {
  console.log("port1 got", event.data);
  port1.close();
});
port1.start();
port1.postMessage({ text: "hello", list: [1, 2], map: new Map([[1, "a"]]) });
port1.postMessage({ buffer }, [buffer]);
port1.postMessage("third");
console.log("sent; transferred buffer now has", buffer.byteLength, "bytes");
try { port1.postMessage(() => {}); } catch (e) { console.log(e.name); }
const event = new MessageEvent("message", { data: 5 });
console.log(event.data, event.origin === "", event.ports.length);
