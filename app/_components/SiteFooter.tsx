import { useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';
import { nationalHotline } from '@/lib/directory/hotline';
import { ltr } from './ContactCard';

/** Help in the same place on every page (WCAG 3.2.6): the national hotline and the contacts page. */
export function SiteFooter() {
  const t = useTranslations('common');
  return (
    <footer className="site-footer">
      <p>
        {t.rich('hotlineReminder', {
          phone: nationalHotline.phone,
          text: nationalHotline.textKeyword,
          shortCode: nationalHotline.textNumber,
          bdi: ltr,
        })}
      </p>
      <nav aria-label={t('mainNav')}>
        <ul>
          <li>
            <Link href="/">{t('homeLink')}</Link>
          </li>
          <li>
            <Link href="/referrals">{t('referralsLink')}</Link>
          </li>
          <li>
            <Link href="/privacy">{t('privacyLink')}</Link>
          </li>
        </ul>
      </nav>
    </footer>
  );
}
