module.exports = 7
