// A function a timer calls reads a property of null.
function later(config) {
	const port = config.port;
	return port;
}
setTimeout(() => later(null), 1);
