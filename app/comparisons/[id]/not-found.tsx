import { NotFoundMessage } from "@/components/not-found-message";

export default function ComparisonNotFound() {
  return <NotFoundMessage sentence="There is no comparison with this id; it may have been deleted." />;
}
