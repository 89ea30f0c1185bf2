export default 8
