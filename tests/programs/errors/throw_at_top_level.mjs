// An Error thrown at an ES module's top level: node marks where it was created.
const limit = 3;
   throw new TypeError("limit is " + limit);
