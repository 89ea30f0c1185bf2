// Transferring MessagePorts: structuredClone's transfer list and postMessage's, as HTML says
// (and Node 24 does): the clone holds a new port entangled in the old one's place, the old one
// is detached; the transfer list is checked before anything moves.
const show = (label, error) => console.log(label, error.constructor.name, error.name, error.message);

const { port1, port2 } = new MessageChannel();
const copy = structuredClone({ a: port2, list: [port2] }, { transfer: [port2] });
console.log("one new port:", copy.a === copy.list[0], copy.a instanceof MessagePort, copy.a !== port2);

try { structuredClone(port2, { transfer: [port2] }); } catch (error) { show("detached:", error); }
try { structuredClone(port1); } catch (error) { show("not in the list:", error); }
try { structuredClone(port1, { transfer: [port1, port1] }); } catch (error) { show("twice:", error); }
try { structuredClone({ port1, f() {} }, { transfer: [port1] }); } catch (error) { show("not cloneable:", error); }
try { port1.postMessage("x", [port1]); } catch (error) { show("itself:", error); }

// A port moved along with the message that a port's queue held before it moved.
const other = new MessageChannel();
port1.postMessage("queued before the move", [other.port1]);
const moved = structuredClone(copy.a, { transfer: [copy.a] });
// The interface reached through a deleted global is still the port's.
const Port = globalThis.MessagePort;
delete globalThis.MessagePort;
const lone = new MessageChannel().port1;
const received = structuredClone(lone, { transfer: [lone] });
globalThis.MessagePort = Port;
console.log("instance of the deleted interface:", received instanceof Port);

moved.onmessage = (event) => {
  console.log("got:", event.data, event.ports.length, event.ports[0] instanceof MessagePort);
  const [transferred] = event.ports;
  transferred.onmessage = (message) => {
    console.log("through the transferred port:", message.data);
    transferred.close();
    moved.close();
  };
  other.port2.postMessage("hello");
};
