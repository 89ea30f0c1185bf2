const answer = 42;
throw answer;
