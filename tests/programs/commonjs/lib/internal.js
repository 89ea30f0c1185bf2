exports.internal = "from #internal";
