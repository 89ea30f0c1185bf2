const value = 1;
export = value;
