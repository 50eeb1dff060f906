// Image references: every image a subject runs, and the parts of a reference
// as the container runtime reads it (docker/distribution's reference grammar).
import type { Location } from "../../diagnostics/index.js";
import type { Subject } from "../types.js";
import { containersOf } from "./containers.js";
import { sparkAppsOf } from "./spark.js";

export interface ImageUse {
  readonly label: string;
  readonly image: string;
  readonly at: Location;
}

/** Every image of a subject's containers and Spark applications. */
export function imagesOf(subject: Subject): ImageUse[] {
  const out: ImageUse[] = [];
  for (const c of containersOf(subject)) if (typeof c.image === "string") out.push({ label: c.label, image: c.image, at: c.at(["image"]) });
  for (const s of sparkAppsOf(subject)) if (typeof s.image === "string") out.push({ label: s.label, image: s.image, at: s.at(["image"]) });
  return out;
}

export interface ImageRef {
  /** Registry host, `docker.io` for Docker Hub short names. */
  readonly registry: string;
  /** Repository path, `library/alpine` for official images. */
  readonly repository: string;
  readonly tag?: string;
  readonly digest?: string;
}

const DIGEST = /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[0-9a-fA-F]{32,}$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const PATH = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;

/** The parts of an image reference, or undefined when it is not one (an expression, a typo). */
export function parseImage(text: string): ImageRef | undefined {
  const at = text.indexOf("@");
  const digest = at >= 0 ? text.slice(at + 1) : undefined;
  if (digest !== undefined && !DIGEST.test(digest)) return undefined;
  const named = at >= 0 ? text.slice(0, at) : text;
  const slash = named.lastIndexOf("/");
  const colon = named.lastIndexOf(":");
  const tag = colon > slash ? named.slice(colon + 1) : undefined;
  if (tag !== undefined && !TAG.test(tag)) return undefined;
  const name = tag !== undefined ? named.slice(0, colon) : named;
  const parts = name.split("/");
  const first = parts[0] ?? "";
  const hasHost = parts.length > 1 && (first.includes(".") || first.includes(":") || first === "localhost");
  const registry = hasHost ? first : "docker.io";
  let repository = hasHost ? parts.slice(1).join("/") : name;
  if (!PATH.test(repository)) return undefined;
  if (!hasHost && parts.length === 1) repository = `library/${repository}`;
  return { registry: registry === "index.docker.io" ? "docker.io" : registry, repository, tag, digest };
}
