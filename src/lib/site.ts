/** Site-wide names used in titles, meta tags and the header. */
export const SITE = {
  title: 'K8s or Die',
  tagline: 'When, why, how, or whether to run Kubernetes, above all beside OpenStack',
  description:
    'An interactive guide, with live calculators, built on the 2017 OpenStack Summit talk "K8S or DIE" by Marco Ceppi and Ryan Beisner, corrected for what has changed since.',
} as const;

/** Main navigation: label and site-relative route; `section` marks it current for every route under it. */
export const NAV = [
  { label: 'Guide', route: 'guide/why-kubernetes/', section: 'guide/' },
  { label: 'Calculators', route: 'calculators/', section: 'calculators/' },
  { label: 'Tools', route: 'tools/', section: 'tools/' },
  { label: 'The talk', route: 'talk/', section: 'talk/' },
  { label: 'Search', route: 'search/', section: 'search/' },
] as const;
