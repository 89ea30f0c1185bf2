const n = <number>(1 as unknown);
