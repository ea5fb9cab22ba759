import { createHash } from "node:crypto";

/** SHA-256 as lower-case hex: source text hashes, import hashes, override pair keys. */
export function sha256Hex(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}
