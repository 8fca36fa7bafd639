import { notFound } from 'next/navigation';

// Any unknown path under a locale shows the localized not-found page (with the exit control and hotline).
export default function UnknownPage() {
  notFound();
}
