// A promise rejected with a value that is not an Error.
Promise.reject(42);
