/**
 * Room codes: six characters without look-alikes (no I, O, 0, 1), about 10^9 codes. Apart from the
 * message schemas so the phone page can check a typed code without loading the schema library.
 */
export const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 6;
export const ROOM_CODE_PATTERN = new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`);

/** Whether a string is a well-formed room code (not whether the room exists). */
export const isRoomCode = (s: unknown): s is string => typeof s === 'string' && ROOM_CODE_PATTERN.test(s);
