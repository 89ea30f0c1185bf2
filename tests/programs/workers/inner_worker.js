onmessage = (event) => {
  let fib = [0, 1];
  for (let i = 2; i <= event.data; i++) fib.push(fib[i - 1] + fib[i - 2]);
  postMessage(`fib(${event.data}) = ${fib[event.data]} from ${self.name}`);
};
