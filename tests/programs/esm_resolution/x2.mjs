export default 6
