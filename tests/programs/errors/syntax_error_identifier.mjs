const total = sum values;
