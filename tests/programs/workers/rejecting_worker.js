await Promise.resolve();
Promise.reject(new Error("nobody caught me"));
