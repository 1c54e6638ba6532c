/** The language the stories are written in; the interface around them may be in another. */
export const STORY_LANG = 'nl';
