module.exports = {
  a: 1,
  b: function ( { }
};
