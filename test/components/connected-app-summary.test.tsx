import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import {
  type ConnectedApp,
  ConnectedAppSummary,
  ConnectedAppsProvider,
  createMemoryTransport,
} from 'react-connected-apps';
import { fr } from 'react-connected-apps/locales/fr';
import { fixtureApps, makeActiveMembers, makeConnectedApp } from 'react-connected-apps/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.restoreAllMocks();
});

const inFrench = (ui: React.ReactNode) => (
  <ConnectedAppsProvider transport={createMemoryTransport({})} messages={fr}>
    {ui}
  </ConnectedAppsProvider>
);

const avatar = (container: HTMLElement) => container.querySelector('[data-slot="connected-app-avatar"]');

describe('ConnectedAppSummary', () => {
  it('shows the name as a heading, the description, the id and the member count', () => {
    const app = fixtureApps.thirdParty;
    render(<ConnectedAppSummary app={app} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Ledgerly Accounting' })).toBeInTheDocument();
    expect(screen.getByText('Syncs invoices with the accounting system.')).toBeInTheDocument();
    expect(screen.getByText(app.connectedAppId)).toBeInTheDocument();
    expect(screen.getByText('50 active members')).toBeInTheDocument();
  });

  it('uses the heading level it is given', () => {
    render(<ConnectedAppSummary app={fixtureApps.thirdParty} headingLevel={4} />);
    expect(screen.getByRole('heading', { level: 4, name: 'Ledgerly Accounting' })).toBeInTheDocument();
  });

  it('says so when there is no description', () => {
    render(<ConnectedAppSummary app={makeConnectedApp({ description: '' })} />);
    expect(screen.getByText('No description.')).toBeInTheDocument();
  });

  describe('logo', () => {
    it('shows an https logo with its alt text', () => {
      const { container } = render(<ConnectedAppSummary app={fixtureApps.firstParty} />);
      const logo = screen.getByRole('img', { name: 'Acme Admin Console logo' });
      expect(logo).toHaveAttribute('src', 'https://example.com/logos/acme.png');
      expect(avatar(container)).toBeNull();
    });

    it.each([
      ['a javascript: URL', 'javascript:alert(1)'],
      ['a data: URL', 'data:image/svg+xml,<svg onload="alert(1)"/>'],
      ['a relative URL', '/logo.png'],
      ['no logo', null],
    ])('shows initials instead of %s', (_, logoUrl) => {
      const app = makeConnectedApp({ name: 'Acme Admin Console', logoUrl });
      const { container } = render(<ConnectedAppSummary app={app} />);
      expect(screen.queryByRole('img')).toBeNull();
      expect(container.querySelector('img')).toBeNull();
      expect(avatar(container)).toHaveTextContent('AC');
    });

    it('falls back to initials when the logo fails to load', () => {
      const app = makeConnectedApp({ name: 'ledgerly', logoUrl: 'https://example.com/missing.png' });
      const { container } = render(<ConnectedAppSummary app={app} />);
      fireEvent.error(screen.getByRole('img', { name: 'ledgerly logo' }));
      expect(screen.queryByRole('img')).toBeNull();
      expect(avatar(container)).toHaveTextContent('L');
    });

    it('tries again when the app gets another logo', () => {
      const app = makeConnectedApp({ name: 'Acme', logoUrl: 'https://example.com/broken.png' });
      const { rerender } = render(<ConnectedAppSummary app={app} />);
      fireEvent.error(screen.getByRole('img'));
      expect(screen.queryByRole('img')).toBeNull();
      rerender(<ConnectedAppSummary app={{ ...app, logoUrl: 'https://example.com/fixed.png' }} />);
      expect(screen.getByRole('img', { name: 'Acme logo' })).toHaveAttribute('src', 'https://example.com/fixed.png');
    });
  });

  describe('client type', () => {
    it.each([
      [
        'first_party',
        fixtureApps.firstParty,
        'First party',
        'Your own app, with a confidential client that keeps a secret.',
      ],
      ['first_party_public', fixtureApps.firstPartyPublic, 'First party, public', 'Your own app, with a public client'],
      ['third_party', fixtureApps.thirdParty, 'Third party', 'Another company’s app, with a confidential client'],
      [
        'third_party_public',
        fixtureApps.thirdPartyPublic,
        'Third party, public',
        'Another company’s app, with a public client',
      ],
      [
        'an unknown type',
        fixtureApps.unknownType,
        'Other (machine_to_machine)',
        'A client type this version does not describe yet.',
      ],
    ] as Array<[string, ConnectedApp, string, string]>)('labels %s', (_, app, label, description) => {
      const { container } = render(<ConnectedAppSummary app={app} />);
      const badge = container.querySelector('[data-slot="client-type-badge"]');
      expect(badge).toHaveTextContent(label);
      expect(badge).toHaveAttribute('data-client-type', app.clientType);
      expect(screen.getByText(description, { exact: false })).toBeInTheDocument();
      expect(container.firstElementChild).toHaveAttribute('data-client-type', app.clientType);
    });
  });

  describe('member count', () => {
    it.each([
      [0, '0 active members'],
      [1, '1 active member'],
      [50, '50 active members'],
      [10_000, '10,000 active members'],
    ])('in English, %i reads "%s"', (count, text) => {
      render(<ConnectedAppSummary app={makeConnectedApp({ activeMembers: makeActiveMembers(count) })} />);
      expect(screen.getByText(text)).toBeInTheDocument();
    });

    it.each([
      [0, /^0 membre actif$/],
      [1, /^1 membre actif$/],
      [2, /^2 membres actifs$/],
      [10_000, /^10\s000 membres actifs$/u],
    ])('in French, %i reads %s', (count, text) => {
      render(inFrench(<ConnectedAppSummary app={makeConnectedApp({ activeMembers: makeActiveMembers(count) })} />));
      expect(screen.getByText(text)).toBeInTheDocument();
    });
  });

  it('copies the app id', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    const app = fixtureApps.thirdParty;
    render(<ConnectedAppSummary app={app} />);
    await user.click(screen.getByRole('button', { name: 'Copy app ID' }));
    expect(writeText).toHaveBeenCalledWith(app.connectedAppId);
    expect(screen.getByRole('status')).toHaveTextContent('Copied');
  });

  it('takes strings from the provider, and its own messages over them', () => {
    const { rerender } = render(inFrench(<ConnectedAppSummary app={fixtureApps.thirdParty} />));
    expect(screen.getByText('Type de client')).toBeInTheDocument();
    expect(screen.getByText('Tierce')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Copier l’ID de l’app' })).toHaveTextContent('Copier');

    rerender(
      inFrench(
        <ConnectedAppSummary
          app={fixtureApps.thirdParty}
          messages={{ summary: { appIdLabel: 'Client ID' }, clientTypes: { third_party: { label: 'Partenaire' } } }}
        />,
      ),
    );
    const terms = screen.getAllByRole('term').map((term) => term.textContent);
    expect(terms).toEqual(['Type de client', 'Client ID']);
    expect(screen.getByText('Partenaire')).toBeInTheDocument();
  });

  it('forwards ref, puts className (in order, on the root only) beside its own data-slot and passes other props through', () => {
    const ref = createRef<HTMLDivElement>();
    const { container } = render(
      <ConnectedAppSummary
        ref={ref}
        app={fixtureApps.thirdParty}
        className="card compact"
        id="summary"
        aria-label="App"
      />,
    );
    const root = container.firstElementChild;
    expect(ref.current).toBe(root);
    // No class of its own to merge with: the consumer's classes are the whole list, and only the root has them.
    expect(root?.getAttribute('class')).toBe('card compact');
    expect(container.querySelectorAll('.card')).toHaveLength(1);
    expect(root).toHaveAttribute('id', 'summary');
    expect(root).toHaveAttribute('aria-label', 'App');
    expect(root).toHaveAttribute('data-slot', 'connected-app-summary');
    expect(root).toHaveAttribute('data-client-type', fixtureApps.thirdParty.clientType);
  });

  it('adds no class of its own anywhere', () => {
    const { container } = render(<ConnectedAppSummary app={fixtureApps.thirdParty} />);
    expect(container.querySelectorAll('[class]')).toHaveLength(0);
  });
});
