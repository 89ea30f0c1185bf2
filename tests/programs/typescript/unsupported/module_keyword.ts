module Legacy {}
