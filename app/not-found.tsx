import type { Metadata } from "next";
import { NotFoundMessage } from "@/components/not-found-message";

export const metadata: Metadata = { title: "Not found" };

export default function NotFound() {
  return <NotFoundMessage sentence="There is no page at this address." />;
}
