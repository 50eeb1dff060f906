export { decodeUtf8, locate, parseYamlFile, valueAsYaml11, type JsonPath, type ParsedDocument, type ParsedFile } from "./document.js";
