onmessage = () => {
  postMessage("first");
  close();
  postMessage("after close");
  setTimeout(() => postMessage("from a timer"), 0);
};
