import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Quote compare", template: "%s · Quote compare" },
  description: "Compare how outlets quote the same people, word by word.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-white text-gray-900 antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
          Skip to content
        </a>
        <header className="border-b border-gray-200 bg-gray-50">
          <nav aria-label="Main" className="mx-auto flex max-w-7xl items-center gap-6 px-4 py-3">
            <Link href="/" className="font-semibold text-gray-900">
              Quote compare
            </Link>
            <Link href="/" className="text-sm text-gray-700 underline-offset-2 hover:underline">
              Comparisons
            </Link>
            <Link href="/comparisons/new" className="text-sm text-gray-700 underline-offset-2 hover:underline">
              New comparison
            </Link>
          </nav>
        </header>
        <main id="main" className="mx-auto max-w-7xl px-4 py-6">
          {children}
        </main>
      </body>
    </html>
  );
}
