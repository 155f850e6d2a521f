/**
 * Characters free text may not hold. The national transport is XML 1.0, which cannot carry the
 * C0 control characters other than tab, line feed and carriage return, nor U+FFFE/U+FFFF; a lone
 * UTF-16 surrogate is no character at all and cannot be written as UTF-8. Bidi embedding, override
 * and isolate controls (U+202A–U+202E, U+2066–U+2069) are invisible and reorder the text around
 * them on screen and in the printout, so what the issuer signs would not read as what they saw.
 *
 * These are refused, not stripped: validation reports and never changes a payload, and silently
 * editing a medical statement before it is signed is worse than asking the issuer to remove one
 * pasted character. The national system has no stripping step we could follow (Webcert sends the
 * text as entered; an XML-invalid character fails at the transport instead, out of the issuer's
 * sight). Direction marks (U+200E, U+200F, U+061C) are harmless and allowed.
 */

/** A character class of the forbidden characters, for a `u`-flag regular expression. */
const FORBIDDEN_CLASS = '\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF\\u202A-\\u202E\\u2066-\\u2069\\uD800-\\uDFFF';

/**
 * JSON Schema `pattern` of a text without forbidden characters. JSON Schema patterns are Unicode
 * patterns (ajv compiles them with the `u` flag), where `\uD800-\uDFFF` matches only surrogates
 * that are not part of a pair, so emoji and other characters outside the BMP stay allowed.
 */
export const TEXT_PATTERN = `^[^${FORBIDDEN_CLASS}]*$`;

const FORBIDDEN = new RegExp(`[${FORBIDDEN_CLASS}]`, 'u');

export interface ForbiddenCharacter {
  /** 1-based position in characters (code points), as a reader counts. */
  position: number;
  codePoint: number;
}

export function forbiddenCharacter(text: string): ForbiddenCharacter | null {
  const match = FORBIDDEN.exec(text);
  if (!match) return null;
  const codePoint = match[0].codePointAt(0)!;
  // Position in code points: count the characters before the match.
  let position = 1;
  for (let i = 0; i < match.index; i += 1) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < match.index) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i += 1;
    }
    position += 1;
  }
  return { position, codePoint };
}

const hex = (codePoint: number) => `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;

/** What the character is, in Swedish, for the message. */
function characterName(codePoint: number): string {
  if (codePoint === 0) return `ett nolltecken (${hex(codePoint)})`;
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) return `ett trasigt tecken (ett halvt UTF-16-par, ${hex(codePoint)})`;
  if ((codePoint >= 0x202a && codePoint <= 0x202e) || (codePoint >= 0x2066 && codePoint <= 0x2069)) {
    return `ett osynligt tecken som vänder skrivriktningen (${hex(codePoint)})`;
  }
  return `ett osynligt styrtecken (${hex(codePoint)})`;
}

export function forbiddenCharacterMessage(found: ForbiddenCharacter): string {
  return `Texten innehåller ${characterName(found.codePoint)} på plats ${found.position}. Ta bort det; det kan inte skickas eller skrivas ut som det står.`;
}
