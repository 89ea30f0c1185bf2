"""Workers (HTML): the `Worker` class, ErrorEvent, and a worker's global scope."""
