import { useTranslation } from 'react-i18next';

/**
 * "View in Charter Monitor", from an embed to the full view with the same state. A new tab,
 * not the host's whole window: a site may sandbox its iframes against navigating its page.
 */
export function FullViewLink({ fullViewPath }: { fullViewPath: string }) {
  const { t } = useTranslation();
  return (
    <a href={fullViewPath} target="_blank" rel="noopener">
      {t('embed.viewFull')}
      <span className="visually-hidden"> {t('embed.opensInNewTab')}</span>
    </a>
  );
}
