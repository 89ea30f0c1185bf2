let received = 0;
onmessage = (event) => {
  const message = event.data;
  if (message.ping !== undefined) postMessage(message.ping);
  else if (message.end) { postMessage(received); received = 0; }
  else received += message.payload.length;
};
