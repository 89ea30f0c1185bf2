// An express application served until it is stopped: routes with params, JSON bodies
// (express.json()), static files (express.static on apps/public), a 404 and an
// error-handling middleware. Its first stdout line is the port it listens on (127.0.0.1, port
// 0), for tests/npm/test_express_app.py to send it real requests.
const express = require("express");
const path = require("path");

const app = express();
const notes = [];

app.use(express.json());
app.use("/static", express.static(path.join(__dirname, "public")));

app.get("/hello/:name", (req, res) => {
  res.send(`Hello ${req.params.name}${req.query.punct || "!"}`);
});
app.get("/notes/:id(\\d+)", (req, res, next) => {
  const note = notes[Number(req.params.id)];
  if (!note) return next(Object.assign(new Error(`no note ${req.params.id}`), { status: 404 }));
  res.json(note);
});
app.post("/notes", (req, res) => {
  if (typeof req.body.text !== "string") throw Object.assign(new Error("a note needs a text"), { status: 422 });
  notes.push({ id: notes.length, text: req.body.text, tags: req.body.tags || [] });
  res.status(201).location(`/notes/${notes.length - 1}`).json(notes.at(-1));
});
app.get("/boom", () => {
  throw new Error("something broke");
});

app.use((req, res) => res.status(404).type("text").send(`cannot ${req.method} ${req.path}`));
// The error handler (four parameters): body-parser's errors carry a `type` and a status.
app.use((err, req, res, next) => {
  res.status(err.status || 500).json({ error: err.type || err.message });
});

const server = app.listen(0, "127.0.0.1", () => console.log(server.address().port));
