throw new RangeError("bad module")
