export { absoluteRef, buildTriggerGraph, type TriggerEdge, type TriggerGraph } from "./triggers.js";
