// axios's README: requests to a local node:http server (port 0) with JSON bodies, params,
// interceptors, an instance and an error response.
const axios = require("axios");
const http = require("http");

const server = http.createServer((req, res) => {
  let body = "";
  req.on("data", (chunk) => (body += chunk));
  req.on("end", () => {
    const url = new URL(req.url, "http://localhost");
    if (url.pathname === "/missing") {
      res.writeHead(404, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: "not found" }));
      return;
    }
    res.writeHead(200, { "content-type": "application/json", "x-served-by": "local" });
    res.end(JSON.stringify({
      method: req.method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      contentType: req.headers["content-type"] || null,
      custom: req.headers["x-custom"] || null,
      body,
    }));
  });
});

server.listen(0, "127.0.0.1", async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  try {
    const got = await axios.get(`${base}/user`, { params: { ID: 12345 } });
    console.log(got.status, got.statusText, got.headers["content-type"], got.headers["x-served-by"], got.data);
    const posted = await axios.post(`${base}/user`, { firstName: "Fred", lastName: "Flintstone" });
    console.log(posted.data);
    const api = axios.create({ baseURL: base, headers: { "X-Custom": "foobar" } });
    api.interceptors.request.use((config) => {
      config.params = { ...config.params, stamped: "yes" };
      return config;
    });
    api.interceptors.response.use((response) => ({ ...response, data: { ...response.data, intercepted: true } }));
    const viaInstance = await api.put("/items/7", "plain text", { headers: { "content-type": "text/plain" } });
    console.log(viaInstance.data);
    const text = await axios({ method: "delete", url: `${base}/things`, responseType: "text" });
    console.log(typeof text.data, text.data);
    try {
      await axios.get(`${base}/missing`);
    } catch (error) {
      console.log(error.name, error.message, error.code, error.response.status, error.response.data, axios.isAxiosError(error));
    }
    const all = await Promise.all([axios.get(`${base}/a`), axios.get(`${base}/b`)]);
    console.log(all.map((r) => r.data.path));
  } finally {
    server.close();
  }
});
