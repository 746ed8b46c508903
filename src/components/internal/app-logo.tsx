'use client';
import { useEffect, useRef, useState } from 'react';
import { initials } from './initials';
import { isHttpUrl } from './is-http-url';

export interface AppLogoProps {
  /** The app's name: its initials stand in when there is no usable logo. */
  name: string;
  logoUrl: string | null | undefined;
  /** Text alternative of the logo image. */
  alt: string;
}

/**
 * The app's logo when it is an http(s) URL that loads; otherwise an avatar with the name's initials.
 * The avatar is hidden from screen readers: the name is read from the heading beside it.
 */
export function AppLogo({ name, logoUrl, alt }: AppLogoProps) {
  const [failedUrl, setFailedUrl] = useState<string | null>(null);
  const image = useRef<HTMLImageElement>(null);
  const usable = isHttpUrl(logoUrl) && failedUrl !== logoUrl;

  // A logo rendered on the server can fail before React attaches onError; catch that after hydration.
  useEffect(() => {
    const element = image.current;
    if (usable && element?.complete && element.naturalWidth === 0) setFailedUrl(logoUrl);
  }, [usable, logoUrl]);

  if (!usable) {
    return (
      <span data-slot="connected-app-avatar" aria-hidden="true">
        {initials(name)}
      </span>
    );
  }
  return (
    <img
      ref={image}
      data-slot="connected-app-logo"
      src={logoUrl}
      alt={alt}
      width={48}
      height={48}
      decoding="async"
      // The logo is hosted by whoever made the app: do not tell them which admin page shows it.
      referrerPolicy="no-referrer"
      onError={() => setFailedUrl(logoUrl)}
    />
  );
}
