export default function Home() {
  return <p>Comparisons</p>;
}
