export default 10
