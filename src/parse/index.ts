export { decodeUtf8, locate, parseYamlFile, type JsonPath, type ParsedDocument, type ParsedFile } from "./document.js";
