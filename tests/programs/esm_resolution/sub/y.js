export default "y"
