/** Where the workshop sessions are saved: apart from the store, so the game's first script can name it without carrying the store. */
export const WORKSHOPS_KEY = 'niet-pluis.workshops';
