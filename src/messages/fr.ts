import type { ConnectedAppsMessages } from './types';

/** The French catalogue. */
export const fr: ConnectedAppsMessages = {
  locale: 'fr',
  clientTypes: {
    first_party: {
      label: 'Interne',
      description: 'Votre propre app, avec un client confidentiel qui garde un secret.',
    },
    first_party_public: {
      label: 'Interne, publique',
      description: 'Votre propre app, avec un client public (mobile ou monopage) sans secret.',
    },
    third_party: {
      label: 'Tierce',
      description: 'L’app d’une autre entreprise, avec un client confidentiel qui garde un secret.',
    },
    third_party_public: {
      label: 'Tierce, publique',
      description: 'L’app d’une autre entreprise, avec un client public (mobile ou monopage) sans secret.',
    },
    unknown: { label: 'Autre ({raw})', description: 'Un type de client que cette version ne décrit pas encore.' },
  },
  scopes: {
    openid: { label: 'Connexion', description: 'Confirme l’identité du membre (OpenID Connect).' },
    profile: { label: 'Profil', description: 'Lit le nom et la photo de profil du membre.' },
    email: { label: 'Adresse e-mail', description: 'Lit l’adresse e-mail du membre et si elle est vérifiée.' },
    phone: { label: 'Téléphone', description: 'Lit le numéro de téléphone du membre et s’il est vérifié.' },
    offline_access: {
      label: 'Accès hors ligne',
      description: 'Garde l’accès en l’absence du membre, grâce à un jeton d’actualisation.',
    },
  },
  copy: { copy: 'Copier', copied: 'Copié', failed: 'Échec de la copie' },
  summary: {
    appIdLabel: 'ID de l’app',
    copyAppId: 'Copier l’ID de l’app',
    logoAlt: 'Logo de {name}',
    clientTypeLabel: 'Type de client',
    activeMembers: { one: '{count} membre actif', other: '{count} membres actifs' },
    noDescription: 'Aucune description.',
  },
  scopeChips: {
    listLabel: 'Autorisations accordées',
    more: { one: '+{count} autre', other: '+{count} autres' },
    showLess: 'Afficher moins',
    none: 'Aucune autorisation accordée',
  },
  membersList: {
    heading: 'Membres actifs',
    count: { one: '{count} membre', other: '{count} membres' },
    searchLabel: 'Rechercher un membre',
    searchPlaceholder: 'ID ou nom du membre',
    filterLabel: 'Filtrer par autorisation',
    allScopes: 'Toutes les autorisations',
    empty: 'Aucun membre n’a installé cette app.',
    noMatches: 'Aucun membre ne correspond à votre recherche.',
    openMember: 'Voir les autorisations de {member}',
    shown: { one: '{count} membre affiché', other: '{count} membres affichés' },
  },
  dialog: {
    title: 'Autorisations accordées par {member}',
    description: {
      one: '{count} autorisation accordée lors de la dernière connexion.',
      other: '{count} autorisations accordées lors de la dernière connexion.',
    },
    memberIdLabel: 'ID du membre',
    close: 'Fermer',
    noScopes: 'Ce membre n’a accordé aucune autorisation.',
  },
  errorBanner: {
    errors: {
      BAD_REQUEST: {
        title: 'Requête invalide',
        message: 'L’identifiant de l’organisation ou de l’app n’est pas valide.',
        nextStep: 'Vérifiez le lien suivi.',
      },
      UNAUTHORIZED: {
        title: 'Non connecté',
        message: 'Votre session a expiré ou n’est pas valide.',
        nextStep: 'Reconnectez-vous, puis réessayez.',
      },
      FORBIDDEN: {
        title: 'Accès refusé',
        message: 'Votre rôle ne permet pas de voir les apps connectées de cette organisation.',
        nextStep: 'Demandez l’accès à un administrateur de l’organisation.',
      },
      NOT_FOUND: {
        title: 'App introuvable',
        message: 'Cette app connectée n’existe pas dans cette organisation.',
        nextStep: 'Vérifiez l’identifiant ou choisissez une autre app.',
      },
      RATE_LIMITED: {
        title: 'Trop de requêtes',
        message: 'Les requêtes sont limitées pour un moment.',
        nextStep: 'Une nouvelle tentative aura lieu automatiquement.',
      },
      SERVER: {
        title: 'Une erreur est survenue',
        message: 'Le serveur n’a pas pu répondre.',
        nextStep: 'Réessayez dans un instant ; si cela persiste, contactez le support avec l’ID de requête.',
      },
      NETWORK: {
        title: 'Problème de connexion',
        message: 'Le serveur est injoignable.',
        nextStep: 'Vérifiez votre connexion, puis réessayez.',
      },
      TIMEOUT: {
        title: 'Délai dépassé',
        message: 'Le serveur a mis trop de temps à répondre.',
        nextStep: 'Réessayez dans un instant.',
      },
      INVALID_RESPONSE: {
        title: 'Réponse inattendue',
        message: 'Le serveur a envoyé des données illisibles.',
        nextStep: 'Réessayez ; si cela persiste, contactez le support avec l’ID de requête.',
      },
    },
    retry: 'Réessayer',
    retrying: 'Nouvelle tentative…',
    retryIn: { one: 'Nouvelle tentative dans {count} seconde', other: 'Nouvelle tentative dans {count} secondes' },
    requestIdLabel: 'ID de requête',
    copyRequestId: 'Copier l’ID de requête',
    learnMore: 'En savoir plus sur cette erreur',
    staleData: 'Dernières données chargées affichées ; elles peuvent être périmées.',
  },
  panel: { loading: 'Chargement de l’app connectée…', idle: 'Choisissez une app connectée pour voir ses détails.' },
};
