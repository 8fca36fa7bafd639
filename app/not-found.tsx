import './globals.css';
import Link from 'next/link';
import { exitDestination } from '@/lib/safety/exit';
import { nationalHotline } from '@/lib/directory/hotline';

// Reached only for a path outside every locale; the proxy sends everything else to a localized page.
export default function RootNotFound() {
  return (
    <html lang="en" dir="ltr">
      <body>
        <div className="exit-bar">
          <a className="exit-button" href={exitDestination} rel="nofollow noreferrer">
            Exit this page
          </a>
        </div>
        <main id="main-content" className="page">
          <h1>Page not found</h1>
          <p>
            National Human Trafficking Hotline: call <bdi dir="ltr">{nationalHotline.phone}</bdi> or text{' '}
            {nationalHotline.textKeyword} to <bdi dir="ltr">{nationalHotline.textNumber}</bdi>.
          </p>
          <p>
            <Link href="/">Go to the start page</Link>
          </p>
        </main>
      </body>
    </html>
  );
}
