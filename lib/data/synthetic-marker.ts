// The words that mark an invented dataset (source.synthetic): in its title, and on every page that shows it.

/** What the app says on every page of a synthetic dataset. */
export const SYNTHETIC_WARNING = 'Données synthétiques, pour essais : ne pas publier';
/** The source title the generator gives every synthetic dataset. */
export const SYNTHETIC_TITLE = 'Jeu de données synthétique — ne pas publier';
