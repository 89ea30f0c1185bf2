for (const specifier of ["../x", "../dir", "./y"]) {
  try {
    await import(specifier);
  } catch (error) {
    console.log(specifier, error.code, error.message);
  }
}
