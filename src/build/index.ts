export { markerText, MARKER, parseMarker, planOutput } from "./plan.js";
export { diffOutput, inspectOutput, writeOutput, type Difference, type OutputState } from "./write.js";
