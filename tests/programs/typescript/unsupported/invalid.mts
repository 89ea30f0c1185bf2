let broken: = 1;
